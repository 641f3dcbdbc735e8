package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.UserAccounts;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An anonymous client cannot make the server hold its body: 20 parallel anonymous 50 MB bodies (with a
 * Content-Length and chunked, streamed from a generator) to every spelling of a write path (the public
 * form, the login, a path that needs a login, each plain and percent-encoded, with and without an
 * Idempotency-Key) are all refused with 413 or another 4xx, and the live heap (after System.gc(),
 * measured in this JVM, where the application runs) stays within 64 MB of what it was before, both
 * while the bodies are arriving and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousBodyMemoryTest {

    static final long FIFTY_MB = 50L * 1024 * 1024;
    static final long ALLOWED_GROWTH = 64L * 1024 * 1024;
    static final int PARALLEL = 20;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void twentyParallelAnonymous50MbBodiesToEverySpellingLeaveTheHeapAsItWas() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var form = Programmes.path(organiser) + "/enrolments";
        var needsLogin = Programmes.path(organiser) + "/groups";
        var spellings = List.of(form, "/%61pi" + form.substring(4), form.replace("/enrolments", "/%65nrolments"),
                "/api/login", "/api/logi%6E", "/%61pi/login", needsLogin, "/%61pi" + needsLogin.substring(4),
                "/api/meetings/none/minutes", "/%61pi/meetings/none/minutes");

        long before = liveHeap();
        var peak = new AtomicLong(before);
        var running = new AtomicBoolean(true);
        // The live heap while the bodies arrive: a server that buffers them shows it here, even if it lets
        // go of them (or falls over) before the end.
        var sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(liveHeap(), Math::max);
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        var failures = Collections.synchronizedList(new ArrayList<String>());
        var answers = new TreeMap<String, Integer>();
        var pool = Executors.newFixedThreadPool(PARALLEL);
        int cases = 0;
        try {
            for (var path : spellings) {
                for (var chunked : List.of(false, true)) {
                    var requests = new ArrayList<Callable<RawHttp.Answer>>();
                    for (int i = 0; i < PARALLEL; i++) {
                        var headers = i % 2 == 0
                                ? Map.of("Content-Type", "application/json", "Idempotency-Key", "muisti-" + UUID.randomUUID())
                                : Map.of("Content-Type", path.contains("login") ? "application/x-www-form-urlencoded"
                                        : "application/json");
                        var prefix = path.contains("login") ? "username=muisti-ei-ole&password=" : "{\"firstName\": \"";
                        requests.add(() -> RawHttp.send(port, "POST", path, headers,
                                RawHttp.Body.padded(prefix, FIFTY_MB, chunked)));
                    }
                    for (var future : pool.invokeAll(requests, 10, TimeUnit.MINUTES)) {
                        cases++;
                        var what = "anonymous POST " + path + (chunked ? " chunked" : " with Content-Length")
                                + " 50 MB -> ";
                        RawHttp.Answer answer;
                        try {
                            answer = future.get();
                        } catch (Exception e) {
                            failures.add(what + e);
                            continue;
                        }
                        synchronized (answers) {
                            answers.merge(answer.status() + (answer.stoppedSending() ? " (early)" : ""), 1,
                                    Integer::sum);
                        }
                        if (answer.status() < 400 || answer.status() >= 500) {
                            if (!(answer.status() < 0 && answer.stoppedSending())) {
                                failures.add(what + answer);
                            }
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            running.set(false);
            sampler.join(10_000);
        }
        long after = liveHeap();
        System.out.printf("Anonymous 50 MB bodies: %d cases over %d spellings, answers %s; live heap before %d MB,"
                        + " peak %d MB, after %d MB%n", cases, spellings.size(), answers, before >> 20, peak.get() >> 20,
                after >> 20);
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).as("answers that were not a 4xx").isEmpty();
        assertThat(peak.get() - before).as("live heap growth while the bodies arrived").isLessThan(ALLOWED_GROWTH);
        assertThat(after - before).as("live heap growth after").isLessThan(ALLOWED_GROWTH);
    }
}
