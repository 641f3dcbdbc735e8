package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.access.UserAccounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two organisers in one installation, each with its own coordinator, mentor, member, finance officer
 * and auditor. Every endpoint of the API description that is about organiser A's data is tried by each
 * of B's users, on A's real objects, plainly and with query parameters that name A, B or both. B's users
 * must be refused (403 or 404; 400 when the request names two organisers) with problem+json, must never
 * see one of A's names, addresses, tokens or texts, and a refused write must append no event.
 * The endpoint list comes from /v3/api-docs, so a new endpoint is tried without anyone adding it here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondOrganiserMatrixTest {

    /**
     * Endpoints that are not about one organiser's data, with the reason: public by design, capabilities
     * carried by a token, or installation-wide operations that no organiser-scoped user holds.
     */
    static final Map<String, String> NOT_ORGANISER_DATA = Map.ofEntries(
            Map.entry("GET /api/me", "the caller's own account"),
            Map.entry("GET /api/enrolment-calls", "public: the open calls"),
            Map.entry("GET /api/programmes/{organiser}/{schoolYear}/enrolment-call", "public: the call"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/enrolments", "public: the enrolment form"),
            Map.entry("GET /api/audit/public-key", "public: the checkpoint key"),
            Map.entry("GET /api/audit/public-key.pem", "public: the checkpoint key, as PEM"),
            Map.entry("GET /api/audit/verifier.jar", "the verifier's program, no organiser's data"),
            Map.entry("GET /api/vocabulary", "public: the codes of the API's enumerations"),
            Map.entry("GET /api/login/providers", "public: the identity providers one can sign in through"),
            Map.entry("GET /api/login/demo-accounts", "public: the demo's account names, where there is a demo"),
            Map.entry("GET /api/certificates/verify/{code}", "public: a certificate's check"),
            Map.entry("GET /api/enrolment-links/{token}", "a signed personal link is its own authority"),
            Map.entry("POST /api/enrolment-links/{token}/withdraw", "a signed personal link is its own authority"),
            Map.entry("GET /api/enrolment-links/{token}/calendar-feed", "a signed personal link is its own authority"),
            Map.entry("POST /api/enrolment-links/{token}/calendar-feed", "a signed personal link is its own authority"),
            Map.entry("GET /api/enrolment-links/{token}/contact-details", "a signed personal link is its own authority"),
            Map.entry("PUT /api/enrolment-links/{token}/contact-details/phone",
                    "a signed personal link is its own authority"),
            Map.entry("POST /api/enrolment-links/{token}/contact-details/email",
                    "a signed personal link is its own authority"),
            Map.entry("POST /api/contact-confirmations/{token}", "a signed confirmation link is its own authority"),
            Map.entry("GET /api/me/calendar-feed", "the caller's own calendar feed"),
            Map.entry("POST /api/me/calendar-feed", "the caller's own calendar feed"),
            Map.entry("GET /api/calendar-feeds/{secret}.ics", "a feed's secret address is its own authority"),
            Map.entry("GET /api/notice-preferences/{token}", "a signed notice link is its own authority"),
            Map.entry("PUT /api/notice-preferences/{token}", "a signed notice link is its own authority"),
            Map.entry("POST /api/notice-preferences/{token}/unsubscribe/{kind}",
                    "a signed notice link is its own authority"),
            Map.entry("GET /api/me/digest", "the caller's own weekly digest"),
            Map.entry("PUT /api/me/digest", "the caller's own weekly digest"),
            Map.entry("GET /api/surveys/answers/{token}", "a survey link is its own authority"),
            Map.entry("POST /api/surveys/answers/{token}", "a survey link is its own authority"),
            Map.entry("POST /api/mentors", "registers a new mentor, nobody's data yet"),
            Map.entry("GET /api/mentors", "the shared mentor register (contact details of mentors only)"),
            Map.entry("POST /api/admin/replays", "installation-wide: rebuilding views"),
            Map.entry("GET /api/admin/replays", "installation-wide: rebuilding views"),
            Map.entry("GET /api/admin/replays/{replayId}", "installation-wide: rebuilding views"),
            Map.entry("GET /api/admin/users", "the accounts of the organiser ?organiser= names (B's own for B's admin; "
                    + "OrganiserAdminsTest)"),
            Map.entry("GET /api/organisers", "the organisers the caller's own grants reach"),
            Map.entry("GET /api/organiser-names", "public: organisers' names"),
            Map.entry("GET /api/organisers/{organiser}/privacy-notice", "public: the privacy notice the form links to"),
            Map.entry("GET /api/organisers/{organiser}/logo", "public: the logo its certificates print"));

    /** Shared mentors may stay readable by every organiser's staff (the issue allows either design). */
    static final Set<String> SHARED_READS = Set.of("GET /api/mentors/{mentorId}");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SeededYear a;
    SeededYear b;

    @BeforeEach
    void seed() {
        api = new Api(port);
        a = new SeededYear(api, users, jdbc, "kaupunki-a");
        b = new SeededYear(api, users, jdbc, "kaupunki-b");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** One request of B's user at A's data. */
    record Attempt(String endpoint, String method, String path, Object body, boolean namesBothOrganisers) {
    }

    @Test
    void everyEndpointOfOneOrganiserRefusesEveryUserOfAnother() {
        var description = api.get("/v3/api-docs").json();
        var failures = new ArrayList<String>();
        var attempts = new ArrayList<Attempt>();
        int endpoints = 0;
        for (var path : iterable(description.get("paths").fieldNames())) {
            var operations = description.get("paths").get(path);
            for (var method : iterable(operations.fieldNames())) {
                var endpoint = method.toUpperCase() + " " + path;
                if (NOT_ORGANISER_DATA.containsKey(endpoint)) {
                    continue;
                }
                var filled = fill(path, a);
                if (filled == null) {
                    failures.add(endpoint + ": the matrix has no value for a path variable; give it one");
                    continue;
                }
                var query = requiredQuery(operations.get(method), a);
                if (query == null) {
                    failures.add(endpoint + ": the matrix has no value for a required parameter; give it one");
                    continue;
                }
                endpoints++;
                var body = method.equals("get") || method.equals("delete") ? null : a.validBody(method.toUpperCase(), path);
                var b1 = "programme=" + b.programme + "&organiser=" + b.organiser;
                attempts.add(new Attempt(endpoint, method.toUpperCase(), filled + prefixed(query), body, false));
                attempts.add(new Attempt(endpoint, method.toUpperCase(), filled + "?" + b1 + (query.isEmpty() ? ""
                        : "&" + query), body, true));
                attempts.add(new Attempt(endpoint, method.toUpperCase(), filled + "?" + (query.isEmpty() ? ""
                        : query + "&") + b1, body, true));
            }
        }
        // Reads first, then writes with the destructive ones last, so that a write let through by mistake
        // does not change what the later cases find.
        attempts.sort(Comparator.comparingInt(SecondOrganiserMatrixTest::order));
        int cases = 0;
        for (var attempt : attempts) {
            for (var role : SeededYear.ROLES) {
                cases++;
                check(b.as(role), "B's " + role, attempt, failures);
            }
        }
        cases += bodiesNamingAnotherOrganisersObjects(failures);
        System.out.println("Second-organiser matrix: " + cases + " cases over " + endpoints + " endpoints, "
                + failures.size() + " failures");
        assertThat(failures).as("requests of organiser B's users that reached organiser A's data").isEmpty();
    }

    /**
     * The outbox holds names, e-mail addresses and personal-link tokens: a coordinator of B gets none of
     * A's, as a list or as CSV, however the programme and organiser parameters are spelled, repeated or combined.
     */
    @Test
    void refusesOutboxOfAnotherOrganiserWhateverTheParameters() {
        var failures = new ArrayList<String>();
        var ya = a.programme;
        var yb = b.programme;
        var queries = List.of(
                "programme=" + ya,
                "programme=" + yb + "&organiser=" + a.organiser,
                "programme=" + ya + "&organiser=" + b.organiser,
                "organiser=" + b.organiser + "&programme=" + ya,
                "programme=" + ya + "&programme=" + yb,
                "programme=" + yb + "&programme=" + ya,
                "programme=" + yb + "," + ya,
                "programme=" + ya + "," + yb,
                "programme=" + yb + "&programme=" + ya + "&organiser=" + b.organiser,
                "programme=" + ya.replace("/", "%2F"),
                "programme=" + yb + "&status=PENDING&programme=" + ya,
                "organiser=" + b.organiser + "&organiser=" + a.organiser + "&programme=" + ya,
                "programme=" + ya.toUpperCase(),
                "programme=" + ya + "%00" + yb,
                "programme=%20" + ya);
        int cases = 0;
        for (var role : SeededYear.ROLES) {
            for (var query : queries) {
                cases++;
                // A malformed or two-organiser programme may be refused as invalid (400) instead.
                boolean invalid = query.contains(a.organiser) && query.contains(b.organiser) || query.contains("%")
                        || query.contains(",") || !query.equals(query.toLowerCase());
                for (var outbox : List.of("/api/admin/outbox", "/api/admin/outbox.csv", "/api/admin/outbox.xlsx")) {
                    var attempt = new Attempt("GET " + outbox, "GET", outbox + "?" + query, null, invalid);
                    check(b.as(role), "B's " + role, attempt, failures);
                }
            }
        }
        // And B's coordinator still reads B's own outbox: the refusals above are not a broken endpoint.
        var own = b.as("coordinator").get("/api/admin/outbox?programme=" + yb);
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
        var ownCsv = b.as("coordinator").get("/api/admin/outbox.csv?programme=" + yb);
        assertThat(ownCsv.status()).as(ownCsv.raw().body()).isEqualTo(200);
        System.out.println("Outbox of another organiser: " + cases + " cases, " + failures.size() + " failures");
        assertThat(failures).isEmpty();
    }

    /** Attendance, VESO days and certificates of A's member, asked for by B's users naming A, B or both. */
    @Test
    void refusesPersonLevelReadsOfAnotherOrganisersMember() {
        var failures = new ArrayList<String>();
        var person = "/api/persons/" + a.participantPerson;
        var mentor = "/api/persons/" + a.mentorPerson;
        var paths = new ArrayList<String>();
        for (var who : List.of(person, mentor)) {
            for (var read : List.of("/attendance", "/veso")) {
                for (var programme : List.of(a.programme, b.programme, b.programme + "&programme=" + a.programme,
                        a.programme + "&programme=" + b.programme, b.programme + "&organiser=" + a.organiser,
                        a.programme + "&organiser=" + b.organiser)) {
                    paths.add(who + read + "?programme=" + programme);
                }
            }
            var pdf = who + "/certificates/" + Programmes.SCHOOL_YEAR + ".pdf?organiser=";
            for (var organiser : List.of(a.organiser, b.organiser, b.organiser + "&organiser=" + a.organiser,
                    a.organiser + "&organiser=" + b.organiser, b.organiser + "&programme=" + a.programme,
                    a.organiser + "&programme=" + b.programme)) {
                paths.add(pdf + organiser);
            }
        }
        int cases = 0;
        for (var role : SeededYear.ROLES) {
            for (var path : paths) {
                cases++;
                var named = path.contains(a.organiser) && path.contains(b.organiser);
                if (!path.contains(a.organiser)) {
                    // Naming only B's programme, B's staff may get B's (empty) figures for the person, but
                    // nothing of A's programme.
                    var response = b.as(role).get(path);
                    var body = response.raw().body();
                    if (response.status() == 200 ? body.contains(a.organiser) || a.leakIn(body) != null
                            : !(response.status() == 403 || response.status() == 404 || response.status() == 400)) {
                        failures.add("B's " + role + " GET " + path + " -> " + response.status() + ": "
                                + abbreviated(body));
                    }
                    continue;
                }
                check(b.as(role), "B's " + role, new Attempt("GET " + path.replaceAll("\\?.*", ""), "GET", path, null,
                        named), failures);
            }
        }
        System.out.println("Person-level reads of another organiser: " + cases + " cases, " + failures.size()
                + " failures");
        assertThat(failures).isEmpty();
    }

    /**
     * Writes to B's own objects whose body names one of A's objects: placing A's enrolment in B's group,
     * a joint meeting with A's group, organising hours for A's mentor, a substitute for A's group.
     */
    private int bodiesNamingAnotherOrganisersObjects(List<String> failures) {
        var today = Programmes.today().toString();
        var attempts = List.of(
                new Attempt("POST /api/groups/{groupId}/participants", "POST", "/api/groups/" + b.formingGroup
                        + "/participants", Map.of("enrolmentId", a.spareEnrolment), false),
                new Attempt("POST {year}/joint-meetings", "POST", b.year + "/joint-meetings", Map.of("kind", "KICKOFF",
                        "date", today, "durationMinutes", 60, "groups", List.of(b.group, a.group)), false),
                new Attempt("POST {year}/claims", "POST", b.year + "/claims", Map.of("mentorId", a.mentorId, "hours", "1",
                        "description", "Toisen järjestäjän mentori", "date", today), false),
                new Attempt("POST {year}/claims", "POST", b.year + "/claims", Map.of("mentorId", b.mentorId,
                        "kind", "SUBSTITUTE", "days", "1", "groupId", a.group, "date", today,
                        "description", "Sijainen toisen ryhmään"), false),
                new Attempt("PUT {year}/placement-proposals/{proposalId}/placements/{enrolmentId}", "PUT", b.year
                        + "/placement-proposals/" + b.proposal + "/placements/" + a.spareEnrolment,
                        Map.of("groupId", b.formingGroup), false),
                new Attempt("POST /api/meetings/{meetingId}/held", "POST", "/api/meetings/" + b.meeting + "/held",
                        Map.of("durationMinutes", 60, "attendees", List.of(a.participantPerson)), false),
                new Attempt("POST /api/groups/{groupId}/agreement", "POST", "/api/groups/" + b.group + "/agreement",
                        Map.of("agreedOn", today, "commitments", List.of("CONFIDENTIALITY"),
                                "acceptedBy", List.of(a.participantPerson)), false),
                new Attempt("PUT /api/mentors/{mentorId}", "PUT", "/api/mentors/" + a.mentorId, Map.of("organisation",
                        "Toisen järjestäjän muokkaama", "trainingYear", 2020, "trainingProvider", "B"), false));
        int cases = 0;
        for (var attempt : attempts) {
            for (var role : List.of("coordinator", "finance", "mentor")) {
                cases++;
                check(b.as(role), "B's " + role + " (body naming A's object)", attempt, failures, true);
            }
        }
        return cases;
    }

    private void check(Api client, String who, Attempt attempt, List<String> failures) {
        check(client, who, attempt, failures, false);
    }

    /**
     * One request and what is wrong with its answer, if anything. With {@code anyRefusal}, every 4xx
     * counts as refused (the body, not the path, names A's object, so a validation answer is right).
     */
    private void check(Api client, String who, Attempt attempt, List<String> failures, boolean anyRefusal) {
        boolean write = !attempt.method().equals("GET");
        long before = write ? events() : 0;
        var response = switch (attempt.method()) {
            case "GET" -> client.get(attempt.path());
            case "DELETE" -> client.delete(attempt.path());
            case "POST" -> client.post(attempt.path(), attempt.body() == null ? Map.of() : attempt.body());
            case "PUT" -> client.put(attempt.path(), attempt.body() == null ? Map.of() : attempt.body());
            default -> throw new IllegalArgumentException(attempt.method());
        };
        int status = response.status();
        var body = response.raw().body();
        var what = who + " " + attempt.method() + " " + attempt.path() + " -> " + status;
        boolean shared = SHARED_READS.contains(attempt.endpoint()) && !who.contains("participant")
                && !who.contains("mentor");
        boolean refused = status == 403 || status == 404 || (status == 400 && attempt.namesBothOrganisers())
                || (anyRefusal && status >= 400 && status < 500);
        var leak = a.leakIn(body);
        if (leak != null && !shared) {
            failures.add(what + " showed A's \"" + leak + "\": " + abbreviated(body));
        } else if (!refused && !(shared && status == 200)) {
            failures.add(what + " instead of a refusal: " + abbreviated(body));
        } else if (refused && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " answered as " + response.contentType() + ", not problem+json");
        }
        if (write) {
            long appended = events() - before;
            if (appended != 0) {
                failures.add(what + " appended " + appended + " events");
            }
        }
    }

    private static int order(Attempt attempt) {
        if (attempt.method().equals("GET")) {
            return 0;
        }
        var path = attempt.path().replaceAll("\\?.*", "");
        if (attempt.method().equals("DELETE")) {
            return 3;
        }
        return path.endsWith("/cancel") || path.endsWith("/withdraw") || path.endsWith("/complete")
                || path.endsWith("/close") ? 2 : 1;
    }

    /** The path with its variables filled from the year; null when a variable has no value. */
    static String fill(String path, SeededYear year) {
        Matcher matcher = VARIABLE.matcher(path);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = year.variable(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The operation's required query parameters, filled from the year; "" when none, null when unknown. */
    static String requiredQuery(JsonNode operation, SeededYear year) {
        var parameters = new LinkedHashMap<String, String>();
        if (operation.has("parameters")) {
            for (var parameter : operation.get("parameters")) {
                if (parameter.get("in").asText().equals("query") && parameter.path("required").asBoolean(false)) {
                    var name = parameter.get("name").asText();
                    var value = year.parameter(name);
                    if (value == null) {
                        return null;
                    }
                    parameters.put(name, value);
                }
            }
        }
        var query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(value));
        return query.toString();
    }

    private static String prefixed(String query) {
        return query.isEmpty() ? "" : "?" + query;
    }

    static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }

    static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 240 ? text.substring(0, 240) + "…" : text;
    }
}
