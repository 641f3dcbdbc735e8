package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.AccessRules;
import fi.verme.app.access.EnrolmentLinks;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization matrix: every endpoint of the API description, called by every kind of user on
 * objects of one organiser (A), with the users expected to get through; everyone else gets 403, or
 * 401 without a login. Allowed writes are sent with bodies or in states that the rules refuse, so the
 * matrix changes nothing while it runs. The test fails if an endpoint is missing from the table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

    static final String PASSWORD = "matriisin-salasana";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    fi.verme.app.access.EnrolmentLinks links;

    /** One request of the matrix, and who may make it. */
    record Case(String endpoint, String method, String path, Object body, Set<String> allowed) {
    }

    @Test
    void everyEndpointLetsInExactlyTheRolesItShould() {
        var api = new Api(port);
        var world = new World(api, users, jdbc, links);
        var cases = cases(world);

        var described = describedEndpoints(api);
        assertThat(cases.keySet()).as("every endpoint of the API description is in the matrix")
                .containsAll(described);
        assertThat(AccessRules.RULES.keySet()).as("every endpoint has an access rule").containsAll(described);

        var everyone = List.of("anonymous", "coordA", "coordB", "mentorA", "participantA", "financeA", "auditor",
                "admin", "adminA");
        var failures = new ArrayList<String>();
        for (var entry : cases.values()) {
            for (var who : everyone) {
                var client = who.equals("anonymous") ? Api.anonymous(port) : api.as(world.user(who), PASSWORD);
                var response = switch (entry.method()) {
                    case "GET" -> client.get(entry.path());
                    case "POST" -> client.post(entry.path(), entry.body());
                    case "PUT" -> client.put(entry.path(), entry.body());
                    case "DELETE" -> client.delete(entry.path());
                    default -> throw new IllegalArgumentException(entry.method());
                };
                boolean allowed = entry.allowed().contains(who) || entry.allowed().contains("anonymous");
                int status = response.status();
                if (allowed && (status == 401 || status == 403)) {
                    failures.add(who + " refused " + status + ": " + entry.endpoint());
                } else if (!allowed && status != (who.equals("anonymous") ? 401 : 403)) {
                    failures.add(who + " got " + status + " instead of a refusal: " + entry.endpoint());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aMentorReadsOnlyTheirOwnGroupsMinutes() {
        var api = new Api(port);
        var world = new World(api, users, jdbc, links);
        var other = world.otherGroupsMeeting();
        assertThat(api.as(world.user("mentorA"), PASSWORD).get("/api/meetings/" + other + "/minutes").status())
                .isEqualTo(403);
        assertThat(api.as(world.user("mentorA"), PASSWORD).get("/api/meetings/" + world.meeting + "/minutes")
                .status()).isEqualTo(200);
        var otherGroup = api.get("/api/meetings/" + other).json().get("groupId").asText();
        assertThat(api.as(world.user("mentorA"), PASSWORD).get("/api/groups/" + otherGroup + "/minutes").status())
                .isEqualTo(403);
        assertThat(api.as(world.user("mentorA"), PASSWORD).get("/api/groups/" + world.group + "/minutes").json())
                .singleElement().satisfies(minutes -> assertThat(minutes.get("meetingId").asText())
                        .isEqualTo(world.meeting));
    }

    private static Set<String> describedEndpoints(Api api) {
        var endpoints = new HashSet<String>();
        var paths = api.get("/v3/api-docs").json().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method ->
                endpoints.add(method.toUpperCase() + " " + path)));
        return endpoints;
    }

    private static Map<String, Case> cases(World w) {
        var year = "/api/programmes/" + w.organiser + "/" + Programmes.SCHOOL_YEAR;
        var pattern = "/api/programmes/{organiser}/{schoolYear}";
        var cases = new LinkedHashMap<String, Case>();
        var coordinators = Set.of("coordA");
        var readers = Set.of("coordA", "auditor");
        var programme = "?programme=" + w.organiser + "/" + Programmes.SCHOOL_YEAR;
        add(cases, "GET", pattern + "/enrolment-call", year + "/enrolment-call", null, Set.of("anonymous"));
        add(cases, "POST", pattern + "/enrolment-call", year + "/enrolment-call", Map.of(), coordinators);
        add(cases, "GET", "/api/enrolment-calls", "/api/enrolment-calls", null, Set.of("anonymous"));
        // Empty bodies, which the call refuses (400): the matrix changes nothing.
        add(cases, "POST", pattern + "/enrolment-call/themes", year + "/enrolment-call/themes", Map.of(), coordinators);
        add(cases, "POST", pattern + "/enrolment-call/extend", year + "/enrolment-call/extend", Map.of(), coordinators);
        add(cases, "GET", "/api/me", "/api/me", null, Set.of("coordA", "coordB", "mentorA", "participantA", "financeA",
                "auditor", "admin", "adminA"));
        add(cases, "POST", pattern + "/enrolments", year + "/enrolments", Map.of(), Set.of("anonymous"));
        add(cases, "GET", pattern + "/enrolments", year + "/enrolments", null, readers);
        add(cases, "GET", pattern + "/enrolments.csv", year + "/enrolments.csv", null, readers);
        add(cases, "GET", pattern + "/enrolments.xlsx", year + "/enrolments.xlsx", null, readers);
        add(cases, "GET", pattern + "/enrolments/summary", year + "/enrolments/summary", null, readers);
        add(cases, "GET", "/api/enrolments/{enrolmentId}", "/api/enrolments/" + w.participantEnrolment, null,
                Set.of("coordA", "auditor", "participantA"));
        add(cases, "POST", "/api/enrolments/{enrolmentId}/withdraw", "/api/enrolments/" + w.participantEnrolment
                + "/withdraw", Map.of(), Set.of("coordA", "participantA"));
        add(cases, "GET", "/api/enrolments/{enrolmentId}/link", "/api/enrolments/" + w.participantEnrolment + "/link",
                null, coordinators);
        add(cases, "GET", "/api/enrolment-links/{token}", w.personalLink, null, Set.of("anonymous"));
        add(cases, "POST", "/api/enrolment-links/{token}/withdraw", w.personalLink + "/withdraw", Map.of(),
                Set.of("anonymous"));
        add(cases, "DELETE", "/api/persons/{personId}", "/api/persons/nobody-" + UUID.randomUUID(), null,
                Set.of("admin"));
        // A person's own calendar feed: renewing it changes no event, only the secret of the caller's own feed.
        add(cases, "GET", "/api/me/calendar-feed", "/api/me/calendar-feed", null, Set.of("mentorA", "participantA"));
        add(cases, "POST", "/api/me/calendar-feed", "/api/me/calendar-feed", Map.of(),
                Set.of("mentorA", "participantA"));
        add(cases, "GET", "/api/enrolment-links/{token}/calendar-feed", w.personalLink + "/calendar-feed", null,
                Set.of("anonymous"));
        add(cases, "POST", "/api/enrolment-links/{token}/calendar-feed", w.personalLink + "/calendar-feed", Map.of(),
                Set.of("anonymous"));
        add(cases, "GET", "/api/calendar-feeds/{secret}.ics", "/api/calendar-feeds/no-such-secret.ics", null,
                Set.of("anonymous"));
        // Notice preferences through the signed link of the participant's notices: empty bodies and an unknown kind,
        // which are refused (400), so the matrix changes nothing; a coordinator's own digest likewise.
        add(cases, "GET", "/api/notice-preferences/{token}", "/api/notice-preferences/" + w.noticesToken, null,
                Set.of("anonymous"));
        add(cases, "PUT", "/api/notice-preferences/{token}", "/api/notice-preferences/" + w.noticesToken, Map.of(),
                Set.of("anonymous"));
        add(cases, "POST", "/api/notice-preferences/{token}/unsubscribe/{kind}", "/api/notice-preferences/"
                + w.noticesToken + "/unsubscribe/no-such-kind", Map.of(), Set.of("anonymous"));
        add(cases, "GET", "/api/me/digest", "/api/me/digest", null, Set.of("coordA", "coordB"));
        add(cases, "PUT", "/api/me/digest", "/api/me/digest", Map.of(), Set.of("coordA", "coordB"));
        add(cases, "GET", pattern + "/reminders", year + "/reminders", null, readers);
        add(cases, "PUT", pattern + "/reminders", year + "/reminders", Map.of(), coordinators);
        // A person's own contact details through the personal link: a phone number and an address the rules refuse
        // (400), and the confirmation of an address for an enrolment that does not exist (404), so nothing changes.
        add(cases, "GET", "/api/enrolment-links/{token}/contact-details", w.personalLink + "/contact-details", null,
                Set.of("anonymous"));
        add(cases, "PUT", "/api/enrolment-links/{token}/contact-details/phone", w.personalLink
                + "/contact-details/phone", Map.of("phone", "not a number"), Set.of("anonymous"));
        add(cases, "POST", "/api/enrolment-links/{token}/contact-details/email", w.personalLink
                + "/contact-details/email", Map.of(), Set.of("anonymous"));
        add(cases, "POST", "/api/contact-confirmations/{token}", "/api/contact-confirmations/" + w.emailConfirmation,
                Map.of(), Set.of("anonymous"));

        add(cases, "POST", "/api/mentors", "/api/mentors?organiser=" + w.organiser, Map.of(), coordinators);
        add(cases, "GET", "/api/mentors", "/api/mentors", null, Set.of("coordA", "coordB", "financeA", "auditor"));
        add(cases, "GET", "/api/mentors/{mentorId}", "/api/mentors/" + w.mentorId, null,
                Set.of("coordA", "coordB", "financeA", "auditor", "mentorA"));
        add(cases, "PUT", "/api/mentors/{mentorId}", "/api/mentors/" + w.mentorId, Map.of(), coordinators);
        add(cases, "GET", "/api/mentors/{mentorId}/claims", "/api/mentors/" + w.mentorId + "/claims", null,
                Set.of("mentorA"));
        // Mentor imports: a JSON body where the upload takes a file (415), a mapping of no columns (400), and the
        // commit of an import whose one row is refused, so that nobody is registered.
        var mentorImports = "/api/organisers/{organiser}/mentor-imports";
        var mentorImport = "/api/organisers/" + w.organiser + "/mentor-imports/" + w.mentorImportId;
        add(cases, "POST", mentorImports, "/api/organisers/" + w.organiser + "/mentor-imports", Map.of(), coordinators);
        add(cases, "GET", mentorImports + "/{mentorImportId}", mentorImport, null, coordinators);
        add(cases, "PUT", mentorImports + "/{mentorImportId}/mapping", mentorImport + "/mapping", Map.of(),
                coordinators);
        add(cases, "POST", mentorImports + "/{mentorImportId}/commit", mentorImport + "/commit", Map.of(),
                coordinators);

        add(cases, "PUT", pattern + "/group-size-rule", year + "/group-size-rule", Map.of(), coordinators);
        add(cases, "POST", pattern + "/groups", year + "/groups", Map.of(), coordinators);
        add(cases, "GET", pattern + "/groups", year + "/groups", null, Set.of("coordA", "auditor", "financeA"));
        add(cases, "GET", pattern + "/groups/overview", year + "/groups/overview", null,
                Set.of("coordA", "auditor", "financeA"));
        add(cases, "GET", pattern + "/waitlist", year + "/waitlist", null, readers);
        add(cases, "GET", pattern + "/waitlist.csv", year + "/waitlist.csv", null, readers);
        add(cases, "GET", pattern + "/waitlist.xlsx", year + "/waitlist.xlsx", null, readers);
        add(cases, "GET", "/api/groups/{groupId}", "/api/groups/" + w.group, null, Set.of("coordA", "auditor", "mentorA"));
        add(cases, "GET", "/api/groups/{groupId}/roster.xlsx", "/api/groups/" + w.group + "/roster.xlsx", null,
                Set.of("coordA", "auditor", "mentorA"));
        add(cases, "GET", "/api/groups/{groupId}/roster.csv", "/api/groups/" + w.group + "/roster.csv", null,
                Set.of("coordA", "auditor", "mentorA"));
        add(cases, "GET", "/api/groups/{groupId}/attendance.xlsx", "/api/groups/" + w.group + "/attendance.xlsx", null,
                Set.of("coordA", "auditor", "mentorA"));
        add(cases, "GET", "/api/groups/{groupId}/attendance.csv", "/api/groups/" + w.group + "/attendance.csv", null,
                Set.of("coordA", "auditor", "mentorA"));
        add(cases, "POST", "/api/groups/{groupId}/participants", "/api/groups/" + w.group + "/participants", Map.of(),
                coordinators);
        add(cases, "DELETE", "/api/groups/{groupId}/participants/{enrolmentId}", "/api/groups/" + w.group
                + "/participants/not-a-member", null, coordinators);
        add(cases, "POST", "/api/groups/{groupId}/start", "/api/groups/" + w.group + "/start", Map.of(), coordinators);
        add(cases, "POST", "/api/groups/{groupId}/agreement", "/api/groups/" + w.group + "/agreement", Map.of(),
                Set.of("coordA", "mentorA"));
        add(cases, "POST", "/api/groups/{groupId}/complete", "/api/groups/" + w.formingGroup + "/complete", Map.of(),
                coordinators);
        add(cases, "POST", "/api/groups/{groupId}/cancel", "/api/groups/" + w.group + "/cancel", Map.of(), coordinators);
        // Imports: a JSON body where the upload takes a file (415), a mapping of no columns and a commit without the
        // choice of notices (400), so that nothing is imported.
        add(cases, "POST", pattern + "/imports", year + "/imports", Map.of(), coordinators);
        add(cases, "GET", pattern + "/imports/{importId}", year + "/imports/" + w.importId, null, coordinators);
        add(cases, "PUT", pattern + "/imports/{importId}/mapping", year + "/imports/" + w.importId + "/mapping",
                Map.of(), coordinators);
        add(cases, "POST", pattern + "/imports/{importId}/commit", year + "/imports/" + w.importId + "/commit",
                Map.of(), coordinators);
        add(cases, "POST", pattern + "/placement-proposals", year + "/placement-proposals", Map.of(), coordinators);
        add(cases, "GET", pattern + "/placement-proposals/{proposalId}", year + "/placement-proposals/" + w.proposal,
                null, readers);
        add(cases, "PUT", pattern + "/placement-proposals/{proposalId}/placements/{enrolmentId}", year
                + "/placement-proposals/" + w.proposal + "/placements/" + w.participantEnrolment, Map.of(), coordinators);
        add(cases, "POST", pattern + "/placement-proposals/{proposalId}/accept", year + "/placement-proposals/"
                + w.proposal + "/accept", Map.of(), coordinators);

        var schedule = Set.of("coordA", "auditor", "mentorA", "participantA");
        add(cases, "POST", "/api/groups/{groupId}/meetings", "/api/groups/" + w.group + "/meetings", Map.of(),
                Set.of("coordA", "mentorA"));
        add(cases, "POST", "/api/groups/{groupId}/meeting-series", "/api/groups/" + w.group + "/meeting-series",
                Map.of(), Set.of("coordA", "mentorA"));
        add(cases, "GET", "/api/groups/{groupId}/meetings", "/api/groups/" + w.group + "/meetings", null, schedule);
        add(cases, "GET", "/api/groups/{groupId}/meetings.ics", "/api/groups/" + w.group + "/meetings.ics", null,
                schedule);
        add(cases, "GET", "/api/meetings/{meetingId}", "/api/meetings/" + w.meeting, null, schedule);
        for (var action : List.of("reschedule", "cancel", "held")) {
            add(cases, "POST", "/api/meetings/{meetingId}/" + action, "/api/meetings/" + w.meeting + "/" + action,
                    Map.of(), Set.of("coordA", "mentorA"));
        }
        add(cases, "POST", "/api/meetings/{meetingId}/minutes", "/api/meetings/" + w.meeting + "/minutes", Map.of(),
                Set.of("mentorA"));
        add(cases, "GET", "/api/meetings/{meetingId}/minutes", "/api/meetings/" + w.meeting + "/minutes", null,
                Set.of("mentorA", "participantA"));
        add(cases, "GET", "/api/groups/{groupId}/minutes", "/api/groups/" + w.group + "/minutes", null,
                Set.of("mentorA", "participantA"));
        add(cases, "POST", pattern + "/joint-meetings", year + "/joint-meetings", Map.of(), coordinators);
        add(cases, "POST", pattern + "/joint-meetings/planned", year + "/joint-meetings/planned", Map.of(),
                coordinators);
        add(cases, "POST", pattern + "/joint-meetings/{jointMeetingId}/held", year + "/joint-meetings/"
                + w.meeting + "/held", Map.of(), coordinators);
        add(cases, "POST", pattern + "/joint-meetings/{jointMeetingId}/reschedule", year + "/joint-meetings/"
                + w.meeting + "/reschedule", Map.of(), coordinators);
        add(cases, "POST", pattern + "/joint-meetings/{jointMeetingId}/cancel", year + "/joint-meetings/"
                + w.meeting + "/cancel", Map.of(), coordinators);
        add(cases, "GET", pattern + "/joint-meetings", year + "/joint-meetings", null, Set.of("coordA", "auditor"));
        add(cases, "GET", pattern + "/joint-meeting-limits", year + "/joint-meeting-limits", null,
                Set.of("coordA", "auditor"));
        add(cases, "PUT", pattern + "/joint-meeting-limits", year + "/joint-meeting-limits", Map.of(), coordinators);
        add(cases, "PUT", pattern + "/hours-cap", year + "/hours-cap", Map.of(), coordinators);
        add(cases, "GET", pattern + "/hours-cap", year + "/hours-cap", null, Set.of("coordA", "auditor"));
        add(cases, "GET", pattern + "/group-size-rule", year + "/group-size-rule", null, Set.of("coordA", "auditor"));
        add(cases, "PUT", pattern + "/school-breaks", year + "/school-breaks", Map.of(), coordinators);
        add(cases, "GET", pattern + "/school-breaks", year + "/school-breaks", null,
                Set.of("coordA", "auditor", "mentorA"));
        add(cases, "GET", "/api/groups/{groupId}/hours", "/api/groups/" + w.group + "/hours", null,
                Set.of("coordA", "auditor", "financeA", "mentorA", "participantA"));
        add(cases, "GET", pattern + "/hours", year + "/hours", null, Set.of("coordA", "auditor", "financeA"));
        add(cases, "GET", "/api/persons/{personId}/attendance", "/api/persons/" + w.participantPerson + "/attendance"
                + programme, null, Set.of("coordA", "auditor", "financeA", "participantA"));

        add(cases, "PUT", pattern + "/compensation-rules", year + "/compensation-rules", Map.of(),
                Set.of("coordA", "financeA"));
        add(cases, "GET", pattern + "/compensation-rules", year + "/compensation-rules", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "POST", pattern + "/claims", year + "/claims", Map.of(), Set.of("coordA", "financeA", "mentorA"));
        add(cases, "POST", pattern + "/payees", year + "/payees", Map.of(), Set.of("coordA", "financeA"));
        add(cases, "PUT", pattern + "/employer-rates", year + "/employer-rates", Map.of(), Set.of("financeA"));
        add(cases, "GET", pattern + "/employer-costs.csv", year + "/employer-costs.csv", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", pattern + "/employer-costs.xlsx", year + "/employer-costs.xlsx", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", pattern + "/veso.xlsx", year + "/veso.xlsx", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", pattern + "/veso.csv", year + "/veso.csv", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", pattern + "/claims", year + "/claims", null, Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", "/api/claims/{claimId}", "/api/claims/" + w.claim, null,
                Set.of("coordA", "financeA", "auditor", "mentorA"));
        add(cases, "POST", "/api/claims/{claimId}/approve", "/api/claims/" + w.claim + "/approve", Map.of(),
                Set.of("financeA"));
        add(cases, "POST", "/api/claims/{claimId}/reject", "/api/claims/" + w.claim + "/reject", Map.of(),
                Set.of("financeA"));
        add(cases, "GET", pattern + "/compensation", year + "/compensation", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", pattern + "/compensation.csv", year + "/compensation.csv", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", pattern + "/compensation.xlsx", year + "/compensation.xlsx", null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "POST", pattern + "/payment-periods", year + "/payment-periods", Map.of(), Set.of("financeA"));
        add(cases, "GET", "/api/payment-periods/{periodId}", "/api/payment-periods/" + w.period, null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "POST", "/api/payment-periods/{periodId}/paid", "/api/payment-periods/" + w.period + "/paid",
                Map.of(), Set.of("financeA"));
        add(cases, "GET", "/api/payment-periods/{periodId}/payroll.csv", "/api/payment-periods/" + w.period
                + "/payroll.csv", null, Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", "/api/payment-periods/{periodId}/payroll-file", "/api/payment-periods/" + w.period
                + "/payroll-file", null, Set.of("financeA"));
        add(cases, "GET", "/api/payment-periods/{periodId}/payroll.xlsx", "/api/payment-periods/" + w.period
                + "/payroll.xlsx", null, Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", "/api/persons/{personId}/veso", "/api/persons/" + w.participantPerson + "/veso" + programme,
                null, Set.of("coordA", "auditor", "financeA", "participantA"));

        add(cases, "GET", pattern + "/events", year + "/events", null, Set.of("auditor"));
        add(cases, "GET", pattern + "/timeline", year + "/timeline", null, Set.of("auditor"));
        add(cases, "GET", pattern + "/timeline/events", year + "/timeline/events?page=1&size=5", null,
                Set.of("auditor"));
        add(cases, "GET", pattern + "/checkpoint", year + "/checkpoint", null, Set.of("auditor"));
        add(cases, "GET", pattern + "/as-of/{date}", year + "/as-of/" + Programmes.today(), null,
                Set.of("coordA", "financeA", "auditor"));
        add(cases, "GET", "/api/audit/public-key", "/api/audit/public-key", null, Set.of("anonymous"));
        add(cases, "GET", "/api/audit/public-key.pem", "/api/audit/public-key.pem", null, Set.of("anonymous"));
        add(cases, "GET", "/api/audit/verifier.jar", "/api/audit/verifier.jar", null, Set.of("auditor"));
        add(cases, "GET", "/api/vocabulary", "/api/vocabulary", null, Set.of("anonymous"));
        add(cases, "GET", "/api/login/providers", "/api/login/providers", null, Set.of("anonymous"));
        add(cases, "POST", pattern + "/surveys", year + "/surveys", Map.of(), coordinators);
        add(cases, "GET", pattern + "/surveys", year + "/surveys", null, readers);
        add(cases, "GET", pattern + "/surveys/{surveyId}/results", year + "/surveys/" + w.survey + "/results", null,
                readers);
        add(cases, "GET", pattern + "/surveys/{surveyId}/free-texts", year + "/surveys/" + w.survey + "/free-texts",
                null, coordinators);
        add(cases, "GET", "/api/surveys/answers/{token}", w.surveyLink, null, Set.of("anonymous"));
        add(cases, "POST", "/api/surveys/answers/{token}", w.surveyLink, Map.of(), Set.of("anonymous"));
        add(cases, "GET", "/api/persons/{personId}/certificates/{schoolYear}.pdf", "/api/persons/" + w.participantPerson
                + "/certificates/" + Programmes.SCHOOL_YEAR + ".pdf?organiser=" + w.organiser, null,
                Set.of("coordA", "participantA"));
        add(cases, "GET", "/api/certificates/verify/{code}", "/api/certificates/verify/NOSUCHCODE", null,
                Set.of("anonymous"));
        add(cases, "GET", "/api/admin/outbox", "/api/admin/outbox" + programme, null, Set.of("coordA", "admin",
                "adminA"));
        add(cases, "GET", "/api/admin/outbox.csv", "/api/admin/outbox.csv" + programme, null, Set.of("coordA",
                "admin", "adminA"));
        add(cases, "GET", "/api/admin/outbox.xlsx", "/api/admin/outbox.xlsx" + programme, null, Set.of("coordA",
                "admin", "adminA"));
        add(cases, "POST", "/api/admin/replays", "/api/admin/replays", Map.of("views", List.of("no-such-view")),
                Set.of("admin", "auditor"));
        add(cases, "GET", "/api/admin/replays", "/api/admin/replays", null, Set.of("admin", "auditor"));
        add(cases, "GET", "/api/admin/replays/{replayId}", "/api/admin/replays/none", null, Set.of("admin", "auditor"));
        // Users: the installation's admin, and A's admin for A's accounts (a new one named by ?organiser=A).
        var userAdmins = Set.of("admin", "adminA");
        add(cases, "GET", "/api/admin/users", "/api/admin/users?organiser=" + w.organiser, null, userAdmins);
        add(cases, "GET", "/api/admin/users/{userId}", "/api/admin/users/" + w.user("coordA"), null, userAdmins);
        add(cases, "PUT", "/api/admin/users/{userId}", "/api/admin/users/matrix-x?organiser=" + w.organiser, Map.of(),
                userAdmins);
        // Organisers: the installation's admin registers and changes them; A's people read A; the names are public.
        var signedIn = Set.of("coordA", "coordB", "mentorA", "participantA", "financeA", "auditor", "admin", "adminA");
        var peopleOfA = Set.of("coordA", "mentorA", "participantA", "financeA", "auditor", "admin", "adminA");
        add(cases, "POST", "/api/organisers", "/api/organisers", Map.of(), Set.of("admin"));
        add(cases, "GET", "/api/organisers", "/api/organisers", null, signedIn);
        add(cases, "GET", "/api/organisers/{organiser}", "/api/organisers/" + w.organiser, null, peopleOfA);
        add(cases, "PUT", "/api/organisers/{organiser}", "/api/organisers/" + w.organiser, Map.of(), Set.of("admin"));
        add(cases, "PUT", "/api/organisers/{organiser}/logo", "/api/organisers/" + w.organiser + "/logo", Map.of(),
                Set.of("admin", "adminA"));
        add(cases, "DELETE", "/api/organisers/{organiser}/logo", "/api/organisers/" + w.organiser + "/logo", null,
                Set.of("admin", "adminA"));
        add(cases, "GET", "/api/organisers/{organiser}/logo", "/api/organisers/" + w.organiser + "/logo", null,
                Set.of("anonymous"));
        add(cases, "GET", "/api/organisers/{organiser}/years", "/api/organisers/" + w.organiser + "/years", null,
                peopleOfA);
        add(cases, "GET", "/api/organisers/{organiser}/privacy-notice", "/api/organisers/" + w.organiser
                + "/privacy-notice", null, Set.of("anonymous"));
        add(cases, "PUT", "/api/organisers/{organiser}/privacy-notice", "/api/organisers/" + w.organiser
                + "/privacy-notice", Map.of(), Set.of("coordA", "admin", "adminA"));
        var organiserPath = "/api/organisers/" + w.organiser;
        add(cases, "GET", "/api/organisers/{organiser}/payroll-profile", organiserPath + "/payroll-profile", null,
                Set.of("financeA", "coordA", "auditor"));
        add(cases, "PUT", "/api/organisers/{organiser}/payroll-profile", organiserPath + "/payroll-profile", Map.of(),
                Set.of("financeA"));
        add(cases, "GET", "/api/organisers/{organiser}/payroll-numbers", organiserPath + "/payroll-numbers", null,
                Set.of("financeA"));
        add(cases, "PUT", "/api/organisers/{organiser}/payroll-numbers", organiserPath + "/payroll-numbers", Map.of(),
                Set.of("financeA"));
        add(cases, "GET", "/api/organiser-names", "/api/organiser-names", null, Set.of("anonymous"));
        add(cases, "GET", "/api/login/demo-accounts", "/api/login/demo-accounts", null, Set.of("anonymous"));
        // Closing the call last: it changes what the public form may do afterwards.
        add(cases, "POST", pattern + "/enrolment-call/close", year + "/enrolment-call/close", Map.of(), coordinators);
        return cases;
    }

    private static void add(Map<String, Case> cases, String method, String pattern, String path, Object body,
                            Set<String> allowed) {
        var key = method + " " + pattern;
        cases.put(key, new Case(key, method, path, body, allowed));
    }

    /** Organiser A's programme with one of everything, its people as users (its admin too), and a coordinator of B. */
    static final class World {

        final String organiser = Programmes.freshOrganiser();
        final String suffix = UUID.randomUUID().toString().substring(0, 8);
        final Api api;
        final UserAccounts users;
        final String mentorId;
        final String mentorPerson;
        final String group;
        final String formingGroup;
        final String participantEnrolment;
        final String participantPerson;
        final String meeting;
        final String proposal;
        final String claim;
        final String period;
        final String personalLink;
        final String noticesToken;
        final String emailConfirmation;
        final String survey;
        final String surveyLink;
        final String importId;
        final String mentorImportId;

        World(Api api, UserAccounts users, org.springframework.jdbc.core.JdbcTemplate jdbc,
              fi.verme.app.access.EnrolmentLinks links) {
            this.api = api;
            this.users = users;
            var other = Programmes.freshOrganiser();
            Programmes.openCallOpenToday(api, organiser);
            Programmes.openCallOpenToday(api, other);
            mentorId = Programmes.mentor(api, organiser, "Matriisi", "matriisi." + organiser + "@example.fi");
            mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
            var enrolments = new ArrayList<String>();
            for (int i = 0; i < 4; i++) {
                enrolments.add(Programmes.enrol(api, organiser, "Matrix" + i, List.of("UUDET"), "Koulu " + i));
            }
            participantEnrolment = enrolments.get(0);
            participantPerson = api.get("/api/enrolments/" + participantEnrolment).json().get("personId").asText();
            // The link every notice to the participant carries to their preferences.
            noticesToken = links.issue(fi.verme.app.access.EnrolmentLinks.noticesSubject(participantPerson)).token();
            proposal = api.post("/api/programmes/" + organiser + "/" + Programmes.SCHOOL_YEAR + "/placement-proposals",
                    Map.of()).json().get("proposalId").asText();
            group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
            formingGroup = Programmes.group(api, organiser, "K55", mentorId, 2, 6);
            for (var enrolment : enrolments.subList(0, 3)) {
                api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolment));
            }
            api.post("/api/groups/" + group + "/start", Map.of());
            var year = "/api/programmes/" + organiser + "/" + Programmes.SCHOOL_YEAR;
            api.post(year + "/placement-proposals/" + proposal + "/accept", Map.of());
            meeting = api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                    "startTime", "14:00", "plannedMinutes", 90, "place", "Osake")).json().get("meetingId").asText();
            api.post("/api/meetings/" + meeting + "/held", Map.of("durationMinutes", 90,
                    "attendees", List.of(participantPerson)));
            save("mentorA", mentorPerson, new Grant(AccessRole.MENTOR, organiser));
            save("participantA", participantPerson, new Grant(AccessRole.PARTICIPANT, organiser));
            save("coordA", null, new Grant(AccessRole.COORDINATOR, organiser));
            save("coordB", null, new Grant(AccessRole.COORDINATOR, other));
            save("financeA", null, new Grant(AccessRole.FINANCE, organiser));
            save("auditor", null, new Grant(AccessRole.AUDITOR, Grant.ALL_ORGANISERS));
            save("admin", null, new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS));
            save("adminA", null, new Grant(AccessRole.ADMIN, organiser));
            api.as(user("mentorA"), PASSWORD).post("/api/meetings/" + meeting + "/minutes",
                    Map.of("topics", List.of("Aloitus"), "text", "Luottamuksellista"));
            api.put(year + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
            claim = api.post(year + "/claims", Map.of("mentorId", mentorId, "hours", "1", "description", "Suunnittelu",
                    "date", Programmes.today().toString())).json().get("claimId").asText();
            api.post("/api/claims/" + claim + "/approve", Map.of());
            period = api.post(year + "/payment-periods", Map.of("period", "2026-12")).json().get("periodId").asText();
            personalLink = api.get("/api/enrolments/" + participantEnrolment + "/link").json().get("link").asText();
            // Genuine, but for an enrolment that does not exist: confirming it changes nobody's address.
            emailConfirmation = links.issue(links.emailChangeSubject("no-such-enrolment",
                    "vanha." + organiser + "@example.fi", "vahvistus." + organiser + "@example.fi"),
                    EnrolmentLinks.EMAIL_CHANGE_VALID_FOR).token();
            // A completed group and a survey, so that a survey link exists.
            var done = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
            for (var name : List.of("Valmis1", "Valmis2")) {
                api.post("/api/groups/" + done + "/participants", Map.of("enrolmentId",
                        Programmes.enrol(api, organiser, name, List.of("UUDET"), "Koulu")));
            }
            api.post("/api/groups/" + done + "/start", Map.of());
            api.post("/api/groups/" + done + "/complete", Map.of());
            survey = api.post(year + "/surveys", Map.of("statements", List.of("Hyvä vuosi"))).json().get("surveyId")
                    .asText();
            surveyLink = Programmes.surveyLinks(jdbc, organiser + "/" + Programmes.SCHOOL_YEAR, null).get(0);
            importId = api.upload(year + "/imports", "matriisi.csv", ("Etunimi;Sukunimi;Sähköposti\n"
                    + "Tuotu;Matriisi;tuotu." + organiser + "@example.fi\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .json().get("importId").asText();
            // A training year before Verme training began: the commit rejects the row and registers nobody.
            mentorImportId = api.upload("/api/organisers/" + organiser + "/mentor-imports", "matriisi.csv",
                    ("Etunimi;Sukunimi;Sähköposti;Organisaatio;Koulutusvuosi;Kouluttaja\n"
                    + "Tuotu;Mentori;tuotu.mentori." + organiser + "@example.fi;Kaupunki;1999;Osake\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).json().get("importId").asText();
        }

        String user(String who) {
            return who + "-" + suffix;
        }

        private void save(String who, String personId, Grant grant) {
            users.save(user(who), PASSWORD, who, null, null, personId, true);
            users.setGrants(user(who), List.of(grant));
        }

        /** A meeting of another group of the same organiser, led by another mentor, with minutes. */
        String otherGroupsMeeting() {
            var otherMentor = Programmes.mentor(api, "Toinen", "toinen." + organiser + "@example.fi");
            var otherPerson = api.get("/api/mentors/" + otherMentor).json().get("personId").asText();
            var otherGroup = Programmes.group(api, organiser, "UUDET", otherMentor, 2, 6);
            for (var name : List.of("Muu", "Toinenkin")) {
                var enrolment = Programmes.enrol(api, organiser, name, List.of("UUDET"), "Muu koulu");
                api.post("/api/groups/" + otherGroup + "/participants", Map.of("enrolmentId", enrolment));
            }
            api.post("/api/groups/" + otherGroup + "/start", Map.of());
            var otherMeeting = api.post("/api/groups/" + otherGroup + "/meetings", Map.of("date",
                    Programmes.today().toString(), "startTime", "10:00", "plannedMinutes", 60, "place", "Osake"))
                    .json().get("meetingId").asText();
            api.post("/api/meetings/" + otherMeeting + "/held", Map.of("durationMinutes", 60, "attendees", List.of()));
            save("otherMentor", otherPerson, new Grant(AccessRole.MENTOR, organiser));
            api.as(user("otherMentor"), PASSWORD).post("/api/meetings/" + otherMeeting + "/minutes",
                    Map.of("text", "Toisen ryhmän asiat"));
            return otherMeeting;
        }
    }
}
