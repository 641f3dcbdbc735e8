package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An expense claimed. Revision 2 names the {@code payee} (revision 1's claims were all owed to the mentor, and
 * are read so) and, for a participant's travel, the {@code participantId}, whose employer is {@code employer};
 * {@code mentorId} is null for a participant's travel recorded by the coordinator or finance, and
 * {@code groupId} null for a substitute at the mentors' joint planning meeting or travel to a joint meeting.
 */
@Revision("2")
public record ExpenseClaimed(String claimId, ProgrammeYear programmeYear, String mentorId, String groupId,
                             ExpenseKind kind, BigDecimal amount, BigDecimal days, String receiptReference,
                             LocalDate date, String employer, Payee payee, String participantId) {
}
