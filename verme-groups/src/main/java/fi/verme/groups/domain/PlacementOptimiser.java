package fi.verme.groups.domain;

import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes a home for every candidate as an exact minimum-cost flow. Each person is one unit of flow
 * from the source, through a group of a theme they wished for, to the sink; or to the waiting list.
 * The costs rank what matters, each far above the next:
 * <ol>
 *   <li>a group's seats up to its minimum earn a bonus larger than anything else, so groups fill up to start;</li>
 *   <li>the waiting list costs more than any wish, so nobody waits while a suitable seat is free;</li>
 *   <li>a second wish costs more than a first, a third more than a second;</li>
 *   <li>each further member from the same workplace, and from the same employer, costs a little more
 *       (convex, so the flow spreads them over the theme's groups where it can).</li>
 * </ol>
 * A flow cannot say "at least the minimum or nobody", so groups the optimum leaves under their
 * minimum are closed one per theme at a time, smallest first, and the flow is solved again until
 * every group it uses can start.
 */
public final class PlacementOptimiser {

    static final long MINIMUM_SEAT_BONUS = 4_000_000;
    static final long WAITING = 1_000_000;
    static final long WISH_STEP = 10_000;
    static final long SAME_WORKPLACE = 20;
    static final long SAME_EMPLOYER = 10;

    public PlacementPlan propose(PlacementProblem problem) {
        var candidates = problem.candidates().stream()
                .sorted(Comparator.comparing(Candidate::submittedAt).thenComparing(Candidate::enrolmentId)).toList();
        var groups = problem.groups().stream().sorted(Comparator.comparing(OpenGroup::groupId)).toList();
        var closed = new TreeSet<String>();
        Map<String, String> placements;
        while (true) {
            placements = solve(candidates, groups, closed);
            var sizes = sizes(groups, placements);
            var under = groups.stream()
                    .filter(g -> !closed.contains(g.groupId()) && sizes.get(g.groupId()) < g.minSize()).toList();
            if (under.isEmpty()) {
                break;
            }
            boolean anyUsed = false;
            var smallestPerTheme = new TreeMap<String, OpenGroup>();
            for (var group : under) {
                if (sizes.get(group.groupId()) == group.members()) {
                    closed.add(group.groupId()); // the flow sends nobody there: closing it changes nothing
                    continue;
                }
                anyUsed = true;
                smallestPerTheme.merge(group.theme(), group, (a, b) ->
                        sizes.get(b.groupId()) < sizes.get(a.groupId()) ? b : a);
            }
            if (!anyUsed) {
                break;
            }
            smallestPerTheme.values().forEach(g -> closed.add(g.groupId()));
        }
        return new PlacementPlan(placements, waitlistReasons(candidates, groups, closed, placements), closed);
    }

    private static Map<String, String> solve(List<Candidate> candidates, List<OpenGroup> groups, Set<String> closed) {
        var open = groups.stream().filter(g -> !closed.contains(g.groupId()) && g.freeSeats() > 0).toList();
        var network = new Network(candidates.size());
        var groupNodes = new HashMap<String, Integer>();
        for (var group : open) {
            int node = network.node();
            groupNodes.put(group.groupId(), node);
            for (int seat = 0; seat < group.freeSeats(); seat++) {
                boolean belowMinimum = group.members() + seat < group.minSize();
                network.flow.addArc(node, Network.SINK, 1, belowMinimum ? -MINIMUM_SEAT_BONUS : 0);
            }
        }
        // For each group, the people who may join it, by workplace and employer (insertion-ordered).
        var choiceArcs = new LinkedHashMap<Integer, Map<Integer, String>>();
        for (var group : open) {
            var byEmployer = new LinkedHashMap<String, Map<String, List<Integer>>>();
            for (int i = 0; i < candidates.size(); i++) {
                var candidate = candidates.get(i);
                if (group.suits(candidate)) {
                    byEmployer.computeIfAbsent(candidate.employer(), e -> new LinkedHashMap<>())
                            .computeIfAbsent(candidate.workplace(), w -> new ArrayList<>()).add(i);
                }
            }
            int groupNode = groupNodes.get(group.groupId());
            byEmployer.forEach((employer, workplaces) -> {
                int employerNode = network.node();
                int employerPeople = workplaces.values().stream().mapToInt(List::size).sum();
                int already = group.membersByEmployer().getOrDefault(employer, 0);
                for (int k = 0; k < Math.min(employerPeople, group.freeSeats()); k++) {
                    network.flow.addArc(employerNode, groupNode, 1, SAME_EMPLOYER * (already + k));
                }
                workplaces.forEach((workplace, people) -> {
                    int workplaceNode = network.node();
                    int here = group.membersByWorkplace().getOrDefault(workplace, 0);
                    for (int k = 0; k < Math.min(people.size(), group.freeSeats()); k++) {
                        network.flow.addArc(workplaceNode, employerNode, 1, SAME_WORKPLACE * (here + k));
                    }
                    for (int person : people) {
                        var candidate = candidates.get(person);
                        int arc = network.flow.addArc(Network.FIRST_PERSON + person, workplaceNode, 1,
                                WISH_STEP * (candidate.rankOf(group.theme()) - 1));
                        choiceArcs.computeIfAbsent(person, p -> new LinkedHashMap<>()).put(arc, group.groupId());
                    }
                });
            });
        }
        network.flow.solve(Network.SOURCE, Network.SINK, candidates.size());
        var placements = new LinkedHashMap<String, String>();
        choiceArcs.forEach((person, arcs) -> arcs.forEach((arc, groupId) -> {
            if (network.flow.flowOn(arc) > 0) {
                placements.put(candidates.get(person).enrolmentId(), groupId);
            }
        }));
        return placements;
    }

    private static Map<String, Integer> sizes(List<OpenGroup> groups, Map<String, String> placements) {
        var sizes = new HashMap<String, Integer>();
        groups.forEach(g -> sizes.put(g.groupId(), g.members()));
        placements.values().forEach(groupId -> sizes.merge(groupId, 1, Integer::sum));
        return sizes;
    }

    private static Map<String, WaitlistReason> waitlistReasons(List<Candidate> candidates, List<OpenGroup> groups,
                                                               Set<String> closed, Map<String, String> placements) {
        var reasons = new LinkedHashMap<String, WaitlistReason>();
        for (var candidate : candidates) {
            if (placements.containsKey(candidate.enrolmentId())) {
                continue;
            }
            var suitable = groups.stream().filter(g -> g.suits(candidate)).toList();
            WaitlistReason reason;
            if (suitable.isEmpty()) {
                reason = WaitlistReason.NO_GROUP_FOR_WISHES;
            } else if (suitable.stream().allMatch(g -> closed.contains(g.groupId()))) {
                reason = WaitlistReason.WISHED_GROUPS_UNDER_MINIMUM;
            } else {
                reason = WaitlistReason.WISHED_GROUPS_FULL;
            }
            reasons.put(candidate.enrolmentId(), reason);
        }
        return reasons;
    }

    /** Node numbering: source, sink and waiting list first, then one node per person, then the rest. */
    private static final class Network {

        static final int SOURCE = 0;
        static final int SINK = 1;
        static final int WAITING_LIST = 2;
        static final int FIRST_PERSON = 3;

        final MinCostFlow flow = new MinCostFlow();

        Network(int people) {
            for (int node = 0; node < FIRST_PERSON + people; node++) {
                flow.addNode();
            }
            for (int person = 0; person < people; person++) {
                flow.addArc(SOURCE, FIRST_PERSON + person, 1, 0);
                flow.addArc(FIRST_PERSON + person, WAITING_LIST, 1, WAITING);
            }
            flow.addArc(WAITING_LIST, SINK, people, 0);
        }

        int node() {
            return flow.addNode();
        }
    }
}
