package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A group's arrangements claims, rejected claims aside, stay within its budget. */
@ProblemType(value = "budget-exceeded", kind = Refusal.Kind.CONFLICT)
public class BudgetExceededException extends CompensationRuleException {

    private final BigDecimal spent;
    private final BigDecimal budget;

    public BudgetExceededException(BigDecimal spent, BigDecimal budget) {
        super("The group has claimed " + cents(spent).toPlainString() + " € of its " + budget.toPlainString()
                + " € arrangements budget; " + cents(budget.subtract(spent)).toPlainString() + " € are left");
        this.spent = cents(spent);
        this.budget = cents(budget);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {0} euros claimed, {1} the budget, {2} euros left. */
    @Override
    public List<Object> detailArguments() {
        return List.of(spent, budget, budget.subtract(spent));
    }
}
