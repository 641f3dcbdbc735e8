package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** Sends up to {@code requests} enrolments named {@code name}; at the {@code at}-th answer, runs {@code then}. */
    static Sent send(Api api, Process process, String name, int requests, int at, Runnable then)
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
                    var email = name.toLowerCase().replaceAll("[^a-z]", "") + n + "@example.fi";
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

    /** Every enrolment answered 201 is there, with its address. */
    static void assertKept(Api api, Map<String, String> accepted) {
        for (var enrolment : accepted.entrySet()) {
            var read = api.get("/api/enrolments/" + enrolment.getKey());
            assertThat(read.status()).as("accepted enrolment " + enrolment.getKey()).isEqualTo(200);
            assertThat(read.json().get("person").get("email").asText()).isEqualTo(enrolment.getValue());
        }
    }
}
