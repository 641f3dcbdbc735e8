package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each role stays inside its scope: a mentor's claims inside their groups, a coordinator inside their
 * organiser's mentors, an admin outside the groups' minutes, and there is always an admin left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScopeAndDutyTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String organiser;
    String year;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        year = path(organiser);
        Programmes.openCallOpenToday(api, organiser);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:" + type);
    }

    private Api account(String userId, String personId, Grant... grants) {
        users.save(userId, TestAccounts.PASSWORD, userId, null, null, personId, true);
        users.setGrants(userId, List.of(grants));
        return api.as(userId, TestAccounts.PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String personOf(String mentorId) {
        return api.get("/api/mentors/" + mentorId).json().get("personId").asText();
    }

    private Api.Response claim(Api as, Map<String, Object> body) {
        var withDate = new java.util.HashMap<>(body);
        withDate.put("date", Programmes.today().toString());
        return as.post(year + "/claims", withDate);
    }

    /**
     * The person register is shared by every organiser: another organiser's coordinator registering a
     * mentor with a known address (whether or not the registration is refused) links to the person as
     * registered and renames nobody.
     */
    @Test
    void registeringAMentorWithAKnownAddressRenamesNobody() {
        var email = unique("tunnettu") + "@example.fi";
        var mentorId = mentor(api, organiser, "Alkuperäinen", email);
        var member = enrol(api, organiser, "Jasen", List.of("UUDET"), "Koulu");
        var memberPerson = api.get("/api/enrolments/" + member).json().get("personId").asText();
        var memberEmail = "jasen." + organiser + "@example.fi";
        var other = unique("toinen");
        var otherCoordinator = account(unique("koordinaattori"), null, new Grant(AccessRole.COORDINATOR, other));

        var again = otherCoordinator.post("/api/mentors?organiser=" + other, Map.of("firstName", "Hakkeri",
                "lastName", "Muutettu", "email", email.toUpperCase(), "organisation", "Muu", "trainingYear", 2020,
                "trainingProvider", "Muu"));
        assertProblem(again, 409, "mentor-already-registered");
        var asMentor = otherCoordinator.post("/api/mentors?organiser=" + other, Map.of("firstName", "Hakkeri",
                "lastName", "Muutettu", "email", memberEmail, "organisation", "Muu", "trainingYear", 2020,
                "trainingProvider", "Muu"));
        assertThat(asMentor.status()).as(asMentor.raw().body()).isEqualTo(201);

        var registered = jdbc.queryForList("select first_name, last_name, email from enrolment.person "
                + "where person_id in (?, ?) order by first_name", personOf(mentorId), memberPerson);
        assertThat(registered).extracting(row -> row.get("first_name") + " " + row.get("last_name") + " "
                + row.get("email")).containsExactly("Alkuperäinen Mentori " + email,
                "Jasen Osallistuja " + memberEmail);
    }

    @Test
    void mentorClaimsOnlyForGroupsTheyLead() {
        api.put(year + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
        var own = mentor(api, organiser, "Oona", "oona." + organiser + "@example.fi");
        var other = mentor(api, organiser, "Veera", "veera." + organiser + "@example.fi");
        var ownGroup = group(api, organiser, "UUDET", own, 2, 6);
        var otherGroup = group(api, organiser, "K55", other, 2, 6);
        var mentorApi = account(unique("mentor"), personOf(own), new Grant(AccessRole.MENTOR, organiser));
        long before = events();

        var foreign = claim(mentorApi, Map.of("mentorId", own, "kind", "SUBSTITUTE", "groupId", otherGroup,
                "days", "1"));

        assertProblem(foreign, 403, "group-not-led");
        assertThat(foreign.json().get("errors").get(0).get("field").asText()).isEqualTo("groupId");
        // Leaving out who claims is a mistake in the input, as it is for staff, told by its field.
        var unnamed = claim(mentorApi, Map.of("hours", "1", "description", "Suunnittelu"));
        assertProblem(unnamed, 400, "validation");
        assertThat(unnamed.json().get("errors").get(0).get("field").asText()).isEqualTo("mentorId");
        assertThat(events()).isEqualTo(before);
        // Filed for the mentor by a coordinator, the same claim is invalid input naming the group.
        var filed = claim(api, Map.of("mentorId", own, "kind", "SUBSTITUTE", "groupId", otherGroup, "days", "1"));
        assertProblem(filed, 400, "validation");
        assertThat(filed.raw().body()).contains("groupId", "that the mentor leads");
        assertThat(events()).isEqualTo(before);
        // A substitute's day is owed to the employer that hired the substitute, which the claim names.
        var ownClaim = claim(mentorApi, Map.of("mentorId", own, "kind", "SUBSTITUTE", "groupId", ownGroup,
                "days", "1", "employer", "Seinäjoen kaupunki"));
        assertThat(ownClaim.status()).as(ownClaim.raw().body()).isEqualTo(201);
        // The mentor follows their own claims on their own page, those of one day newest first, as they were made;
        // another mentor may not read them.
        var made = new ArrayList<String>(List.of(ownClaim.json().get("claimId").asText()));
        for (var work : List.of("Suunnittelu", "Kutsut", "Tilavaraus")) {
            var hours = claim(mentorApi, Map.of("mentorId", own, "hours", "1", "description", work));
            assertThat(hours.status()).as(hours.raw().body()).isEqualTo(201);
            made.add(0, hours.json().get("claimId").asText());
        }
        var listed = mentorApi.get("/api/mentors/" + own + "/claims");
        assertThat(listed.status()).as(listed.raw().body()).isEqualTo(200);
        assertThat(listed.json().findValuesAsText("claimId")).containsExactlyElementsOf(made);
        assertThat(listed.json().get(0).get("status").asText()).isEqualTo("PENDING");
        Collections.reverse(made);
        assertThat(api.get(year + "/claims").json().findValuesAsText("claimId")).as("the year's, oldest first")
                .containsExactlyElementsOf(made);
        assertProblem(mentorApi.get("/api/mentors/" + other + "/claims"), 403, "forbidden");
        // Who they claim as is on their own page, also for a mentor who leads no group yet.
        assertThat(mentorApi.get("/api/me").json().get("mentorId").asText()).isEqualTo(own);
        var newcomer = mentor(api, organiser, "Uuno", "uuno." + organiser + "@example.fi");
        var newcomerApi = account(unique("mentor"), personOf(newcomer), new Grant(AccessRole.MENTOR, organiser));
        assertThat(newcomerApi.get("/api/me").json().get("mentorId").asText()).isEqualTo(newcomer);
    }

    @Test
    void coordinatorChangesOnlyTheirOwnOrganisersMentors() {
        var otherOrganiser = Programmes.freshOrganiser();
        var coordA = account(unique("coord-a"), null, new Grant(AccessRole.COORDINATOR, organiser));
        var coordB = account(unique("coord-b"), null, new Grant(AccessRole.COORDINATOR, otherOrganiser));
        var mentorId = mentor(coordA, organiser, "Aino", "aino." + organiser + "@example.fi");
        assertThat(api.get("/api/mentors/" + mentorId).json().get("organiser").asText()).isEqualTo(organiser);
        var details = Map.<String, Object>of("organisation", "Toinen kunta", "trainingYear", 2020,
                "trainingProvider", "Muu");
        long before = events();

        assertProblem(coordB.put("/api/mentors/" + mentorId, details), 403, "forbidden");
        assertProblem(coordB.post("/api/mentors?organiser=" + organiser, Map.of("firstName", "Ville",
                "lastName", "Vieras", "email", "ville." + organiser + "@example.fi", "organisation", "X",
                "trainingYear", 2020, "trainingProvider", "Osake")), 403, "forbidden");
        assertThat(events()).isEqualTo(before);
        assertThat(api.get("/api/mentors/" + mentorId).json().get("organisation").asText())
                .isEqualTo("Tampereen kaupunki");
        // Others' mentors stay readable, so a coordinator can still place them in a group.
        assertThat(coordB.get("/api/mentors/" + mentorId).status()).isEqualTo(200);
        assertThat(coordA.put("/api/mentors/" + mentorId, details).status()).isEqualTo(200);
    }

    @Test
    void registeringAMentorNamesTheOrganiserTheyBelongTo() {
        var invalid = api.post("/api/mentors?organiser=Not%20A%20Slug", Map.of("firstName", "Ilona",
                "lastName", "Mentori", "email", "ilona." + organiser + "@example.fi", "organisation", "X",
                "trainingYear", 2020, "trainingProvider", "Osake"));

        assertProblem(invalid, 400, "validation");
        assertThat(invalid.raw().body()).contains("organiser");
    }

    @Test
    void organisingHoursAreFiledOnlyForTheOrganisersMentorsOrThoseLeadingItsGroups() {
        api.put(year + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
        var elsewhere = Programmes.freshOrganiser();
        var visitor = mentor(api, elsewhere, "Vilja", "vilja." + organiser + "@example.fi");
        var hours = Map.<String, Object>of("mentorId", visitor, "hours", "1", "description", "Suunnittelu");
        long before = events();

        var refused = claim(api, hours);

        assertProblem(refused, 400, "validation");
        assertThat(refused.raw().body()).contains("mentorId", "or one leading a group of " + organiser);
        assertThat(events()).isEqualTo(before);
        // Once the visiting mentor leads one of the organiser's groups that year, the organiser pays them.
        group(api, organiser, "UUDET", visitor, 2, 6);
        var accepted = claim(api, hours);
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(201);
    }

    /** Found by an outsider: /api/me listed the visiting mentor's group, and every read of it answered 403. */
    @Test
    void aMentorOfAnotherOrganiserLeadsTheGroupTheyWerePlacedInAndNoOther() {
        var elsewhere = Programmes.freshOrganiser();
        var visitor = mentor(api, elsewhere, "Vilja", "vilja." + organiser + "@example.fi");
        var stranger = mentor(api, elsewhere, "Sanni", "sanni." + organiser + "@example.fi");
        var groupId = group(api, organiser, "UUDET", visitor, 2, 6);
        var visitorApi = account(unique("vieraileva"), personOf(visitor), new Grant(AccessRole.MENTOR, elsewhere));
        var strangerApi = account(unique("vieras"), personOf(stranger), new Grant(AccessRole.MENTOR, elsewhere));
        var notMentorApi = account(unique("ei-mentori"), personOf(visitor),
                new Grant(AccessRole.PARTICIPANT, elsewhere));

        assertThat(visitorApi.get("/api/me").json().get("groups")).anySatisfy(group ->
                assertThat(group.get("groupId").asText()).isEqualTo(groupId));
        var read = visitorApi.get("/api/groups/" + groupId);
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        var meeting = visitorApi.post("/api/groups/" + groupId + "/meetings", Map.of("date",
                Programmes.today().plusDays(7).toString(), "startTime", "14:00", "plannedMinutes", 90,
                "place", "Kirjasto"));
        assertThat(meeting.status()).as(meeting.raw().body()).isEqualTo(201);
        assertThat(visitorApi.get("/api/groups/" + groupId + "/meetings").status()).isEqualTo(200);
        // The claim form of their own page: the year of the group they lead pays their organising hours.
        api.put(year + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
        var claimed = claim(visitorApi, Map.of("mentorId", visitor, "hours", "1", "description", "Suunnittelu"));
        assertThat(claimed.status()).as(claimed.raw().body()).isEqualTo(201);
        assertThat(visitorApi.get("/api/claims/" + claimed.json().get("claimId").asText()).status()).isEqualTo(200);

        long before = events();
        assertProblem(strangerApi.get("/api/groups/" + groupId), 403, "forbidden");
        assertProblem(strangerApi.post("/api/groups/" + groupId + "/meetings", Map.of("date",
                Programmes.today().plusDays(8).toString(), "startTime", "14:00", "plannedMinutes", 90,
                "place", "Kirjasto")), 403, "forbidden");
        assertProblem(claim(strangerApi, Map.of("mentorId", stranger, "hours", "1", "description", "Suunnittelu")),
                403, "forbidden");
        // The group names the person; only the mentor's role lets them lead it.
        assertProblem(notMentorApi.get("/api/groups/" + groupId), 403, "forbidden");
        assertThat(events()).isEqualTo(before);
    }

    /**
     * Found by an outsider: an admin of another organiser binds an account to this organiser's mentor's person and
     * grants it MENTOR for their own organiser. The account names the person, but it is no mentor of this organiser
     * or of the mentor's: it leads none of the mentor's groups, reads none of their minutes and claims nothing.
     */
    @Test
    void anAccountBoundToAnotherOrganisersMentorByTheirPersonIdActsAsNoneOfThem() {
        var elsewhere = Programmes.freshOrganiser();
        var own = mentor(api, organiser, "Tuula", "tuula." + organiser + "@example.fi");
        var groupId = group(api, organiser, "UUDET", own, 2, 6);
        var meeting = api.post("/api/groups/" + groupId + "/meetings", Map.of("date",
                Programmes.today().plusDays(7).toString(), "startTime", "14:00", "plannedMinutes", 90,
                "place", "Kirjasto")).json().get("meetingId").asText();
        api.put(year + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
        var ownClaim = claim(api, Map.of("mentorId", own, "hours", "1", "description", "Suunnittelu"));
        var forged = account(unique("vale"), personOf(own), new Grant(AccessRole.MENTOR, elsewhere));
        long before = events();

        for (var read : List.of("/api/groups/" + groupId, "/api/groups/" + groupId + "/roster.csv",
                "/api/groups/" + groupId + "/minutes", "/api/meetings/" + meeting, "/api/mentors/" + own,
                "/api/claims/" + ownClaim.json().get("claimId").asText())) {
            assertProblem(forged.get(read), 403, "forbidden");
        }
        assertProblem(forged.post("/api/meetings/" + meeting + "/reschedule", Map.of("date",
                Programmes.today().plusDays(8).toString(), "startTime", "15:00", "plannedMinutes", 90,
                "place", "Muu")), 403, "forbidden");
        assertProblem(claim(forged, Map.of("mentorId", own, "hours", "1", "description", "Suunnittelu")), 403,
                "forbidden");
        assertThat(events()).isEqualTo(before);
        // Nor does it follow the mentor's meetings in a calendar feed, or cut off the mentor's own feed by renewing it.
        var real = account(unique("tuula"), personOf(own), new Grant(AccessRole.MENTOR, organiser));
        var feed = real.post("/api/me/calendar-feed", Map.of());
        assertThat(feed.status()).as(feed.raw().body()).isEqualTo(200);
        assertProblem(forged.post("/api/me/calendar-feed", Map.of()), 403, "forbidden");
        assertProblem(forged.get("/api/me/calendar-feed"), 403, "forbidden");
        var url = java.net.URI.create(feed.json().get("url").asText());
        assertThat(Api.anonymous(port).get(url.getPath()).status()).isEqualTo(200);
        // Its own page names none of the mentor's groups, which the real account's does.
        assertThat(real.get("/api/me").json().get("groups").findValuesAsText("groupId")).containsExactly(groupId);
        var me = forged.get("/api/me").json();
        assertThat(me.get("groups")).isEmpty();
        assertThat(me.get("mentorId").isNull()).isTrue();
    }

    /**
     * An admin of one organiser binds accounts to its own people only: a person enrolled with it, a mentor it
     * registered, or the mentor of one of its groups. Another organiser's mentor or participant, or an id nobody has,
     * is refused alike (which of them it was is not told), on a new account and on one it manages, and nothing
     * changes. The installation's admin binds anyone.
     */
    @Test
    void anOrganisersAdminBindsAccountsToItsOwnPeopleOnly() {
        var elsewhere = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, elsewhere);
        var admin = account(unique("jadmin"), null, new Grant(AccessRole.ADMIN, elsewhere));
        var theirMentor = personOf(mentor(api, organiser, "Tuula", "tuula." + organiser + "@example.fi"));
        var theirMember = api.get("/api/enrolments/" + enrol(api, organiser, "Jaana", List.of("UUDET"), "Koulu"))
                .json().get("personId").asText();
        var ownMentor = personOf(mentor(api, elsewhere, "Oili", "oili." + elsewhere + "@example.fi"));
        var ownMember = api.get("/api/enrolments/" + enrol(api, elsewhere, "Outi", List.of("UUDET"), "Koulu"))
                .json().get("personId").asText();
        var visiting = mentor(api, organiser, "Vieno", "vieno." + organiser + "@example.fi");
        group(api, elsewhere, "UUDET", visiting, 2, 6);

        for (var person : List.of(theirMentor, theirMember, "tuntematon-" + UUID.randomUUID())) {
            var userId = unique("sidottu");
            var refused = admin.put("/api/admin/users/" + userId + "?organiser=" + elsewhere, bound(person,
                    elsewhere));
            assertProblem(refused, 403, "person-outside-organiser");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("personId");
            assertThat(users.find(userId)).isEmpty();
        }
        var managed = unique("oma");
        for (var person : List.of(ownMentor, ownMember, personOf(visiting))) {
            var saved = admin.put("/api/admin/users/" + managed + "?organiser=" + elsewhere, bound(person, elsewhere));
            assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
            assertThat(users.find(managed).orElseThrow().personId()).isEqualTo(person);
        }
        assertProblem(admin.put("/api/admin/users/" + managed, bound(theirMember, elsewhere)), 403,
                "person-outside-organiser");
        assertThat(users.find(managed).orElseThrow().personId()).isEqualTo(personOf(visiting));

        var installation = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var anyone = unique("kaikki");
        assertThat(installation.put("/api/admin/users/" + anyone, bound(theirMember, elsewhere)).status())
                .isEqualTo(200);
        assertThat(users.find(anyone).orElseThrow().personId()).isEqualTo(theirMember);
    }

    private static Map<String, Object> bound(String personId, String organiser) {
        return Map.of("displayName", "Sidottu", "password", TestAccounts.PASSWORD, "personId", personId,
                "grants", List.of(Map.of("role", "PARTICIPANT", "organiser", organiser)));
    }

    @Test
    void adminCannotGainMinutesAccessByEditingOwnAccount() {
        var mentorId = mentor(api, organiser, "Mirja", "mirja." + organiser + "@example.fi");
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 6);
        for (var name : List.of("Minna", "Markku")) {
            var enrolment = enrol(api, organiser, name, List.of("UUDET"), "Koulu");
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment))
                    .status()).isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        var member = api.get("/api/groups/" + groupId).json().get("members").get(0).get("personId").asText();
        var meetingId = api.post("/api/groups/" + groupId + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:00", "plannedMinutes", 90, "place", "Osake")).json().get("meetingId").asText();
        api.post("/api/meetings/" + meetingId + "/held", Map.of("durationMinutes", 90, "attendees", List.of(member)));
        var mentorApi = account(unique("mentor"), personOf(mentorId), new Grant(AccessRole.MENTOR, organiser));
        assertThat(mentorApi.post("/api/meetings/" + meetingId + "/minutes", Map.of("topics", List.of("Aloitus"),
                "text", "Luottamuksellista")).status()).isEqualTo(200);
        var adminId = unique("admin");
        var admin = account(adminId, null, new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS));

        var selfEdit = admin.put("/api/admin/users/" + adminId, Map.of("displayName", adminId, "personId", member,
                "grants", List.of(Map.of("role", "ADMIN", "organiser", "*"),
                        Map.of("role", "PARTICIPANT", "organiser", organiser))));

        assertProblem(selfEdit, 403, "own-person-id");
        assertThat(selfEdit.json().get("errors").get(0).get("field").asText()).isEqualTo("personId");
        var account = users.find(adminId).orElseThrow();
        assertThat(account.personId()).isNull();
        assertThat(account.grants()).containsExactly(new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS));
        assertThat(admin.get("/api/meetings/" + meetingId + "/minutes").status()).isEqualTo(403);
    }

    @Test
    void lastAdminCannotBeRemoved() {
        var adminId = unique("admin");
        var admin = account(adminId, null, new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS));
        var others = jdbc.queryForList("""
                select distinct u.user_id from app.app_user u join app.role_grant g on g.user_id = u.user_id
                where u.enabled and g.role = 'ADMIN' and g.organiser = '*' and u.user_id <> ?""", String.class, adminId);
        try {
            // The other tests' admins are set aside, so that this one is the last.
            others.forEach(other -> jdbc.update("update app.app_user set enabled = false where user_id = ?", other));

            var demoted = admin.put("/api/admin/users/" + adminId, Map.of("displayName", adminId,
                    "grants", List.of(Map.of("role", "ADMIN", "organiser", organiser))));
            var disabledSelf = admin.put("/api/admin/users/" + adminId, Map.of("displayName", adminId,
                    "enabled", false, "grants", List.of(Map.of("role", "ADMIN", "organiser", "*"))));

            // Nor by erasing the person the last admin's account is linked to.
            var person = jdbc.queryForObject("""
                    insert into enrolment.person (person_id, email_key, first_name, last_name, email)
                    values (?, ?, 'Viimeinen', 'Ylläpitäjä', ?) returning person_id""", String.class,
                    UUID.randomUUID().toString(), adminId + "@example.fi", adminId + "@example.fi");
            jdbc.update("update app.app_user set person_id = ? where user_id = ?", person, adminId);
            var erased = admin.delete("/api/persons/" + person);

            assertProblem(demoted, 409, "last-admin");
            assertProblem(disabledSelf, 409, "last-admin");
            assertProblem(erased, 409, "last-admin");
            assertThat(jdbc.queryForObject("select count(*) from enrolment.person where person_id = ?", Long.class,
                    person)).isOne();
            var account = users.find(adminId).orElseThrow();
            assertThat(account.enabled()).isTrue();
            assertThat(account.grants()).containsExactly(new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS));
        } finally {
            for (var other : others) {
                jdbc.update("update app.app_user set enabled = true where user_id = ?", other);
            }
        }
    }

    /**
     * The rules place a group in its organiser through the group's view. While that view does not show the
     * group (it is being rebuilt, or lags behind on another instance), nobody can be shown to be allowed to
     * act on it: a write ends in the chain as not found, and never reaches the aggregate.
     */
    @Test
    void aGroupTheRulesCannotPlaceIsNotFoundEvenForAWriteAndNothingIsRecorded() {
        var otherOrganiser = Programmes.freshOrganiser();
        var coordinatorOfOther = account(unique("coord-other"), null, new Grant(AccessRole.COORDINATOR, otherOrganiser));
        var coordinator = account(unique("coord"), null, new Grant(AccessRole.COORDINATOR, organiser));
        var mentor = Programmes.mentor(api, "Lagging", unique("lagging") + "@example.fi");
        var groupId = Programmes.group(api, organiser, "UUDET", mentor, 2, 8);
        jdbc.update("delete from groups.group_view where group_id = ?", groupId);
        var before = events();
        for (var who : List.of(coordinatorOfOther, coordinator)) {
            for (var write : List.of("/cancel", "/complete", "/start")) {
                var response = who.post("/api/groups/" + groupId + write, Map.of("reason", "OTHER"));
                assertProblem(response, 404, "group-not-found");
            }
            assertProblem(who.get("/api/groups/" + groupId), 404, "group-not-found");
        }
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }
}
