package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilding every view of the demo data from the events gives the live tables back, row by row. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "verme.demo.enabled=true")
class ReplayTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    fi.verme.app.audit.Replays replays;

    @Test
    void rebuildingEveryViewGivesIdenticalTablesAndReportsProgress() throws Exception {
        var before = Views.snapshot(jdbc);
        assertThat(before.get("groups.group_view")).isNotEmpty();
        assertThat(before.get("compensation.source")).isNotEmpty();

        var admin = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var views = admin.get("/api/admin/replays").json();
        assertThat(views.toString()).contains("enrolment-roster", "groups-rosters", "meetings-calendar",
                "meetings-attendance", "compensation-ledger");
        // Lookups are kept in the writing transaction (subscribing, declared in code): nothing to rebuild.
        assertThat(views.toString()).doesNotContain("meetings-group-facts", "meetings-hours-caps",
                "meetings-meeting-index", "compensation-directory");
        var progress = Views.rebuildAll(admin);
        assertThat(progress.get("eventsTotal").asLong()).isPositive();
        assertThat(progress.get("eventsDone").asLong()).isEqualTo(progress.get("eventsTotal").asLong());
        assertThat(progress.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(progress.get("secondsLeft").asLong()).isZero();

        Views.assertSame(before, Views.snapshot(jdbc));
    }

    /**
     * An installation upgraded from views that streamed in tracking processors: the view holds the events up to
     * its token, and what came after (an enrolment the old release had not yet handled) is taken at start.
     */
    @Test
    void aViewLeftWithATrackingTokenTakesTheEventsAfterItAndTheTokenGoes() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var enrolmentId = Programmes.enrol(api, organiser, "Jäljessä", java.util.List.of("UUDET"), "Koulu");
        long first = jdbc.queryForObject("select min(global_index) from domain_event_entry where aggregate_identifier = ?",
                Long.class, enrolmentId);
        jdbc.update("delete from enrolment.roster_entry where enrolment_id = ?", enrolmentId);
        jdbc.update("""
                insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
                values ('enrolment-roster', 0, convert_to(?, 'UTF8'), 'org.axonframework.eventhandling.GapAwareTrackingToken',
                    '2026-11-01T00:00:00Z', null)""", "{\"index\":" + (first - 1) + ",\"gaps\":[]}");

        replays.makeViewsWhole();

        assertThat(jdbc.queryForObject("select count(*) from enrolment.roster_entry where enrolment_id = ?", Long.class,
                enrolmentId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = 'enrolment-roster'",
                Long.class)).isZero();
    }

    /** A view new in a release (never built on this database) is built from the first event when it starts. */
    @Test
    void aViewNeverBuiltHereIsBuiltFromTheFirstEventAtStart() {
        var before = Views.snapshot(jdbc);
        jdbc.update("delete from meetings.meeting_view");
        jdbc.update("delete from app.view_built where view_name = 'meetings-calendar'");

        replays.makeViewsWhole();

        Views.assertSame(before, Views.snapshot(jdbc));
        assertThat(jdbc.queryForObject("select count(*) from app.view_built where view_name = 'meetings-calendar'",
                Long.class)).isOne();
    }

    /** A list of views with a null name in it was a 500; a name given twice rebuilt the view twice at once. */
    @Test
    void aReplayOfNoNamedViewIsRefusedNamingTheField() {
        var admin = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var list = new java.util.ArrayList<String>();
        list.add(null);
        var refused = admin.post("/api/admin/replays", java.util.Map.of("views", list));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("views");
    }
}
