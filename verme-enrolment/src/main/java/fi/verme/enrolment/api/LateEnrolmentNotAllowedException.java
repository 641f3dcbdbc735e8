package fi.verme.enrolment.api;

import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
/**
 * A late enrolment (one with a {@code lateReason}) asked for by someone other than a coordinator of
 * the programme's organiser: the public form enrols only while the call is open.
 */
@ProblemType(value = "late-enrolment-not-allowed", kind = Refusal.Kind.NOT_PERMITTED)
public class LateEnrolmentNotAllowedException extends InvalidInputException {

    public LateEnrolmentNotAllowedException() {
        super("lateReason", "left out: a late enrolment is a coordinator's act; the public form enrols only "
                + "while the call is open");
    }
}
