package fi.verme.app.erasure;

import fi.verme.compensation.api.UnpaidPay;
import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The person has pay or a reimbursement not yet paid, or a correction of them (a recovery, negative): erasing them now
 * would leave finance a payroll line without a name or an employee number, and the organiser owes the payment and
 * keeps its records by law (the GDPR's article 17(3)(b)). The erasure waits until finance has marked the periods
 * paid; {@code owed} says where.
 */
@ProblemType(value = "unpaid-pay", kind = Refusal.Kind.CONFLICT)
class UnpaidPayException extends Refusal {

    private final List<UnpaidPay> owed;

    UnpaidPayException(List<UnpaidPay> owed) {
        super("The person has pay not yet paid in " + years(owed) + "; erase them once finance has paid it");
        this.owed = List.copyOf(owed);
    }

    private static String years(List<UnpaidPay> owed) {
        return owed.stream().map(pay -> pay.programmeYear().id()).collect(Collectors.joining(", "));
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(years(owed));
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("owed", owed);
    }
}
