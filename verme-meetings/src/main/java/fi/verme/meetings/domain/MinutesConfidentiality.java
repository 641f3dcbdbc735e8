package fi.verme.meetings.domain;

import fi.verme.meetings.api.NotAllowedException;
import java.time.LocalDate;

/**
 * What is said in a group stays in the group: its minutes are read only by the group's mentors and by
 * the people who were its members on the meeting's day.
 */
public final class MinutesConfidentiality {

    private MinutesConfidentiality() {
    }

    /** {@code meetingDate} null: the meeting's day is not known, so only the mentors may read. */
    public static void requireReader(String personId, String groupId, LocalDate meetingDate, GroupFacts groups) {
        if (personId == null) {
            throw new NotAllowedException("The minutes are confidential to the group: say who you are");
        }
        boolean mentor = groups.find(groupId).map(group -> group.mentors().containsValue(personId)).orElse(false);
        boolean member = meetingDate != null && groups.membersOn(groupId, meetingDate).contains(personId);
        if (!mentor && !member) {
            throw new NotAllowedException("The minutes are confidential to the group's mentors and members");
        }
    }
}
