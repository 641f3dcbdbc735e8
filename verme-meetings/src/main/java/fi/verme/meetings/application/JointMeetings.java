package fi.verme.meetings.application;

import fi.verme.meetings.api.CountJointMeeting;
import fi.verme.meetings.api.RecordJointMeeting;
import fi.verme.meetings.domain.GroupFacts;
import fi.verme.meetings.domain.JointMeetingAttendance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Records a joint kickoff or closing meeting by counting it in the calendar of every group that took
 * part, in one transaction: if any group would pass its cap, no group counts it. Who counts in which
 * group is {@link JointMeetingAttendance}'s rule.
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
}
