package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.List;

/** Nothing is claimed or approved in a programme year before its compensation rules are set. */
@ProblemType(value = "compensation-rules-not-set", kind = Refusal.Kind.CONFLICT)
public class CompensationRulesNotSetException extends CompensationRuleException {

    private final ProgrammeYear programmeYear;

    public CompensationRulesNotSetException(ProgrammeYear programmeYear) {
        super("Set the compensation rules of " + programmeYear + " first");
        this.programmeYear = programmeYear;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(programmeYear.toString());
    }
}
