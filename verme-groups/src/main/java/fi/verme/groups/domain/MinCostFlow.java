package fi.verme.groups.domain;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Minimum-cost flow by successive shortest paths: Bellman-Ford once for the starting potentials
 * (arcs may cost less than zero), then Dijkstra on reduced costs for each augmenting path. Exact:
 * the flow it returns has the least total cost among all flows of that value.
 *
 * <p>Written here rather than taken from a library on purpose: the maintained Java option, JGraphT's
 * {@code CapacityScalingMinimumCostFlow}, would bring a graph library of its own into the domain package,
 * which takes no dependencies (see STYLE.md), to solve networks of a few hundred arcs (people × groups).
 * The algorithm is the textbook one; {@code PlacementOptimiserTest} checks the placements it yields.
 */
final class MinCostFlow {

    private static final long INFINITE = Long.MAX_VALUE / 4;

    private int nodes;
    private int[] head = new int[16];
    private int[] next = new int[64];
    private int[] to = new int[64];
    private int[] capacity = new int[64];
    private long[] cost = new long[64];
    private int arcs;

    /** Adds a node and returns its number; nodes are numbered from 0 in the order they are added. */
    int addNode() {
        if (nodes == head.length) {
            head = Arrays.copyOf(head, nodes * 2);
        }
        head[nodes] = -1;
        return nodes++;
    }

    /** Adds an arc and its residual twin; returns the arc's id for {@link #flowOn(int)}. */
    int addArc(int from, int target, int arcCapacity, long arcCost) {
        int id = arcs;
        push(from, target, arcCapacity, arcCost);
        push(target, from, 0, -arcCost);
        return id;
    }

    int flowOn(int arc) {
        return capacity[arc ^ 1];
    }

    /** Sends up to {@code wanted} units from source to sink at least cost; returns the units sent. */
    int solve(int source, int sink, int wanted) {
        long[] potential = bellmanFord(source);
        for (int v = 0; v < nodes; v++) {
            if (potential[v] >= INFINITE) {
                potential[v] = 0;
            }
        }
        long[] distance = new long[nodes];
        int[] viaArc = new int[nodes];
        int sent = 0;
        while (sent < wanted) {
            Arrays.fill(distance, INFINITE);
            Arrays.fill(viaArc, -1);
            distance[source] = 0;
            var queue = new PriorityQueue<long[]>((a, b) -> Long.compare(a[0], b[0]));
            queue.add(new long[] {0, source});
            while (!queue.isEmpty()) {
                long[] top = queue.poll();
                int v = (int) top[1];
                if (top[0] > distance[v]) {
                    continue;
                }
                for (int a = head[v]; a >= 0; a = next[a]) {
                    if (capacity[a] == 0) {
                        continue;
                    }
                    int w = to[a];
                    long reduced = distance[v] + cost[a] + potential[v] - potential[w];
                    if (reduced < distance[w]) {
                        distance[w] = reduced;
                        viaArc[w] = a;
                        queue.add(new long[] {reduced, w});
                    }
                }
            }
            if (distance[sink] >= INFINITE) {
                break;
            }
            for (int v = 0; v < nodes; v++) {
                if (distance[v] < INFINITE) {
                    potential[v] += distance[v];
                }
            }
            int push = wanted - sent;
            for (int v = sink; v != source; v = to[viaArc[v] ^ 1]) {
                push = Math.min(push, capacity[viaArc[v]]);
            }
            for (int v = sink; v != source; v = to[viaArc[v] ^ 1]) {
                capacity[viaArc[v]] -= push;
                capacity[viaArc[v] ^ 1] += push;
            }
            sent += push;
        }
        return sent;
    }

    private long[] bellmanFord(int source) {
        long[] distance = new long[nodes];
        Arrays.fill(distance, INFINITE);
        distance[source] = 0;
        for (int round = 0; round < nodes; round++) {
            boolean changed = false;
            for (int a = 0; a < arcs; a++) {
                if (capacity[a] == 0) {
                    continue;
                }
                int v = to[a ^ 1];
                if (distance[v] < INFINITE && distance[v] + cost[a] < distance[to[a]]) {
                    distance[to[a]] = distance[v] + cost[a];
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return distance;
    }

    private void push(int from, int target, int arcCapacity, long arcCost) {
        if (arcs == to.length) {
            int size = arcs * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
        }
        to[arcs] = target;
        capacity[arcs] = arcCapacity;
        cost[arcs] = arcCost;
        next[arcs] = head[from];
        head[from] = arcs;
        arcs++;
    }
}
