package fi.verme.app;

import fi.verme.verifier.Checkpoint;
import fi.verme.verifier.PublicKeys;
import fi.verme.verifier.Verifier;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory: the application as its own process with {@code -Xmx512m} generates the national-scale year
 * ({@code -Dverme.benchmark.organisers}, 300 by default; {@code -Dverme.benchmark.years} years back, 1 by
 * default) through the real commands, exports a year's events and rebuilds every view; the GC log tells the largest heap left after a collection.
 * {@code mvn -B -pl verme-app -am test -Pbenchmark -Dtest=NationalYearBenchmark}
 */
@Tag("benchmark")
class NationalYearBenchmark {

    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    @TempDir
    Path workDir;

    @Test
    void theNationalYearTheExportAndTheRebuildRunIn512Megabytes() throws Exception {
        int organisers = Integer.getInteger("verme.benchmark.organisers", 300);
        int years = Integer.getInteger("verme.benchmark.years", 1);
        int port = ChildApplication.freePort();
        var log = workDir.resolve("national.log").toFile();
        var gcLog = workDir.resolve("gc.log");
        long started = System.nanoTime();
        var process = ChildApplication.start(log, List.of("-Xlog:gc:file=" + gcLog),
                "--verme.data-dir=" + workDir.resolve("data"), "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=false", "--server.port=" + port, "--verme.generate.organisers=" + organisers,
                "--verme.generate.years=" + years);
        try {
            var api = new Api(port);
            ChildApplication.awaitReady(api, process, log, Duration.ofMinutes(60));
            double generateSeconds = (System.nanoTime() - started) / 1e9;

            long exportStarted = System.nanoTime();
            long exported = 0;
            long lines = 0;
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/programmes/kunta-000/"
                    + Programmes.SCHOOL_YEAR + "/events")).header("Authorization", Api.basic(TestAccounts.TESTER,
                    TestAccounts.PASSWORD).get("Authorization")).build();
            try (InputStream body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream())
                    .body()) {
                var buffer = new byte[65536];
                for (int n; (n = body.read(buffer)) > 0; ) {
                    exported += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            double exportSeconds = (System.nanoTime() - exportStarted) / 1e9;
            verifyEveryYear(api, organisers);

            long rebuildStarted = System.nanoTime();
            var progress = Views.rebuildAll(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD));
            double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
            long events = progress.get("eventsTotal").asLong();
            boolean alive = process.isAlive();

            int peak = 0;
            for (var line : Files.readAllLines(gcLog)) {
                var after = AFTER_GC.matcher(line);
                while (after.find()) {
                    peak = Math.max(peak, Integer.parseInt(after.group(1)));
                }
            }
            var section = String.format(Locale.ROOT, "## M. Memory%n%nThe application as its own process with "
                            + "`-Xmx512m`: the generator wrote %d organisers' %s through the real commands (%d "
                            + "events in all, %.0f s to ready); one organiser's current year exported as NDJSON (%d events, %.1f MB, "
                            + "%.1f s); every view rebuilt (%.1f s, %.0f events/s). Still running afterwards: %s. The "
                            + "largest heap after a garbage collection: %d MB of 512.%n%n"
                            + "Reproduce: `mvn -B -pl verme-app -am test -Pbenchmark -Dtest=NationalYearBenchmark "
                            + "-Dverme.benchmark.organisers=%d -Dverme.benchmark.years=%d`.%n",
                    organisers, years == 1 ? "current year" : years + " years (the current one and " + (years - 1)
                            + " before it)", events, generateSeconds, lines, exported / 1e6, exportSeconds, rebuildSeconds,
                    events / rebuildSeconds, alive ? "yes" : "NO", peak, organisers, years);
            System.out.println(section);
            BenchmarkReport.write("M.", section);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * V: every organiser's current year verified as an auditor does it, checkpoint first, then the export, then the
     * stand-alone verifier's check (in this process, without the JVM's start); the baseline is SHA-256 over the same
     * files, the least any verifier of them must do.
     */
    private void verifyEveryYear(Api api, int organisers) throws Exception {
        var auditor = api.as(TestAccounts.TESTER, TestAccounts.PASSWORD);
        var key = PublicKeys.parse(api.get("/api/audit/public-key.pem").raw().body());
        long verifyNanos = 0;
        long hashNanos = 0;
        long events = 0;
        long bytes = 0;
        int intact = 0;
        var file = workDir.resolve("events.ndjson");
        for (int organiser = 0; organiser < organisers; organiser++) {
            var year = "/api/programmes/" + String.format(Locale.ROOT, "kunta-%03d", organiser) + "/"
                    + Programmes.SCHOOL_YEAR;
            var checkpoint = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(auditor.get(year + "/checkpoint").raw().body(), Checkpoint.class);
            Files.write(file, auditor.download(year + "/events?through=" + checkpoint.position()).body());
            long started = System.nanoTime();
            var findings = Verifier.verify(file, checkpoint, key).findings();
            verifyNanos += System.nanoTime() - started;
            boolean holds = findings.isEmpty();
            if (!holds) {
                System.out.println(year + ": " + findings.subList(0, Math.min(5, findings.size())));
            }
            started = System.nanoTime();
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            hashNanos += System.nanoTime() - started;
            intact += holds ? 1 : 0;
            events += checkpoint.count();
            bytes += Files.size(file);
        }
        var section = String.format(Locale.ROOT, "## V. Verifying the national year%n%nEach of the %d organisers' "
                        + "current years taken as an auditor takes it (checkpoint, then export) and checked by the "
                        + "stand-alone verifier (`Verifier.verify`, in the benchmark's JVM): %d of %d intact; %d chained "
                        + "events, %.1f MB of NDJSON, verified in %.2f s (%.0f events/s). Baseline in the same run, "
                        + "SHA-256 over the same files: %.2f s; the verifier takes %.1f× the baseline.%n%n"
                        + "Reproduce: `mvn -B -pl verme-app -am test -Pbenchmark -Dtest=NationalYearBenchmark "
                        + "-Dverme.benchmark.organisers=%d`.%n",
                organisers, intact, organisers, events, bytes / 1e6, verifyNanos / 1e9, events / (verifyNanos / 1e9),
                hashNanos / 1e9, (double) verifyNanos / hashNanos, organisers);
        System.out.println(section);
        BenchmarkReport.write("V.", section);
    }
}
