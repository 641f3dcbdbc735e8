package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A withdrawn enrolment cannot be placed. */
@ProblemType(value = "enrolment-withdrawn", kind = Refusal.Kind.CONFLICT)
public class WithdrawnEnrolmentException extends Refusal {

    public WithdrawnEnrolmentException(String enrolmentId) {
        super("Enrolment " + enrolmentId + " has been withdrawn and cannot be placed");
    }
}
