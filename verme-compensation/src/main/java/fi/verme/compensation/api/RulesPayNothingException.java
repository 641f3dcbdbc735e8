package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * A payment period approves something: the year's rules pay no fee and reimburse no cost (Tampere's year,
 * say), so nothing is ever owed.
 */
@ProblemType(value = "rules-pay-nothing", kind = Refusal.Kind.CONFLICT)
public class RulesPayNothingException extends CompensationRuleException {

    private final ProgrammeYear programmeYear;

    public RulesPayNothingException(ProgrammeYear programmeYear) {
        super("The compensation rules of " + programmeYear + " pay no fee and reimburse no cost: there is nothing "
                + "to approve");
        this.programmeYear = programmeYear;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(programmeYear.toString());
    }
}
