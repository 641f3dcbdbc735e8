package fi.verme.compensation.domain;

import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.groups.api.GroupStarted;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A source of money owed to a mentor, and which events make one: when a group starts, a planning fee for
 * each of its mentors (once a programme year per mentor); when a meeting is held, a meeting fee for each
 * mentor present; and each claim, owed once it is approved. The ledger keeps these sources, an auditor's
 * state as of a day folds them from the events, and both price them with {@link FeeSchedule}. A source's
 * id names what it pays for, so that a replayed event makes no second source.
 */
public record OwedSource(String sourceId, ProgrammeYear programmeYear, String mentorId, String groupId,
                         Priced priced, String description, LocalDate date, String employer, String receipt) {

    public static List<OwedSource> planningFees(GroupStarted event, Collection<String> mentorIds) {
        return mentorIds.stream().map(mentorId -> new OwedSource(
                "planning:" + event.programmeYear().id() + ":" + mentorId, event.programmeYear(), mentorId,
                event.groupId(), new Priced(LineKind.PLANNING_FEE, null, null, null, null),
                "Suunnittelupalkkio / planning fee", event.startedOn(), null, null)).toList();
    }

    public static List<OwedSource> meetingFees(MeetingHeld event) {
        return event.mentorsPresent().stream().map(mentorId -> new OwedSource(
                "meeting:" + event.meetingId() + ":" + mentorId, event.programmeYear(), mentorId, event.groupId(),
                new Priced(LineKind.MEETING_FEE, null, event.durationMinutes(), null, null),
                "Tapaaminen / meeting " + event.durationMinutes() + " min", event.heldOn(), null, null)).toList();
    }

    public static OwedSource claim(OrganisingHoursClaimed event) {
        return new OwedSource(claimSourceId(event.claimId()), event.programmeYear(), event.mentorId(), null,
                new Priced(LineKind.ORGANISING_HOURS, event.hours(), null, null, null), event.description(),
                event.date(), null, null);
    }

    public static OwedSource claim(ExpenseClaimed event) {
        return new OwedSource(claimSourceId(event.claimId()), event.programmeYear(), event.mentorId(),
                event.groupId(), new Priced(LineKind.valueOf(event.kind().name()), null, null, event.days(),
                        event.amount()), event.receiptReference(), event.date(), event.employer(),
                event.receiptReference());
    }

    public static String claimSourceId(String claimId) {
        return "claim:" + claimId;
    }

    /** A fee is owed as soon as it arises ({@code claimStatus} null); a claim once it is approved. */
    public static boolean owed(ClaimStatus claimStatus) {
        return claimStatus == null || claimStatus == ClaimStatus.APPROVED;
    }
}
