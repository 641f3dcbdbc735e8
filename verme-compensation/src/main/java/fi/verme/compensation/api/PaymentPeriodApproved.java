package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Finance approved a payment period: every amount owed and not yet approved, frozen as approved. An approved amount is
 * never rewritten, nor is what it counted; a later change of what is owed becomes an adjustment in a later period.
 *
 * @param periodId the period's id
 * @param programmeYear the programme year whose organiser pays
 * @param period the month paid, written {@code YYYY-MM}
 * @param lines what is approved, one line per source and mentor; at least one
 * @param total the sum of the lines' amounts, in euros
 * @param approvedAt when the period was approved
 */
@Revision("2")
public record PaymentPeriodApproved(String periodId, ProgrammeYear programmeYear, String period,
                                    List<ApprovedLine> lines, BigDecimal total, Instant approvedAt) {

    /**
     * One amount approved in a payment period.
     *
     * @param sourceId what the line pays for: {@code planning:<organiser>/<schoolYear>:<mentorId>} (a group's start),
     *        {@code meeting:<meetingId>:<mentorId>} (a held meeting) or {@code claim:<claimId>} (an approved claim)
     * @param mentorId the mentor the line is for; null for a participant's travel, which names no mentor
     * @param kind what the line pays for
     * @param amount the euros approved, with two decimals; negative for an adjustment that takes back part of an
     *        amount approved earlier
     * @param quantity what the line counted when approved, as the rules in force then counted it: fee hours (two
     *        decimals) for a fee, days for a substitute; null for another expense, and for a line approved before
     *        quantities were kept (revision 1), which is read at the current rules' quantity
     * @param adjustment whether the line is a difference to what an earlier period approved for the same source
     */
    public record ApprovedLine(String sourceId, String mentorId, LineKind kind, BigDecimal amount,
                               BigDecimal quantity, boolean adjustment) {
    }
}
