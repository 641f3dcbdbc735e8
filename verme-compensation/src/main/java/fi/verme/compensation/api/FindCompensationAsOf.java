package fi.verme.compensation.api;

import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupStarted;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * What each mentor of a programme year was owed, approved and paid after these of its events, given in
 * their global order (say, every event up to the end of a past day): priced as the ledger prices, under
 * the rules in force after them. Answered by folding the events, without touching any table; only the
 * events that {@link #concerns} need be given.
 */
public record FindCompensationAsOf(ProgrammeYear programmeYear, List<Object> events) {

    /** Whether the answer depends on this event: the others may be left out of {@code events}. */
    public static boolean concerns(Object event) {
        return event instanceof GroupFormed || event instanceof GroupStarted || event instanceof MeetingHeld
                || event instanceof CompensationRulesSet || event instanceof OrganisingHoursClaimed
                || event instanceof ExpenseClaimed || event instanceof ClaimApproved
                || event instanceof PaymentPeriodApproved || event instanceof PaymentPeriodPaid;
    }
}
