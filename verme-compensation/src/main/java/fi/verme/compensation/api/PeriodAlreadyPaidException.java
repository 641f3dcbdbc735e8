package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A payment period is marked paid once. */
@ProblemType(value = "period-already-paid", kind = Refusal.Kind.CONFLICT)
public class PeriodAlreadyPaidException extends CompensationRuleException {

    public PeriodAlreadyPaidException(String periodId) {
        super("Payment period " + periodId + " has already been paid");
    }
}
