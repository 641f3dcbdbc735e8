package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code kind} null: organising hours; otherwise an expense. {@code payee}: whom it is owed to (organising hours:
 * the mentor); {@code participantId}: the participant whose travel it is; {@code mentorId} null for a
 * participant's travel that no mentor claimed.
 */
public record ClaimView(String claimId, ProgrammeYear programmeYear, String mentorId, String groupId, ExpenseKind kind,
                        BigDecimal hours, BigDecimal amount, BigDecimal days, String receiptReference, LocalDate date,
                        String description, String employer, ClaimStatus status, RejectionReason rejectionReason,
                        Payee payee, String participantId) {
}
