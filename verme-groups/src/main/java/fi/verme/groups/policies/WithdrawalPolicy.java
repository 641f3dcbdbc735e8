package fi.verme.groups.projection;

import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.groups.api.RemovalReason;
import fi.verme.groups.api.RemoveParticipant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A withdrawn enrolment leaves its group, in the transaction of the withdrawal. A completed group
 * keeps its members: its year is history.
 */
@Component
@ProcessingGroup("groups-withdrawals")
@DisallowReplay
class WithdrawalPolicy {

    private final CommandGateway commands;
    private final CandidateLookup candidates;

    WithdrawalPolicy(CommandGateway commands, CandidateLookup candidates) {
        this.commands = commands;
        this.candidates = candidates;
    }

    @EventHandler
    void on(EnrolmentWithdrawn event) {
        candidates.openGroupOf(event.enrolmentId()).ifPresent(groupId -> commands.sendAndWait(
                new RemoveParticipant(groupId, event.enrolmentId(), RemovalReason.ENROLMENT_WITHDRAWN)));
    }
}
