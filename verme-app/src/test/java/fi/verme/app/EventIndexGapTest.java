package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.verifier.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event whose transaction commits after a later event's (a gap in the store's order) still goes into its own
 * year's history, at its own place: the message of such an event carries the later event's tracking token, which
 * once tagged the later event with the earlier one's year and left the earlier one out of every export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventIndexGapTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path auditorsMachine;

    @Test
    void anEventCommittedAfterALaterOneIsIndexedInItsOwnYearAtItsOwnPlace() throws Exception {
        var api = new Api(port);
        var early = Programmes.freshOrganiser();
        var late = Programmes.freshOrganiser();
        assertThat(api.put(path(early) + "/group-size-rule", Map.of("minSize", 2, "maxSize", 8)).status()).isEqualTo(200);
        var stored = jdbc.queryForMap("""
                select * from domain_event_entry where payload_type like '%GroupSizeRuleSet'
                  and convert_from(payload, 'UTF8')::jsonb -> 'programmeYear' ->> 'organiser' = ?""", early);

        long gap;
        try (var slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // The same rule again, stored in a transaction that stays open while a later event commits.
            try (var insert = slow.prepareStatement("""
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    values (?, ?, 0, ?, ?, ?, ?, ?, ?) returning global_index""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "gap-" + UUID.randomUUID());
                insert.setString(3, (String) stored.get("type"));
                insert.setString(4, Instant.now().toString());
                insert.setString(5, (String) stored.get("payload_type"));
                insert.setString(6, (String) stored.get("payload_revision"));
                insert.setBytes(7, (byte[]) stored.get("payload"));
                insert.setBytes(8, (byte[]) stored.get("meta_data"));
                try (var result = insert.executeQuery()) {
                    result.next();
                    gap = result.getLong(1);
                }
            }
            assertThat(api.put(path(late) + "/group-size-rule", Map.of("minSize", 3, "maxSize", 7)).status())
                    .isEqualTo(200);
            long later = jdbc.queryForObject("""
                    select max(global_index) from domain_event_entry where payload_type like '%GroupSizeRuleSet'
                      and convert_from(payload, 'UTF8')::jsonb -> 'programmeYear' ->> 'organiser' = ?""", Long.class,
                    late);
            assertThat(later).isGreaterThan(gap);
            await(() -> yearAt(later) != null);
            slow.commit();
            await(() -> yearAt(gap) != null);
            assertThat(yearAt(gap)).isEqualTo(early + "/" + Programmes.SCHOOL_YEAR);
            assertThat(yearAt(later)).isEqualTo(late + "/" + Programmes.SCHOOL_YEAR);
        }

        // The chain waits for the gap to close, so the late-committed event is in it, and the year verifies.
        // (A gap some other test left, a position no event fills, holds the chain back for a few seconds.)
        await(() -> checkpoint(api, early).position() == gap);
        var kept = checkpoint(api, early);
        var export = auditorsMachine.resolve("events.ndjson");
        Files.writeString(export, api.get(path(early) + "/events").raw().body());
        assertThat(ExternalPostgresTest.verify(api, export, kept)).isEmpty();
    }

    @Test
    void anEventMadeLaterButStoredEarlierIsChainedBeforeTheOneAfterIt() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        assertThat(api.put(path(organiser) + "/group-size-rule", Map.of("minSize", 2, "maxSize", 8)).status())
                .isEqualTo(200);
        var stored = jdbc.queryForMap("""
                select * from domain_event_entry where payload_type like '%GroupSizeRuleSet'
                  and convert_from(payload, 'UTF8')::jsonb -> 'programmeYear' ->> 'organiser' = ?""", organiser);
        // The first stored carries a time of now; the second, stored after it, a time a minute ago (its unit of
        // work began earlier). The chain must not take the settled second and leave the first behind for good.
        long young = insert(stored, Instant.now());
        long old = insert(stored, Instant.now().minusSeconds(60));
        assertThat(old).isGreaterThan(young);
        await(() -> chained(old));
        assertThat(chained(young)).as("the event before it is in the chain").isTrue();
        var kept = checkpoint(api, organiser);
        var export = auditorsMachine.resolve("later.ndjson");
        Files.writeString(export, api.get(path(organiser) + "/events").raw().body());
        assertThat(ExternalPostgresTest.verify(api, export, kept)).isEmpty();
    }

    private long insert(Map<String, Object> like, Instant time) {
        return jdbc.queryForObject("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, 0, ?, ?, ?, ?, ?, ?) returning global_index""", Long.class, UUID.randomUUID().toString(),
                "later-" + UUID.randomUUID(), like.get("type"), time.toString(), like.get("payload_type"),
                like.get("payload_revision"), like.get("payload"), like.get("meta_data"));
    }

    private boolean chained(long position) {
        return jdbc.queryForObject("select count(*) from app.event_chain where global_index = ?", Long.class,
                position) > 0;
    }

    private static Checkpoint checkpoint(Api api, String organiser) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    api.get(path(organiser) + "/checkpoint").raw().body(), Checkpoint.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String yearAt(long position) {
        return jdbc.query("select programme_year from app.event_programme where global_index = ?",
                rs -> rs.next() ? rs.getString(1) : null, position);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        var until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(until);
            Thread.sleep(100);
        }
    }
}
