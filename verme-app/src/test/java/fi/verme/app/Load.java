package fi.verme.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Load for the benchmarks: an action from many client threads, timed, with its percentiles. */
final class Load {

    static final ObjectMapper JSON = new ObjectMapper();

    record Figures(int clients, int requests, double perSecond, double p50Millis, double p99Millis) {
    }

    private Load() {
    }

    /**
     * More settings for the application under test, for experiments:
     * {@code -Dverme.benchmark.args="--verme.processing.batch-size=500 --verme.read-your-writes-timeout=0s"}.
     */
    static List<String> experimentalArguments() {
        return Arrays.stream(System.getProperty("verme.benchmark.args", "").split(" "))
                .filter(argument -> !argument.isBlank()).toList();
    }

    /**
     * Enrolments through the public form of an organiser whose call is open: each call submits one
     * with a new e-mail address and returns its latency in nanoseconds, failing on anything but 201.
     */
    static Callable<Long> enrolments(int port, String organiser) {
        return enrolments(port, organiser, Map.of());
    }

    /** The same enrolments with headers of their own (the CRUD peer's, say). */
    static Callable<Long> enrolments(int port, String organiser, Map<String, String> headers) {
        var uri = URI.create("http://localhost:" + port + Programmes.path(organiser) + "/enrolments");
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var sequence = new AtomicInteger();
        var tag = headers.isEmpty() ? "" : "crud.";
        return () -> {
            int n = sequence.incrementAndGet();
            var body = JSON.writeValueAsString(Programmes.enrolment("Mittari", "Kirjoittaja" + n,
                    "mittari" + n + "." + tag + organiser + "@example.fi"));
            var request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
            headers.forEach(request::header);
            long started = System.nanoTime();
            var response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("enrolment answered " + response.statusCode());
            }
            return System.nanoTime() - started;
        };
    }

    /** Runs the action from {@code clients} threads for {@code nanos} (or {@code count} times in all). */
    static Figures run(int clients, int count, long nanos, Callable<Long> action) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        var done = new AtomicInteger();
        long started = System.nanoTime();
        long until = started + nanos;
        try {
            var workers = new ArrayList<Callable<List<Long>>>();
            for (int c = 0; c < clients; c++) {
                workers.add(() -> {
                    var latencies = new ArrayList<Long>();
                    while (count > 0 ? done.getAndIncrement() < count : System.nanoTime() < until) {
                        latencies.add(action.call());
                    }
                    return latencies;
                });
            }
            var all = new ArrayList<Long>();
            for (var future : pool.invokeAll(workers)) {
                all.addAll(future.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            all.sort(null);
            return new Figures(clients, all.size(), all.size() / seconds, percentile(all, 0.50), percentile(all, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The p-th percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
