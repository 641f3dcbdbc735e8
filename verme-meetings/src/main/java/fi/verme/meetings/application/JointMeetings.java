package fi.verme.meetings.application;

import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.meetings.api.CancelJointMeeting;
import fi.verme.meetings.api.CancelMeeting;
import fi.verme.meetings.api.CountJointMeeting;
import fi.verme.meetings.api.PlanJointMeeting;
import fi.verme.meetings.api.RecordJointMeeting;
import fi.verme.meetings.api.RescheduleJointMeeting;
import fi.verme.meetings.api.RescheduleMeeting;
import fi.verme.meetings.api.ScheduleJointMeeting;
import fi.verme.meetings.domain.GroupFacts;
import fi.verme.meetings.domain.JointMeetingAttendance;
import fi.verme.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Records a joint kickoff or closing meeting by counting it in the calendar of every group that took
 * part, in one transaction: if any group would pass its cap, no group counts it. Who counts in which
 * group is {@link JointMeetingAttendance}'s rule. A joint meeting planned ahead goes on every listed group's
 * calendar the same way, all or none, and is recorded as held later under the same id, or moved or cancelled
 * for all its groups at once.
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
        JointMeetingAttendance.byGroup(command, groups).forEach((groupId, present) -> commands.sendAndWait(
                new CountJointMeeting(groupId, command.jointMeetingId(), command.kind(), command.date(),
                        command.durationMinutes(), present)));
    }

    @CommandHandler
    void handle(PlanJointMeeting command) {
        var groupIds = command.groupIds() == null ? List.<String>of() : command.groupIds();
        if (groupIds.isEmpty() || new HashSet<>(groupIds).size() != groupIds.size()) {
            throw new InvalidInputException("groups", "the ids of the groups taking part, each once");
        }
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "KICKOFF or CLOSING");
        }
        for (var groupId : groupIds) {
            var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
            if (!group.programmeYear().equals(command.programmeYear())) {
                throw new InvalidInputException("groups", "groups of " + command.programmeYear());
            }
        }
        groupIds.forEach(groupId -> commands.sendAndWait(new ScheduleJointMeeting(groupId, command.jointMeetingId(),
                command.kind(), command.date(), command.startTime(), command.plannedMinutes(), command.place())));
    }

    @CommandHandler
    void handle(RescheduleJointMeeting command) {
        command.groupIds().forEach(groupId -> commands.sendAndWait(new RescheduleMeeting(groupId,
                command.jointMeetingId(), command.date(), command.startTime(), command.plannedMinutes(),
                command.place(), false)));
    }

    @CommandHandler
    void handle(CancelJointMeeting command) {
        command.groupIds().forEach(groupId -> commands.sendAndWait(new CancelMeeting(groupId,
                command.jointMeetingId(), command.reason())));
    }
}
