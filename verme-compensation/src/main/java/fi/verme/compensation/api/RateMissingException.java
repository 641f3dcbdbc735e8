package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;

/** An amount the rules need (an hourly fee, a day rate, a budget) has not been set yet. */
@ProblemType(value = "rate-missing", kind = Refusal.Kind.CONFLICT)
public class RateMissingException extends CompensationRuleException {

    private final List<String> missingRates;

    private RateMissingException(String message, List<String> missingRates) {
        super(message);
        this.missingRates = List.copyOf(missingRates);
    }

    /** A claim for arrangements while the group's budget is not set. */
    public static RateMissingException arrangementsBudget() {
        return new RateMissingException("The arrangements budget per group has not been set: "
                + "arrangementsBudgetPerGroup", List.of("arrangementsBudgetPerGroup"));
    }

    /** A payment period while what is owed cannot be priced. */
    public static RateMissingException toApprove(List<String> missingRates) {
        return new RateMissingException("Set these amounts in the compensation rules before approving: "
                + String.join(", ", missingRates), missingRates);
    }

    /** {0}: the rules' fields to set, e.g. {@code hourlyFee}. */
    @Override
    public List<Object> detailArguments() {
        return List.of(String.join(", ", missingRates));
    }
}
