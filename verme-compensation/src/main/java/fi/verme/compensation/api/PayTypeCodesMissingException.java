package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** The payroll file pays lines of kinds for which finance has set no pay type code. */
@ProblemType(value = "pay-type-codes-missing", kind = Refusal.Kind.CONFLICT)
public class PayTypeCodesMissingException extends CompensationRuleException {

    private final List<LineKind> kinds;

    public PayTypeCodesMissingException(List<LineKind> kinds) {
        super("The payroll profile has no pay type code for " + kinds);
        this.kinds = List.copyOf(kinds);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("kinds", kinds);
    }
}
