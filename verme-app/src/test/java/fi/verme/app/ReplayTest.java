package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilding every view of the demo data from the events gives the live tables back, row by row. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "verme.demo.enabled=true")
class ReplayTest {

    /** Every table a streaming view writes, with the columns that order its rows. */
    static final Map<String, String> VIEW_TABLES = new LinkedHashMap<>();

    static {
        VIEW_TABLES.put("enrolment.roster_entry", "enrolment_id");
        VIEW_TABLES.put("groups.group_view", "group_id");
        VIEW_TABLES.put("groups.group_member", "group_id, enrolment_id");
        VIEW_TABLES.put("groups.group_mentor", "group_id, mentor_id");
        VIEW_TABLES.put("meetings.meeting_view", "meeting_id, group_id");
        VIEW_TABLES.put("meetings.attendance", "person_id, meeting_id, group_id");
        VIEW_TABLES.put("compensation.source", "source_id");
        VIEW_TABLES.put("compensation.approved_line", "period_id, source_id");
        VIEW_TABLES.put("compensation.period", "period_id");
        VIEW_TABLES.put("compensation.participant", "person_id, programme_year");
        VIEW_TABLES.put("compensation.attended", "person_id, meeting_ref");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rebuildingEveryViewGivesIdenticalTablesAndReportsProgress() throws Exception {
        var before = snapshot();
        assertThat(before.get("groups.group_view")).isNotEmpty();
        assertThat(before.get("compensation.source")).isNotEmpty();

        var admin = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var views = admin.get("/api/admin/replays").json();
        assertThat(views.toString()).contains("enrolment-roster", "groups-rosters", "meetings-calendar",
                "meetings-attendance", "compensation-ledger");
        var started = admin.post("/api/admin/replays", Map.of());
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        var location = started.header("Location");
        var total = started.json().get("eventsTotal").asLong();
        assertThat(total).isPositive();

        var progress = admin.get(location).json();
        for (int i = 0; i < 600 && !progress.get("status").asText().equals("COMPLETED"); i++) {
            Thread.sleep(100);
            progress = admin.get(location).json();
        }
        assertThat(progress.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(progress.get("eventsDone").asLong()).isEqualTo(total);
        assertThat(progress.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(progress.get("secondsLeft").asLong()).isZero();

        var after = snapshot();
        for (var table : VIEW_TABLES.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        VIEW_TABLES.forEach((table, order) -> tables.put(table, jdbc.queryForList(
                "select * from " + table + " order by " + order).stream()
                .map(row -> {
                    var copy = new LinkedHashMap<String, Object>();
                    row.forEach((column, value) -> copy.put(column, value instanceof java.sql.Array array
                            ? arrayToString(array) : value));
                    return (Map<String, Object>) copy;
                }).toList()));
        return tables;
    }

    private static String arrayToString(java.sql.Array array) {
        try {
            return java.util.Arrays.toString((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
