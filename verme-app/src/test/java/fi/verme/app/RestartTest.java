package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default as a user runs it: a durable PostgreSQL in a data directory, demo data on
 * first start. Stopping and starting again on the same directory keeps every event and every view.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=0");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** Mentors and groups: some started, one short of its minimum, a few people waiting. */
    private static void assertDemoGroups(Api api) {
        var programme = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR;
        var groups = api.get(programme + "/groups").json();
        assertThat(groups).hasSize(7);
        int started = 0;
        int shortOfMinimum = 0;
        for (var group : groups) {
            if (group.get("status").asText().equals("STARTED")) {
                started++;
            }
            int size = group.get("size").asInt();
            if (group.get("status").asText().equals("FORMING") && size > 0 && size < group.get("minSize").asInt()) {
                shortOfMinimum++;
            }
        }
        assertThat(started).isGreaterThanOrEqualTo(4);
        assertThat(shortOfMinimum).isEqualTo(1);
        assertThat(api.get(programme + "/waitlist").json().size()).isBetween(1, 10);
        assertThat(api.get("/api/mentors").json()).hasSize(7);
        // Started groups held their first meeting and the joint kickoff.
        var hours = api.get(programme + "/hours").json().get("groups");
        int withMeetings = 0;
        for (var group : hours) {
            if (group.get("heldMinutes").asInt() > 0 && group.get("jointMinutes").asInt() > 0) {
                withMeetings++;
            }
        }
        assertThat(withMeetings).isEqualTo(started);
        // Fees accrue for the started groups' mentors under Seinäjoki's rules.
        var compensation = api.get(programme + "/compensation").json();
        assertThat(compensation.get("missingRates")).isEmpty();
        assertThat(compensation.get("mentors").size()).isGreaterThanOrEqualTo(started);
        assertThat(new java.math.BigDecimal(compensation.get("accruing").asText())).isPositive();
        // One demo account per role, with the default password when VERME_DEMO_PASSWORD is unset.
        var accounts = api.get("/api/admin/users", Api.basic("admin", "verme-demo-salasana"));
        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.json()).extracting(a -> a.get("userId").asText()).contains("koordinaattori", "mentori",
                "osallistuja", "talous", "tarkastaja", "admin");
        assertDemoRoles(api, programme);
    }

    /** Each demo account can do what its role allows, and not more. */
    private static void assertDemoRoles(Api api, String programme) {
        var password = "verme-demo-salasana";
        var group = java.util.UUID.nameUUIDFromBytes(("demo-seinajoki/" + Programmes.SCHOOL_YEAR + "-group-0")
                .getBytes()).toString();
        var mentor = api.as("mentori", password);
        var meetings = mentor.get("/api/groups/" + group + "/meetings");
        assertThat(meetings.status()).isEqualTo(200);
        String held = null;
        for (var meeting : meetings.json()) {
            if (meeting.get("status").asText().equals("HELD") && meeting.get("jointKind").isNull()) {
                held = meeting.get("meetingId").asText();
            }
        }
        assertThat(mentor.get("/api/meetings/" + held + "/minutes").status()).isEqualTo(200);
        var participant = api.as("osallistuja", password);
        assertThat(participant.get("/api/meetings/" + held + "/minutes").status()).isEqualTo(200);
        assertThat(participant.get("/api/groups/" + group).status()).isEqualTo(403);
        assertThat(api.as("koordinaattori", password).get("/api/meetings/" + held + "/minutes").status())
                .isEqualTo(403);
        var finance = api.as("talous", password);
        assertThat(finance.get(programme + "/compensation").status()).isEqualTo(200);
        assertThat(finance.get("/api/meetings/" + held + "/minutes").status()).isEqualTo(403);
        assertThat(api.as("tarkastaja", password).post(programme + "/groups", java.util.Map.of()).status())
                .isEqualTo(403);
        assertThat(api.as("tarkastaja", password).get(programme + "/groups").status()).isEqualTo(200);

        // Last year, closed: its feedback survey reads as the brochure's agreement table.
        int start = Integer.parseInt(Programmes.SCHOOL_YEAR.substring(0, 4)) - 1;
        var lastYear = "seinajoki/" + start + "-" + (start + 1);
        var survey = java.util.UUID.nameUUIDFromBytes(("demo-" + lastYear + "-survey").getBytes()).toString();
        var results = api.as("koordinaattori", password).get("/api/programmes/" + lastYear + "/surveys/" + survey
                + "/results");
        assertThat(results.status()).as(results.raw().body()).isEqualTo(200);
        var table = results.json().get("programme");
        assertThat(table.get("respondents").asInt()).isEqualTo(12);
        assertThat(table.get("statements")).hasSize(4).allSatisfy(row ->
                assertThat(row.get("agreePercent").asDouble()).isBetween(50.0, 100.0));
        assertThat(results.json().get("groups")).hasSize(2)
                .allSatisfy(slice -> assertThat(slice.get("results").get("shown").asBoolean()).isTrue());
    }

    @Test
    void keepsEventsAndViewsAcrossARestartOnDurableStorage() {
        String enrolmentsPath;
        String enrolmentId;
        long eventsBefore;
        try (var first = start()) {
            var jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");

            var api = api(first);
            enrolmentsPath = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR + "/enrolments";
            assertThat(api.get(enrolmentsPath).json()).hasSize(50);
            assertDemoGroups(api);
            var created = api.post(enrolmentsPath, Programmes.enrolment("Äijä", "Öörni", "aija.restart@example.fi"));
            assertThat(created.status()).isEqualTo(201);
            enrolmentId = created.json().get("enrolmentId").asText();
            eventsBefore = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (var second = start()) {
            var api = api(second);
            var jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                    .as("demo data is not seeded twice").isEqualTo(eventsBefore);
            assertThat(api.get(enrolmentsPath).json()).hasSize(51);
            assertDemoGroups(api);
            var enrolment = api.get("/api/enrolments/" + enrolmentId).json();
            assertThat(enrolment.get("person").get("firstName").asText()).isEqualTo("Äijä");

            var duplicate = api.post(enrolmentsPath, Programmes.enrolment("Äijä", "Öörni", "aija.restart@example.fi"));
            assertThat(duplicate.status()).isEqualTo(409);
            assertThat(api.post("/api/enrolments/" + enrolmentId + "/withdraw", Map.of("reason", "OTHER")).status())
                    .isEqualTo(200);
        }
    }

    /**
     * A demo programme that has a call but whose seeding never finished (an earlier start stopped half-way,
     * or the programme is real; here its call was opened by hand) is not seeded on top of: the start stops
     * and says why.
     */
    @Test
    void refusesToSeedTheDemoOnTopOfAProgrammeWhoseSeedingNeverFinished() {
        try (var withoutDemo = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=false", "--server.port=0")) {
            Programmes.openCallOpenToday(api(withoutDemo), "seinajoki");
        }
        assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The demo programme seinajoki/" + Programmes.SCHOOL_YEAR
                        + " already has an enrolment call, but its demo seeding never finished");
    }
}
