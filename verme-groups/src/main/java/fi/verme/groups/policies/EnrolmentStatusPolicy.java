package fi.verme.groups.policies;

import fi.verme.enrolment.api.RecordPlacement;
import fi.verme.enrolment.api.WaitlistEnrolment;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.api.RemovalReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the enrolment where its person stands: placed in a group, or back on the waiting list when
 * taken out of a group or when the group is cancelled. Runs in the transaction of the placement,
 * so the enrolment's status never disagrees with the group.
 */
@Component
@ProcessingGroup(EnrolmentStatusPolicy.PROCESSING_GROUP)
@DisallowReplay
class EnrolmentStatusPolicy {

    static final String PROCESSING_GROUP = "groups-enrolment-status";

    private final CommandGateway commands;

    EnrolmentStatusPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ParticipantPlaced event) {
        commands.sendAndWait(new RecordPlacement(event.enrolmentId(), event.groupId()));
    }

    @EventHandler
    void on(ParticipantRemoved event) {
        if (event.reason() != RemovalReason.ENROLMENT_WITHDRAWN) {
            commands.sendAndWait(new WaitlistEnrolment(event.enrolmentId(), WaitlistReason.REMOVED_FROM_GROUP));
        }
    }

    @EventHandler
    void on(GroupCancelled event) {
        event.released().forEach(enrolmentId ->
                commands.sendAndWait(new WaitlistEnrolment(enrolmentId, WaitlistReason.GROUP_CANCELLED)));
    }
}
