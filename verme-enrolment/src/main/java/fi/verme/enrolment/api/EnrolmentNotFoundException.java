package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

@ProblemType(value = "enrolment-not-found", kind = Refusal.Kind.NOT_FOUND)
public class EnrolmentNotFoundException extends Refusal {

    public EnrolmentNotFoundException(String enrolmentId) {
        super("No enrolment " + enrolmentId);
    }
}
