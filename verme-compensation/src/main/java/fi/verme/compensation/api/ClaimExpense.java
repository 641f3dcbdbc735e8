package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An expense of a group, claimed by its mentor: {@code amount} in euros, or for a substitute the
 * number of {@code days}. {@code employer}: for travel, whose staff travelled (the per-employer report).
 */
public record ClaimExpense(String claimId, ProgrammeYear programmeYear, String mentorId, String groupId,
                           ExpenseKind kind, BigDecimal amount, BigDecimal days, String receiptReference,
                           LocalDate date, String employer) {

    @TargetAggregateIdentifier
    public String claimsId() {
        return CompensationKey.claims(programmeYear);
    }
}
