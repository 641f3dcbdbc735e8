package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An expense: {@code amount} in euros, or for a substitute the number of {@code days}.
 * <ul>
 * <li>{@code mentorId}: the mentor whose group or planning it is; none for a participant's travel.</li>
 * <li>{@code groupId}: the group, required for arrangements; none for a substitute at the mentors' joint
 * planning meeting (which belongs to no group) or travel to a joint meeting.</li>
 * <li>{@code participantId}: for travel, the participant (person id) who travelled; their employer is the one
 * of their enrolment. Otherwise {@code employer}: for travel, whose staff travelled; for a substitute, the
 * employer that hired them, to whom the day rate is owed unless {@code payee} says otherwise.</li>
 * <li>{@code payee}: whoever paid or is owed; by default the mentor (receipts), the participant (their travel),
 * or {@code employer} (a substitute, never owed to the mentor).</li>
 * </ul>
 */
public record ClaimExpense(String claimId, ProgrammeYear programmeYear, String mentorId, String groupId,
                           ExpenseKind kind, BigDecimal amount, BigDecimal days, String receiptReference,
                           LocalDate date, String employer, Payee payee, String participantId) {

    @TargetAggregateIdentifier
    public String claimsId() {
        return CompensationKey.claims(programmeYear);
    }
}
