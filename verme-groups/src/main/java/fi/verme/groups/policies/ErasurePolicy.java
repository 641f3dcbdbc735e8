package fi.verme.groups.policies;

import fi.verme.enrolment.api.PersonErased;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.enrolment.api.WithdrawalReason;
import fi.verme.groups.domain.CandidateStandings;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An erased person takes no further part: each of their enrolments that is not yet history is withdrawn, in the
 * transaction of the erasure, so it leaves the waiting list and any open group ({@link WithdrawalPolicy}) instead
 * of staying there nameless, to be placed, proposed or counted towards a group's size. A completed group keeps
 * its members, as it does on withdrawal. The reason is {@link WithdrawalReason#OTHER}: the person gave none, and
 * the erasure beside it in the history says why.
 */
@Component
@ProcessingGroup(ErasurePolicy.PROCESSING_GROUP)
@DisallowReplay
class ErasurePolicy {

    static final String PROCESSING_GROUP = "groups-erasures";

    private final CommandGateway commands;
    private final CandidateStandings standings;

    ErasurePolicy(CommandGateway commands, CandidateStandings standings) {
        this.commands = commands;
        this.standings = standings;
    }

    @EventHandler
    void on(PersonErased event) {
        standings.unfinishedEnrolmentsOf(event.personId()).forEach(enrolmentId ->
                commands.sendAndWait(new WithdrawEnrolment(enrolmentId, WithdrawalReason.OTHER)));
    }
}
