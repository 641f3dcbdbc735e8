package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Enrolments sent by 8 parallel clients to the demo's open call of an application running as its own process,
 * while it lives; at a given answer the test does something to the process (kills it, stops it).
 */
final class EnrolmentBurst {

    static final String PATH = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR + "/enrolments";

    /** The enrolments answered 201 (id to e-mail address), and how many were sent. */
    record Sent(Map<String, String> accepted, int attempted) {
    }

    private EnrolmentBurst() {
    }

    /**
     * Starts the application with its demo on the embedded database in {@code dataDir}, with these settings
     * besides (its output in {@code log}),
     * sends the burst, does {@code then} to the process at the {@code at}-th answer, and stops what still runs
     * (SIGTERM, as a service manager does) once the burst is over.
     */
    static Sent againstTheDemo(Path dataDir, File log, String name, int requests, int at, Consumer<Process> then,
                               String... settings) throws IOException, InterruptedException {
        int port = ChildApplication.freePort();
        var arguments = new ArrayList<>(List.of("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=" + port));
        arguments.addAll(List.of(settings));
        var process = ChildApplication.start(log, arguments.toArray(String[]::new));
        try {
            var api = new Api(port);
            ChildApplication.awaitReady(api, process, log);
            var sent = send(api, process, name, requests, at, () -> then.accept(process));
            ChildApplication.stop(process);
            return sent;
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Sends up to {@code requests} enrolments named {@code name}; at the {@code at}-th answer, runs {@code then}. */
    private static Sent send(Api api, Process process, String name, int requests, int at, Runnable then)
            throws InterruptedException {
        var accepted = new ConcurrentHashMap<String, String>();
        var attempted = new AtomicInteger();
        var answered = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var burst = new ArrayList<Callable<Void>>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                burst.add(() -> {
                    if (!process.isAlive()) {
                        return null;
                    }
                    attempted.incrementAndGet();
                    var email = prefix(name) + n + "@example.fi";
                    try {
                        var created = api.post(PATH, Programmes.enrolment(name, "Purske" + n, email));
                        if (created.status() == 201) {
                            accepted.put(created.json().get("enrolmentId").asText(), email);
                        }
                        if (answered.incrementAndGet() == at) {
                            then.run();
                        }
                    } catch (RuntimeException connectionLost) {
                        // the server died under this request, or takes no more: its fate is unknown to the client
                    }
                    return null;
                });
            }
            pool.invokeAll(burst);
        } finally {
            pool.shutdownNow();
        }
        return new Sent(Map.copyOf(accepted), attempted.get());
    }

    /** The start of the e-mail addresses of a burst of enrolments named {@code name}. */
    static String prefix(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "");
    }

    /** Every enrolment answered 201 is there, with its address. */
    static void assertKept(Api api, Map<String, String> accepted) {
        for (var enrolment : accepted.entrySet()) {
            var read = api.get("/api/enrolments/" + enrolment.getKey());
            assertThat(read.status()).as("accepted enrolment " + enrolment.getKey()).isEqualTo(200);
            assertThat(read.json().get("person").get("email").asText()).isEqualTo(enrolment.getValue());
        }
    }
}
