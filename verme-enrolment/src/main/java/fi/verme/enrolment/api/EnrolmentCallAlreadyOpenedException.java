package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
@ProblemType(value = "enrolment-call-already-opened", kind = Refusal.Kind.CONFLICT)
public class EnrolmentCallAlreadyOpenedException extends Refusal {

    public EnrolmentCallAlreadyOpenedException(ProgrammeYear programmeYear) {
        super("The enrolment call for " + programmeYear + " has already been opened");
    }
}
