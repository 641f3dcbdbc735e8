package fi.verme.meetings.projection;

import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.meetings.api.AttendeeNotAMemberException;
import fi.verme.meetings.api.CountJointMeeting;
import fi.verme.meetings.api.RecordJointMeeting;
import fi.verme.meetings.domain.GroupFacts;
import fi.verme.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Records a joint kickoff or closing meeting by counting it in the calendar of every group that took
 * part, in one transaction: if any group would pass its cap, no group counts it.
 */
@Component
class JointMeetings {

    private final CommandGateway commands;
    private final GroupFacts groups;

    JointMeetings(CommandGateway commands, GroupFacts groups) {
        this.commands = commands;
        this.groups = groups;
    }

    @CommandHandler
    void handle(RecordJointMeeting command) {
        var groupIds = command.groupIds() == null ? List.<String>of() : command.groupIds();
        if (groupIds.isEmpty() || new HashSet<>(groupIds).size() != groupIds.size()) {
            throw new InvalidInputException("groups", "the ids of the groups that took part, each once");
        }
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "KICKOFF or CLOSING");
        }
        var attendeesByGroup = new LinkedHashMap<String, List<String>>();
        for (var groupId : groupIds) {
            var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
            if (!group.programmeYear().equals(command.programmeYear())) {
                throw new InvalidInputException("groups", "groups of " + command.programmeYear());
            }
            attendeesByGroup.put(groupId, new ArrayList<>());
        }
        var attendees = command.attendees() == null ? List.<String>of() : command.attendees();
        if (command.date() != null) {
            for (var personId : attendees) {
                var group = groupIds.stream().filter(id -> groups.membersOn(id, command.date()).contains(personId))
                        .findFirst()
                        .orElseThrow(() -> new AttendeeNotAMemberException(String.join(", ", groupIds), personId,
                                command.date()));
                attendeesByGroup.get(group).add(personId);
            }
        }
        attendeesByGroup.forEach((groupId, present) -> commands.sendAndWait(new CountJointMeeting(groupId,
                command.jointMeetingId(), command.kind(), command.date(), command.durationMinutes(),
                List.copyOf(present))));
    }
}
