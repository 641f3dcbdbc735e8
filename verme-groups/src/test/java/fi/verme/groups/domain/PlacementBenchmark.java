package fi.verme.groups.domain;

import fi.verme.groups.api.PlacementProposalView.Quality;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the placement proposal for 500 enrolments across 40 groups (target: under 2 s), against first
 * come, first served on the same data in the same run, and prints both with their quality.
 * Not part of the test command: {@code mvn -B -pl verme-groups -am test -Pbenchmark}.
 */
@Tag("benchmark")
class PlacementBenchmark {

    static final int PEOPLE = 500;
    static final int GROUPS = 40;
    static final int WARM_UP = 5;
    static final int RUNS = 20;

    @Test
    void placesFiveHundredPeopleInFortyGroups() {
        var optimiser = new PlacementOptimiser();
        double[] proposalMillis = new double[RUNS];
        double[] baselineMillis = new double[RUNS];
        Quality proposal = null;
        Quality baseline = null;
        for (int run = -WARM_UP; run < RUNS; run++) {
            var problem = PlacementScenarios.generate(1000 + Math.max(run, 0), PEOPLE, GROUPS);
            long started = System.nanoTime();
            var placements = FirstComeFirstServed.place(problem);
            long between = System.nanoTime();
            var plan = optimiser.propose(problem);
            long ended = System.nanoTime();
            if (run >= 0) {
                baselineMillis[run] = (between - started) / 1e6;
                proposalMillis[run] = (ended - between) / 1e6;
                proposal = PlacementQuality.measure(problem, plan.placements());
                baseline = PlacementQuality.measure(problem, placements);
            }
        }
        Arrays.sort(proposalMillis);
        Arrays.sort(baselineMillis);
        System.out.printf(Locale.ROOT, "%nPlacement proposal, %d enrolments across %d groups, %d runs (%d cores)%n",
                PEOPLE, GROUPS, RUNS, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "| method | median ms | max ms |%n|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| min-cost flow proposal | %.1f | %.1f |%n", median(proposalMillis),
                proposalMillis[RUNS - 1]);
        System.out.printf(Locale.ROOT, "| first come, first served (baseline) | %.2f | %.2f |%n",
                median(baselineMillis), baselineMillis[RUNS - 1]);
        System.out.printf(Locale.ROOT, "proposal / baseline time: %.0fx; target: proposal under 2000 ms: %s%n",
                median(proposalMillis) / Math.max(median(baselineMillis), 0.001),
                proposalMillis[RUNS - 1] < 2000 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "quality of the last run: proposal %s%n                         baseline %s%n",
                proposal, baseline);
    }

    private static double median(double[] sorted) {
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
    }
}
