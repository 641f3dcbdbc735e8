package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;

/**
 * What a programme year owes a person and has not paid: accruing or in an approved period not yet marked paid.
 * {@code amount} counts the priced lines; {@code unpriced} lines wait for a rate.
 */
public record UnpaidPay(ProgrammeYear programmeYear, BigDecimal amount, int unpriced) {
}
