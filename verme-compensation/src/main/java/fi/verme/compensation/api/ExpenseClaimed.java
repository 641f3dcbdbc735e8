package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A mentor, a coordinator or finance claimed an expense: a group's arrangements (coffee), travel, or a substitute
 * hired so that a mentor could plan in working time; it is owed once approved. Revision 2 added {@code payee} and
 * {@code participantId}; revision 1 claims were all owed to the mentor and are read so.
 *
 * @param claimId the claim's id
 * @param programmeYear the programme year whose organiser pays
 * @param mentorId the mentor the expense is for; null for a participant's travel recorded by a coordinator or finance
 * @param groupId the group the expense is for; null for a substitute at the mentors' joint planning meeting or travel
 *        to a joint meeting
 * @param kind what kind of expense it is
 * @param amount the euros claimed, with two decimals; null for a substitute, which is claimed in days
 * @param days the substitute's days, more than 0 and at most 10, e.g. 0.5; null for any other kind
 * @param receiptReference the receipt's reference; null only for a substitute claimed without one
 * @param date the day of the expense
 * @param employer the employer whose staff travelled or that hired the substitute (an organisation's name), or the
 *        participant's employer from their enrolment; null when the claim names none
 * @param payee to whom the amount is owed
 * @param participantId the person id of the participant whose travel this is; null when it is not a participant's
 *        travel
 */
@Revision("2")
public record ExpenseClaimed(String claimId, ProgrammeYear programmeYear, String mentorId, String groupId,
                             ExpenseKind kind, BigDecimal amount, BigDecimal days, String receiptReference,
                             LocalDate date, String employer, Payee payee, String participantId) {
}
