package fi.verme.groups.policies;

import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.groups.api.RemovalReason;
import fi.verme.groups.api.RemoveParticipant;
import fi.verme.groups.domain.CandidateStandings;
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
@ProcessingGroup(WithdrawalPolicy.PROCESSING_GROUP)
@DisallowReplay
class WithdrawalPolicy {

    static final String PROCESSING_GROUP = "groups-withdrawals";

    private final CommandGateway commands;
    private final CandidateStandings standings;

    WithdrawalPolicy(CommandGateway commands, CandidateStandings standings) {
        this.commands = commands;
        this.standings = standings;
    }

    @EventHandler
    void on(EnrolmentWithdrawn event) {
        standings.openGroupOf(event.enrolmentId()).ifPresent(groupId -> commands.sendAndWait(
                new RemoveParticipant(groupId, event.enrolmentId(), RemovalReason.ENROLMENT_WITHDRAWN)));
    }
}
