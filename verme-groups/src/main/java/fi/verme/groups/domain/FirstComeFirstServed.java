package fi.verme.groups.domain;

import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spreadsheet way, as the baseline a proposal is compared with: in order of enrolment, each
 * person goes to the emptiest suitable group of their first wish with a free seat, else of their
 * second, else their third; otherwise they wait.
 */
public final class FirstComeFirstServed {

    private FirstComeFirstServed() {
    }

    public static Map<String, String> place(PlacementProblem problem) {
        var sizes = new HashMap<String, Integer>();
        problem.groups().forEach(g -> sizes.put(g.groupId(), g.members()));
        var placements = new LinkedHashMap<String, String>();
        var inOrder = problem.candidates().stream()
                .sorted(Comparator.comparing(Candidate::submittedAt).thenComparing(Candidate::enrolmentId)).toList();
        for (var candidate : inOrder) {
            for (var wish : candidate.wishes()) {
                var seat = problem.groups().stream()
                        .filter(g -> g.theme().equals(wish) && g.suits(candidate)
                                && sizes.get(g.groupId()) < g.maxSize())
                        .min(Comparator.comparing((OpenGroup g) -> sizes.get(g.groupId()))
                                .thenComparing(OpenGroup::groupId));
                if (seat.isPresent()) {
                    placements.put(candidate.enrolmentId(), seat.get().groupId());
                    sizes.merge(seat.get().groupId(), 1, Integer::sum);
                    break;
                }
            }
        }
        return placements;
    }
}
