package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.platform.storage.InTransactionProcessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Groups end to end: mentors, groups, placement by hand and by proposal, the rules, through HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    Api api;
    String organiser;
    String mentorId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        mentorId = mentor(api, "Anneli", "anneli." + organiser + "@example.fi");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private List<String> enrolMany(int count, List<String> wishes) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            ids.add(enrol(api, organiser, "Person" + UUID.randomUUID().toString().substring(0, 6), wishes,
                    "Koulu " + (i % 3)));
        }
        return ids;
    }

    private Api.Response place(String groupId, String enrolmentId) {
        return api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolmentId));
    }

    private void placeAll(String groupId, List<String> enrolmentIds) {
        for (var id : enrolmentIds) {
            var response = place(groupId, id);
            assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        }
    }

    private void assertProblem(Api.Response response, int status, String type, long eventsBefore) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:" + type);
        // One language, the reader's (Finnish when the request asks for none): no more "Finnish / English".
        assertThat(response.json().get("title").asText()).isNotBlank().doesNotContain(" / ");
        assertThat(events()).as("nothing appended").isEqualTo(eventsBefore);
    }

    /**
     * The module's lookups, policies and its view run in the transaction of their events: in the one subscribing
     * processor, lookups before policies before views (a view may read a lookup).
     */
    @Test
    void lookupsPoliciesAndTheRostersRunInTheTransactionOfTheirEvents() {
        var groups = List.of("groups-programme-terms", "groups-mentor-directory", "groups-candidates",
                "groups-surveys", "groups-enrolment-status", "groups-withdrawals", "groups-erasures", "groups-rosters");
        for (var name : groups) {
            assertThat(processing.eventProcessorByProcessingGroup(name)).as(name).get()
                    .isInstanceOf(SubscribingEventProcessor.class)
                    .extracting(EventProcessor::getName).isEqualTo("in-transaction");
        }
        var handlers = ((MultiEventHandlerInvoker) processing.eventProcessor("in-transaction",
                SubscribingEventProcessor.class).orElseThrow().eventHandlerInvoker()).delegates();
        var positions = groups.stream().map(group -> handlers.indexOf(
                InTransactionProcessor.handlersOf(processing, group).orElseThrow())).toList();
        assertThat(positions).as("lookups, then policies, then the view").isSorted().doesNotContain(-1);
    }

    @Test
    void coordinatorRunsTheYearFromProposalToAgreement() {
        var second = mentor(api, "Helena", "helena." + organiser + "@example.fi");
        var newTeachers = group(api, organiser, "UUDET", mentorId, 4, 5);
        var special = group(api, organiser, "ERITYIS", second, 4, 6);
        enrolMany(7, List.of("UUDET", "ERITYIS"));
        enrolMany(3, List.of("ERITYIS"));
        enrolMany(1, List.of("K55"));

        var created = api.post(path(organiser) + "/placement-proposals", Map.of());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var proposal = created.json();
        var proposalPath = created.header("Location");
        assertThat(proposalPath).endsWith(proposal.get("proposalId").asText());
        assertThat(proposal.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposal.get("placements")).hasSize(10);
        assertThat(proposal.get("waitlist")).singleElement()
                .satisfies(w -> assertThat(w.get("reason").asText()).isEqualTo("NO_GROUP_FOR_WISHES"));
        var quality = proposal.get("quality");
        assertThat(quality.get("people").asInt()).isEqualTo(11);
        assertThat(quality.get("groupsUnderMinimum").asInt()).isZero();
        assertThat(quality.get("firstWish").asInt())
                .isGreaterThanOrEqualTo(proposal.get("firstComeFirstServed").get("firstWish").asInt());
        assertThat(proposal.get("groups")).allSatisfy(g -> assertThat(g.get("reachesMinimum").asBoolean()).isTrue());

        // The coordinator moves one person by hand before accepting.
        var moved = StreamSupport.stream(proposal.get("placements").spliterator(), false)
                .filter(p -> p.get("groupId").asText().equals(newTeachers)).findFirst().orElseThrow()
                .get("enrolmentId").asText();
        var changed = api.put(proposalPath + "/placements/" + moved, Map.of("groupId", special));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(placementOf(changed.json(), moved).get("groupId").asText()).isEqualTo(special);
        assertThat(placementOf(changed.json(), moved).get("changedByCoordinator").asBoolean()).isTrue();

        var accepted = api.post(proposalPath + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.header("Verme-Views")).isEqualTo("current");

        var enrolment = api.get("/api/enrolments/" + moved).json();
        assertThat(enrolment.get("status").asText()).isEqualTo("PLACED");
        assertThat(enrolment.get("groupId").asText()).isEqualTo(special);
        var specialGroup = api.get("/api/groups/" + special).json();
        assertThat(specialGroup.get("size").asInt()).isEqualTo(6);
        assertThat(api.get("/api/groups/" + newTeachers).json().get("size").asInt()).isEqualTo(4);
        assertThat(specialGroup.get("members").get(0).get("name").get("lastName").asText()).isEqualTo("Osallistuja");
        assertThat(api.get(path(organiser) + "/waitlist").json()).hasSize(1);

        for (var groupId : List.of(newTeachers, special)) {
            var started = api.post("/api/groups/" + groupId + "/start", Map.of());
            assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
            assertThat(started.json().get("status").asText()).isEqualTo("STARTED");
        }
        var members = StreamSupport.stream(api.get("/api/groups/" + newTeachers).json().get("members").spliterator(),
                false).map(m -> m.get("enrolmentId").asText()).toList();
        var agreement = api.post("/api/groups/" + newTeachers + "/agreement", Map.of(
                "agreedOn", Programmes.today().toString(),
                "commitments", List.of("ACTIVE_PARTICIPATION", "CONFIDENTIALITY", "NOTICE_OF_ABSENCE"),
                "acceptedBy", members));
        assertThat(agreement.status()).as(agreement.raw().body()).isEqualTo(200);
        assertThat(agreement.json().get("agreement").get("acceptedBy")).hasSize(members.size());

        var overview = api.get(path(organiser) + "/groups/overview").json();
        assertThat(overview.get("groupsByStatus").get("STARTED").asInt()).isEqualTo(2);
        assertThat(overview.get("placed").asInt()).isEqualTo(10);
        assertThat(overview.get("waitlisted").asInt()).isEqualTo(1);
        assertThat(overview.get("unplaced").asInt()).isZero();

        var mentorView = api.get("/api/mentors/" + mentorId).json();
        assertThat(mentorView.get("groups")).singleElement()
                .satisfies(g -> assertThat(g.get("groupId").asText()).isEqualTo(newTeachers));
        assertThat(api.get(path(organiser) + "/groups?status=STARTED").json()).hasSize(2);

        // A meeting planned ahead: completing the group cancels it (no one chooses that reason by hand).
        var ahead = api.post("/api/groups/" + newTeachers + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "23:00", "plannedMinutes", 60, "place", "Koulu"));
        assertThat(ahead.status()).isEqualTo(201);
        var aheadId = ahead.json().get("meetingId").asText();
        assertProblem(api.post("/api/meetings/" + aheadId + "/cancel", Map.of("reason", "GROUP_CLOSED")), 400,
                "validation", events());
        var completed = api.post("/api/groups/" + newTeachers + "/complete", Map.of());
        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
        var closed = api.get("/api/meetings/" + aheadId).json();
        assertThat(closed.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(closed.get("cancellationReason").asText()).isEqualTo("GROUP_CLOSED");
        assertProblem(api.post(proposalPath + "/accept", Map.of()), 409, "placement-proposal-already-accepted",
                events());
    }

    private static JsonNode placementOf(JsonNode proposal, String enrolmentId) {
        return StreamSupport.stream(proposal.get("placements").spliterator(), false)
                .filter(p -> p.get("enrolmentId").asText().equals(enrolmentId)).findFirst().orElseThrow();
    }

    @Test
    void everyGroupRuleAnswersWithItsNamedErrorAndAppendsNothing() {
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 3);
        var people = enrolMany(5, List.of("UUDET"));
        placeAll(groupId, people.subList(0, 3));

        assertProblem(place(groupId, people.get(3)), 409, "group-full", events());
        var other = group(api, organiser, "UUDET", mentor(api, "Pirjo", "pirjo." + organiser + "@example.fi"), 2, 4);
        assertProblem(place(other, people.get(0)), 409, "person-already-placed", events());
        assertProblem(api.post("/api/groups/" + other + "/start", Map.of()), 409, "group-below-minimum", events());
        assertProblem(api.post("/api/groups/" + other + "/complete", Map.of()), 409, "group-not-started", events());

        api.post("/api/enrolments/" + people.get(4) + "/withdraw", Map.of("reason", "WORKLOAD"));
        assertProblem(place(other, people.get(4)), 409, "enrolment-withdrawn", events());

        var elsewhere = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, elsewhere);
        var foreign = enrol(api, elsewhere, "Foreigner", List.of("UUDET"), "Muu koulu");
        // Another organiser's enrolment: not found, without telling that it exists or whose it is.
        var notHers = place(other, foreign);
        assertProblem(notHers, 404, "enrolment-not-found", events());
        assertThat(notHers.raw().body()).doesNotContain(elsewhere);

        // The mentor enrols in the same year under the same e-mail: the same person cannot join their own group.
        var mentorsEnrolment = Programmes.enrolment("Anneli", "Mentori", "anneli." + organiser + "@example.fi");
        var enrolled = api.post(path(organiser) + "/enrolments", mentorsEnrolment);
        assertThat(enrolled.status()).as(enrolled.raw().body()).isEqualTo(201);
        assertProblem(place(groupId, enrolled.json().get("enrolmentId").asText()), 409, "mentor-cannot-participate",
                events());

        var badAgreement = api.post("/api/groups/" + groupId + "/agreement", Map.of("agreedOn",
                Programmes.today().toString(), "commitments", List.of("ACTIVE_PARTICIPATION"), "acceptedBy",
                List.of(people.get(0))));
        assertProblem(badAgreement, 409, "group-not-started", events());
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        badAgreement = api.post("/api/groups/" + groupId + "/agreement", Map.of("agreedOn",
                Programmes.today().toString(), "commitments", List.of("ACTIVE_PARTICIPATION"), "acceptedBy",
                List.of(people.get(0))));
        assertProblem(badAgreement, 400, "validation", events());
        assertThat(badAgreement.json().get("errors").get(0).get("field").asText()).isEqualTo("commitments");
        assertThat(badAgreement.json().get("errors").get(0).get("allowed").asText()).contains("CONFIDENTIALITY");

        assertThat(api.post("/api/groups/" + groupId + "/complete", Map.of()).status()).isEqualTo(200);
        var closed = place(groupId, people.get(3));
        assertProblem(closed, 409, "group-closed", events());
        // The group's state beside the problem's own status, not a second "status" that parsers read instead.
        assertThat(closed.raw().body().split("\"status\"", -1)).hasSize(2);
        assertThat(closed.json().get("status").asInt()).isEqualTo(409);
        assertThat(closed.json().get("groupStatus").asText()).isEqualTo("COMPLETED");
        assertThat(api.post("/api/groups/" + other + "/cancel", Map.of("reason", "TOO_FEW_PARTICIPANTS")).status())
                .isEqualTo(200);
        closed = place(other, people.get(3));
        assertProblem(closed, 409, "group-closed", events());
        assertThat(closed.json().get("groupStatus").asText()).isEqualTo("CANCELLED");

        assertProblem(place(UUID.randomUUID().toString(), people.get(3)), 404, "group-not-found", events());
        var unknownMentor = api.post(path(organiser) + "/groups", Map.of("theme", "UUDET", "name", "X",
                "mentorIds", List.of("no-such-mentor"), "place", "Osake"));
        assertProblem(unknownMentor, 404, "mentor-not-found", events());
        var wrongTheme = api.post(path(organiser) + "/groups", Map.of("theme", "MUSIIKKI", "name", "X",
                "mentorIds", List.of(mentorId), "place", "Osake"));
        assertProblem(wrongTheme, 400, "validation", events());
        assertThat(wrongTheme.json().get("errors").get(0).get("allowed").asText()).contains("UUDET", "K55");
        var twice = api.post("/api/mentors?organiser=" + organiser, Map.of("firstName", "Anneli", "lastName", "Mentori",
                "email", "ANNELI." + organiser + "@example.fi", "organisation", "Tampere", "trainingYear", 2019,
                "trainingProvider", "Osake"));
        assertProblem(twice, 409, "mentor-already-registered", events());
        assertThat(twice.json().get("existingMentorId").asText()).isEqualTo(mentorId);
    }

    @Test
    void enrolmentStatusFollowsPlacementRemovalWithdrawalAndCancellation() {
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 5);
        var people = enrolMany(4, List.of("UUDET"));
        placeAll(groupId, people);
        assertThat(api.get("/api/enrolments/" + people.get(0)).json().get("status").asText()).isEqualTo("PLACED");

        var removed = api.delete("/api/groups/" + groupId + "/participants/" + people.get(0));
        assertThat(removed.status()).as(removed.raw().body()).isEqualTo(200);
        assertThat(removed.json().get("size").asInt()).isEqualTo(3);
        var waiting = api.get("/api/enrolments/" + people.get(0)).json();
        assertThat(waiting.get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(waiting.get("waitlistReason").asText()).isEqualTo("REMOVED_FROM_GROUP");

        var withdrawn = api.post("/api/enrolments/" + people.get(1) + "/withdraw", Map.of("reason", "HEALTH_OR_LEAVE"));
        assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
        var group = api.get("/api/groups/" + groupId).json();
        assertThat(group.get("size").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry where aggregate_identifier = ?
                  and payload_type like '%ParticipantRemoved'""", Long.class, groupId)).isEqualTo(2);

        var cancelled = api.post("/api/groups/" + groupId + "/cancel", Map.of("reason", "TOO_FEW_PARTICIPANTS"));
        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        var waitlist = api.get(path(organiser) + "/waitlist").json();
        var reasons = new HashMap<String, String>();
        waitlist.forEach(w -> reasons.put(w.get("enrolmentId").asText(), w.get("reason").asText()));
        assertThat(reasons).containsEntry(people.get(0), "REMOVED_FROM_GROUP")
                .containsEntry(people.get(2), "GROUP_CANCELLED").containsEntry(people.get(3), "GROUP_CANCELLED")
                .doesNotContainKey(people.get(1));
        // Back on the waiting list, they can be placed again.
        var next = group(api, organiser, "UUDET", mentorId, 2, 5);
        assertThat(place(next, people.get(2)).status()).isEqualTo(200);
    }

    @Test
    void anErasedPersonLeavesTheirOpenGroupAndTheWaitingListWithdrawn() {
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 5);
        var people = enrolMany(4, List.of("UUDET"));
        placeAll(groupId, people.subList(0, 3));
        var admin = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        for (var erased : List.of(people.get(0), people.get(3))) {
            var personId = api.get("/api/enrolments/" + erased).json().get("personId").asText();
            assertThat(admin.delete("/api/persons/" + personId).status()).isEqualTo(204);
            var enrolment = api.get("/api/enrolments/" + erased).json();
            assertThat(enrolment.get("status").asText()).as(erased).isEqualTo("WITHDRAWN");
            assertThat(enrolment.get("erased").asBoolean()).isTrue();
        }
        // Out of the group (no nameless member keeping a seat), in no proposal, and not to be placed again.
        assertThat(api.get("/api/groups/" + groupId).json().get("size").asInt()).isEqualTo(2);
        var proposal = api.post(path(organiser) + "/placement-proposals", Map.of());
        assertThat(proposal.raw().body()).doesNotContain(people.get(0), people.get(3));
        var events = events();
        assertProblem(place(groupId, people.get(3)), 409, "enrolment-withdrawn", events);
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry where aggregate_identifier = ?
                  and payload_type like '%ParticipantRemoved'""", Long.class, groupId)).isEqualTo(1);
    }

    @Test
    void twoCoordinatorsRaceForTheLastSeatAndExactlyOneWins() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                var groupId = group(api, organiser, "UUDET", mentorId, 2, 3);
                var people = enrolMany(4, List.of("UUDET"));
                placeAll(groupId, people.subList(0, 2));
                var before = events();
                var tasks = List.<Callable<Api.Response>>of(() -> place(groupId, people.get(2)),
                        () -> place(groupId, people.get(3)));
                var statuses = pool.invokeAll(tasks).stream().map(f -> {
                    try {
                        return f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
                assertThat(statuses).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
                var loser = statuses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertThat(loser.json().get("type").asText()).isIn("urn:verme:problem:group-full",
                        "urn:verme:problem:concurrent-change");
                assertThat(api.get("/api/groups/" + groupId).json().get("size").asInt()).isEqualTo(3);
                // one ParticipantPlaced and the enrolment's EnrolmentPlaced
                assertThat(events() - before).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneCandidateRacedIntoTwoGroupsEndsUpInOne() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                var first = group(api, organiser, "UUDET", mentorId, 2, 5);
                var second = group(api, organiser, "UUDET", mentorId, 2, 5);
                var person = enrolMany(1, List.of("UUDET")).get(0);
                var results = pool.invokeAll(List.<Callable<Api.Response>>of(() -> place(first, person),
                        () -> place(second, person)));
                var statuses = new ArrayList<Integer>();
                for (var result : results) {
                    statuses.add(result.get().status());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void groupEndpointsAreDescribedInOpenApi() {
        var paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/mentors")).isTrue();
        assertThat(paths.has("/api/programmes/{organiser}/{schoolYear}/groups")).isTrue();
        assertThat(paths.has("/api/programmes/{organiser}/{schoolYear}/placement-proposals/{proposalId}/accept"))
                .isTrue();
        assertThat(paths.has("/api/groups/{groupId}/participants/{enrolmentId}")).isTrue();
    }
}
