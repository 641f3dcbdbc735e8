package fi.verme.compensation.views;

import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.ClaimRejected;
import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.PaymentPeriodPaid;
import fi.verme.compensation.domain.OwedSource;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.groups.api.GroupStarted;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.ViewProcessors;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger: every source of money owed ({@link OwedSource}: a mentor's planning fee for the year, a fee
 * for each held meeting and mentor present, each claim), the approved periods, and attendance, each row
 * naming the events behind it. Amounts are priced when read, under the current rules; approved amounts are
 * kept as approved.
 */
@Component
@ProcessingGroup(CompensationLedger.PROCESSING_GROUP)
class CompensationLedger {

    static final String PROCESSING_GROUP = "compensation-ledger";

    private final JdbcTemplate jdbc;

    CompensationLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GroupStarted event, @MessageIdentifier String eventId) {
        var mentors = jdbc.queryForList("select mentor_id from compensation.group_mentor where group_id = ?",
                String.class, event.groupId());
        OwedSource.planningFees(event, mentors).forEach(source -> insert(source, null, eventId, null));
    }

    @EventHandler
    void on(MeetingHeld event, @MessageIdentifier String eventId) {
        OwedSource.meetingFees(event).forEach(source -> insert(source, null, eventId, null));
        attended(event.attendees(), event.programmeYear(), event.meetingId(), event.durationMinutes());
    }

    @EventHandler
    void on(JointMeetingCounted event) {
        attended(event.attendees(), event.programmeYear(), event.jointMeetingId(), event.durationMinutes());
    }

    @EventHandler
    void on(EnrolmentSubmitted event) {
        jdbc.update("""
                insert into compensation.participant (person_id, programme_year, employer) values (?, ?, ?)
                on conflict do nothing""", event.personId(), event.programmeYear().id(), event.employer());
    }

    @EventHandler
    void on(OrganisingHoursClaimed event, @MessageIdentifier String eventId, @SequenceNumber long order) {
        insert(OwedSource.claim(event), ClaimStatus.PENDING, eventId, order);
    }

    @EventHandler
    void on(ExpenseClaimed event, @MessageIdentifier String eventId, @SequenceNumber long order) {
        insert(OwedSource.claim(event), ClaimStatus.PENDING, eventId, order);
    }

    @EventHandler
    void on(ClaimApproved event, @MessageIdentifier String eventId) {
        decide(event.claimId(), ClaimStatus.APPROVED, null, eventId);
    }

    @EventHandler
    void on(ClaimRejected event, @MessageIdentifier String eventId) {
        decide(event.claimId(), ClaimStatus.REJECTED, event.reason().name(), eventId);
    }

    @EventHandler
    void on(PaymentPeriodApproved event, @MessageIdentifier String eventId) {
        jdbc.update("""
                insert into compensation.period (period_id, programme_year, label, total, approved_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                event.periodId(), event.programmeYear().id(), event.period(), event.total(),
                Timestamp.from(event.approvedAt()));
        for (var line : event.lines()) {
            jdbc.update("""
                    insert into compensation.approved_line (period_id, source_id, mentor_id, kind, amount, quantity,
                        adjustment, event_id) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    event.periodId(), line.sourceId(), line.mentorId(), line.kind().name(), line.amount(),
                    line.quantity(), line.adjustment(), eventId);
        }
    }

    @EventHandler
    void on(PaymentPeriodPaid event) {
        jdbc.update("update compensation.period set payroll_reference = ?, paid_on = ? where period_id = ?",
                event.payrollReference(), Date.valueOf(event.paidOn()), event.periodId());
    }

    @ResetHandler
    void reset() {
        ViewProcessors.emptying("compensation.source", "compensation.approved_line", "compensation.period",
                "compensation.participant", "compensation.attended").forEach(jdbc::execute);
    }

    private void decide(String claimId, ClaimStatus status, String rejection, String eventId) {
        jdbc.update("""
                update compensation.source set claim_status = ?, rejection = ?, event_ids = array_append(event_ids, ?)
                where source_id = ? and not (? = any(event_ids))""",
                status.name(), rejection, eventId, OwedSource.claimSourceId(claimId), eventId);
    }

    private void attended(List<String> attendees, ProgrammeYear year, String meetingRef, int minutes) {
        if (attendees.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into compensation.attended (person_id, programme_year, meeting_ref, minutes)
                select person_id, ?, ?, ? from unnest(?::varchar[]) as person_id on conflict do nothing""",
                year.id(), meetingRef, minutes, attendees.toArray(String[]::new));
    }

    /**
     * A source once: a replayed event finds its row there and changes nothing. {@code claimOrder}: a claim's place
     * among its year's claims (its event's sequence number in them), null for a fee.
     */
    private void insert(OwedSource source, ClaimStatus claimStatus, String eventId, Long claimOrder) {
        var priced = source.priced();
        jdbc.update("""
                insert into compensation.source (source_id, programme_year, mentor_id, group_id, kind, hours, minutes,
                    days, amount, description, occurred_on, employer, claim_status, receipt, event_ids, claim_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                source.sourceId(), source.programmeYear().id(), source.mentorId(), source.groupId(),
                priced.kind().name(), priced.hours(), priced.minutes(), priced.days(), priced.amount(),
                source.description(), Date.valueOf(source.date()), source.employer(),
                claimStatus == null ? null : claimStatus.name(), source.receipt(), new String[] {eventId}, claimOrder);
    }
}
