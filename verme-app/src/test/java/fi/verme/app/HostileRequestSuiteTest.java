package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.EnrolmentLinks;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile-request suite, driven by /v3/api-docs: every endpoint, called by every role of the
 * organiser it is about (and anonymously), plainly and in every spelling an attacker would try on the
 * path, the body and the query. Each variant must get the same decision as the plain request (let
 * through or refused) or a 4xx problem+json; never a 2xx where the plain request was refused, never a
 * 5xx, never an error page that is not problem+json, and a refused write appends no event.
 * Writes are sent with an empty body or at objects whose state refuses them, so the suite changes
 * nothing while it runs; a write that would go through with a valid body is tried by the second-organiser
 * matrix instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestSuiteTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ROLES = List.of("anonymous", "coordinator", "mentor", "participant", "finance",
            "auditor", "admin");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnrolmentLinks links;

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** A spelling of the same request: a new path (raw), and optionally a different body. */
    record Variant(String kind, String target, RawHttp.Body body) {
    }

    /** One endpoint as the suite calls it. */
    record Target(String endpoint, String method, String path, String query, boolean hasBody) {
    }

    @Test
    void everyVariantOfEveryRequestGetsThePlainDecisionOrA4xxProblem() throws Exception {
        var api = new Api(port);
        var x = new SeededYear(api, users, jdbc, "vihamielinen");
        var other = new SeededYear(api, users, jdbc, "toinen");
        var description = api.get("/v3/api-docs").json();
        var targets = new ArrayList<Target>();
        var failures = new ArrayList<String>();
        for (var path : SecondOrganiserMatrixTest.iterable(description.get("paths").fieldNames())) {
            var operations = description.get("paths").get(path);
            for (var method : SecondOrganiserMatrixTest.iterable(operations.fieldNames())) {
                var endpoint = method.toUpperCase() + " " + path;
                var filled = target(endpoint, path, x);
                var query = SecondOrganiserMatrixTest.requiredQuery(operations.get(method), x);
                if (filled == null || query == null) {
                    failures.add(endpoint + ": the suite has no value for a path variable or parameter; give it one");
                    continue;
                }
                targets.add(new Target(endpoint, method.toUpperCase(), filled, query,
                        operations.get(method).has("requestBody")));
            }
        }
        // Closing the call changes what the form does afterwards, so it goes last.
        targets.sort(java.util.Comparator.comparing(t -> t.endpoint().endsWith("/enrolment-call/close")));
        var counts = new TreeMap<String, Integer>();
        var summary = new TreeMap<String, Integer>();
        long started = System.nanoTime();
        for (var target : targets) {
            for (var role : ROLES) {
                var write = !target.method().equals("GET");
                var headers = new LinkedHashMap<>(credentials(role, x));
                if (write) {
                    headers.put("Content-Type", "application/json");
                }
                var plainBody = write ? RawHttp.Body.of(plainBody(target), false) : null;
                var plainTarget = target.path() + (target.query().isEmpty() ? "" : "?" + target.query());
                var plain = RawHttp.send(port, target.method(), plainTarget, headers, plainBody);
                counts.merge("plain", 1, Integer::sum);
                var what = role + " " + target.method() + " " + plainTarget;
                if (plain.status() >= 500 || plain.status() < 0) {
                    failures.add(what + " (plain) -> " + plain);
                }
                boolean plainRefused = refused(plain.status());
                for (var variant : variants(target, plainBody, x, other)) {
                    counts.merge(variant.kind(), 1, Integer::sum);
                    long before = write ? events() : 0;
                    var answer = RawHttp.send(port, target.method(), variant.target(), headers, variant.body());
                    var line = role + " " + target.method() + " " + variant.target() + " [" + variant.kind() + "] -> "
                            + answer + " (plain: " + plain.status() + ")";
                    int status = answer.status();
                    int failuresBefore = failures.size();
                    if (status < 0 || status >= 500) {
                        failures.add(line);
                    } else if (plainRefused && status < 400) {
                        failures.add(line + ": let through where the plain request was refused");
                    } else if (status >= 400 && !answer.isProblem()) {
                        failures.add(line + ": a refusal that is not problem+json");
                    } else if (refused(status) != plainRefused && status < 400) {
                        failures.add(line + ": a different decision");
                    }
                    if (write && status >= 400) {
                        long appended = events() - before;
                        if (appended != 0) {
                            failures.add(line + ": refused, yet appended " + appended + " events");
                        }
                    }
                    if (failures.size() > failuresBefore) {
                        var reason = status < 0 || status >= 500 ? "5xx or no answer" : plainRefused && status < 400
                                ? "let through where refused" : status >= 400 && !answer.isProblem()
                                ? "4xx not problem+json" : "events appended";
                        summary.merge(variant.kind() + ": " + reason, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.println("Hostile-request suite: " + targets.size() + " endpoints x " + ROLES.size()
                + " roles, cases per variant kind " + counts + ", total "
                + counts.values().stream().mapToInt(Integer::intValue).sum() + " in "
                + (System.nanoTime() - started) / 1_000_000_000 + " s, " + failures.size() + " failures");
        summary.forEach((kind, n) -> System.out.println("  failures by variant and reason: " + kind + " = " + n));
        failures.stream().limit(400).forEach(f -> System.out.println("  " + f));
        assertThat(failures).as("variants that got another decision, a 5xx or a non-problem error").isEmpty();
    }

    private static boolean refused(int status) {
        return status == 401 || status == 403;
    }

    /**
     * The endpoint's path with real objects of the year, except where a write would change them: there,
     * an object whose state refuses the write, or one that does not exist.
     */
    private String target(String endpoint, String path, SeededYear x) {
        var token = x.personalLink.substring(x.personalLink.lastIndexOf('/') + 1);
        var surveyToken = x.surveyLink.substring(x.surveyLink.lastIndexOf('/') + 1);
        return switch (endpoint) {
            case "DELETE /api/persons/{personId}" -> "/api/persons/nobody-" + UUID.randomUUID();
            case "DELETE /api/groups/{groupId}/participants/{enrolmentId}" -> "/api/groups/" + x.group
                    + "/participants/not-a-member";
            case "POST /api/groups/{groupId}/start" -> "/api/groups/" + x.group + "/start";
            case "POST /api/groups/{groupId}/complete" -> "/api/groups/" + x.doneGroup + "/complete";
            case "GET /api/enrolment-links/{token}", "POST /api/enrolment-links/{token}/withdraw",
                    "GET /api/enrolment-links/{token}/calendar-feed", "POST /api/enrolment-links/{token}/calendar-feed" ->
                    path.replace("{token}", token);
            case "GET /api/surveys/answers/{token}", "POST /api/surveys/answers/{token}" ->
                    path.replace("{token}", surveyToken);
            case "GET /api/enrolment-links/{token}/contact-details",
                    "PUT /api/enrolment-links/{token}/contact-details/phone",
                    "POST /api/enrolment-links/{token}/contact-details/email" -> path.replace("{token}", token);
            // Genuine, but for no enrolment: confirming it changes nobody's address.
            case "POST /api/contact-confirmations/{token}" -> path.replace("{token}", links.issue(
                    links.emailChangeSubject("no-such-enrolment", "vanha@example.fi", "vihamielinen@example.fi"),
                    EnrolmentLinks.EMAIL_CHANGE_VALID_FOR).token());
            case "GET /api/notice-preferences/{token}", "PUT /api/notice-preferences/{token}" ->
                    path.replace("{token}", links.issue(EnrolmentLinks.noticesSubject(x.participantPerson)).token());
            case "POST /api/notice-preferences/{token}/unsubscribe/{kind}" -> "/api/notice-preferences/"
                    + links.issue(EnrolmentLinks.noticesSubject(x.participantPerson)).token() + "/unsubscribe/no-such-kind";
            case "GET /api/certificates/verify/{code}" -> "/api/certificates/verify/NOSUCHCODE";
            case "GET /api/calendar-feeds/{secret}.ics" -> "/api/calendar-feeds/no-such-secret.ics";
            case "GET /api/admin/replays/{replayId}" -> "/api/admin/replays/none";
            case "GET /api/admin/users/{userId}" -> "/api/admin/users/" + TestAccounts.TESTER;
            case "PUT /api/admin/users/{userId}" -> "/api/admin/users/hostile-x";
            default -> SecondOrganiserMatrixTest.fill(path, x);
        };
    }

    /** An empty object (refused by validation wherever a body is needed), or a view that does not exist. */
    private static String plainBody(Target target) {
        return target.endpoint().equals("POST /api/admin/replays") ? "{\"views\": [\"no-such-view\"]}" : "{}";
    }

    private Map<String, String> credentials(String role, SeededYear x) {
        return switch (role) {
            case "anonymous" -> Map.of();
            case "admin" -> Api.basic(TestAccounts.ADMIN, TestAccounts.PASSWORD);
            default -> Api.basic(x.user(role), SeededYear.PASSWORD);
        };
    }

    /** Every spelling of the request that the suite tries. */
    private static List<Variant> variants(Target target, RawHttp.Body plainBody, SeededYear x, SeededYear other) {
        var path = target.path();
        var query = target.query().isEmpty() ? "" : "?" + target.query();
        var variants = new ArrayList<Variant>();
        UnaryOperator<String> q = p -> p + query;
        var segments = path.substring(1).split("/");
        int last = segments.length - 1;
        variants.add(new Variant("percent-encoded first letter", q.apply("/%61" + path.substring(2)), plainBody));
        variants.add(new Variant("percent-encoded last segment", q.apply(withSegment(segments, last,
                encodeAll(segments[last]))), plainBody));
        variants.add(new Variant("upper-case", q.apply("/API" + path.substring(4)), plainBody));
        variants.add(new Variant("upper-case last segment", q.apply(withSegment(segments, last,
                segments[last].toUpperCase())), plainBody));
        variants.add(new Variant("double slash", q.apply(path.replaceFirst("^/api/", "/api//")), plainBody));
        variants.add(new Variant("trailing slash", q.apply(path + "/"), plainBody));
        variants.add(new Variant(";param", q.apply(path.replaceFirst("^/api/", "/api;x=1/")), plainBody));
        variants.add(new Variant(";param last segment", q.apply(path + ";jsessionid=x"), plainBody));
        variants.add(new Variant("/./", q.apply(path.replaceFirst("^/api/", "/api/./")), plainBody));
        variants.add(new Variant("..", q.apply(path.replaceFirst("^/api/", "/api/x/../")), plainBody));
        variants.add(new Variant("%2e%2e", q.apply(path.replaceFirst("^/api/", "/api/x/%2e%2e/")), plainBody));
        variants.add(new Variant("%2f", q.apply(path.replaceFirst("^/api/", "/api%2f")), plainBody));
        variants.add(new Variant("%2e", q.apply(path.replaceFirst("^/api/", "/api/%2e/")), plainBody));
        var plainTarget = q.apply(path);
        var otherParams = "programme=" + other.programme + "&organiser=" + other.organiser + "&groupId=" + other.group
                + "&personId=" + other.participantPerson;
        variants.add(new Variant("extra parameters naming another organiser", plainTarget
                + (query.isEmpty() ? "?" : "&") + otherParams, plainBody));
        variants.add(new Variant("conflicting parameters first", path + "?" + otherParams
                + (query.isEmpty() ? "" : "&" + target.query()), plainBody));
        if (plainBody != null) {
            var json = new String(plainBody.prefix(), StandardCharsets.UTF_8);
            variants.add(new Variant("chunked body", plainTarget, RawHttp.Body.of(json, true)));
            variants.add(new Variant("oversized body (2 MiB)", plainTarget,
                    RawHttp.Body.padded("{\"text\": \"", 2L * 1024 * 1024, false)));
            variants.add(new Variant("oversized chunked body (2 MiB)", plainTarget,
                    RawHttp.Body.padded("{\"text\": \"", 2L * 1024 * 1024, true)));
            variants.add(new Variant("duplicate keys", plainTarget, RawHttp.Body.of(
                    "{\"views\": [\"no-such-view\"], \"views\": null, \"reason\": \"SCHEDULE\", \"reason\": 1}", false)));
            variants.add(new Variant("wrong types", plainTarget, RawHttp.Body.of("[1, \"2\", {\"a\": true}]", false)));
            variants.add(new Variant("encoded path and chunked body", q.apply("/%61" + path.substring(2)),
                    RawHttp.Body.of(json, true)));
        }
        return variants;
    }

    private static String withSegment(String[] segments, int index, String replacement) {
        var out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            out.append('/').append(i == index ? replacement : segments[i]);
        }
        return out.toString();
    }

    private static String encodeAll(String segment) {
        var out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    /**
     * An account locked by five wrong passwords stays locked for every spelling of the login path and of
     * the Basic header. A spelling that the server does not accept as a login at all (an unlocked account
     * with the right password is refused too) may answer 401; every spelling that signs in must be 429.
     */
    @Test
    void loginThrottleHoldsForEverySpellingOfTheLoginPathAndBasicHeader() throws Exception {
        var password = "oikea-salasana-123";
        var locked = "lukittu-" + UUID.randomUUID().toString().substring(0, 8);
        var control = "vertailu-" + UUID.randomUUID().toString().substring(0, 8);
        for (var user : List.of(locked, control)) {
            users.save(user, password, user, null, null, null, true);
            users.setGrants(user, List.of(new Grant(AccessRole.COORDINATOR, "lukko")));
        }
        for (int attempt = 1; attempt <= 5; attempt++) {
            var wrong = RawHttp.send(port, "GET", "/api/me", Api.basic(locked, "vaara-" + attempt), null);
            assertThat(wrong.status()).as("wrong password " + attempt).isEqualTo(401);
        }
        var failures = new ArrayList<String>();
        int cases = 0;
        for (var spelling : basicSpellings().entrySet()) {
            for (var path : List.of("/api/me", "/%61pi/me", "/api/m%65", "/API/me", "/api//me", "/api/me/")) {
                cases++;
                var headers = Map.of("Authorization", spelling.getValue().apply(locked + ":" + password));
                var answer = RawHttp.send(port, "GET", path, headers, null);
                var controlAnswer = RawHttp.send(port, "GET", path, Map.of("Authorization",
                        spelling.getValue().apply(control + ":" + password)), null);
                judge("GET " + path + " with " + spelling.getKey(), answer, controlAnswer, failures);
            }
        }
        var form = "username=" + locked + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var controlForm = "username=" + control + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        for (var path : List.of("/api/login", "/api/logi%6E", "/%61pi/login", "/api/%6Cogin", "/API/login",
                "/api//login", "/api/login/", "/api/login;x=1", "/api/./login", "/api/x/../login", "/api/login?x=1")) {
            for (var chunked : List.of(false, true)) {
                cases++;
                var headers = Map.of("Content-Type", "application/x-www-form-urlencoded");
                var answer = RawHttp.send(port, "POST", path, headers, RawHttp.Body.of(form, chunked));
                var controlAnswer = RawHttp.send(port, "POST", path, headers, RawHttp.Body.of(controlForm, chunked));
                judge("POST " + path + (chunked ? " (chunked)" : "") + " with the login form", answer, controlAnswer,
                        failures);
            }
        }
        System.out.println("Login throttle spellings: " + cases + " cases, " + failures.size() + " failures");
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
    }

    private static void judge(String what, RawHttp.Answer answer, RawHttp.Answer control, List<String> failures) {
        boolean signsIn = control.status() >= 200 && control.status() < 300;
        if (answer.status() == 429) {
            return;
        }
        if (signsIn) {
            failures.add(what + ": the locked account got " + answer + " where an unlocked one signs in ("
                    + control.status() + "); expected 429");
        } else if (answer.status() != 401 && answer.status() != 400 && answer.status() != 404) {
            failures.add(what + ": the locked account got " + answer + " (unlocked: " + control.status() + ")");
        }
    }

    /** Spellings of {@code Authorization: Basic} that an attacker might try. */
    private static Map<String, UnaryOperator<String>> basicSpellings() {
        var encoder = Base64.getEncoder();
        UnaryOperator<String> b64 = s -> encoder.encodeToString(s.getBytes(StandardCharsets.UTF_8));
        var spellings = new LinkedHashMap<String, UnaryOperator<String>>();
        spellings.put("Basic", s -> "Basic " + b64.apply(s));
        spellings.put("lower-case basic", s -> "basic " + b64.apply(s));
        spellings.put("upper-case BASIC", s -> "BASIC " + b64.apply(s));
        spellings.put("extra spaces", s -> "Basic    " + b64.apply(s));
        spellings.put("a tab", s -> "Basic\t" + b64.apply(s));
        spellings.put("trailing spaces", s -> "Basic " + b64.apply(s) + "   ");
        spellings.put("no padding", s -> "Basic " + b64.apply(s).replace("=", ""));
        spellings.put("URL-safe base64", s -> "Basic " + Base64.getUrlEncoder().encodeToString(
                s.getBytes(StandardCharsets.UTF_8)));
        spellings.put("MIME base64", s -> "Basic " + Base64.getMimeEncoder().encodeToString(
                s.getBytes(StandardCharsets.UTF_8)));
        spellings.put("upper-case user name", s -> "Basic " + b64.apply(s.substring(0, s.indexOf(':')).toUpperCase()
                + s.substring(s.indexOf(':'))));
        spellings.put("user name with a trailing space", s -> "Basic " + b64.apply(s.replaceFirst(":", " :")));
        return spellings;
    }

    /**
     * The public form's size cap (16 KB) holds however the body arrives: a 100 KB enrolment that would
     * otherwise be valid (padded with whitespace) is a 413 through chunked transfer and through encoded
     * spellings of the path, and nothing is enrolled.
     */
    @Test
    void publicFormSizeCapHoldsForChunkedAndEncodedPaths() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var form = Programmes.path(organiser) + "/enrolments";
        var failures = new ArrayList<String>();
        int cases = 0;
        for (var path : List.of(form, "/%61pi" + form.substring(4), form.replace("/enrolments", "/%65nrolments"),
                form.replace("/api/", "/API/"), form.replace("/api/", "/api//"), form + "/", form + ";x=1",
                form.replace("/api/", "/api/./"))) {
            for (var chunked : List.of(false, true)) {
                cases++;
                var email = "iso." + cases + "." + organiser + "@example.fi";
                var json = JSON.writeValueAsString(Programmes.enrolment("Iso", "Lomake", email));
                var padded = json.substring(0, json.length() - 1) + " ".repeat(100 * 1024) + "}";
                long before = events();
                var answer = RawHttp.send(port, "POST", path, Map.of("Content-Type", "application/json"),
                        RawHttp.Body.of(padded, chunked));
                var what = "POST " + path + (chunked ? " chunked" : " with Content-Length") + " (100 KB) -> " + answer;
                if (answer.status() != 413 && !(answer.status() >= 400 && answer.status() < 500
                        && !path.equals(form) && answer.isProblem() && answer.status() != 429)) {
                    failures.add(what + ": expected 413 (or, for a spelling the firewall refuses, a 4xx problem+json)");
                } else if (!answer.isProblem()) {
                    failures.add(what + ": not problem+json");
                }
                if (events() != before) {
                    failures.add("  and it appended " + (events() - before) + " events");
                }
            }
        }
        System.out.println("Public form size cap: " + cases + " cases, " + failures.size() + " failures");
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
        assertThat(api.get(Programmes.path(organiser) + "/enrolments").json()).as("nothing enrolled").isEmpty();
    }

    /**
     * A body in a transfer coding the server does not read ({@code gzip}, a misspelt {@code chunked}) is
     * refused as such, 501 or 400 problem+json, not a 500, for nobody and for a coordinator alike, and
     * nothing is appended (found by an outsider: an unknown coding was an anonymous internal error).
     */
    @Test
    void unknownTransferCodingIsRefusedNotAnError() throws IOException {
        var api = new Api(port);
        var x = new SeededYear(api, users, jdbc, "koodaus");
        var form = Programmes.path(x.organiser) + "/enrolments";
        var coordinator = new LinkedHashMap<String, String>(Api.basic(x.user("coordinator"), SeededYear.PASSWORD));
        var failures = new ArrayList<String>();
        for (var coding : List.of("xchunked", "gzip", "compress", "gzip, chunked", "chunked, gzip", "chunked;x=1",
                "CHUNKED, identity")) {
            for (var caller : List.of(Map.<String, String>of(), coordinator)) {
                var headers = new LinkedHashMap<String, String>(caller);
                headers.put("Content-Type", "application/json");
                headers.put("Transfer-Encoding", coding);
                long before = events();
                var answer = RawHttp.send(port, "POST", form, headers, null);
                var what = "POST " + form + " with Transfer-Encoding: " + coding
                        + (caller.isEmpty() ? " (nobody)" : " (coordinator)") + " -> " + answer;
                if ((answer.status() != 400 && answer.status() != 501) || !answer.isProblem()) {
                    failures.add(what + ": expected 400 or 501 problem+json");
                }
                if (events() != before) {
                    failures.add(what + ": appended " + (events() - before) + " events");
                }
            }
        }
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
    }

    /**
     * A mentor records minutes with an Idempotency-Key. The same key and body from anyone else (nobody
     * logged in, the group's member, another organiser's coordinator, an admin) never gets the stored
     * answer (the minutes text), and the same key with another query string is another request.
     */
    @Test
    void idempotentAnswerIsNeverServedToAnotherCaller() throws IOException {
        var api = new Api(port);
        var x = new SeededYear(api, users, jdbc, "avain");
        var other = new SeededYear(api, users, jdbc, "avain-b");
        var key = "avain-" + UUID.randomUUID();
        var secret = "Vain ryhmälle " + UUID.randomUUID();
        var body = JSON.writeValueAsString(Map.of("text", secret));
        var path = "/api/meetings/" + x.meeting + "/minutes";
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", "application/json");
        headers.put("Idempotency-Key", key);
        var mentor = new LinkedHashMap<>(headers);
        mentor.putAll(Api.basic(x.user("mentor"), SeededYear.PASSWORD));
        var first = RawHttp.send(port, "POST", path, mentor, RawHttp.Body.of(body, false));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body()).contains(secret);

        var failures = new ArrayList<String>();
        var callers = new LinkedHashMap<String, Map<String, String>>();
        callers.put("anonymous", Map.of());
        callers.put("the group's member", Api.basic(x.user("participant"), SeededYear.PASSWORD));
        callers.put("the coordinator", Api.basic(x.user("coordinator"), SeededYear.PASSWORD));
        callers.put("another organiser's mentor", Api.basic(other.user("mentor"), SeededYear.PASSWORD));
        callers.put("another organiser's coordinator", Api.basic(other.user("coordinator"), SeededYear.PASSWORD));
        callers.put("an admin", Api.basic(TestAccounts.ADMIN, TestAccounts.PASSWORD));
        callers.put("a wrong password for the mentor", Api.basic(x.user("mentor"), "vaara-salasana"));
        int cases = 0;
        for (var caller : callers.entrySet()) {
            for (var spelling : List.of(path, "/%61pi" + path.substring(4), path + "/")) {
                for (var chunked : List.of(false, true)) {
                    cases++;
                    var sent = new LinkedHashMap<>(headers);
                    sent.putAll(caller.getValue());
                    var answer = RawHttp.send(port, "POST", spelling, sent, RawHttp.Body.of(body, chunked));
                    var what = caller.getKey() + " POST " + spelling + (chunked ? " chunked" : "")
                            + " with the mentor's Idempotency-Key -> " + answer;
                    if (answer.body().contains(secret) || "true".equals(answer.headers().get("idempotent-replayed"))) {
                        failures.add(what + ": served the mentor's stored answer");
                    } else if (answer.status() < 400) {
                        failures.add(what + ": let through");
                    }
                }
            }
        }
        // The mentor again, with the same key and body but another query string: another request.
        cases++;
        var otherQuery = RawHttp.send(port, "POST", path + "?programme=" + other.programme, mentor,
                RawHttp.Body.of(body, false));
        if ("true".equals(otherQuery.headers().get("idempotent-replayed"))) {
            failures.add("the mentor POST " + path + "?programme=... with the same key -> " + otherQuery
                    + ": a different query string was served the stored answer");
        }
        System.out.println("Idempotent answers to other callers: " + cases + " cases, " + failures.size()
                + " failures");
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
    }
}
