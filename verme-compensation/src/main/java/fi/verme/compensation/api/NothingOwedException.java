package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import fi.verme.shared.ProgrammeYear;
import java.util.List;

/** A payment period approves something: nothing has been owed in the year yet (no fee, no approved claim). */
@ProblemType(value = "nothing-owed", kind = Refusal.Kind.CONFLICT)
public class NothingOwedException extends CompensationRuleException {

    private final ProgrammeYear programmeYear;

    public NothingOwedException(ProgrammeYear programmeYear) {
        super("Nothing is owed in " + programmeYear + " yet: no fee has arisen and no claim has been approved");
        this.programmeYear = programmeYear;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(programmeYear.toString());
    }
}
