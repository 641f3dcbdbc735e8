package fi.verme.groups.domain;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.Role;
import fi.verme.groups.api.GroupType;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated programme years, deterministic from a seed: themes of uneven popularity (as in the
 * brochure's enrolment counts), people from a handful of employers and many schools, one to three
 * wishes each, and groups of the year's size rule spread over the themes roughly as demand suggests.
 */
final class PlacementScenarios {

    private PlacementScenarios() {
    }

    static PlacementProblem generate(long seed, int people, int groups) {
        var random = new Random(seed);
        int themeCount = Math.max(3, Math.min(10, groups / 4));
        var themes = new ArrayList<String>();
        var weights = new double[themeCount];
        double total = 0;
        for (int t = 0; t < themeCount; t++) {
            themes.add("T" + t);
            weights[t] = 1.0 / (t + 1) + random.nextDouble() * 0.3; // a few popular themes, a long tail
            total += weights[t];
        }
        var candidates = new ArrayList<Candidate>();
        var start = Instant.parse("2026-08-15T08:00:00Z");
        int employers = Math.max(2, people / 60);
        for (int i = 0; i < people; i++) {
            var wishes = new LinkedHashSet<String>();
            int count = 1 + random.nextInt(3);
            while (wishes.size() < count) {
                wishes.add(themes.get(pick(random, weights, total)));
            }
            int employer = random.nextInt(employers);
            var role = random.nextInt(40) == 0 ? Role.PRINCIPAL : Role.TEACHER;
            var stage = CareerStage.values()[1 + random.nextInt(3)];
            candidates.add(new Candidate("e" + i, List.copyOf(wishes), "Employer " + employer,
                    "School " + employer + "-" + random.nextInt(8), role, stage,
                    start.plusSeconds(i * 600L + random.nextInt(600))));
        }
        var open = new ArrayList<OpenGroup>();
        for (int g = 0; g < groups; g++) {
            // groups follow demand, but not exactly: coordinators form them before all enrolments are in
            String theme = g < themeCount ? themes.get(g) : themes.get(pick(random, weights, total));
            int min = 4 + random.nextInt(2);
            int max = min + 3 + random.nextInt(4);
            GroupType type = theme.equals(themes.get(themeCount - 1)) && random.nextBoolean() ? GroupType.K55 : null;
            open.add(new OpenGroup(String.format("g%03d", g), "Group " + g, theme, type, 0, min, max, Map.of(),
                    Map.of()));
        }
        return new PlacementProblem(candidates, open);
    }

    private static int pick(Random random, double[] weights, double total) {
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
