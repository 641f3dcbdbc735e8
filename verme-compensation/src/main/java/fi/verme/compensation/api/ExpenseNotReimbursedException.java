package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** An expense of a kind the programme year's rules do not reimburse. */
@ProblemType(value = "expense-not-reimbursed", kind = Refusal.Kind.CONFLICT)
public class ExpenseNotReimbursedException extends CompensationRuleException {

    public ExpenseNotReimbursedException(ExpenseKind kind) {
        super("The programme year's rules do not reimburse " + kind.name().toLowerCase() + " costs");
    }
}
