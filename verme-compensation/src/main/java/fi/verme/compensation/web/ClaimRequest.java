package fi.verme.compensation.web;

import fi.verme.compensation.api.ExpenseKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST …/claims}. Organising hours: {@code hours} and {@code description}. An expense:
 * {@code kind}, {@code groupId}, {@code amount} (or {@code days} for a substitute), {@code receiptReference},
 * and for travel optionally the {@code employer} whose staff travelled.
 */
record ClaimRequest(
        @NotBlank String mentorId,
        @NotNull LocalDate date,
        BigDecimal hours,
        String description,
        ExpenseKind kind,
        String groupId,
        BigDecimal amount,
        BigDecimal days,
        String receiptReference,
        String employer) {
}
