package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application instances, each its own process, on one PostgreSQL, with commands sent to both at
 * random: no event is lost or doubled and every view holds each enrolment exactly once. The instance
 * that runs the streaming processors is then killed outright; the other takes them over (when their
 * claims lapse) and the views go on, equal to a fresh rebuild.
 */
class TwoNodesTest {

    @TempDir
    Path workDir;


    private Process node(String name, String jdbcUrl, int port) throws Exception {
        return ChildApplication.start(new File(workDir.toFile(), name + ".log"), "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--verme.demo.enabled=false",
                "--server.port=" + port);
    }


    @Test
    void twoNodesShareTheWorkAndTheSurvivorTakesOverTheViews() throws Exception {
        try (var database = ChildApplication.database()) {
            var url = database.getJdbcUrl("postgres", "postgres");
            var jdbc = ChildApplication.reader(database);
            int portA = ChildApplication.freePort();
            int portB = ChildApplication.freePort();
            var a = node("node-a", url, portA);
            ChildApplication.awaitReady(new Api(portA), a, new File(workDir.toFile(), "node-a.log"));
            var b = node("node-b", url, portB);
            var pool = Executors.newFixedThreadPool(8);
            try {
                ChildApplication.awaitReady(new Api(portB), b, new File(workDir.toFile(), "node-b.log"));
                var nodes = List.of(new Api(portA), new Api(portB));
                var organiser = Programmes.freshOrganiser();
                Programmes.openCallOpenToday(nodes.get(0), organiser);
                var path = Programmes.path(organiser) + "/enrolments";
                var random = new Random(42);
                var accepted = new ConcurrentHashMap<String, String>();
                var burst = new ArrayList<Callable<Void>>();
                for (int i = 0; i < 200; i++) {
                    var node = nodes.get(random.nextInt(2));
                    int n = i;
                    burst.add(() -> {
                        var email = "kaksi" + n + "@example.fi";
                        var created = node.post(path, Programmes.enrolment("Solmu", "Kaksi" + n, email));
                        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                        accepted.put(created.json().get("enrolmentId").asText(), email);
                        return null;
                    });
                }
                for (var done : pool.invokeAll(burst)) {
                    done.get();
                }
                // Every answered write reads back from either node at once (read-your-writes across nodes).
                for (var node : nodes) {
                    assertThat(node.get(path).json()).hasSize(200);
                }
                assertThat(jdbc.queryForObject("""
                        select count(*) from domain_event_entry where payload_type like '%EnrolmentSubmitted'""",
                        Long.class)).as("no event lost or doubled").isEqualTo(200);

                // The views and notices are kept in each write's own transaction, on whichever node takes it; what
                // streams (the audit's event index) runs on one node. Kill that one: the other claims it and carries on.
                var owners = jdbc.queryForList("select distinct owner from token_entry where owner is not null",
                        String.class);
                assertThat(owners).hasSize(1);
                var ownerPid = Long.parseLong(owners.get(0).split("@")[0]);
                var victim = ownerPid == a.pid() ? a : b;
                var survivor = victim == a ? nodes.get(1) : nodes.get(0);
                victim.destroyForcibly().waitFor();
                long killedAt = System.nanoTime();
                for (int i = 200; i < 205; i++) {
                    var created = survivor.post(path, Programmes.enrolment("Solmu", "Kaksi" + i, "kaksi" + i + "@example.fi"));
                    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                    accepted.put(created.json().get("enrolmentId").asText(), "kaksi" + i + "@example.fi");
                }
                var emails = new ArrayList<String>();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                do {
                    emails.clear();
                    survivor.get(path).json().forEach(e -> emails.add(e.get("person").get("email").asText()));
                    if (emails.size() < accepted.size()) {
                        Thread.sleep(250);
                    }
                } while (emails.size() < accepted.size() && System.nanoTime() < deadline);
                System.out.printf("Two nodes: 200 enrolments at random to both; after a kill the survivor's views"
                        + " were complete again in %d ms%n", (System.nanoTime() - killedAt) / 1_000_000);
                assertThat(emails).as("every view holds each enrolment exactly once").doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(accepted.values());
                // What streams (the audit's index) is taken over once the dead node's claim lapses; an audit read on
                // the survivor waits for it, and then shows every enrolment.
                while (jdbc.queryForList("select distinct owner from token_entry where owner is not null", String.class)
                        .contains(owners.get(0)) && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                }
                assertThat(jdbc.queryForList("select distinct owner from token_entry where owner is not null",
                        String.class)).as("the survivor owns the processors").doesNotContain(owners.get(0));
                var timeline = survivor.get(path.replace("/enrolments", "")
                        + "/timeline/events?type=EnrolmentSubmitted&size=1");
                assertThat(timeline.status()).as(timeline.raw().body()).isEqualTo(200);
                assertThat(timeline.header("X-Total-Count")).isEqualTo(String.valueOf(accepted.size()));

                var before = Views.snapshot(jdbc);
                Views.rebuildAll(survivor.as(TestAccounts.ADMIN, TestAccounts.PASSWORD));
                Views.assertSame(Views.snapshot(jdbc), before);
            } finally {
                pool.shutdownNow();
                a.destroyForcibly().waitFor();
                b.destroyForcibly().waitFor();
            }
        }
    }
}
