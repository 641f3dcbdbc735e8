package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

@ProblemType(value = "enrolment-already-withdrawn", kind = Refusal.Kind.CONFLICT)
public class EnrolmentAlreadyWithdrawnException extends Refusal {

    public EnrolmentAlreadyWithdrawnException(String enrolmentId) {
        super("Enrolment " + enrolmentId + " has already been withdrawn; withdrawal is final");
    }
}
