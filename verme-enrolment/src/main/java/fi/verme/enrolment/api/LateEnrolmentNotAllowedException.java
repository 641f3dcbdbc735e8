package fi.verme.enrolment.api;

import fi.verme.shared.InvalidInputException;
/**
 * A late enrolment (one with a {@code lateReason}) asked for by someone other than a coordinator of
 * the programme's organiser: the public form enrols only while the call is open.
 */
public class LateEnrolmentNotAllowedException extends InvalidInputException {

    public LateEnrolmentNotAllowedException() {
        super("lateReason", "left out: a late enrolment is a coordinator's act; the public form enrols only "
                + "while the call is open");
    }
}
