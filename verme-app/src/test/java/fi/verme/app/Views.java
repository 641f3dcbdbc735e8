package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The streaming views' tables, read row by row, and rebuilding them all from the events. */
final class Views {

    /** Every table a streaming view writes, with the columns that order its rows. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("enrolment.roster_entry", "enrolment_id");
        TABLES.put("groups.group_view", "group_id");
        TABLES.put("groups.group_member", "group_id, enrolment_id");
        TABLES.put("groups.group_mentor", "group_id, mentor_id");
        TABLES.put("meetings.meeting_view", "meeting_id, group_id");
        TABLES.put("meetings.attendance", "person_id, meeting_id, group_id");
        TABLES.put("compensation.source", "source_id");
        TABLES.put("compensation.approved_line", "period_id, source_id");
        TABLES.put("compensation.period", "period_id");
        TABLES.put("compensation.participant", "person_id, programme_year");
        TABLES.put("compensation.attended", "person_id, meeting_ref");
        TABLES.put("compensation.claim_payee", "source_id");
        TABLES.put("compensation.employer_rate", "programme_year, employer");
        TABLES.put("app.certificate_code", "code");
    }

    private Views() {
    }

    static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc) {
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        TABLES.forEach((table, order) -> tables.put(table, jdbc.queryForList(
                "select * from " + table + " order by " + order).stream()
                .map(row -> {
                    var copy = new LinkedHashMap<String, Object>();
                    row.forEach((column, value) -> copy.put(column, value instanceof java.sql.Array array
                            ? arrayToString(array) : value));
                    return (Map<String, Object>) copy;
                }).toList()));
        return tables;
    }

    /** Starts a rebuild of every view as an admin and waits for it; returns its last progress. */
    static JsonNode rebuildAll(Api admin) throws InterruptedException {
        // Right after a restart, a killed instance's claims on the views lapse first (409 until then).
        var started = admin.post("/api/admin/replays", Map.of());
        long claimDeadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (started.status() == 409 && System.nanoTime() < claimDeadline) {
            Thread.sleep(500);
            started = admin.post("/api/admin/replays", Map.of());
        }
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        var location = started.header("Location");
        var progress = admin.get(location).json();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(30).toNanos();
        while (progress.get("status").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            progress = admin.get(location).json();
        }
        assertThat(progress.get("status").asText()).isEqualTo("COMPLETED");
        progress = progress.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) progress).put("eventsTotal",
                started.json().get("eventsTotal").asLong());
        return progress;
    }

    /** Rebuilds the named views through the application's own rebuilder and waits for it. */
    static void rebuild(fi.verme.app.audit.Replays replays, List<String> views) throws InterruptedException {
        var replayId = replays.start(views).replayId();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        var progress = replays.find(replayId).orElseThrow();
        while (progress.status().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            progress = replays.find(replayId).orElseThrow();
        }
        assertThat(progress.status()).isEqualTo("COMPLETED");
    }

    static void assertSame(Map<String, List<Map<String, Object>>> before, Map<String, List<Map<String, Object>>> after) {
        for (var table : TABLES.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
    }

    private static String arrayToString(java.sql.Array array) {
        try {
            return java.util.Arrays.toString((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
