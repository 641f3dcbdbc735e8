package fi.verme.groups.domain;

import fi.verme.groups.api.PlacementProposalView.Quality;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The measures a coordinator judges a placement by. A person counts as in a wish only when their
 * group reaches its minimum: a group that cannot start gives nobody peer mentoring, so its people
 * count as waiting.
 */
public final class PlacementQuality {

    private PlacementQuality() {
    }

    public static Quality measure(PlacementProblem problem, Map<String, String> placements) {
        var groups = new HashMap<String, OpenGroup>();
        var sizes = new HashMap<String, Integer>();
        var byWorkplace = new HashMap<String, Map<String, Integer>>();
        for (var group : problem.groups()) {
            groups.put(group.groupId(), group);
            sizes.put(group.groupId(), group.members());
            byWorkplace.put(group.groupId(), new HashMap<>(group.membersByWorkplace()));
        }
        for (var candidate : problem.candidates()) {
            var groupId = placements.get(candidate.enrolmentId());
            if (groupId != null && groups.containsKey(groupId)) {
                sizes.merge(groupId, 1, Integer::sum);
                byWorkplace.get(groupId).merge(candidate.workplace(), 1, Integer::sum);
            }
        }
        int[] byRank = new int[4];
        int waiting = 0;
        for (var candidate : problem.candidates()) {
            var group = groups.get(placements.get(candidate.enrolmentId()));
            if (group == null || sizes.get(group.groupId()) < group.minSize()) {
                waiting++;
            } else {
                byRank[candidate.rankOf(group.theme())]++;
            }
        }
        int underMinimum = (int) problem.groups().stream()
                .filter(g -> sizes.get(g.groupId()) < g.minSize()).count();
        int pairs = byWorkplace.values().stream().flatMap(m -> m.values().stream())
                .mapToInt(n -> n * (n - 1) / 2).sum();
        int people = problem.candidates().size();
        return new Quality(people, byRank[1], byRank[2], byRank[3], byRank[0], waiting, underMinimum,
                percent(byRank[1], people), percent(byRank[2], people), percent(byRank[3], people),
                percent(waiting, people), pairs);
    }

    private static double percent(int part, int whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
