package fi.verme.app;

import static fi.verme.app.Api.basic;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Login with HTTP Basic against the users table, admin-only user management, headers, and who events name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest {

    static final String PASSWORD = "oikein-pitkä-salasana";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(admin, PASSWORD, "Ylläpitäjä", null, null, null, true);
        users.setGrants(admin, List.of(new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS)));
    }

    @Test
    void onlyAnAdminManagesUsersAndEveryRefusalIsLogged(CapturedOutput output) {
        var anonymous = Api.anonymous(port).get("/api/admin/users");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.json().get("type").asText()).isEqualTo("urn:verme:problem:unauthenticated");
        // A refusal keeps nothing for the caller: no session is started to remember the refused request in.
        for (var path : List.of("/api/admin/users", "/api/me/digest", "/api/me/calendar-feed")) {
            var refused = Api.anonymous(port).get(path);
            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.raw().headers().allValues("Set-Cookie")).as(path + ": no session")
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }

        var coordinator = "koord-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.put("/api/admin/users/" + coordinator, Map.of("displayName", "Koordinaattori",
                "email", coordinator + "@example.fi", "password", PASSWORD,
                "grants", List.of(Map.of("role", "COORDINATOR", "organiser", "tampere"))), basic(admin, PASSWORD));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(200);
        assertThat(created.json().get("grants").get(0).get("role").asText()).isEqualTo("COORDINATOR");
        assertThat(created.raw().body()).doesNotContain(PASSWORD).doesNotContain("password_hash");
        assertThat(jdbc.queryForObject("select password_hash from app.app_user where user_id = ?", String.class,
                coordinator)).startsWith("$2a$");

        var refused = api.get("/api/admin/users", basic(coordinator, PASSWORD));
        assertThat(api.get("/api/admin/users").status()).as("a coordinator of every organiser is still no admin")
                .isEqualTo(403);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:verme:problem:forbidden");
        assertThat(output).contains("Denied GET /api/admin/users to user " + coordinator);

        assertThat(api.get("/api/admin/users", basic(coordinator, "väärä salasana")).status()).isEqualTo(401);
        var shortPassword = api.put("/api/admin/users/" + coordinator, Map.of("displayName", "K", "password", "lyhyt",
                "grants", List.of()), basic(admin, PASSWORD));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
    }

    /** An admin granted for one organiser manages neither users nor erasures: they could grant themselves "*". */
    @Test
    void anAdminOfOneOrganiserCannotManageUsersOrGrantThemselvesMore() {
        var local = "paikallinen-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(local, PASSWORD, "Paikallinen ylläpitäjä", null, null, null, true);
        users.setGrants(local, List.of(new Grant(AccessRole.ADMIN, "paikallinen")));
        var asLocal = api.as(local, PASSWORD);

        var promote = asLocal.put("/api/admin/users/" + local, Map.of("displayName", "Paikallinen ylläpitäjä",
                "email", "paikallinen@example.fi", "grants", List.of(Map.of("role", "ADMIN", "organiser", "*"))));
        assertThat(promote.status()).isEqualTo(403);
        // Not every account either: without naming its organiser, the request names the parameter it lacks.
        var everyone = asLocal.get("/api/admin/users");
        assertThat(everyone.status()).isEqualTo(400);
        assertThat(everyone.json().at("/errors/0/field").asText()).isEqualTo("organiser");
        assertThat(everyone.raw().body()).doesNotContain(TestAccounts.ADMIN);
        assertThat(users.find(local).orElseThrow().grants()).containsExactly(new Grant(AccessRole.ADMIN, "paikallinen"));
        assertThat(api.as(admin, PASSWORD).get("/api/admin/users").status()).isEqualTo(200);
    }

    /** Credentials never travel in the URL, and no other site's page may call the API (problem+json, not text). */
    @Test
    void credentialsInTheUrlAndCrossOriginPreflightsAreRefused() throws Exception {
        var http = HttpClient.newHttpClient();
        for (var path : List.of("/api/login?username=" + admin + "&password=" + PASSWORD,
                "/api/logi%6E?password=" + PASSWORD, "/api/login?username=" + admin)) {
            var inUrl = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(inUrl.statusCode()).as(path).isEqualTo(400);
            assertThat(inUrl.body()).contains("urn:verme:problem:credentials-in-url");
            assertThat(inUrl.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        }
        // Another site's page cannot sign the browser in to an account of its choosing (login CSRF).
        var form = "username=" + admin + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        for (var site : List.of("cross-site", "same-site", "Cross-Site", "cross-site, same-origin", "bogus", "")) {
            var fromAnother = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", site)
                    .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(fromAnother.statusCode()).as(site).isEqualTo(403);
            assertThat(fromAnother.body()).contains("urn:verme:problem:cross-origin-refused");
            assertThat(fromAnother.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        }
        // Nor with Basic credentials (a link naming a user and password): they answer their request, and no session
        // is started that the browser would then carry.
        for (var path : List.of("/api/admin/users", "/", "/api/organisers")) {
            var withBasic = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", basic(admin, PASSWORD).get("Authorization"))
                    .header("Sec-Fetch-Site", "cross-site").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withBasic.statusCode()).as(path).isEqualTo(200);
            assertThat(withBasic.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        var ownPage = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ownPage.statusCode()).as(ownPage.body()).isEqualTo(204);
        var preflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    /** Whoever signed in with the old password is out once an admin sets a new one. */
    @Test
    void aNewPasswordEndsTheSessionsOfTheOldOne() throws Exception {
        var user = "vaihto-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(user, PASSWORD, "Vaihtaja", null, null, null, true);
        users.setGrants(user, List.of(new Grant(AccessRole.COORDINATOR, "vaihto")));
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var base = "http://localhost:" + port;
        var login = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(204);
        var me = HttpRequest.newBuilder(URI.create(base + "/api/me")).header("X-Requested-With", "verme-ui").build();
        assertThat(browser.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        var changed = api.as(admin, PASSWORD).put("/api/admin/users/" + user, Map.of("displayName", "Vaihtaja",
                "password", "uusi-pitka-salasana", "grants", List.of(Map.of("role", "COORDINATOR", "organiser", "vaihto"))));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);

        var after = browser.send(me, HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("urn:verme:problem:unauthenticated");
        assertThat(api.get("/api/me", basic(user, "uusi-pitka-salasana")).status()).isEqualTo(200);
    }

    /** HEAD is a GET without its body: the same rule decides it, for the same users. */
    @Test
    void aHeadRequestIsDecidedAsItsGet() throws Exception {
        var http = HttpClient.newHttpClient();
        var me = URI.create("http://localhost:" + port + "/api/me");
        var users = URI.create("http://localhost:" + port + "/api/admin/users");
        var coordinator = "paa-" + UUID.randomUUID().toString().substring(0, 8);
        this.users.save(coordinator, PASSWORD, "Pää", null, null, null, true);
        this.users.setGrants(coordinator, List.of(new Grant(AccessRole.COORDINATOR, "paa")));
        var asCoordinator = basic(coordinator, PASSWORD);

        assertThat(head(http, me, asCoordinator)).isEqualTo(200);
        assertThat(head(http, users, asCoordinator)).isEqualTo(403);
        assertThat(head(http, users, basic(admin, PASSWORD))).isEqualTo(200);
        assertThat(head(http, me, Map.of())).isEqualTo(401);
    }

    private static int head(HttpClient http, URI uri, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The organiser comes from one place: a parameter given twice, or two organisers in one request, is a 400. */
    @Test
    void aRequestNamingTwoOrganisersOrRepeatingOneIsRefused() {
        var coordinator = "kaksi-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(coordinator, PASSWORD, "Kahden koordinaattori", null, null, null, true);
        users.setGrants(coordinator, List.of(new Grant(AccessRole.COORDINATOR, "oma")));
        var asCoordinator = api.as(coordinator, PASSWORD);

        assertThat(asCoordinator.get("/api/admin/outbox?programme=oma/2026-2027").status()).isEqualTo(200);
        for (var query : List.of("programme=oma/2026-2027&programme=vieras/2026-2027",
                "programme=vieras/2026-2027&programme=oma/2026-2027", "programme=vieras/2026-2027&organiser=oma",
                "organiser=oma&programme=vieras/2026-2027", "programme=oma/2026-2027&organiser=vieras")) {
            var refused = asCoordinator.get("/api/admin/outbox?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).isEqualTo("urn:verme:problem:conflicting-scope");
        }
        var otherInPath = asCoordinator.get("/api/programmes/oma/2026-2027/groups?organiser=vieras");
        assertThat(otherInPath.status()).isEqualTo(400);
        // Naming none, where the rule reads the organiser from a parameter, is a 400 naming it, before any handler;
        // an empty value or one given under another name is no organiser either.
        for (var query : List.of("", "?programme=", "?Programme=oma/2026-2027", "?programme%20=oma/2026-2027")) {
            var unnamed = asCoordinator.get("/api/admin/outbox" + query);
            assertThat(unnamed.status()).as(query).isEqualTo(400);
            assertThat(unnamed.json().get("type").asText()).isEqualTo("urn:verme:problem:validation");
            assertThat(unnamed.json().at("/errors/0/field").asText()).as(query).isEqualTo("programme");
        }
        var mentorUnnamed = asCoordinator.post("/api/mentors", Map.of("firstName", "Nimi"));
        assertThat(mentorUnnamed.status()).isEqualTo(400);
        assertThat(mentorUnnamed.json().at("/errors/0/field").asText()).isEqualTo("organiser");
        // An object's organiser is not told to whoever may not reach it: naming another organiser beside an account
        // of "oma" is refused as naming it alone would be, the same as for an account that does not exist. Its own
        // admin hears of the conflict.
        var stranger = "vieras-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(stranger, PASSWORD, "Vieras", null, null, null, true);
        users.setGrants(stranger, List.of(new Grant(AccessRole.PARTICIPANT, "vieras")));
        for (var userId : List.of(coordinator, "ei-ketaan-" + UUID.randomUUID().toString().substring(0, 8))) {
            var probe = api.as(stranger, PASSWORD).get("/api/admin/users/" + userId + "?organiser=vieras");
            assertThat(probe.status()).as(userId).isEqualTo(403);
            assertThat(probe.raw().body()).doesNotContain("oma");
        }
        var admin = "oma-admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(admin, PASSWORD, "Oman ylläpitäjä", null, null, null, true);
        users.setGrants(admin, List.of(new Grant(AccessRole.ADMIN, "oma")));
        var own = api.as(admin, PASSWORD).get("/api/admin/users/" + coordinator + "?organiser=vieras");
        assertThat(own.status()).as(own.raw().body()).isEqualTo(400);
        assertThat(own.json().get("type").asText()).isEqualTo("urn:verme:problem:conflicting-scope");
        // A parameter the handler does not read decides nothing: the outbox is read for its programme alone.
        assertThat(asCoordinator.get("/api/admin/outbox?programme=vieras/2026-2027&status=PENDING").status())
                .isEqualTo(403);
    }

    @Test
    void eventsNameTheLoggedInUserAndThePublicFormSelfService() {
        var coordinator = "koord-" + UUID.randomUUID().toString().substring(0, 8);
        var organiser = Programmes.freshOrganiser();
        users.save(coordinator, PASSWORD, "Koordinaattori", null, null, null, true);
        users.setGrants(coordinator, List.of(new Grant(AccessRole.COORDINATOR, organiser)));
        var year = new fi.verme.shared.ProgrammeYear(organiser, Programmes.SCHOOL_YEAR);
        var today = Programmes.today();
        var opened = api.post(Programmes.path(organiser) + "/enrolment-call", Map.of(
                "themes", List.of(Map.of("code", "UUDET", "name", "Uudet"), Map.of("code", "K55", "name", "Konkarit")),
                "targetRoles", List.of(),
                "opensOn", today.minusDays(1).toString(),
                "closesOn", (today.plusDays(5).isAfter(year.lastDay()) ? year.lastDay() : today.plusDays(5)).toString()),
                basic(coordinator, PASSWORD));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        Programmes.publishPrivacyNotice(api, organiser);
        var enrolled = Api.anonymous(port).post(Programmes.path(organiser) + "/enrolments",
                Programmes.enrolment("Julkinen", "Lomake", "julkinen." + organiser + "@example.fi"));
        assertThat(enrolled.status()).isEqualTo(201);

        var actingUsers = jdbc.queryForList("""
                select convert_from(meta_data, 'UTF8')::jsonb ->> 'actingUser' from domain_event_entry
                where aggregate_identifier in (?, ?) order by global_index""", String.class, year.id(),
                enrolled.json().get("enrolmentId").asText());
        assertThat(actingUsers).containsExactly("user:" + coordinator, "self-service");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        var response = api.get("/api/mentors");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "default-src 'self'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aPersonSeesAndWithdrawsTheirEnrolmentThroughTheirSignedLink() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var enrolmentId = Api.anonymous(port).post(Programmes.path(organiser) + "/enrolments",
                Programmes.enrolment("Linkki", "Henkilö", "linkki." + organiser + "@example.fi")).json()
                .get("enrolmentId").asText();
        var link = api.get("/api/enrolments/" + enrolmentId + "/link").json();
        var path = link.get("link").asText();
        var anonymous = Api.anonymous(port);
        var own = anonymous.get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("person").get("firstName").asText()).isEqualTo("Linkki");

        var tampered = path.substring(0, path.length() - 2) + (path.endsWith("A") ? "BB" : "AA");
        assertThat(anonymous.get(tampered).status()).isEqualTo(403);
        assertThat(anonymous.get("/api/enrolment-links/not-a-token").status()).isEqualTo(403);
        // The same signature spelled another way base64 would read as the same bytes: padded, or with the unused
        // bits of its last character set.
        assertThat(anonymous.get(path + "=").status()).isEqualTo(403);
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var last = alphabet.indexOf(path.charAt(path.length() - 1));
        var respelled = path.substring(0, path.length() - 1) + alphabet.charAt(last ^ 1);
        assertThat(java.util.Base64.getUrlDecoder().decode(respelled.substring(respelled.lastIndexOf('.') + 1)))
                .isEqualTo(java.util.Base64.getUrlDecoder().decode(path.substring(path.lastIndexOf('.') + 1)));
        assertThat(anonymous.get(respelled).status()).isEqualTo(403);

        var withdrawn = anonymous.post(path + "/withdraw", Map.of("reason", "SCHEDULE"));
        assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");

        // Erased, the person's link finds nothing and withdraws nothing.
        var personId = own.json().get("personId").asText();
        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + personId).status())
                .isEqualTo(204);
        assertThat(anonymous.get(path).status()).isEqualTo(404);
        assertThat(anonymous.post(path + "/withdraw", Map.of("reason", "SCHEDULE")).status()).isEqualTo(404);
    }

    /**
     * Typing someone's address into the public form enrols, but gives no link that acts as them: the form answers a
     * receipt, which shows and withdraws that enrolment only, and none at all for an address the register knows; the
     * link to the person's own page goes only to the address. So a stranger learns nothing of the entry and changes
     * nothing, even when the register later matches the address they typed to someone.
     */
    @Test
    void thePublicFormGivesNoPersonalLinkForAnAddressTheRegisterKnows() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var other = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, other);
        var email = "tunnettu." + organiser + "@example.fi";
        var anonymous = Api.anonymous(port);
        var first = anonymous.post(Programmes.path(organiser) + "/enrolments",
                Programmes.enrolment("Oikea", "Omistaja", email));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("token").isNull()).as("a new address: its link at once").isFalse();
        // The owner's own link, as the receipt e-mail carries it (once a stranger has typed the address too, the
        // coordinator is no longer handed it: ContactDetailsApiTest).
        var own = api.get("/api/enrolments/" + first.json().get("enrolmentId").asText() + "/link").json()
                .get("token").asText();
        var stranger = anonymous.post(Programmes.path(other) + "/enrolments",
                Programmes.enrolment("Vieras", "Kirjoittaja", email.toUpperCase(java.util.Locale.ROOT)));
        assertThat(stranger.status()).as(stranger.raw().body()).isEqualTo(201);
        assertThat(stranger.json().get("token").isNull()).isTrue();
        assertThat(stranger.json().get("personalLink").isNull()).isTrue();
        assertThat(stranger.raw().body()).doesNotContain("Oikea", "Omistaja");
        // The form's answer to a new address is a receipt: the enrolment, not the person, and nothing of theirs.
        var receipt = "/api/enrolment-links/" + first.json().get("token").asText();
        var shown = anonymous.get(receipt);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("person").isNull()).isTrue();
        assertThat(shown.raw().body()).doesNotContain("Omistaja", email);
        assertThat(anonymous.get(receipt + "/contact-details").status()).isEqualTo(403);
        assertThat(anonymous.put(receipt + "/contact-details/phone", Map.of("phone", "040 1")).status())
                .isEqualTo(403);
        assertThat(anonymous.post(receipt + "/contact-details/email", Map.of("email", "vieras@example.fi")).status())
                .isEqualTo(403);
        assertThat(anonymous.get(receipt + "/calendar-feed").status()).isEqualTo(403);
        // The owner's own link acts for them.
        assertThat(api.get("/api/enrolments/" + first.json().get("enrolmentId").asText() + "/link").status())
                .isEqualTo(403);
        assertThat(anonymous.get("/api/enrolment-links/" + own + "/contact-details").json().get("firstName").asText())
                .isEqualTo("Oikea");
        // A link has one spelling: trailing dots are no other way to write it.
        assertThat(anonymous.get("/api/enrolment-links/" + own + ".").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/enrolment-links/" + own + "..").status()).isEqualTo(403);
        // The receipt withdraws the enrolment it answered.
        var withdrawn = anonymous.post(receipt + "/withdraw", Map.of("reason", "SCHEDULE"));
        assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
        assertThat(withdrawn.json().get("person").isNull()).isTrue();
    }

    /**
     * Five wrong passwords for one account, through Basic or the login form alike, and its sixth attempt is
     * refused with 429 before the password is checked, even the right one; other accounts are unaffected.
     */
    @Test
    void wrongPasswordsForOneAccountAreThrottled() throws Exception {
        var target = "arvattava-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(target, PASSWORD, "Arvattava", null, null, null, true);
        users.setGrants(target, List.of(new Grant(AccessRole.COORDINATOR, "arvaus")));
        var login = URI.create("http://localhost:" + port + "/api/login");
        var http = HttpClient.newHttpClient();
        for (int attempt = 1; attempt <= 5; attempt++) {
            int status = attempt % 2 == 0
                    ? api.get("/api/me", basic(target, "arvaus-" + attempt)).status()
                    : http.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + target + "&password=arvaus" + attempt))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("wrong password " + attempt).isEqualTo(401);
        }
        var refused = api.get("/api/me", basic(target, PASSWORD));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:verme:problem:too-many-login-attempts");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 121L);
        var form = http.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + target.toUpperCase() + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.body()).contains("too-many-login-attempts");
        assertThat(api.get("/api/me", basic(admin, PASSWORD)).status()).as("another account").isEqualTo(200);
    }

    /**
     * The UI's session: the login form starts it; a write riding on its cookie needs the session's CSRF
     * token from /api/me, so another site cannot make the browser send one; a wrong password is a 401.
     */
    @Test
    void aBrowserSessionWritesOnlyWithItsCsrfToken() throws Exception {
        var coordinator = "istunto-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(coordinator, PASSWORD, "Istunnon koordinaattori", null, null, null, true);
        users.setGrants(coordinator, List.of(new Grant(AccessRole.COORDINATOR, "istunto")));
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var base = "http://localhost:" + port;
        var form = "username=" + coordinator + "&password=";

        var wrong = client.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "vaara")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("urn:verme:problem:login-failed");
        var login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(204);

        var me = new com.fasterxml.jackson.databind.ObjectMapper().readTree(client.send(HttpRequest.newBuilder(
                URI.create(base + "/api/me")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(me.get("userId").asText()).isEqualTo(coordinator);
        assertThat(me.get("grants").get(0).get("organiser").asText()).isEqualTo("istunto");
        var body = "{\"themes\": [{\"code\": \"UUDET\", \"name\": \"Uudet\"}], \"opensOn\": \"" + Programmes.today()
                + "\", \"closesOn\": \"" + Programmes.today().plusDays(10) + "\"}";
        var call = URI.create(base + "/api/programmes/istunto/" + Programmes.SCHOOL_YEAR + "/enrolment-call");
        var forged = client.send(HttpRequest.newBuilder(call).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).as("the token's fault, not the role's")
                .contains("urn:verme:problem:csrf-token-invalid");
        // Another scheme's Authorization header does not excuse the session; the token counts only as a header.
        var bearer = client.send(HttpRequest.newBuilder(call).header("Content-Type", "application/json")
                .header("Authorization", "Bearer x").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(403);
        var inUrl = client.send(HttpRequest.newBuilder(URI.create(call + "?_csrf=" + URLEncoder.encode(
                        me.get("csrf").get("token").asText(), StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inUrl.statusCode()).isEqualTo(403);
        // Basic naming the session's own user is not checked again by Spring Security: it excuses nothing.
        var withBasic = client.send(HttpRequest.newBuilder(call).header("Content-Type", "application/json")
                .header("Authorization", basic(coordinator, "vaara-salasana").get("Authorization"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withBasic.statusCode()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/programmes/istunto/" + Programmes.SCHOOL_YEAR + "/enrolment-call")
                .status()).as("the refused write changed nothing").isEqualTo(404);
        var sent = client.send(HttpRequest.newBuilder(call).header("Content-Type", "application/json")
                .header(me.get("csrf").get("headerName").asText(), me.get("csrf").get("token").asText())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

        var logout = client.send(HttpRequest.newBuilder(URI.create(base + "/api/logout"))
                .header(me.get("csrf").get("headerName").asText(), me.get("csrf").get("token").asText())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(204);
        var after = client.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).header("X-Requested-With", "verme-ui")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate")).as("no Basic dialog for the UI").isEmpty();
    }
}
