package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances on one database, each with its own command bus and aggregate locks:
 * the event store's unique key on aggregate and sequence number decides a race for the last seat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoInstancesTest {

    @LocalServerPort
    int port;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void raceForTheLastSeatAcrossInstancesHasOneWinner() throws Exception {
        // The second instance's views are the first's (one token store); it waits for them only briefly.
        try (var second = VermeApplication.run("--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + dataSource.getPassword(),
                "--server.port=0", "--verme.demo.enabled=false", "--verme.read-your-writes-timeout=300ms");
             var pool = new AutoClosingPool(2)) {
            var a = new Api(port);
            var b = new Api(((WebServerApplicationContext) second).getWebServer().getPort());
            var organiser = Programmes.freshOrganiser();
            Programmes.openCallOpenToday(a, organiser);
            var mentorId = mentor(a, "Tuula", "tuula." + organiser + "@example.fi");
            int conflictsSeenAsRaces = 0;
            for (int round = 0; round < 10; round++) {
                var groupId = group(a, organiser, "UUDET", mentorId, 2, 3);
                var people = new ArrayList<String>();
                for (int i = 0; i < 4; i++) {
                    people.add(enrol(a, organiser, "Racer" + round + "x" + i, List.of("UUDET"), "Koulu " + i));
                }
                for (var person : people.subList(0, 2)) {
                    assertThat(a.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", person))
                            .status()).isEqualTo(200);
                }
                var results = pool.executor.invokeAll(List.<Callable<Api.Response>>of(
                        () -> a.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", people.get(2))),
                        () -> b.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", people.get(3)))));
                var statuses = new ArrayList<Integer>();
                for (var result : results) {
                    var response = result.get();
                    statuses.add(response.status());
                    if (response.status() == 409) {
                        assertThat(response.json().get("type").asText()).isIn("urn:verme:problem:group-full",
                                "urn:verme:problem:concurrent-change");
                        if (response.json().get("type").asText().endsWith("concurrent-change")) {
                            conflictsSeenAsRaces++;
                        }
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                assertThat(jdbc.queryForObject("""
                        select count(*) from domain_event_entry where aggregate_identifier = ?
                          and payload_type like '%ParticipantPlaced'""", Long.class, groupId)).isEqualTo(3);
            }
            // A lost race is retried and then answered by the rule itself, not as a bare conflict.
            assertThat(conflictsSeenAsRaces).isZero();
        }
    }

    private record AutoClosingPool(java.util.concurrent.ExecutorService executor) implements AutoCloseable {

        AutoClosingPool(int threads) {
            this(Executors.newFixedThreadPool(threads));
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
