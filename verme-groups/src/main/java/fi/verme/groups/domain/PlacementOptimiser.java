package fi.verme.groups.domain;

import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.PlacementProposalView.Quality;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes a home for every candidate as an exact minimum-cost flow. Each person is one unit of flow
 * from the source, through a group of a theme they wished for, to the sink; or to the waiting list.
 * What the coordinator judges a placement by are rewards in the flow's costs, each weighted:
 * a person in their first wish, in their first or second, in a group at all (not waiting), and a
 * group's seats up to its minimum (so that it can start). Below those, each further member from the
 * same workplace, and from the same employer, costs a little more (convex, so the flow spreads them
 * over the theme's groups where it can).
 *
 * <p>The measures pull against each other (one more first wish may cost someone their seat), so
 * one weighting cannot be best on all of them. The proposal must never be worse than placing people
 * first come, first served on any measure: when it is, the weight of the measure it lost on is
 * doubled and the flow solved again (a weighted-sum search along the trade-off), a few times at most.
 * If no weighting gets there, the flow improves the baseline itself: nobody it placed in a group that
 * starts may end up further down their wishes, which makes the answer at least as good on every measure.
 *
 * <p>A flow cannot say "at least the minimum or nobody", so groups the optimum leaves under their
 * minimum are closed one per theme at a time, smallest first, and the flow is solved again until
 * every group it uses can start.
 */
public final class PlacementOptimiser {

    static final long SAME_WORKPLACE = 20;
    static final long SAME_EMPLOYER = 10;
    /** The starting weight of each measure, per person: above any change in spreading one person makes. */
    static final long UNIT = 1_000;
    static final int MAX_REWEIGHTINGS = 4;

    /** Rewards per person (first wish, first or second wish, placed) and per seat below a group's minimum. */
    record Weights(long firstWish, long topTwo, long placed, long minimumSeat) {

        static final Weights EVEN = new Weights(UNIT, UNIT, UNIT, UNIT);

        long costOfWish(int rank) {
            return rank == 1 ? 0 : rank == 2 ? firstWish : firstWish + topTwo;
        }

        long costOfWaiting() {
            return firstWish + topTwo + placed;
        }

        /** Doubles the weight of every measure on which {@code mine} is worse than {@code baseline}. */
        Weights favouring(Quality mine, Quality baseline) {
            return new Weights(
                    mine.firstWish() < baseline.firstWish() ? firstWish * 2 : firstWish,
                    topTwo(mine) < topTwo(baseline) ? topTwo * 2 : topTwo,
                    mine.waitlisted() > baseline.waitlisted() ? placed * 2 : placed,
                    mine.groupsUnderMinimum() > baseline.groupsUnderMinimum() ? minimumSeat * 2 : minimumSeat);
        }

        static boolean noWorse(Quality mine, Quality baseline) {
            return mine.firstWish() >= baseline.firstWish() && topTwo(mine) >= topTwo(baseline)
                    && mine.waitlisted() <= baseline.waitlisted()
                    && mine.groupsUnderMinimum() <= baseline.groupsUnderMinimum();
        }

        private static int topTwo(Quality quality) {
            return quality.firstWish() + quality.secondWish();
        }
    }

    public PlacementPlan propose(PlacementProblem problem) {
        var firstComeFirstServed = FirstComeFirstServed.place(problem);
        var baseline = PlacementQuality.measure(problem, firstComeFirstServed);
        var weights = Weights.EVEN;
        for (int round = 0; round < MAX_REWEIGHTINGS; round++) {
            var plan = propose(problem, weights, Map.of());
            var quality = PlacementQuality.measure(problem, plan.placements());
            if (Weights.noWorse(quality, baseline)) {
                return plan;
            }
            weights = weights.favouring(quality, baseline);
        }
        // No weighting found a plan at least as good on every measure: improve the baseline instead,
        // letting nobody it placed in a group that starts end up further down their wishes or waiting.
        return propose(problem, Weights.EVEN, ceilings(problem, firstComeFirstServed));
    }

    /** For each person the baseline placed in a group that reaches its minimum: the rank of that wish. */
    private static Map<String, Integer> ceilings(PlacementProblem problem, Map<String, String> placements) {
        var groups = new HashMap<String, OpenGroup>();
        problem.groups().forEach(g -> groups.put(g.groupId(), g));
        var sizes = sizes(problem.groups(), placements);
        var ceilings = new HashMap<String, Integer>();
        for (var candidate : problem.candidates()) {
            var group = groups.get(placements.get(candidate.enrolmentId()));
            if (group != null && sizes.get(group.groupId()) >= group.minSize()) {
                ceilings.put(candidate.enrolmentId(), candidate.rankOf(group.theme()));
            }
        }
        return ceilings;
    }

    /**
     * The plan that is best for these weights. A person with a ceiling may only go to a wish of that
     * rank or better, and waits only if nothing else is possible.
     */
    PlacementPlan propose(PlacementProblem problem, Weights weights, Map<String, Integer> ceilings) {
        var candidates = problem.candidates().stream()
                .sorted(Comparator.comparing(Candidate::submittedAt).thenComparing(Candidate::enrolmentId)).toList();
        var groups = problem.groups().stream().sorted(Comparator.comparing(OpenGroup::groupId)).toList();
        var closed = new TreeSet<String>();
        Map<String, String> placements;
        while (true) {
            placements = solve(candidates, groups, closed, weights, ceilings);
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

    private static Map<String, String> solve(List<Candidate> candidates, List<OpenGroup> groups, Set<String> closed,
                                             Weights weights, Map<String, Integer> ceilings) {
        var open = groups.stream().filter(g -> !closed.contains(g.groupId()) && g.freeSeats() > 0).toList();
        var network = new Network(candidates, weights, ceilings);
        // Every group's seats first, then the ways to them: the order arcs are added in decides between
        // placements that cost the same, so it stays as it was.
        var groupNodes = new HashMap<String, Integer>();
        open.forEach(group -> groupNodes.put(group.groupId(), network.addSeats(group)));
        open.forEach(group -> network.addWaysInto(group, groupNodes.get(group.groupId())));
        return network.solve();
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

    /**
     * The flow network of one solve. Nodes: source, sink and waiting list first, then one node per person,
     * then per group a group node, and under it a node per employer and per workplace whose people may
     * join it. A person's unit of flow goes to the waiting list, or through a workplace and an employer
     * to a group and one of its seats.
     */
    private static final class Network {

        static final int SOURCE = 0;
        static final int SINK = 1;
        static final int WAITING_LIST = 2;
        static final int FIRST_PERSON = 3;

        private final MinCostFlow flow = new MinCostFlow();
        private final List<Candidate> candidates;
        private final Weights weights;
        private final Map<String, Integer> ceilings;
        /** Per person (by index), the arcs into the groups they may join, and the group each leads to. */
        private final Map<Integer, Map<Integer, String>> choiceArcs = new LinkedHashMap<>();

        /** A person with a ceiling waits only if nothing else is possible: waiting costs more than any placement. */
        Network(List<Candidate> candidates, Weights weights, Map<String, Integer> ceilings) {
            this.candidates = candidates;
            this.weights = weights;
            this.ceilings = ceilings;
            int people = candidates.size();
            long waiting = weights.costOfWaiting();
            long forbidden = waiting * (people + 1L);
            for (int node = 0; node < FIRST_PERSON + people; node++) {
                flow.addNode();
            }
            for (int person = 0; person < people; person++) {
                flow.addArc(SOURCE, FIRST_PERSON + person, 1, 0);
                flow.addArc(FIRST_PERSON + person, WAITING_LIST, 1,
                        ceilings.containsKey(candidates.get(person).enrolmentId()) ? forbidden : waiting);
            }
            flow.addArc(WAITING_LIST, SINK, people, 0);
        }

        /** The group's node with its free seats to the sink; a seat below the group's minimum is a reward. */
        int addSeats(OpenGroup group) {
            int node = flow.addNode();
            for (int seat = 0; seat < group.freeSeats(); seat++) {
                boolean belowMinimum = group.members() + seat < group.minSize();
                flow.addArc(node, SINK, 1, belowMinimum ? -weights.minimumSeat() : 0);
            }
            return node;
        }

        /** Into the group: from each employer whose people may join it, and into those from their workplaces. */
        void addWaysInto(OpenGroup group, int groupNode) {
            peopleWhoMayJoin(group).forEach((employer, workplaces) -> {
                int employerNode = addEmployer(group, groupNode, employer, workplaces);
                workplaces.forEach((workplace, people) -> addWorkplace(group, employerNode, workplace, people));
            });
        }

        /** The people (by index) who suit the group within their ceiling, by employer and workplace, in order. */
        private Map<String, Map<String, List<Integer>>> peopleWhoMayJoin(OpenGroup group) {
            var byEmployer = new LinkedHashMap<String, Map<String, List<Integer>>>();
            for (int person = 0; person < candidates.size(); person++) {
                var candidate = candidates.get(person);
                if (group.suits(candidate)
                        && candidate.rankOf(group.theme()) <= ceilings.getOrDefault(candidate.enrolmentId(), 3)) {
                    byEmployer.computeIfAbsent(candidate.employer(), e -> new LinkedHashMap<>())
                            .computeIfAbsent(candidate.workplace(), w -> new ArrayList<>()).add(person);
                }
            }
            return byEmployer;
        }

        /** Each further member from the same employer costs a little more than the one before. */
        private int addEmployer(OpenGroup group, int groupNode, String employer,
                                Map<String, List<Integer>> workplaces) {
            int employerNode = flow.addNode();
            int employerPeople = workplaces.values().stream().mapToInt(List::size).sum();
            int already = group.membersByEmployer().getOrDefault(employer, 0);
            for (int k = 0; k < Math.min(employerPeople, group.freeSeats()); k++) {
                flow.addArc(employerNode, groupNode, 1, SAME_EMPLOYER * (already + k));
            }
            return employerNode;
        }

        /** Likewise for the same workplace; each person's way in costs what the group's rank among their wishes does. */
        private void addWorkplace(OpenGroup group, int employerNode, String workplace, List<Integer> people) {
            int workplaceNode = flow.addNode();
            int here = group.membersByWorkplace().getOrDefault(workplace, 0);
            for (int k = 0; k < Math.min(people.size(), group.freeSeats()); k++) {
                flow.addArc(workplaceNode, employerNode, 1, SAME_WORKPLACE * (here + k));
            }
            for (int person : people) {
                int arc = flow.addArc(FIRST_PERSON + person, workplaceNode, 1,
                        weights.costOfWish(candidates.get(person).rankOf(group.theme())));
                choiceArcs.computeIfAbsent(person, p -> new LinkedHashMap<>()).put(arc, group.groupId());
            }
        }

        /** The least-cost flow of everyone: enrolment id to group id for each person who got a seat. */
        Map<String, String> solve() {
            flow.solve(SOURCE, SINK, candidates.size());
            var placements = new LinkedHashMap<String, String>();
            choiceArcs.forEach((person, arcs) -> arcs.forEach((arc, groupId) -> {
                if (flow.flowOn(arc) > 0) {
                    placements.put(candidates.get(person).enrolmentId(), groupId);
                }
            }));
            return placements;
        }
    }
}
