package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No payment period has this id. */
@ProblemType(value = "payment-period-not-found", kind = Refusal.Kind.NOT_FOUND)
public class PaymentPeriodNotFoundException extends Refusal {

    public PaymentPeriodNotFoundException(String periodId) {
        super("No payment period " + periodId);
    }
}
