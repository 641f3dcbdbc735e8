package fi.verme.compensation.api;

import fi.verme.shared.Refusal;

/**
 * A compensation rule refused the request. Each rule is a subclass of its own, with its own problem type:
 * {@link CompensationRulesNotSetException}, {@link OrganisingHoursCapExceededException},
 * {@link BudgetExceededException}, {@link ExpenseNotReimbursedException}, {@link ClaimAlreadyDecidedException},
 * {@link RateMissingException}, {@link NothingToApproveException}, {@link NothingOwedException},
 * {@link RulesPayNothingException}, {@link PeriodAlreadyPaidException}, {@link DuplicateReceiptException}.
 */
public abstract class CompensationRuleException extends Refusal {

    protected CompensationRuleException(String message) {
        super(message);
    }
}
