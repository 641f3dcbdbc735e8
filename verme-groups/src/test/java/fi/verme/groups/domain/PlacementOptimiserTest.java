package fi.verme.groups.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.GroupType;
import fi.verme.groups.api.PlacementProposalView.Quality;
import fi.verme.groups.api.PlacementProposalView.Suggestion;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementOptimiserTest {

    private final PlacementOptimiser optimiser = new PlacementOptimiser();

    @Test
    void isNeverWorseThanFirstComeFirstServedAndBetterOnFirstWishes() {
        int firstWishGain = 0;
        for (long seed = 1; seed <= 100; seed++) {
            int people = 40 + (int) (seed * 17 % 300);
            int groups = Math.max(4, people / 9);
            var problem = PlacementScenarios.generate(seed, people, groups);
            Quality proposal = PlacementQuality.measure(problem, optimiser.propose(problem).placements());
            Quality baseline = PlacementQuality.measure(problem, FirstComeFirstServed.place(problem));
            String context = "seed " + seed + ": proposal " + proposal + " vs first come first served " + baseline;
            assertThat(proposal.firstWish()).as(context).isGreaterThanOrEqualTo(baseline.firstWish());
            assertThat(proposal.firstWish() + proposal.secondWish()).as(context)
                    .isGreaterThanOrEqualTo(baseline.firstWish() + baseline.secondWish());
            assertThat(proposal.firstWish() + proposal.secondWish() + proposal.thirdWish()).as(context)
                    .isGreaterThanOrEqualTo(baseline.firstWish() + baseline.secondWish() + baseline.thirdWish());
            assertThat(proposal.waitlisted()).as(context).isLessThanOrEqualTo(baseline.waitlisted());
            assertThat(proposal.groupsUnderMinimum()).as(context).isLessThanOrEqualTo(baseline.groupsUnderMinimum());
            firstWishGain += proposal.firstWish() - baseline.firstWish();
        }
        assertThat(firstWishGain).isPositive();
    }

    @Test
    void keepsEveryGroupWithinItsLimitsOrReportsItUnableToFill() {
        for (long seed = 100; seed < 110; seed++) {
            var problem = PlacementScenarios.generate(seed, 200, 25);
            var plan = optimiser.propose(problem);
            var sizes = new HashMap<String, Integer>();
            plan.placements().values().forEach(g -> sizes.merge(g, 1, Integer::sum));
            for (var group : problem.groups()) {
                int size = sizes.getOrDefault(group.groupId(), 0);
                assertThat(size).isLessThanOrEqualTo(group.maxSize());
                if (plan.unableToFill().contains(group.groupId())) {
                    assertThat(size).isZero();
                } else {
                    assertThat(size).as(group.groupId()).isGreaterThanOrEqualTo(group.minSize());
                }
            }
            assertThat(plan.placements().size() + plan.waitlist().size()).isEqualTo(problem.candidates().size());
        }
    }

    @Test
    void givesTheSameProposalForTheSameYear() {
        var problem = PlacementScenarios.generate(7, 300, 30);
        assertThat(optimiser.propose(problem)).isEqualTo(optimiser.propose(problem));
    }

    @Test
    void spreadsPeopleFromTheSameSchoolOverTheThemesGroups() {
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < 8; i++) {
            candidates.add(person("e" + i, List.of("UUDET"), i < 4 ? "Kasperin koulu" : "Joupin koulu", i));
        }
        var problem = new PlacementProblem(candidates, List.of(group("a", "UUDET", 4, 4), group("b", "UUDET", 4, 4)));
        var plan = optimiser.propose(problem);
        for (var groupId : List.of("a", "b")) {
            var schools = candidates.stream().filter(c -> groupId.equals(plan.placements().get(c.enrolmentId())))
                    .map(Candidate::unit).toList();
            assertThat(schools).containsOnly("Kasperin koulu", "Joupin koulu").hasSize(4);
            assertThat(schools.stream().filter("Kasperin koulu"::equals).count()).isEqualTo(2);
        }
    }

    @Test
    void fillsAGroupToItsMinimumFromLaterWishesRatherThanLeaveItUnableToStart() {
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < 6; i++) {
            candidates.add(person("e" + i, List.of("UUDET", "K55"), "Koulu " + i, i));
        }
        var problem = new PlacementProblem(candidates, List.of(group("a", "UUDET", 4, 4), group("b", "K55", 2, 4)));
        var plan = optimiser.propose(problem);
        assertThat(plan.placements().values().stream().filter("a"::equals).count()).isEqualTo(4);
        assertThat(plan.placements().values().stream().filter("b"::equals).count()).isEqualTo(2);
        assertThat(plan.waitlist()).isEmpty();
    }

    @Test
    void reportsAGroupThatCannotFillAndWaitlistsWithTheReason() {
        var candidates = List.of(
                person("e1", List.of("K55"), "Koulu 1", 1),
                person("e2", List.of("K55"), "Koulu 2", 2),
                person("e3", List.of("MUSIIKKI"), "Koulu 3", 3),
                person("e4", List.of("UUDET"), "Koulu 4", 4));
        var problem = new PlacementProblem(candidates, List.of(group("k55", "K55", 4, 8), group("u", "UUDET", 4, 8)));
        var plan = optimiser.propose(problem);
        assertThat(plan.placements()).isEmpty();
        assertThat(plan.unableToFill()).containsExactlyInAnyOrder("k55", "u");
        assertThat(plan.waitlist()).containsEntry("e1", WaitlistReason.WISHED_GROUPS_UNDER_MINIMUM)
                .containsEntry("e3", WaitlistReason.NO_GROUP_FOR_WISHES);
        var outcomes = PlacementReview.outcomes(problem, plan.placements());
        assertThat(outcomes).allMatch(o -> o.suggestion() == Suggestion.CANCEL);
    }

    @Test
    void suggestsMergingAnUnderfilledGroupIntoOneOfTheSameThemeWithRoom() {
        var problem = new PlacementProblem(List.of(), List.of(
                new OpenGroup("small", "Pieni", "UUDET", null, 2, 4, 8, Map.of(), Map.of()),
                new OpenGroup("big", "Iso", "UUDET", null, 5, 4, 8, Map.of(), Map.of())));
        var outcomes = PlacementReview.outcomes(problem, Map.of());
        var small = outcomes.stream().filter(o -> o.groupId().equals("small")).findFirst().orElseThrow();
        assertThat(small.suggestion()).isEqualTo(Suggestion.MERGE);
        assertThat(small.mergeInto()).isEqualTo("big");
    }

    @Test
    void offersTargetGroupsOnlyToTheirTarget() {
        var senior = new Candidate("senior", List.of("K55"), "E", "U1", Role.TEACHER, CareerStage.SENIOR,
                Instant.parse("2026-08-20T10:00:00Z"));
        var young = new Candidate("young", List.of("K55"), "E", "U2", Role.TEACHER, CareerStage.NEW,
                Instant.parse("2026-08-20T09:00:00Z"));
        var k55 = new OpenGroup("k55", "Konkarit", "K55", GroupType.K55, 3, 4, 8, Map.of(), Map.of());
        var plan = optimiser.propose(new PlacementProblem(List.of(senior, young), List.of(k55)));
        assertThat(plan.placements()).containsOnlyKeys("senior");
        assertThat(plan.waitlist()).containsEntry("young", WaitlistReason.NO_GROUP_FOR_WISHES);
    }

    private static Candidate person(String id, List<String> wishes, String unit, int order) {
        return new Candidate(id, wishes, "Seinäjoen kaupunki", unit, Role.TEACHER, CareerStage.EXPERIENCED,
                Instant.parse("2026-08-20T10:00:00Z").plusSeconds(order));
    }

    private static OpenGroup group(String id, String theme, int min, int max) {
        return new OpenGroup(id, "Ryhmä " + id, theme, null, 0, min, max, Map.of(), Map.of());
    }
}
