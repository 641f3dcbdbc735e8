package fi.verme.groups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.WaitlistEnrolment;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.GroupFullException;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.PlacementProposalView.Status;
import fi.verme.groups.api.ProposalAlreadyAcceptedException;
import fi.verme.groups.api.ProposalOutdatedException;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import fi.verme.groups.domain.PlacementProposal.Draft;
import fi.verme.shared.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementProposalTest {

    private static final Instant NOW = Instant.parse("2026-08-20T08:00:00Z");

    /** Aino and Eeva in the one seat left of g1 and in g2; Olli waits. */
    private final PlacementProblem problem = new PlacementProblem(
            List.of(candidate("aino"), candidate("eeva"), candidate("olli")),
            List.of(new OpenGroup("g1", "Uudet 1", "UUDET", null, 2, 2, 3, Map.of(), Map.of()),
                    new OpenGroup("g2", "Uudet 2", "UUDET", null, 0, 2, 4, Map.of(), Map.of())));
    private final Draft draft = new Draft(problem, ordered(Map.entry("aino", "g1"), Map.entry("eeva", "g2")),
            ordered(Map.entry("olli", WaitlistReason.WISHED_GROUPS_FULL)), Set.of(), 12);

    private static Candidate candidate(String enrolmentId) {
        return new Candidate(enrolmentId, List.of("UUDET"), "Tampereen kaupunki", "Kalevan koulu", Role.TEACHER,
                CareerStage.NEW, NOW);
    }

    @SafeVarargs
    private static <V> Map<String, V> ordered(Map.Entry<String, V>... entries) {
        var map = new LinkedHashMap<String, V>();
        for (var entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
        return map;
    }

    private PlacementProposal proposed() {
        return new PlacementProposal("p1", Status.PROPOSED, draft);
    }

    @Test
    void startsFromTheOptimisersPlanUnchangedByTheCoordinator() {
        var plan = new PlacementPlan(Map.of("aino", "g1"), Map.of("olli", WaitlistReason.NO_GROUP_FOR_WISHES),
                Set.of());
        assertThat(Draft.of(problem, plan, 7)).isEqualTo(new Draft(problem, plan.placements(), plan.waitlist(),
                Set.of(), 7));
    }

    @Test
    void movesAPersonIntoAnotherGroupOfTheProposalAndMarksTheChange() {
        var moved = proposed().move("olli", "g2");
        assertThat(moved.placements()).containsEntry("olli", "g2").containsEntry("aino", "g1");
        assertThat(moved.waitlist()).doesNotContainKey("olli");
        assertThat(moved.changedByCoordinator()).containsExactly("olli");
        assertThat(moved.solveMillis()).isEqualTo(12);
    }

    @Test
    void movesAPersonToTheWaitingListByTheCoordinatorsDecision() {
        var moved = proposed().move("eeva", null);
        assertThat(moved.placements()).doesNotContainKey("eeva");
        assertThat(moved.waitlist()).containsEntry("eeva", WaitlistReason.COORDINATOR_DECISION);
    }

    @Test
    void rejectsMovingIntoAGroupWithNoSeatLeft() {
        assertThatThrownBy(() -> proposed().move("olli", "g1")).isInstanceOf(GroupFullException.class);
    }

    @Test
    void rejectsAnEnrolmentOrAGroupThatIsNotInTheProposal() {
        assertThatThrownBy(() -> proposed().move("someone", "g2")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("enrolmentId");
        assertThatThrownBy(() -> proposed().move("olli", "g9")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("groupId");
    }

    @Test
    void rejectsChangingOrAcceptingAnAcceptedProposal() {
        var accepted = new PlacementProposal("p1", Status.ACCEPTED, draft);
        assertThatThrownBy(() -> accepted.move("olli", "g2")).isInstanceOf(ProposalAlreadyAcceptedException.class);
        assertThatThrownBy(accepted::accept).isInstanceOf(ProposalAlreadyAcceptedException.class);
    }

    @Test
    void acceptingPlacesEveryoneItPlacesInOrder() {
        assertThat(proposed().accept().placements())
                .containsExactly(new PlaceParticipant("g1", "aino"), new PlaceParticipant("g2", "eeva"));
    }

    @Test
    void acceptingWaitlistsOnlyThoseNotWaitingAlready() {
        var acceptance = proposed().accept();
        assertThat(acceptance.waitlisting("olli", Optional.of(EnrolmentStatus.SUBMITTED)))
                .contains(new WaitlistEnrolment("olli", WaitlistReason.WISHED_GROUPS_FULL));
        assertThat(acceptance.waitlisting("olli", Optional.of(EnrolmentStatus.WAITLISTED))).isEmpty();
    }

    @Test
    void aWithdrawalSinceTheProposalMakesItOutOfDate() {
        var acceptance = proposed().accept();
        assertThatThrownBy(() -> acceptance.waitlisting("olli", Optional.of(EnrolmentStatus.WITHDRAWN)))
                .isInstanceOf(ProposalOutdatedException.class)
                .satisfies(e -> assertThat(((ProposalOutdatedException) e).enrolmentId()).isEqualTo("olli"));
        assertThatThrownBy(() -> acceptance.waitlisting("olli", Optional.empty()))
                .isInstanceOf(ProposalOutdatedException.class);
    }
}
