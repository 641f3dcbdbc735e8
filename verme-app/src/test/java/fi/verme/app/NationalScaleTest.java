package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.shared.ProgrammeYear;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;

/** The national-scale generator, at its smallest: two organisers, two years, through the real commands. */
class NationalScaleTest {

    @Test
    void generatesYearsThroughTheRealCommands() {
        try (var application = VermeApplication.run("--verme.embedded.ephemeral=true", "--verme.demo.enabled=false",
                "--server.port=0", "--verme.generate.organisers=2", "--verme.generate.years=2")) {
            var api = new Api(((WebServerApplicationContext) application).getWebServer().getPort());
            var current = "/api/programmes/kunta-001/" + Programmes.SCHOOL_YEAR;
            assertThat(api.get(current + "/enrolments").json()).hasSize(50);
            var groups = api.get(current + "/groups").json();
            assertThat(groups.size()).isBetween(6, 7);
            int started = 0;
            for (var group : groups) {
                if (group.get("status").asText().equals("STARTED")) {
                    started++;
                    var hours = api.get("/api/groups/" + group.get("groupId").asText() + "/hours").json();
                    assertThat(hours.get("meetingsHeld").asInt()).isEqualTo(6);
                    assertThat(hours.get("usedMinutes").asInt()).isEqualTo(6 * 90);
                }
            }
            assertThat(started).isPositive();
            var money = api.get(current + "/compensation").json();
            assertThat(money.get("approved").decimalValue()).isPositive();

            int start = Integer.parseInt(Programmes.SCHOOL_YEAR.substring(0, 4)) - 1;
            var previous = new ProgrammeYear("kunta-001", start + "-" + (start + 1));
            var earlier = api.get("/api/programmes/" + previous.id() + "/groups").json();
            assertThat(earlier).isNotEmpty();
            assertThat(earlier.findValuesAsText("status")).contains("COMPLETED");
        }
    }
}
