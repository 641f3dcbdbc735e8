package fi.verme.meetings.domain;

import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.meetings.api.AttendeeNotAMemberException;
import fi.verme.meetings.api.RecordJointMeeting;
import fi.verme.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who of a joint kickoff or closing meeting counts in which group: the groups that took part are named
 * each once and are of the meeting's programme year, and each attendee counts in the first of them that
 * they were a member of on the day. Someone who was a member of none of them was not at this meeting.
 */
public final class JointMeetingAttendance {

    private JointMeetingAttendance() {
    }

    /** The attendees of each group that took part, in the order the groups were named (a group may have none). */
    public static Map<String, List<String>> byGroup(RecordJointMeeting meeting, GroupFacts groups) {
        var groupIds = meeting.groupIds() == null ? List.<String>of() : meeting.groupIds();
        if (groupIds.isEmpty() || new HashSet<>(groupIds).size() != groupIds.size()) {
            throw new InvalidInputException("groups", "the ids of the groups that took part, each once");
        }
        if (meeting.kind() == null) {
            throw new InvalidInputException("kind", "KICKOFF or CLOSING");
        }
        var attendeesByGroup = new LinkedHashMap<String, List<String>>();
        for (var groupId : groupIds) {
            var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
            if (!group.programmeYear().equals(meeting.programmeYear())) {
                throw new InvalidInputException("groups", "groups of " + meeting.programmeYear());
            }
            attendeesByGroup.put(groupId, new ArrayList<>());
        }
        var attendees = meeting.attendees() == null ? List.<String>of() : meeting.attendees();
        if (meeting.date() != null) {
            for (var personId : attendees) {
                var group = groupIds.stream().filter(id -> groups.membersOn(id, meeting.date()).contains(personId))
                        .findFirst()
                        .orElseThrow(() -> new AttendeeNotAMemberException(String.join(", ", groupIds), personId,
                                meeting.date()));
                attendeesByGroup.get(group).add(personId);
            }
        }
        attendeesByGroup.replaceAll((groupId, present) -> List.copyOf(present));
        return attendeesByGroup;
    }
}
