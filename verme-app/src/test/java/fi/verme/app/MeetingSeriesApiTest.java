package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mentor schedules "every two weeks on Tuesdays 15–17, five times" in one request: the organiser's school break
 * moves the meeting that falls in it a week on, the rest follow from there, and each meeting is its own afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingSeriesApiTest {

    @LocalServerPort
    int port;

    @Test
    void aSeriesSkipsTheOrganisersBreakAndEachMeetingStaysItsOwn() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, "Sarja", "sarja." + organiser + "@example.fi");
        var enrolments = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            enrolments.add(Programmes.enrol(api, organiser, "Sarja" + i, List.of("UUDET"), "Koulu " + i));
        }
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        enrolments.forEach(e -> api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", e)));
        assertThat(api.post("/api/groups/" + group + "/start", Map.of()).status()).isEqualTo(200);

        // A Tuesday a week ahead; the break is the week of the series' third meeting.
        var first = Programmes.today().plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var breakMonday = first.plusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var breaks = api.put(path(organiser) + "/school-breaks", Map.of("breaks", List.of(Map.of("name", "Talviloma",
                "firstDay", breakMonday.toString(), "lastDay", breakMonday.plusDays(4).toString()))));
        assertThat(breaks.status()).as(breaks.raw().body()).isEqualTo(200);
        assertThat(api.get(path(organiser) + "/school-breaks").json().get("breaks").get(0).get("name").asText())
                .isEqualTo("Talviloma");

        var series = api.post("/api/groups/" + group + "/meeting-series", Map.of("firstDate", first.toString(),
                "everyWeeks", 2, "count", 5, "startTime", "15:00", "plannedMinutes", 120, "place", "Opettajainhuone"));
        assertThat(series.status()).as(series.raw().body()).isEqualTo(201);
        var dates = new ArrayList<String>();
        series.json().get("meetings").forEach(meeting -> dates.add(meeting.get("date").asText()));
        assertThat(dates).containsExactly(first.toString(), first.plusWeeks(2).toString(),
                first.plusWeeks(5).toString(), first.plusWeeks(7).toString(), first.plusWeeks(9).toString());
        var skipped = series.json().get("skipped");
        assertThat(skipped.get(0).get("date").asText()).isEqualTo(first.plusWeeks(4).toString());
        assertThat(skipped.get(0).get("kind").asText()).isEqualTo("SCHOOL_BREAK");
        assertThat(api.get("/api/groups/" + group + "/meetings").json()).hasSize(5);

        // Each meeting is its own: one moves, the others stay.
        var second = series.json().get("meetings").get(1).get("meetingId").asText();
        var moved = api.post("/api/meetings/" + second + "/reschedule", Map.of("date", first.plusWeeks(3).toString(),
                "startTime", "15:00", "plannedMinutes", 120, "place", "Kirjasto"));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(api.get("/api/meetings/" + series.json().get("meetings").get(2).get("meetingId").asText()).json()
                .get("date").asText()).isEqualTo(first.plusWeeks(5).toString());

        // A series that would run past the school year records nothing.
        var tooLong = api.post("/api/groups/" + group + "/meeting-series", Map.of("firstDate", first.toString(),
                "everyWeeks", 8, "count", 20, "startTime", "15:00", "plannedMinutes", 120, "place", "Opettajainhuone"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("type").asText()).isEqualTo("urn:verme:problem:validation");
        assertThat(api.get("/api/groups/" + group + "/meetings").json()).hasSize(5);
    }
}
