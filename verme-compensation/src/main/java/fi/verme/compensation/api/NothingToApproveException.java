package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;

/** A payment period approves something: everything owed has been approved already. */
@ProblemType(value = "nothing-to-approve", kind = Refusal.Kind.CONFLICT)
public class NothingToApproveException extends CompensationRuleException {

    public NothingToApproveException(ProgrammeYear programmeYear) {
        super("Everything owed in " + programmeYear + " has been approved already");
    }
}
