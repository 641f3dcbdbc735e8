package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.List;

/** Only enrolments of the group's own programme year can be placed in it. */
@ProblemType(value = "enrolment-of-another-year", kind = Refusal.Kind.CONFLICT)
public class EnrolmentOfAnotherYearException extends Refusal {

    private final ProgrammeYear enrolledIn;
    private final ProgrammeYear groupYear;

    public EnrolmentOfAnotherYearException(String enrolmentId, ProgrammeYear enrolledIn, ProgrammeYear groupYear) {
        super("Enrolment " + enrolmentId + " is for " + enrolledIn + ", the group is in " + groupYear);
        this.enrolledIn = enrolledIn;
        this.groupYear = groupYear;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(enrolledIn.id(), groupYear.id());
    }
}
