package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Meetings end to end: schedule, hold with attendance, minutes, joint meetings, hours and the cap, the feed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;
    @Autowired
    EventStorageEngine storage;

    Api api;
    String organiser;
    String groupId;
    String mentorPerson;
    List<String> members;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = mentor(api, "Jarmo", "jarmo." + organiser + "@example.fi");
        mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        groupId = group(api, organiser, "UUDET", mentorId, 2, 6);
        var enrolments = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            enrolments.add(enrol(api, organiser, "Member" + i, List.of("UUDET"), "Koulu " + i));
        }
        for (var enrolment : enrolments) {
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment))
                    .status()).isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        members = StreamSupport.stream(api.get("/api/groups/" + groupId).json().get("members").spliterator(), false)
                .map(m -> m.get("personId").asText()).toList();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** Where the next meeting of each day begins: a group meets once at a time, so a day's meetings follow on. */
    private final Map<String, java.time.LocalTime> nextStart = new java.util.HashMap<>();

    private String schedule(String date, int minutes) {
        var start = nextStart.getOrDefault(date, java.time.LocalTime.of(0, 0));
        nextStart.put(date, start.plusMinutes(minutes));
        var response = api.post("/api/groups/" + groupId + "/meetings", Map.of("date", date, "startTime",
                start.toString(), "plannedMinutes", minutes, "place", "Osake, neuvotteluhuone"));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        assertThat(response.header("Location")).startsWith("/api/meetings/");
        return response.json().get("meetingId").asText();
    }

    private Api.Response hold(String meetingId, int minutes, List<String> attendees) {
        return api.post("/api/meetings/" + meetingId + "/held", Map.of("durationMinutes", minutes,
                "attendees", attendees));
    }

    private void assertProblem(Api.Response response, int status, String type, long eventsBefore) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:" + type);
        assertThat(events()).as("nothing appended").isEqualTo(eventsBefore);
    }

    private String today() {
        return Programmes.today().toString();
    }

    @Test
    void mentorSchedulesHoldsAndDocumentsAMeetingAndEveryoneSeesTheHours() {
        var meetingId = schedule(today(), 90);
        var later = schedule(Programmes.today().plusDays(14).isAfter(Programmes.today().withMonth(7).withDayOfMonth(31))
                ? today() : Programmes.today().plusDays(14).toString(), 120);
        var moved = api.post("/api/meetings/" + later + "/reschedule", Map.of("date", today(), "startTime", "16:00",
                "plannedMinutes", 120, "place", "https://teams.example/verme", "online", true));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(moved.json().get("startTime").asText()).isEqualTo("16:00:00");

        var held = hold(meetingId, 95, members.subList(0, 2));
        assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
        assertThat(held.json().get("status").asText()).isEqualTo("HELD");
        assertThat(held.json().get("attendees")).hasSize(2);
        assertProblem(hold(meetingId, 95, members), 409, "meeting-already-held", events());

        String secret = "Luottamuksellista: Minna kertoi jaksamisestaan " + System.nanoTime();
        var mentorApi = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
        var minutes = mentorApi.post("/api/meetings/" + meetingId + "/minutes",
                Map.of("topics", List.of("Jaksaminen", "Arviointi"), "text", secret));
        assertThat(minutes.status()).as(minutes.raw().body()).isEqualTo(200);
        assertThat(minutes.json().get("version").asInt()).isEqualTo(1);
        var corrected = mentorApi.post("/api/meetings/" + meetingId + "/minutes",
                Map.of("topics", List.of("Jaksaminen"), "text", secret + " (korjattu)"));
        assertThat(corrected.json().get("version").asInt()).isEqualTo(2);
        assertThat(corrected.json().get("versions")).hasSize(2);
        assertThat(corrected.json().get("versions").get(1).get("text").asText()).isEqualTo(secret);
        // Saved again unchanged (found by an outsider: each press of the button added the same version again).
        long beforeSameAgain = events();
        var same = mentorApi.post("/api/meetings/" + meetingId + "/minutes",
                Map.of("topics", List.of("Jaksaminen"), "text", secret + " (korjattu)"));
        assertThat(same.status()).as(same.raw().body()).isEqualTo(200);
        assertThat(same.json().get("version").asInt()).isEqualTo(2);
        assertThat(events()).as("no event for an unchanged save").isEqualTo(beforeSameAgain);

        // Only the group reads the text: a member may; a stranger, the coordinator and anyone anonymous may not.
        var member = Programmes.personApi(api, users, members.get(2), AccessRole.PARTICIPANT, organiser);
        assertThat(member.get("/api/meetings/" + meetingId + "/minutes").json().get("text").asText())
                .endsWith("(korjattu)");
        var stranger = Programmes.personApi(api, users, "stranger", AccessRole.PARTICIPANT, organiser);
        assertProblem(stranger.get("/api/meetings/" + meetingId + "/minutes"), 403, "forbidden", events());
        assertProblem(api.get("/api/meetings/" + meetingId + "/minutes"), 403, "forbidden", events());
        assertProblem(Api.anonymous(port).get("/api/meetings/" + meetingId + "/minutes"), 401, "unauthenticated",
                events());
        assertProblem(member.post("/api/meetings/" + meetingId + "/minutes", Map.of("text", "x")), 403, "forbidden",
                events());
        // The coordinator sees the topics on the calendar, never the text.
        var calendar = api.get("/api/groups/" + groupId + "/meetings").json();
        assertThat(calendar.toString()).contains("Jaksaminen").doesNotContain(secret);

        // The text is nowhere in the event store, in any version.
        var needle = "jaksamisestaan";
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where position(convert_to(?, 'UTF8') in payload) > 0 or position(convert_to(?, 'UTF8') in meta_data) > 0""",
                Long.class, needle, needle)).isZero();

        var jointMeeting = api.post(path(organiser) + "/joint-meetings", Map.of("kind", "KICKOFF", "date", today(),
                "durationMinutes", 120, "groups", List.of(groupId), "attendees", members));
        assertThat(jointMeeting.status()).as(jointMeeting.raw().body()).isEqualTo(201);

        var hours = api.get("/api/groups/" + groupId + "/hours").json();
        assertThat(hours.get("capMinutes").asInt()).isEqualTo(18 * 60);
        assertThat(hours.get("heldMinutes").asInt()).isEqualTo(95);
        assertThat(hours.get("jointMinutes").asInt()).isEqualTo(120);
        assertThat(hours.get("leftMinutes").asInt()).isEqualTo(18 * 60 - 215);
        assertThat(hours.get("plannedMinutes").asInt()).isEqualTo(120);
        assertThat(api.get(path(organiser) + "/hours").json().get("groups")).hasSize(1);

        var attendance = api.get("/api/persons/" + members.get(0) + "/attendance?programme=" + organiser + "/"
                + Programmes.SCHOOL_YEAR).json();
        assertThat(attendance.get("meetingsAttended").asInt()).isEqualTo(2);
        assertThat(attendance.get("minutesAttended").asInt()).isEqualTo(215);
        // An id that names no one in the register (mistyped, another spelling, erased) is not a row of zeros.
        for (var nobody : List.of(members.get(0).toUpperCase(java.util.Locale.ROOT), "xyz")) {
            assertProblem(api.get("/api/persons/" + nobody + "/attendance?programme=" + organiser + "/"
                    + Programmes.SCHOOL_YEAR), 404, "person-not-found", events());
        }

        var cancelled = api.post("/api/meetings/" + later + "/cancel", Map.of("reason", "MENTOR_UNAVAILABLE"));
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertProblem(hold(later, 60, members), 409, "meeting-cancelled", events());
    }

    /** A group's minutes in one request: the same minutes, to the same readers, as asked meeting by meeting. */
    @Test
    void theGroupReadsEveryMeetingsMinutesInOneRequestAndNobodyElseDoes() {
        var first = schedule(today(), 90);
        var second = schedule(today(), 60);
        var unwritten = schedule(today(), 60);
        for (var meetingId : List.of(first, second, unwritten)) {
            assertThat(hold(meetingId, 60, members).status()).isEqualTo(200);
        }
        var mentorApi = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
        mentorApi.post("/api/meetings/" + first + "/minutes", Map.of("topics", List.of("Aloitus"),
                "text", "Ensimmäinen"));
        mentorApi.post("/api/meetings/" + first + "/minutes", Map.of("topics", List.of("Aloitus"),
                "text", "Ensimmäinen, korjattu"));
        mentorApi.post("/api/meetings/" + second + "/minutes", Map.of("text", "Toinen"));

        var member = Programmes.personApi(api, users, members.get(0), AccessRole.PARTICIPANT, organiser);
        var all = member.get("/api/groups/" + groupId + "/minutes");
        assertThat(all.status()).as(all.raw().body()).isEqualTo(200);
        assertThat(all.json()).hasSize(2);
        for (var minutes : all.json()) {
            var meetingId = minutes.get("meetingId").asText();
            assertThat(meetingId).isIn(first, second);
            assertThat(minutes).isEqualTo(member.get("/api/meetings/" + meetingId + "/minutes").json());
        }
        assertThat(all.raw().body()).contains("Ensimmäinen, korjattu", "Toinen");
        assertThat(mentorApi.get("/api/groups/" + groupId + "/minutes").json()).isEqualTo(all.json());

        var stranger = Programmes.personApi(api, users, "stranger", AccessRole.PARTICIPANT, organiser);
        assertProblem(stranger.get("/api/groups/" + groupId + "/minutes"), 403, "forbidden", events());
        assertProblem(api.get("/api/groups/" + groupId + "/minutes"), 403, "forbidden", events());
        assertProblem(Api.anonymous(port).get("/api/groups/" + groupId + "/minutes"), 401, "unauthenticated",
                events());
    }

    @Test
    void aMeetingThatWouldPassTheCapIsRefusedWithHoursUsedAndLeft() throws Exception {
        var first = schedule(today(), 480);
        var second = schedule(today(), 480);
        var third = schedule(today(), 180);
        assertThat(hold(first, 480, members).status()).isEqualTo(200);
        assertThat(hold(second, 480, members).status()).isEqualTo(200);
        var before = events();
        var refused = api.post("/api/meetings/" + third + "/held", Map.of("durationMinutes", 121,
                "attendees", members), Map.of("Accept-Language", "en"));
        assertProblem(refused, 409, "hours-cap-exceeded", before);
        assertThat(refused.json().get("usedMinutes").asInt()).isEqualTo(960);
        assertThat(refused.json().get("leftMinutes").asInt()).isEqualTo(120);
        // The detail names the hours, in the reader's language: English when asked for, Finnish when not.
        assertThat(refused.json().get("detail").asText()).contains("16 h", "2 h are left");
        assertThat(hold(third, 121, members).json().get("detail").asText()).contains("16 h", "jäljellä on 2 h");
        assertThat(hold(third, 120, members).status()).isEqualTo(200);
        assertThat(api.get("/api/groups/" + groupId + "/hours").json().get("leftMinutes").asInt()).isZero();
    }

    /**
     * A calendar whose minutes were corrected a hundred times is stored as a snapshot; the next command
     * starts from it and still knows the meetings, the minutes' version and the hours against the cap.
     */
    @Test
    void aLongCalendarLoadsFromItsSnapshotWithItsRulesIntact() {
        var first = schedule(today(), 480);
        var second = schedule(today(), 480);
        var third = schedule(today(), 180);
        assertThat(hold(first, 480, members).status()).isEqualTo(200);
        assertThat(hold(second, 480, members).status()).isEqualTo(200);
        var mentorApi = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
        for (int version = 1; version <= 105; version++) {
            var saved = mentorApi.post("/api/meetings/" + first + "/minutes", Map.of("text", "Versio " + version));
            assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        }
        String calendar = jdbc.queryForObject("""
                select aggregate_identifier from domain_event_entry
                where payload_type like '%MeetingScheduled' and position(? in convert_from(payload, 'UTF8')) > 0""",
                String.class, first);
        var snapshot = storage.readSnapshot(calendar).orElseThrow(() -> new AssertionError("no snapshot"));
        assertThat(snapshot.getSequenceNumber()).as("a snapshot after 100 events").isGreaterThanOrEqualTo(99);
        assertThat(snapshot.getPayloadType().getSimpleName()).isEqualTo("GroupCalendar");
        // As stored: the aggregate's fields, written by the snapshot serializer (the domain carries no annotations).
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshot_event_entry "
                + "where aggregate_identifier = ?", String.class, calendar))
                .contains("\"heldMinutes\":960", first, second, third);

        var next = mentorApi.post("/api/meetings/" + first + "/minutes", Map.of("text", "Versio 106"));
        assertThat(next.json().get("version").asInt()).isEqualTo(106);
        var before = events();
        assertProblem(hold(third, 121, members), 409, "hours-cap-exceeded", before);
        assertProblem(hold(first, 60, members), 409, "meeting-already-held", before);
        assertThat(hold(third, 120, members).status()).isEqualTo(200);
    }

    @Test
    void theCapCannotGoBelowTheHoursAGroupHasUsed() {
        var meeting = schedule(today(), 150);
        assertThat(hold(meeting, 150, members).status()).isEqualTo(200);
        var before = events();
        var refused = api.put(path(organiser) + "/hours-cap", Map.of("hours", 2));
        assertProblem(refused, 409, "hours-cap-below-used", before);
        assertThat(refused.json().get("groupId").asText()).isEqualTo(groupId);
        assertThat(refused.json().get("lowestHours").asInt()).isEqualTo(3);
        assertThat(refused.json().get("detail").asText()).contains("2,5 h", "vähintään 3 h");
        assertThat(api.get("/api/groups/" + groupId + "/hours").json().get("capMinutes").asInt()).isEqualTo(18 * 60);
        assertThat(api.get(path(organiser) + "/hours-cap").json().get("hours").asInt()).as("until set").isEqualTo(18);
        assertThat(api.put(path(organiser) + "/hours-cap", Map.of("hours", 3)).status()).isEqualTo(200);
        assertThat(api.get(path(organiser) + "/hours-cap").json().get("hours").asInt()).isEqualTo(3);
    }

    @Test
    void twoMeetingsRecordedAtOnceCannotTogetherPassTheCap() throws Exception {
        assertThat(api.put(path(organiser) + "/hours-cap", Map.of("hours", 2)).status()).isEqualTo(200);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = schedule(today(), 90);
            var b = schedule(today(), 90);
            var results = pool.invokeAll(List.<Callable<Api.Response>>of(() -> hold(a, 90, members),
                    () -> hold(b, 90, members)));
            var statuses = new ArrayList<Integer>();
            for (var result : results) {
                statuses.add(result.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(api.get("/api/groups/" + groupId + "/hours").json().get("usedMinutes").asInt()).isEqualTo(90);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void attendanceListsOnlyMembersAndMeetingsOnlyStartedGroupsInThePast() {
        var meetingId = schedule(today(), 90);
        assertProblem(hold(meetingId, 90, List.of("not-a-member")), 409, "attendee-not-a-member", events());
        if (!Programmes.today().plusDays(1).isAfter(new fi.verme.shared.ProgrammeYear(organiser,
                Programmes.SCHOOL_YEAR).lastDay())) {
            var tomorrow = schedule(Programmes.today().plusDays(1).toString(), 90);
            var refused = hold(tomorrow, 90, members);
            assertProblem(refused, 409, "meeting-in-future", events());
            // The date is written as people read it, in every language: 21.1.2027, not 2027-01-21.
            var date = Programmes.today().plusDays(1);
            var written = date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
            assertThat(refused.json().get("detail").asText()).contains(written).doesNotContain(date.toString());
            assertThat(api.post("/api/meetings/" + tomorrow + "/held", Map.of("durationMinutes", 90, "attendees",
                    members), Map.of("Accept-Language", "sv")).json().get("detail").asText()).contains(written);
        }
        var forming = group(api, organiser, "UUDET", mentor(api, "Seppo", "seppo." + organiser + "@example.fi"), 2, 6);
        var notStarted = api.post("/api/groups/" + forming + "/meetings", Map.of("date", today(), "startTime", "10:00",
                "plannedMinutes", 60, "place", "Osake"));
        assertThat(notStarted.status()).isEqualTo(201);
        assertProblem(hold(notStarted.json().get("meetingId").asText(), 60, List.of()), 409, "group-not-started",
                events());
        assertProblem(Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser)
                .post("/api/meetings/" + meetingId + "/minutes", Map.of("text", "x")), 409, "meeting-not-held",
                events());
        assertProblem(api.post("/api/meetings/no-such-meeting/held", Map.of("durationMinutes", 60,
                "attendees", List.of())), 404, "meeting-not-found", events());
        // A field's error is in the reader's language too.
        for (var language : Map.of("fi", "ei saa olla tyhjä", "sv", "får inte vara tomt", "en", "must not be blank")
                .entrySet()) {
            var blank = api.post("/api/groups/" + groupId + "/meetings", Map.of("date", today(), "startTime", "10:00",
                    "plannedMinutes", 60, "place", " "), Map.of("Accept-Language", language.getKey()));
            assertThat(blank.status()).isEqualTo(400);
            assertThat(blank.json().get("errors").get(0).get("message").asText()).as(language.getKey())
                    .isEqualTo(language.getValue());
        }
        var tooShort = hold(meetingId, 5, members);
        assertProblem(tooShort, 400, "validation", events());
        assertThat(tooShort.json().get("errors").get(0).get("field").asText()).isEqualTo("durationMinutes");
    }

    @Test
    void theCalendarFeedOpensInACalendarParser() throws Exception {
        var meetingId = schedule(today(), 90);
        hold(meetingId, 90, members);
        var cancelled = schedule(today(), 60);
        api.post("/api/meetings/" + cancelled + "/cancel", Map.of("reason", "GROUP_DECISION"));
        api.post(path(organiser) + "/joint-meetings", Map.of("kind", "KICKOFF", "date", today(),
                "durationMinutes", 120, "groups", List.of(groupId)));

        var feed = api.get("/api/groups/" + groupId + "/meetings.ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(feed.raw().body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        var summaries = events.stream().map(e -> value(e, "SUMMARY")).toList();
        assertThat(summaries).contains("Verme: Ryhmä UUDET", "Verme: yhteinen aloitustapaaminen");
        var statuses = events.stream().map(e -> value(e, "STATUS")).toList();
        assertThat(statuses).contains("CANCELLED", "CONFIRMED");
        assertThat(feed.raw().body().getBytes(StandardCharsets.UTF_8).length).isPositive();
    }

    @Test
    void aMovedMeetingUpdatesTheEntryCalendarsAlreadyHave() throws Exception {
        var meetingId = schedule(today(), 90);
        var online = api.post("/api/groups/" + groupId + "/meetings", Map.of("date", today(), "startTime", "18:00",
                "plannedMinutes", 60, "place", "https://meet.example.fi/ryhma uudet", "online", true));
        assertThat(online.status()).isEqualTo(201);
        var before = entry(meetingId);
        long first = Long.parseLong(value(before, "SEQUENCE"));
        assertThat(value(before, "LAST-MODIFIED")).isNotEmpty();
        Thread.sleep(1100);
        assertThat(api.post("/api/meetings/" + meetingId + "/reschedule", Map.of("date", today(), "startTime",
                "16:00", "plannedMinutes", 90, "place", "Luokka 2")).status()).isEqualTo(200);
        var moved = entry(meetingId);
        long second = Long.parseLong(value(moved, "SEQUENCE"));
        assertThat(second).as("a calendar replaces an entry whose sequence went up").isGreaterThan(first);
        assertThat(value(moved, "LAST-MODIFIED")).isGreaterThan(value(before, "LAST-MODIFIED"));
        assertThat(value(moved, "LOCATION")).isEqualTo("Luokka 2");
        api.post("/api/meetings/" + meetingId + "/cancel", Map.of("reason", "GROUP_DECISION"));
        assertThat(Long.parseLong(value(entry(meetingId), "SEQUENCE"))).isGreaterThan(second);
        // A place that is not a valid address is no URL (a URI value); it stays the location.
        assertThat(entry(online.json().get("meetingId").asText()).getProperty("URL")).isEmpty();
    }

    private VEvent entry(String meetingId) throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(api.get("/api/groups/" + groupId + "/meetings.ics")
                .raw().body()));
        return calendar.<VEvent>getComponents("VEVENT").stream().filter(e -> value(e, "UID").startsWith(meetingId))
                .findFirst().orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    @Test
    void meetingEndpointsAreDescribedInOpenApi() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/groups/{groupId}/meetings")).isTrue();
        assertThat(paths.has("/api/meetings/{meetingId}/held")).isTrue();
        assertThat(paths.has("/api/groups/{groupId}/minutes")).isTrue();
        assertThat(paths.has("/api/programmes/{organiser}/{schoolYear}/joint-meetings")).isTrue();
        assertThat(paths.has("/api/persons/{personId}/attendance")).isTrue();
    }
}
