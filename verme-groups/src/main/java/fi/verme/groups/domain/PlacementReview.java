package fi.verme.groups.domain;

import fi.verme.groups.api.PlacementProposalView.GroupOutcome;
import fi.verme.groups.api.PlacementProposalView.Suggestion;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a placement does to each group, with a suggestion for those that cannot reach their minimum. */
public final class PlacementReview {

    private PlacementReview() {
    }

    public static List<GroupOutcome> outcomes(PlacementProblem problem, Map<String, String> placements) {
        var sizes = new HashMap<String, Integer>();
        problem.groups().forEach(g -> sizes.put(g.groupId(), g.members()));
        placements.values().forEach(groupId -> sizes.computeIfPresent(groupId, (id, n) -> n + 1));
        return problem.groups().stream().sorted(Comparator.comparing(OpenGroup::theme)
                        .thenComparing(OpenGroup::name).thenComparing(OpenGroup::groupId))
                .map(group -> {
                    int after = sizes.get(group.groupId());
                    boolean reaches = after >= group.minSize();
                    var suggestion = Suggestion.NONE;
                    String mergeInto = null;
                    if (!reaches) {
                        var target = problem.groups().stream()
                                .filter(other -> !other.groupId().equals(group.groupId())
                                        && other.theme().equals(group.theme())
                                        && sizes.get(other.groupId()) >= other.minSize()
                                        && other.maxSize() - sizes.get(other.groupId()) >= after)
                                .max(Comparator.comparing((OpenGroup other) ->
                                        other.maxSize() - sizes.get(other.groupId())));
                        if (after > 0 && target.isPresent()) {
                            suggestion = Suggestion.MERGE;
                            mergeInto = target.get().groupId();
                        } else {
                            suggestion = Suggestion.CANCEL;
                        }
                    }
                    return new GroupOutcome(group.groupId(), group.name(), group.theme(), group.members(), after,
                            group.minSize(), group.maxSize(), reaches, suggestion, mergeInto);
                }).toList();
    }
}
