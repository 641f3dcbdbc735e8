package fi.verme.compensation.web;

import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.Payee;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST …/claims}. Organising hours: {@code mentorId}, {@code hours} and {@code description}. An
 * expense: {@code kind}, {@code mentorId} (none for a participant's travel), {@code groupId} (none for a
 * substitute at the mentors' joint planning meeting), {@code amount} (or {@code days} for a substitute),
 * {@code receiptReference}; for travel the {@code participantId} who travelled or the {@code employer} whose staff
 * did; for a substitute the {@code employer} that hired them; and {@code payee} when someone else is owed.
 */
record ClaimRequest(
        String mentorId,
        @NotNull LocalDate date,
        BigDecimal hours,
        String description,
        ExpenseKind kind,
        String groupId,
        BigDecimal amount,
        BigDecimal days,
        String receiptReference,
        String employer,
        Payee payee,
        String participantId) {
}
