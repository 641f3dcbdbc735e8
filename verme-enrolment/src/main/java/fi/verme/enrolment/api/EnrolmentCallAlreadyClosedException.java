package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
@ProblemType(value = "enrolment-call-already-closed", kind = Refusal.Kind.CONFLICT)
public class EnrolmentCallAlreadyClosedException extends Refusal {

    public EnrolmentCallAlreadyClosedException(ProgrammeYear programmeYear) {
        super("The enrolment call for " + programmeYear + " is already closed");
    }
}
