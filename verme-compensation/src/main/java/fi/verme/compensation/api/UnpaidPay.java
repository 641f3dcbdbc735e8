package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;

/**
 * What a programme year owes a person and has not paid: accruing or in an approved period not yet marked paid.
 * {@code amount} counts the priced lines (negative when a correction recovers more than is owed); {@code unpriced}
 * lines wait for a rate. Every line counts, since each is a line of a payroll file that names the person.
 */
public record UnpaidPay(ProgrammeYear programmeYear, BigDecimal amount, int unpriced) {
}
