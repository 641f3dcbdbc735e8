package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment period as approved: its lines (adjustments one per mentor, payee and kind, as in the compensation
 * view) and what each payee gets in it, taxable pay and reimbursements apart.
 */
public record PaymentPeriodView(String periodId, ProgrammeYear programmeYear, String period,
                                List<CompensationView.Line> lines, BigDecimal total, Instant approvedAt,
                                String payrollReference, LocalDate paidOn, List<PayeeTotal> payees) {

    public record PayeeTotal(Payee payee, String name, BigDecimal taxablePay, BigDecimal reimbursements,
                             BigDecimal total) {
    }
}
