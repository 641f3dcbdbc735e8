package fi.verme.groups.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.WaitlistEnrolment;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.AcceptPlacementProposal;
import fi.verme.groups.api.ChangeProposedPlacement;
import fi.verme.groups.api.FindPlacementProposal;
import fi.verme.groups.api.GroupFullException;
import fi.verme.groups.api.GroupType;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.PlacementProposalNotFoundException;
import fi.verme.groups.api.PlacementProposalView.Placement;
import fi.verme.groups.api.PlacementProposalView.Status;
import fi.verme.groups.api.PlacementProposalView.Waiting;
import fi.verme.groups.api.PlacementProposalView;
import fi.verme.groups.api.ProposalAlreadyAcceptedException;
import fi.verme.groups.api.ProposalOutdatedException;
import fi.verme.groups.api.ProposePlacement;
import fi.verme.groups.domain.FirstComeFirstServed;
import fi.verme.groups.domain.PlacementOptimiser;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import fi.verme.groups.domain.PlacementProblem;
import fi.verme.groups.domain.PlacementQuality;
import fi.verme.groups.domain.PlacementReview;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Placement proposals: the optimiser's answer for a programme year, the coordinator's changes to it,
 * and its acceptance, which places and waitlists everyone in one transaction (all or nothing).
 * A proposal is a working draft, kept in a table; what accepting it does is recorded as events.
 */
@Component
class PlacementProposals {

    private final JdbcTemplate jdbc;
    private final CandidateLookup candidates;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Clock clock;
    private final PlacementOptimiser optimiser = new PlacementOptimiser();

    PlacementProposals(JdbcTemplate jdbc, CandidateLookup candidates, CommandGateway commands, ObjectMapper json,
                       Clock clock) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
    }

    /** What is stored: the problem as it was, and the answer as the coordinator has left it. */
    record Document(PlacementProblem problem, Map<String, String> placements, Map<String, WaitlistReason> waitlist,
                    Set<String> changedByCoordinator, long solveMillis) {
    }

    @CommandHandler
    void handle(ProposePlacement command) {
        var problem = problemOf(command.programmeYear());
        long started = System.nanoTime();
        var plan = optimiser.propose(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;
        var document = new Document(problem, plan.placements(), plan.waitlist(), Set.of(), millis);
        jdbc.update("""
                insert into groups.placement_proposal (proposal_id, programme_year, status, created_at, document)
                values (?, ?, ?, ?, ?::jsonb)""",
                command.proposalId(), command.programmeYear().id(), Status.PROPOSED.name(),
                Timestamp.from(clock.instant()), write(document));
    }

    @CommandHandler
    void handle(ChangeProposedPlacement command) {
        var stored = load(command.proposalId());
        if (stored.status() != Status.PROPOSED) {
            throw new ProposalAlreadyAcceptedException(command.proposalId());
        }
        var document = stored.document();
        var problem = document.problem();
        if (problem.candidates().stream().noneMatch(c -> c.enrolmentId().equals(command.enrolmentId()))) {
            throw new InvalidInputException("enrolmentId", "the id of an enrolment in this proposal");
        }
        var placements = new LinkedHashMap<>(document.placements());
        var waitlist = new LinkedHashMap<>(document.waitlist());
        placements.remove(command.enrolmentId());
        waitlist.remove(command.enrolmentId());
        if (command.groupId() == null) {
            waitlist.put(command.enrolmentId(), WaitlistReason.COORDINATOR_DECISION);
        } else {
            var group = problem.groups().stream().filter(g -> g.groupId().equals(command.groupId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("groupId",
                            "the id of a group in this proposal, or null for the waiting list"));
            long taken = group.members() + placements.values().stream().filter(group.groupId()::equals).count();
            if (taken >= group.maxSize()) {
                throw new GroupFullException(group.groupId(), group.maxSize());
            }
            placements.put(command.enrolmentId(), group.groupId());
        }
        var changed = new LinkedHashSet<>(document.changedByCoordinator());
        changed.add(command.enrolmentId());
        jdbc.update("update groups.placement_proposal set document = ?::jsonb where proposal_id = ?",
                write(new Document(problem, placements, waitlist, changed, document.solveMillis())),
                command.proposalId());
    }

    @CommandHandler
    void handle(AcceptPlacementProposal command) {
        var stored = load(command.proposalId());
        if (stored.status() != Status.PROPOSED) {
            throw new ProposalAlreadyAcceptedException(command.proposalId());
        }
        var document = stored.document();
        document.placements().forEach((enrolmentId, groupId) ->
                send(command.proposalId(), enrolmentId, new PlaceParticipant(groupId, enrolmentId)));
        document.waitlist().forEach((enrolmentId, reason) -> {
            var status = candidates.statusOf(enrolmentId);
            if (status.isEmpty() || status.get() == EnrolmentStatus.WITHDRAWN) {
                throw new ProposalOutdatedException(command.proposalId(), enrolmentId, "it has been withdrawn");
            }
            if (status.get() != EnrolmentStatus.WAITLISTED) {
                send(command.proposalId(), enrolmentId, new WaitlistEnrolment(enrolmentId, reason));
            }
        });
        jdbc.update("update groups.placement_proposal set status = ?, accepted_at = ? where proposal_id = ?",
                Status.ACCEPTED.name(), Timestamp.from(clock.instant()), command.proposalId());
    }

    private void send(String proposalId, String enrolmentId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            // rethrown, so the whole acceptance rolls back
            throw new ProposalOutdatedException(proposalId, enrolmentId, e.getMessage());
        }
    }

    @QueryHandler
    Optional<PlacementProposalView> find(FindPlacementProposal query) {
        return find(query.proposalId()).map(stored -> {
            var document = stored.document();
            var problem = document.problem();
            var themes = new HashMap<String, String>();
            problem.groups().forEach(g -> themes.put(g.groupId(), g.theme()));
            var placements = problem.candidates().stream()
                    .filter(c -> document.placements().containsKey(c.enrolmentId()))
                    .map(c -> {
                        var groupId = document.placements().get(c.enrolmentId());
                        return new Placement(c.enrolmentId(), groupId, c.wishes().indexOf(themes.get(groupId)) + 1,
                                document.changedByCoordinator().contains(c.enrolmentId()));
                    }).toList();
            var waitlist = problem.candidates().stream()
                    .filter(c -> document.waitlist().containsKey(c.enrolmentId()))
                    .map(c -> new Waiting(c.enrolmentId(), document.waitlist().get(c.enrolmentId()))).toList();
            return new PlacementProposalView(query.proposalId(), stored.programmeYear(), stored.status(),
                    stored.createdAt(), document.solveMillis(), placements, waitlist,
                    PlacementReview.outcomes(problem, document.placements()),
                    PlacementQuality.measure(problem, document.placements()),
                    PlacementQuality.measure(problem, FirstComeFirstServed.place(problem)));
        });
    }

    /** The year's unplaced people and its forming and started groups, with the members they have. */
    PlacementProblem problemOf(ProgrammeYear programmeYear) {
        List<Candidate> people = candidates.unplaced(programmeYear);
        var byEmployer = new HashMap<String, Map<String, Integer>>();
        var byWorkplace = new HashMap<String, Map<String, Integer>>();
        jdbc.query("""
                select m.group_id, c.employer, c.unit from groups.group_member m
                join groups.group_view g on g.group_id = m.group_id
                join groups.candidate c on c.enrolment_id = m.enrolment_id
                where g.programme_year = ? and g.status in ('FORMING', 'STARTED')""",
                rs -> {
                    String groupId = rs.getString(1);
                    byEmployer.computeIfAbsent(groupId, g -> new HashMap<>()).merge(rs.getString(2), 1, Integer::sum);
                    byWorkplace.computeIfAbsent(groupId, g -> new HashMap<>())
                            .merge(rs.getString(2) + " / " + rs.getString(3), 1, Integer::sum);
                }, programmeYear.id());
        var groups = jdbc.query("""
                select g.group_id, g.name, g.theme, g.group_type, g.min_size, g.max_size,
                    (select count(*) from groups.group_member m where m.group_id = g.group_id) as members
                from groups.group_view g where g.programme_year = ? and g.status in ('FORMING', 'STARTED')
                order by g.group_id""",
                (rs, row) -> new OpenGroup(rs.getString("group_id"), rs.getString("name"), rs.getString("theme"),
                        rs.getString("group_type") == null ? null
                                : GroupType.valueOf(rs.getString("group_type")),
                        rs.getInt("members"), rs.getInt("min_size"), rs.getInt("max_size"),
                        Map.copyOf(byEmployer.getOrDefault(rs.getString("group_id"), Map.of())),
                        Map.copyOf(byWorkplace.getOrDefault(rs.getString("group_id"), Map.of()))),
                programmeYear.id());
        return new PlacementProblem(people, groups);
    }

    private record Stored(ProgrammeYear programmeYear, Status status, Instant createdAt, Document document) {
    }

    private Stored load(String proposalId) {
        return find(proposalId).orElseThrow(() -> new PlacementProposalNotFoundException(proposalId));
    }

    private Optional<Stored> find(String proposalId) {
        return jdbc.query("""
                select programme_year, status, created_at, document::text from groups.placement_proposal
                where proposal_id = ?""",
                (rs, row) -> new Stored(ProgrammeYear.fromId(rs.getString(1)), Status.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), read(rs.getString(4))), proposalId).stream().findFirst();
    }

    private String write(Document document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A placement proposal could not be written", e);
        }
    }

    private Document read(String text) {
        try {
            return json.readValue(text, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored placement proposal could not be read", e);
        }
    }
}
