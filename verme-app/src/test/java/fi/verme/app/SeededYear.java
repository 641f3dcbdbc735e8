package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One organiser's programme year with one of everything an attacker might want: an open call,
 * enrolments, a started group with its mentor and members, a held meeting with minutes, an approved
 * claim, a payment period, a survey with its link, mail in the outbox, and a user for each role of
 * this organiser. The people's names, e-mail addresses, tokens and texts carry a tag of this year
 * alone, so that a response body can be searched for any of them ({@link #secrets()}).
 */
final class SeededYear {

    static final String PASSWORD = "kylvetty-salasana-1";

    final String organiser;
    final String tag;
    final String year;
    final String programme;
    final Api api;
    final String mentorId;
    final String mentorPerson;
    final String mentorEmail;
    final String group;
    final String formingGroup;
    final String doneGroup;
    final List<String> enrolments = new ArrayList<>();
    final List<String> memberNames = new ArrayList<>();
    final String participantEnrolment;
    final String participantPerson;
    final String spareEnrolment;
    final String meeting;
    final String minutesText;
    final String proposal;
    final String claim;
    final String claimDescription;
    final String period;
    final String personalLink;
    final String survey;
    final String surveyLink;
    /** A pending import of this year, its one row naming a person of this year alone. */
    final String importId;
    /** A pending import of this organiser's mentors, its one row naming a person of this organiser alone. */
    final String mentorImportId;
    final Map<String, String> users = new LinkedHashMap<>();

    /** The roles of this organiser that {@link #user(String)} knows, besides anonymous. */
    static final List<String> ROLES = List.of("coordinator", "mentor", "participant", "finance", "auditor", "admin");

    SeededYear(Api api, UserAccounts accounts, org.springframework.jdbc.core.JdbcTemplate jdbc, String name) {
        this.api = api;
        this.tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        this.organiser = name + "-" + tag;
        this.year = "/api/programmes/" + organiser + "/" + Programmes.SCHOOL_YEAR;
        this.programme = organiser + "/" + Programmes.SCHOOL_YEAR;
        ok(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).post("/api/organisers", registration(organiser)));
        Programmes.openCallOpenToday(api, organiser);
        mentorEmail = "mentori." + tag + "@example.fi";
        mentorId = Programmes.mentor(api, organiser, "Mentori" + letters(), mentorEmail);
        mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        for (int i = 0; i < 5; i++) {
            var first = "Jasen" + letters() + (char) ('a' + i);
            memberNames.add(first);
            enrolments.add(Programmes.enrol(api, organiser, first, List.of("UUDET"), "Koulu " + i));
        }
        participantEnrolment = enrolments.get(0);
        spareEnrolment = enrolments.get(4);
        participantPerson = api.get("/api/enrolments/" + participantEnrolment).json().get("personId").asText();
        proposal = ok(api.post(year + "/placement-proposals", Map.of())).get("proposalId").asText();
        group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        formingGroup = Programmes.group(api, organiser, "K55", mentorId, 2, 6);
        for (var enrolment : enrolments.subList(0, 3)) {
            ok(api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolment)));
        }
        ok(api.post("/api/groups/" + group + "/start", Map.of()));
        api.post(year + "/placement-proposals/" + proposal + "/accept", Map.of());
        meeting = ok(api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:00", "plannedMinutes", 90, "place", "Osake"))).get("meetingId").asText();
        ok(api.post("/api/meetings/" + meeting + "/held", Map.of("durationMinutes", 90,
                "attendees", List.of(participantPerson))));
        for (var role : ROLES) {
            var personId = switch (role) {
                case "mentor" -> mentorPerson;
                case "participant" -> participantPerson;
                default -> null;
            };
            var userId = role + "-" + tag;
            accounts.save(userId, PASSWORD, role + " " + organiser, null, null, personId, true);
            accounts.setGrants(userId, List.of(new Grant(AccessRole.valueOf(role.toUpperCase()), organiser)));
            users.put(role, userId);
        }
        minutesText = "Luottamuksellista " + tag;
        ok(as("mentor").post("/api/meetings/" + meeting + "/minutes",
                Map.of("topics", List.of("Aloitus"), "text", minutesText)));
        ok(api.put(year + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00")));
        claimDescription = "Suunnittelu " + tag;
        claim = ok(api.post(year + "/claims", Map.of("mentorId", mentorId, "hours", "1",
                "description", claimDescription, "date", Programmes.today().toString()))).get("claimId").asText();
        ok(api.post("/api/claims/" + claim + "/approve", Map.of()));
        period = ok(api.post(year + "/payment-periods", Map.of("period", "2026-12"))).get("periodId").asText();
        personalLink = ok(api.get("/api/enrolments/" + participantEnrolment + "/link")).get("link").asText();
        doneGroup = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        for (var valmis : List.of("Valmis" + letters() + "a", "Valmis" + letters() + "b")) {
            memberNames.add(valmis);
            ok(api.post("/api/groups/" + doneGroup + "/participants", Map.of("enrolmentId",
                    Programmes.enrol(api, organiser, valmis, List.of("UUDET"), "Koulu"))));
        }
        ok(api.post("/api/groups/" + doneGroup + "/start", Map.of()));
        ok(api.post("/api/groups/" + doneGroup + "/complete", Map.of()));
        survey = ok(api.post(year + "/surveys", Map.of("statements", List.of("Hyvä vuosi " + tag))))
                .get("surveyId").asText();
        var links = Programmes.surveyLinks(jdbc, programme, null);
        assertThat(links).as("a survey link in the outbox").isNotEmpty();
        surveyLink = links.get(0);
        var file = ("Etunimi;Sukunimi;Sähköposti;Työnantaja;Yksikkö;Tehtävä;Uravaihe;Toive 1;Suostumus\n"
                + "Tuotu" + letters() + ";Tuoja;tuotu." + tag + "@example.fi;Kaupunki;Koulu;Opettaja;Uusi;UUDET;Kyllä\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        importId = ok(api.upload(year + "/imports", "tuonti.csv", file)).get("importId").asText();
        var mentorName = "Tuotumentori" + letters();
        memberNames.add(mentorName);
        var mentors = ("Etunimi;Sukunimi;Sähköposti;Organisaatio;Koulutusvuosi;Kouluttaja\n" + mentorName
                + ";Tuoja;tuotu.mentori." + tag + "@example.fi;Kaupunki;2019;Osake\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mentorImportId = ok(api.upload("/api/organisers/" + organiser + "/mentor-imports", "mentorit.csv", mentors))
                .get("importId").asText();
    }

    /** A valid registration of an organiser (without a slug: a change of this one). */
    Map<String, Object> registration(String slug) {
        var body = new LinkedHashMap<String, Object>();
        if (slug != null) {
            body.put("slug", slug);
        }
        body.put("name", Map.of("fi", "Kaupunki " + tag, "sv", "Stad " + tag));
        body.put("businessId", "0204819-8");
        body.put("contactEmail", "verme." + tag + "@example.fi");
        body.put("defaultLanguage", "fi");
        return body;
    }

    /** The tag in letters only, for first names (which may not need to accept digits). */
    private String letters() {
        var out = new StringBuilder();
        for (char c : tag.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return out.substring(0, 1).toUpperCase() + out.substring(1);
    }

    private static com.fasterxml.jackson.databind.JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(200, 299);
        return response.json();
    }

    Api as(String role) {
        return api.as(users.get(role), PASSWORD);
    }

    String user(String role) {
        return users.get(role);
    }

    /** Strings that only this year's data contains: none may appear in an answer to another organiser. */
    List<String> secrets() {
        var secrets = new ArrayList<String>(memberNames);
        secrets.add(mentorEmail);
        secrets.add(minutesText);
        secrets.add(claimDescription);
        secrets.add(personalLink.substring(personalLink.lastIndexOf('/') + 1));
        secrets.add(surveyLink.substring(surveyLink.lastIndexOf('/') + 1));
        secrets.add(memberNames.get(0).toLowerCase() + "." + organiser + "@example.fi");
        return secrets;
    }

    /** The first secret found in a body, or null. */
    String leakIn(String body) {
        if (body == null) {
            return null;
        }
        return secrets().stream().filter(body::contains).findFirst().orElse(null);
    }

    /**
     * A path variable filled with this year's real object of that name, or null when the test has no
     * value for it (a new endpoint: the caller reports it, so that it gets one).
     */
    String variable(String name) {
        return switch (name) {
            case "organiser" -> organiser;
            case "schoolYear" -> Programmes.SCHOOL_YEAR;
            case "groupId" -> group;
            case "enrolmentId" -> participantEnrolment;
            case "meetingId", "jointMeetingId" -> meeting;
            case "claimId" -> claim;
            case "periodId" -> period;
            case "personId" -> participantPerson;
            case "mentorId" -> mentorId;
            case "proposalId" -> proposal;
            case "importId" -> importId;
            case "mentorImportId" -> mentorImportId;
            case "surveyId" -> survey;
            case "userId" -> users.get("coordinator");
            case "date" -> Programmes.today().toString();
            case "token" -> null;
            default -> null;
        };
    }

    /** A required query parameter filled for this year, or null when unknown. */
    String parameter(String name) {
        return switch (name) {
            case "programme" -> programme;
            case "organiser" -> organiser;
            default -> null;
        };
    }

    /**
     * A body that the endpoint would accept for this year's objects: a refused request must be refused
     * for who sent it, not because its body was wrong. Null when the endpoint takes no body.
     */
    Object validBody(String method, String pattern) {
        var today = Programmes.today().toString();
        var key = method + " " + pattern.replace("/api/programmes/{organiser}/{schoolYear}", "{year}");
        return switch (key) {
            case "POST {year}/enrolment-call" -> Map.of("themes", List.of(Map.of("code", "UUDET", "name", "Uudet")),
                    "targetRoles", List.of(), "opensOn", today, "closesOn", today);
            case "POST {year}/enrolment-call/themes" -> Map.of("code", "VIERAS", "name", "Vieras teema");
            case "POST {year}/enrolment-call/extend" -> Map.of("closesOn", new fi.verme.shared.ProgrammeYear(organiser,
                    Programmes.SCHOOL_YEAR).lastDay().toString());
            case "PUT {year}/group-size-rule" -> Map.of("minSize", 2, "maxSize", 9);
            case "POST {year}/groups" -> Map.of("theme", "UUDET", "name", "Vieras ryhmä", "mentorIds",
                    List.of(mentorId), "minSize", 2, "maxSize", 6, "place", "Muualla");
            case "POST /api/groups/{groupId}/participants" -> Map.of("enrolmentId", spareEnrolment);
            case "POST /api/groups/{groupId}/agreement" -> Map.of("agreedOn", today, "commitments",
                    List.of("CONFIDENTIALITY"), "acceptedBy", List.of(participantPerson));
            case "POST /api/groups/{groupId}/cancel" -> Map.of("reason", "TOO_FEW_PARTICIPANTS");
            case "PUT {year}/placement-proposals/{proposalId}/placements/{enrolmentId}" -> Map.of("groupId", group);
            case "PUT {year}/imports/{importId}/mapping" -> Map.of("columns", List.of("FIRST_NAME", "LAST_NAME",
                    "EMAIL", "EMPLOYER", "UNIT", "ROLE", "CAREER_STAGE", "THEME_WISH_1", "CONSENT"));
            case "POST {year}/imports/{importId}/commit" -> Map.of("sendNotices", false);
            case "PUT {year}/reminders" -> Map.of("meetingDayBefore", false, "recordHeld", false, "survey", false);
            case "PUT /api/organisers/{organiser}/mentor-imports/{mentorImportId}/mapping" -> Map.of("columns",
                    List.of("FIRST_NAME", "LAST_NAME", "EMAIL", "ORGANISATION", "TRAINING_YEAR", "TRAINING_PROVIDER"));
            case "POST /api/groups/{groupId}/meetings", "POST /api/meetings/{meetingId}/reschedule" -> Map.of(
                    "date", today, "startTime", "09:00", "plannedMinutes", 60, "place", "Vieras paikka");
            case "POST /api/meetings/{meetingId}/cancel" -> Map.of("reason", "GROUP_DECISION");
            case "POST /api/meetings/{meetingId}/held" -> Map.of("durationMinutes", 60, "attendees", List.of());
            case "POST /api/meetings/{meetingId}/minutes" -> Map.of("text", "Vieras kirjoitus");
            case "POST {year}/joint-meetings" -> Map.of("kind", "KICKOFF", "date", today, "durationMinutes", 60,
                    "groups", List.of(group));
            case "POST {year}/joint-meetings/planned" -> Map.of("kind", "KICKOFF", "date", today, "startTime", "09:00",
                    "plannedMinutes", 60, "place", "Vieras paikka", "groups", List.of(group));
            case "POST {year}/joint-meetings/{jointMeetingId}/held" -> Map.of("durationMinutes", 60);
            case "PUT {year}/hours-cap" -> Map.of("hours", 99);
            case "PUT {year}/joint-meeting-limits" -> Map.of("kickoffs", 2, "closings", 1);
            case "PUT {year}/school-breaks" -> Map.of("breaks", List.of());
            case "POST /api/groups/{groupId}/meeting-series" -> Map.of("firstDate", today, "everyWeeks", 1, "count", 2,
                    "startTime", "09:00", "plannedMinutes", 60, "place", "Vieras paikka");
            case "PUT {year}/compensation-rules" -> Map.of("preset", "SEINAJOKI", "hourlyFee", "99.00");
            case "POST {year}/claims" -> Map.of("mentorId", mentorId, "hours", "1", "description", "Vieras",
                    "date", today);
            case "POST {year}/payees" -> Map.of("firstName", "Vieras", "lastName", "Sijainen", "email",
                    "vieras.sijainen." + organiser + "@example.fi");
            case "PUT {year}/employer-rates" -> Map.of("employer", "Vieras työnantaja", "hourlySalaryCost", "99.00");
            case "POST /api/claims/{claimId}/reject" -> Map.of("reason", "DUPLICATE");
            case "POST {year}/payment-periods" -> Map.of("period", "2027-0" + (1 + new java.util.Random().nextInt(9)));
            case "POST /api/payment-periods/{periodId}/paid" -> Map.of("payrollReference", "VIERAS-1");
            case "POST {year}/surveys" -> Map.of("statements", List.of("Vieras väite"));
            case "POST /api/enrolments/{enrolmentId}/withdraw" -> Map.of("reason", "SCHEDULE");
            case "PUT /api/mentors/{mentorId}" -> Map.of("organisation", "Vieras organisaatio", "trainingYear", 2020,
                    "trainingProvider", "Vieras");
            case "PUT /api/admin/users/{userId}" -> Map.of("displayName", "Vieras", "password", "vieras-salasana-1",
                    "grants", List.of(Map.of("role", "ADMIN", "organiser", organiser)));
            case "PUT /api/organisers/{organiser}/payroll-profile" -> Map.of("layout", "MUNICIPAL", "payTypeCodes",
                    Map.of("MEETING_FEE", "9999"));
            case "PUT /api/organisers/{organiser}/payroll-numbers" -> Map.of("payeeKind", "MENTOR", "payeeId", mentorId,
                    "employeeNumber", "VIERAS-1");
            case "PUT /api/organisers/{organiser}" -> registration(null);
            case "POST /api/organisers" -> registration(organiser + "-toinen");
            default -> Map.of();
        };
    }
}
