package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator plans the kickoff ahead with its time and place, for every group at once, and records it
 * as held later; a group has one kickoff a year, planned or held.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JointMeetingPlannedApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String organiser;
    String first;
    String second;
    List<String> members;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = mentor(api, "Jarmo", "jarmo." + organiser + "@example.fi");
        first = startedGroup(mentorId, "A");
        second = startedGroup(mentorId, "B");
        members = StreamSupport.stream(api.get("/api/groups/" + first).json().get("members").spliterator(), false)
                .map(m -> m.get("personId").asText()).toList();
    }

    private String startedGroup(String mentorId, String tag) {
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 6);
        for (int i = 0; i < 2; i++) {
            var enrolment = enrol(api, organiser, "Member" + tag + i, List.of("UUDET"), "Koulu " + tag + i);
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment))
                    .status()).isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        return groupId;
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private Api.Response plan(String kind, List<String> groups) {
        return api.post(path(organiser) + "/joint-meetings/planned", Map.of("kind", kind,
                "date", Programmes.today().toString(), "startTime", "17:30", "plannedMinutes", 150,
                "place", "Kaupungintalo, juhlasali", "groups", groups));
    }

    private JsonEntry entry(String groupId, String jointMeetingId) {
        var meetings = api.get("/api/groups/" + groupId + "/meetings").json();
        for (var meeting : meetings) {
            if (meeting.get("meetingId").asText().equals(jointMeetingId)) {
                return new JsonEntry(meeting.get("status").asText(), meeting.get("startTime").asText(),
                        meeting.get("place").asText(), meeting.get("jointKind").asText());
            }
        }
        throw new AssertionError("no joint meeting " + jointMeetingId + " on " + groupId + ": " + meetings);
    }

    record JsonEntry(String status, String startTime, String place, String kind) {
    }

    @Test
    void theKickoffIsPlannedForEveryGroupWithItsTimeAndPlaceAndRecordedAsHeldLater() throws Exception {
        var planned = plan("KICKOFF", List.of(first, second));
        assertThat(planned.status()).as(planned.raw().body()).isEqualTo(201);
        var jointMeetingId = planned.json().get("jointMeetingId").asText();
        for (var groupId : List.of(first, second)) {
            assertThat(entry(groupId, jointMeetingId))
                    .isEqualTo(new JsonEntry("SCHEDULED", "17:30:00", "Kaupungintalo, juhlasali", "KICKOFF"));
            assertThat(api.get("/api/groups/" + groupId + "/hours").json().get("jointMinutes").asInt()).isZero();
        }

        // Every member of both groups is told, with the entry for their calendar (the outbox, as the notices go out).
        var outbox = "/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR + "&kind=meeting-scheduled";
        var until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (api.get(outbox).json().size() < members.size() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(api.get(outbox).json().size()).as(api.get(outbox).raw().body())
                .isGreaterThanOrEqualTo(members.size());

        var feed = api.get("/api/groups/" + first + "/meetings.ics");
        List<VEvent> entries = new CalendarBuilder().build(new StringReader(feed.raw().body())).getComponents("VEVENT");
        assertThat(entries).hasSize(1);
        assertThat(value(entries.get(0), "SUMMARY")).isEqualTo("Verme: yhteinen aloitustapaaminen");
        assertThat(value(entries.get(0), "LOCATION")).isEqualTo("Kaupungintalo, juhlasali");
        assertThat(value(entries.get(0), "DTSTART")).as("a time, not a whole day").contains("T");
        assertThat(value(entries.get(0), "DURATION")).isEqualTo("PT2H30M");

        var held = api.post(path(organiser) + "/joint-meetings/" + jointMeetingId + "/held",
                Map.of("durationMinutes", 140, "attendees", members));
        assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
        for (var groupId : List.of(first, second)) {
            assertThat(entry(groupId, jointMeetingId).status()).isEqualTo("HELD");
            assertThat(api.get("/api/groups/" + groupId + "/hours").json().get("jointMinutes").asInt())
                    .isEqualTo(140);
        }

        long before = events();
        var again = api.post(path(organiser) + "/joint-meetings/" + jointMeetingId + "/held",
                Map.of("durationMinutes", 140));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(409);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aGroupHasOneKickoffAYearPlannedOrRecordedAndTheRefusalChangesNoGroup() {
        assertThat(plan("KICKOFF", List.of(second)).status()).isEqualTo(201);
        long before = events();

        var secondPlan = plan("KICKOFF", List.of(first, second));
        assertThat(secondPlan.status()).as(secondPlan.raw().body()).isEqualTo(409);
        assertThat(secondPlan.json().get("type").asText()).isEqualTo("urn:verme:problem:joint-meeting-kind-taken");
        var recorded = api.post(path(organiser) + "/joint-meetings", Map.of("kind", "KICKOFF",
                "date", Programmes.today().toString(), "durationMinutes", 120, "groups", List.of(first, second)));
        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(409);
        assertThat(recorded.json().get("type").asText()).isEqualTo("urn:verme:problem:joint-meeting-kind-taken");
        assertThat(events()).as("all or none: the first group got nothing").isEqualTo(before);

        assertThat(plan("CLOSING", List.of(first, second)).status()).isEqualTo(201);
    }

    @Test
    void aPlanWithoutItsTimeOrPlaceIsRefusedByField() {
        long before = events();
        var response = api.post(path(organiser) + "/joint-meetings/planned", Map.of("kind", "KICKOFF",
                "date", Programmes.today().toString(), "plannedMinutes", 150, "place", "Sali", "groups", List.of(first)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw().body()).contains("startTime");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theYearsJointMeetingsAreListedOnceEachWithTheirGroupsPlannedOrHeld() {
        var kickoff = plan("KICKOFF", List.of(first, second)).json().get("jointMeetingId").asText();
        var listed = api.get(path(organiser) + "/joint-meetings");
        assertThat(listed.status()).as(listed.raw().body()).isEqualTo(200);
        assertThat(listed.json()).hasSize(1);
        var meeting = listed.json().get(0);
        assertThat(meeting.get("jointMeetingId").asText()).isEqualTo(kickoff);
        assertThat(meeting.get("kind").asText()).isEqualTo("KICKOFF");
        assertThat(meeting.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(meeting.get("date").asText()).isEqualTo(Programmes.today().toString());
        assertThat(meeting.get("startTime").asText()).isEqualTo("17:30:00");
        assertThat(meeting.get("plannedMinutes").asInt()).isEqualTo(150);
        assertThat(meeting.get("place").asText()).isEqualTo("Kaupungintalo, juhlasali");
        assertThat(meeting.get("heldMinutes").isNull()).isTrue();
        assertThat(StreamSupport.stream(meeting.get("groupIds").spliterator(), false).map(g -> g.asText()).toList())
                .containsExactlyInAnyOrder(first, second);

        assertThat(api.post(path(organiser) + "/joint-meetings/" + kickoff + "/held", Map.of("durationMinutes", 120))
                .status()).isEqualTo(200);
        var held = api.get(path(organiser) + "/joint-meetings").json().get(0);
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("heldMinutes").asInt()).isEqualTo(120);
        assertThat(held.get("place").asText()).isEqualTo("Kaupungintalo, juhlasali");
    }

    @Test
    void aSecondKickoffIsAllowedWhenTheYearsRulesAllowTwoAndTheThirdIsRefused() {
        var limits = api.get(path(organiser) + "/joint-meeting-limits");
        assertThat(limits.status()).isEqualTo(200);
        assertThat(limits.json().get("kickoffs").asInt()).isEqualTo(1);
        assertThat(limits.json().get("closings").asInt()).isEqualTo(1);
        assertThat(plan("KICKOFF", List.of(first)).status()).isEqualTo(201);
        assertThat(plan("KICKOFF", List.of(first)).status()).as("the second, by default").isEqualTo(409);

        var set = api.put(path(organiser) + "/joint-meeting-limits", Map.of("kickoffs", 2, "closings", 1));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(set.json().get("kickoffs").asInt()).isEqualTo(2);
        assertThat(api.get(path(organiser) + "/joint-meeting-limits").json().get("kickoffs").asInt()).isEqualTo(2);

        assertThat(plan("KICKOFF", List.of(first)).status()).as("the second, now allowed").isEqualTo(201);
        long before = events();
        var third = plan("KICKOFF", List.of(first));
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("type").asText()).isEqualTo("urn:verme:problem:joint-meeting-kind-taken");
        assertThat(third.json().get("limit").asInt()).isEqualTo(2);
        assertThat(events()).isEqualTo(before);
        assertThat(plan("CLOSING", List.of(first)).status()).isEqualTo(201);
        assertThat(plan("CLOSING", List.of(first)).status()).as("closings stay at one").isEqualTo(409);
    }

    /** Found by an outsider: a planned joint meeting could be neither moved nor cancelled. */
    @Test
    void aPlannedJointMeetingIsMovedAndCancelledForEveryGroupAndItsKindIsFreeAgain() throws Exception {
        var planned = plan("KICKOFF", List.of(first, second));
        var jointMeetingId = planned.json().get("jointMeetingId").asText();
        var joint = path(organiser) + "/joint-meetings/" + jointMeetingId;
        var later = Programmes.today().plusDays(14).toString();

        long before = events();
        var unknown = api.post(path(organiser) + "/joint-meetings/no-such-meeting/cancel", Map.of("reason", "OTHER"));
        assertThat(unknown.status()).as(unknown.raw().body()).isEqualTo(404);
        var closedReason = api.post(joint + "/cancel", Map.of("reason", "GROUP_CLOSED"));
        assertThat(closedReason.status()).as(closedReason.raw().body()).isEqualTo(400);
        assertThat(closedReason.raw().body()).contains("reason");
        var noPlace = api.post(joint + "/reschedule", Map.of("date", later, "startTime", "16:00",
                "plannedMinutes", 120));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(events()).as("nothing recorded for any group").isEqualTo(before);

        var moved = api.post(joint + "/reschedule", Map.of("date", later, "startTime", "16:00",
                "plannedMinutes", 120, "place", "Pääkirjasto, Metso-sali"));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        for (var groupId : List.of(first, second)) {
            assertThat(entry(groupId, jointMeetingId))
                    .isEqualTo(new JsonEntry("SCHEDULED", "16:00:00", "Pääkirjasto, Metso-sali", "KICKOFF"));
        }
        var listed = api.get(path(organiser) + "/joint-meetings").json().get(0);
        assertThat(listed.get("date").asText()).isEqualTo(later);
        assertThat(listed.get("plannedMinutes").asInt()).isEqualTo(120);

        var cancelled = api.post(joint + "/cancel", Map.of("reason", "OTHER"));
        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        for (var groupId : List.of(first, second)) {
            assertThat(entry(groupId, jointMeetingId).status()).isEqualTo("CANCELLED");
        }
        assertThat(api.get(path(organiser) + "/joint-meetings").json().get(0).get("status").asText())
                .isEqualTo("CANCELLED");
        var feed = api.get("/api/groups/" + first + "/meetings.ics");
        List<VEvent> entries = new CalendarBuilder().build(new StringReader(feed.raw().body())).getComponents("VEVENT");
        assertThat(entries).singleElement().satisfies(entry ->
                assertThat(value(entry, "STATUS")).isEqualTo("CANCELLED"));
        // Both groups' people are told, as of a cancelled meeting of their own.
        var outbox = "/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR
                + "&kind=meeting-cancelled";
        var until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (api.get(outbox).json().size() < 2 * members.size() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(api.get(outbox).json().size()).as(api.get(outbox).raw().body())
                .isGreaterThanOrEqualTo(2 * members.size());

        before = events();
        for (var again : List.of(api.post(joint + "/cancel", Map.of("reason", "OTHER")),
                api.post(joint + "/reschedule", Map.of("date", later, "startTime", "16:00", "plannedMinutes", 120,
                        "place", "Kirjasto")),
                api.post(joint + "/held", Map.of("durationMinutes", 120)))) {
            assertThat(again.status()).as(again.raw().body()).isEqualTo(409);
            assertThat(again.json().get("type").asText()).isEqualTo("urn:verme:problem:meeting-cancelled");
        }
        assertThat(events()).isEqualTo(before);
        // The cancelled kickoff no longer takes the groups' one kickoff of the year.
        assertThat(plan("KICKOFF", List.of(first, second)).status()).isEqualTo(201);
    }

    @Test
    void aHeldJointMeetingIsNeitherMovedNorCancelled() {
        var jointMeetingId = plan("CLOSING", List.of(first)).json().get("jointMeetingId").asText();
        var joint = path(organiser) + "/joint-meetings/" + jointMeetingId;
        assertThat(api.post(joint + "/held", Map.of("durationMinutes", 90)).status()).isEqualTo(200);

        long before = events();
        var cancel = api.post(joint + "/cancel", Map.of("reason", "OTHER"));
        assertThat(cancel.status()).as(cancel.raw().body()).isEqualTo(409);
        assertThat(cancel.json().get("type").asText()).isEqualTo("urn:verme:problem:meeting-already-held");
        var move = api.post(joint + "/reschedule", Map.of("date", Programmes.today().toString(), "startTime",
                "16:00", "plannedMinutes", 120, "place", "Kirjasto"));
        assertThat(move.status()).as(move.raw().body()).isEqualTo(409);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void limitsOutsideOneToTenAreRefusedByField() {
        long before = events();
        var zero = api.put(path(organiser) + "/joint-meeting-limits", Map.of("kickoffs", 0, "closings", 1));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.raw().body()).contains("kickoffs", "1 to 10");
        var missing = api.put(path(organiser) + "/joint-meeting-limits", Map.of("kickoffs", 2));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.raw().body()).contains("closings");
        assertThat(events()).isEqualTo(before);
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse("");
    }
}
