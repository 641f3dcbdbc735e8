package fi.verme.meetings.domain;

import fi.verme.meetings.api.NotAllowedException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.function.Predicate;

/**
 * What is said in a group stays in the group: its minutes are read only by the group's mentors and by
 * the people who were its members on the meeting's day.
 */
public final class MinutesConfidentiality {

    private MinutesConfidentiality() {
    }

    /** {@code meetingDate} null: the meeting's day is not known, so only the mentors may read. */
    public static void requireReader(String personId, String groupId, LocalDate meetingDate, GroupFacts groups) {
        if (!readerOf(personId, groupId, groups).test(meetingDate)) {
            throw new NotAllowedException("The minutes are confidential to the group's mentors and members");
        }
    }

    /**
     * Which of a group's meetings, by their day, the person may read the minutes of: every one for the
     * group's mentors, for a member those held on a day they were a member (each day asked once). The same
     * rule for one meeting and for all of a group's.
     */
    public static Predicate<LocalDate> readerOf(String personId, String groupId, GroupFacts groups) {
        if (personId == null) {
            throw new NotAllowedException("The minutes are confidential to the group: say who you are");
        }
        if (groups.find(groupId).map(group -> group.mentors().containsValue(personId)).orElse(false)) {
            return day -> true;
        }
        var memberOn = new HashMap<LocalDate, Boolean>();
        return day -> day != null && memberOn.computeIfAbsent(day,
                date -> groups.membersOn(groupId, date).contains(personId));
    }
}
