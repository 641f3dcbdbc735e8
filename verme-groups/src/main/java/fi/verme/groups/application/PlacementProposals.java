package fi.verme.groups.application;

import fi.verme.groups.api.AcceptPlacementProposal;
import fi.verme.groups.api.ChangeProposedPlacement;
import fi.verme.groups.api.FindPlacementProposal;
import fi.verme.groups.api.PlacementProposalView.Placement;
import fi.verme.groups.api.PlacementProposalView.Waiting;
import fi.verme.groups.api.PlacementProposalView;
import fi.verme.groups.api.ProposalOutdatedException;
import fi.verme.groups.api.ProposePlacement;
import fi.verme.groups.domain.CandidateStandings;
import fi.verme.groups.domain.FirstComeFirstServed;
import fi.verme.groups.domain.PlacementOptimiser;
import fi.verme.groups.domain.PlacementProposal.Draft;
import fi.verme.groups.domain.PlacementQuality;
import fi.verme.groups.domain.PlacementReview;
import java.time.Clock;
import java.util.HashMap;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Placement proposals: the optimiser's answer for a programme year, the coordinator's changes to it, and its
 * acceptance, which places and waitlists everyone in one transaction (all or nothing). What a proposal may
 * become is the domain's {@link fi.verme.groups.domain.PlacementProposal}; a proposal is a working draft,
 * kept in a table, and what accepting it does is recorded as the groups' and enrolments' events.
 */
@Component
class PlacementProposals {

    private final ProposalDrafts drafts;
    private final PlacementProblems problems;
    private final CandidateStandings standings;
    private final CommandGateway commands;
    private final Clock clock;
    private final PlacementOptimiser optimiser = new PlacementOptimiser();

    PlacementProposals(ProposalDrafts drafts, PlacementProblems problems, CandidateStandings standings,
                       CommandGateway commands, Clock clock) {
        this.drafts = drafts;
        this.problems = problems;
        this.standings = standings;
        this.commands = commands;
        this.clock = clock;
    }

    @CommandHandler
    void handle(ProposePlacement command) {
        var problem = problems.of(command.programmeYear());
        long started = System.nanoTime();
        var plan = optimiser.propose(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;
        drafts.insert(command.proposalId(), command.programmeYear(), clock.instant(), Draft.of(problem, plan, millis));
    }

    @CommandHandler
    void handle(ChangeProposedPlacement command) {
        var proposal = drafts.load(command.proposalId());
        drafts.update(command.proposalId(), proposal.move(command.enrolmentId(), command.groupId()));
    }

    @CommandHandler
    void handle(AcceptPlacementProposal command) {
        var acceptance = drafts.load(command.proposalId()).accept();
        acceptance.placements().forEach(place -> send(command.proposalId(), place.enrolmentId(), place));
        acceptance.waitlist().keySet().forEach(enrolmentId -> acceptance
                .waitlisting(enrolmentId, standings.statusOf(enrolmentId))
                .ifPresent(waitlist -> send(command.proposalId(), enrolmentId, waitlist)));
        drafts.markAccepted(command.proposalId(), clock.instant());
    }

    private void send(String proposalId, String enrolmentId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            // rethrown, so the whole acceptance rolls back
            throw new ProposalOutdatedException(proposalId, enrolmentId, e.getMessage());
        }
    }

    /**
     * The proposal with each placement's wish rank, what it does to each group, and its quality beside
     * the baseline's.
     */
    @QueryHandler
    Optional<PlacementProposalView> find(FindPlacementProposal query) {
        return drafts.find(query.proposalId()).map(stored -> {
            var draft = stored.proposal().draft();
            var problem = draft.problem();
            var themes = new HashMap<String, String>();
            problem.groups().forEach(g -> themes.put(g.groupId(), g.theme()));
            var placements = problem.candidates().stream()
                    .filter(c -> draft.placements().containsKey(c.enrolmentId()))
                    .map(c -> {
                        var groupId = draft.placements().get(c.enrolmentId());
                        return new Placement(c.enrolmentId(), groupId, c.wishes().indexOf(themes.get(groupId)) + 1,
                                draft.changedByCoordinator().contains(c.enrolmentId()));
                    }).toList();
            var waitlist = problem.candidates().stream()
                    .filter(c -> draft.waitlist().containsKey(c.enrolmentId()))
                    .map(c -> new Waiting(c.enrolmentId(), draft.waitlist().get(c.enrolmentId()))).toList();
            return new PlacementProposalView(query.proposalId(), stored.programmeYear(), stored.status(),
                    stored.createdAt(), draft.solveMillis(), placements, waitlist,
                    PlacementReview.outcomes(problem, draft.placements()),
                    PlacementQuality.measure(problem, draft.placements()),
                    PlacementQuality.measure(problem, FirstComeFirstServed.place(problem)));
        });
    }
}
