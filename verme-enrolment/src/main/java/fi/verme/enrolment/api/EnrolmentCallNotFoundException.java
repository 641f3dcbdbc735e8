package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.List;
/** The programme year has no enrolment call. */
@ProblemType(value = "enrolment-call-not-found", kind = Refusal.Kind.NOT_FOUND)
public class EnrolmentCallNotFoundException extends Refusal {

    private final ProgrammeYear programmeYear;

    public EnrolmentCallNotFoundException(ProgrammeYear programmeYear) {
        super("No enrolment call has been opened for " + programmeYear);
        this.programmeYear = programmeYear;
    }

    public ProgrammeYear programmeYear() {
        return programmeYear;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(programmeYear.id());
    }
}
