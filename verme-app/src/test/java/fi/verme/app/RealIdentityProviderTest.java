package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through a real OpenID provider, in a real browser: panva's {@code oidc-provider}, an OpenID
 * Certified implementation, runs as its own Node process on loopback ({@link OidcProviderProcess}), and
 * Debian's headless Chromium goes through its login form. Verme is configured as an operator would
 * configure it, with Spring Boot's properties: a registration {@code testikunta} by the provider's issuer
 * (discovery), the client's id and secret, and the scopes.
 *
 * <p>The provider requires PKCE on every authorization request, so every sign-in that gets through shows
 * that Verme sends it. A second provider instance, with its own key, its own issuer and ID tokens that
 * have expired (its clock is 20 minutes behind), lets three registrations prove that Spring Security validates the ID token: one
 * takes its keys from the other instance (the signature does not verify), one expects the other instance
 * as issuer, and one signs in at the other instance (expired). The audience and nonce checks cannot be
 * provoked through the provider's configuration; Spring Security's {@code OidcIdTokenValidator} makes
 * them on the same path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RealIdentityProviderTest {

    static final int PORT = freePort();
    static final String VERME = "http://localhost:" + PORT;
    static final String CLIENT_ID = "verme";
    static final String CLIENT_SECRET = "verme-asiakkaan-salaisuus-" + UUID.randomUUID();
    static final String PROVIDER_NAME = "Testikunnan tunnistus";
    static final List<String> REGISTRATIONS = List.of("testikunta", "wrong-keys", "wrong-issuer", "expired");
    /** The provider's people: a login is the subject; these have an e-mail address too. */
    static final String ACCOUNTS = "{\"anna\": {\"email\": \"Anna.Virtanen@testikunta.example.fi\", \"name\": \"Anna Virtanen\"},"
            + " \"mallory\": {\"email\": \"It.Admin@kunta.example.fi\", \"name\": \"Mallory\"}}";

    static OidcProviderProcess provider;
    static OidcProviderProcess otherProvider;

    @Autowired
    UserAccounts users;

    @BeforeAll
    static void nodeIsInstalled() {
        OidcProviderProcess.requireNode();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        var environment = new LinkedHashMap<String, String>();
        environment.put("CLIENT_ID", CLIENT_ID);
        environment.put("CLIENT_SECRET", CLIENT_SECRET);
        environment.put("REDIRECT_URIS", String.join(" ", REGISTRATIONS.stream()
                .map(id -> VERME + "/login/oauth2/code/" + id).toList()));
        environment.put("POST_LOGOUT_REDIRECT_URIS", VERME + "/");
        environment.put("ACCOUNTS", ACCOUNTS);
        provider = OidcProviderProcess.start(environment);
        environment.put("CLOCK_OFFSET", "-1200");
        otherProvider = OidcProviderProcess.start(environment);

        registry.add("server.port", () -> PORT);
        var issuer = provider.issuer();
        var other = otherProvider.issuer();
        register(registry, "testikunta", Map.of("issuer-uri", issuer));
        register(registry, "wrong-keys", Map.of("issuer-uri", issuer, "jwk-set-uri", other + "/jwks"));
        register(registry, "wrong-issuer", Map.of("issuer-uri", other, "authorization-uri", issuer + "/auth",
                "token-uri", issuer + "/token", "jwk-set-uri", issuer + "/jwks", "user-info-uri", issuer + "/me"));
        register(registry, "expired", Map.of("issuer-uri", other));
    }

    /** One registration, as an operator writes it in the environment (here as properties). */
    private static void register(DynamicPropertyRegistry registry, String id, Map<String, String> provider) {
        var registration = "spring.security.oauth2.client.registration." + id + ".";
        registry.add(registration + "client-id", () -> CLIENT_ID);
        registry.add(registration + "client-secret", () -> CLIENT_SECRET);
        registry.add(registration + "scope", () -> "openid,email,profile");
        registry.add(registration + "client-name", () -> id.equals("testikunta") ? PROVIDER_NAME : id);
        registry.add(registration + "provider", () -> id);
        provider.forEach((key, value) -> registry.add("spring.security.oauth2.client.provider." + id + "." + key,
                () -> value));
    }

    @AfterAll
    static void stopProviders() {
        for (var each : new OidcProviderProcess[] {provider, otherProvider}) {
            if (each != null) {
                each.close();
            }
        }
    }

    @Test
    void aPersonRegisteredByEmailSignsInThroughTheProviderAndSeesTheirScreens() throws IOException {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(PORT), organiser);
        // By e-mail only for an organiser that names this provider: the provider vouches for its own people.
        assertThat(new Api(PORT).as(TestAccounts.ADMIN, TestAccounts.PASSWORD).post("/api/organisers",
                withProvider(organiser, "testikunta")).status()).isEqualTo(201);
        users.save("oidc-anna", null, "Anna Virtanen", "anna.virtanen@testikunta.example.fi", null, null, true);
        users.setGrants("oidc-anna", List.of(new Grant(AccessRole.COORDINATOR, organiser)));

        try (var browser = Browser.open(PORT)) {
            browser.go("#/login");
            browser.record("oidc-01-login-with-provider");
            browser.click(PROVIDER_NAME);
            signInAtProvider(browser, "anna");
            browser.find(".site-header .user");
            browser.heading("Yleiskuva");
            assertThat(browser.all("#nav ul a").stream().map(a -> a.getText().trim()).toList())
                    .contains("Yleiskuva", "Ilmoittautumiset", "Vuoden asetukset").doesNotContain("Tarkastus");
            assertThat(call(browser, "/api/me")).startsWith("200").contains("\"userId\":\"oidc-anna\"")
                    .contains("\"role\":\"COORDINATOR\",\"organiser\":\"" + organiser + "\"");
            assertThat(call(browser, "/api/admin/users")).startsWith("403");
            browser.assertAccessible();
        }
    }

    @Test
    void aSignInCarriesOnlyTheGrantsOfOrganisersThatUseThisProvider(@LocalServerPort int port) throws IOException {
        var own = Programmes.freshOrganiser();
        var other = Programmes.freshOrganiser();
        var admin = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var unknown = admin.post("/api/organisers", withProvider(own, "ei-tallaista"));
        assertThat(unknown.status()).as(unknown.raw().body()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("allowed").asText())
                .contains(String.join(", ", REGISTRATIONS.stream().sorted().toList()));
        assertThat(admin.post("/api/organisers", withProvider(own, "testikunta")).status()).isEqualTo(201);
        assertThat(admin.post("/api/organisers", withProvider(other, "wrong-keys")).status()).isEqualTo(201);
        var both = "kaksi-" + UUID.randomUUID();
        users.save("oidc-" + both, "salasana-molemmille-1234", "Kahden kunnan koordinaattori", null, both, null,
                true);
        users.setGrants("oidc-" + both, List.of(new Grant(AccessRole.COORDINATOR, own),
                new Grant(AccessRole.COORDINATOR, other)));
        var outsider = "ulkopuolinen-" + UUID.randomUUID();
        users.save("oidc-" + outsider, null, "Toisen kunnan koordinaattori", null, outsider, null, true);
        users.setGrants("oidc-" + outsider, List.of(new Grant(AccessRole.COORDINATOR, other)));

        try (var browser = Browser.open(PORT)) {
            browser.go("#/login").click(PROVIDER_NAME);
            signInAtProvider(browser, both);
            browser.find(".site-header .user");
            assertThat(call(browser, "/api/me")).startsWith("200")
                    .contains("\"role\":\"COORDINATOR\",\"organiser\":\"" + own + "\"").doesNotContain(other);
            assertThat(call(browser, "/api/organisers/" + other + "/years")).startsWith("403");
            assertThat(call(browser, "/api/organisers/" + own + "/years")).startsWith("200");
        }
        try (var browser = Browser.open(PORT)) {
            browser.go("#/login").click(PROVIDER_NAME);
            signInAtProvider(browser, outsider);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/#/login/not-registered");
            assertThat(call(browser, "/api/me")).startsWith("401");
        }
        // With a password, the same account keeps both grants: only the provider's vouching is limited.
        assertThat(new Api(port).as("oidc-" + both, "salasana-molemmille-1234").get("/api/me").raw().body())
                .contains(own, other);
    }

    private static Map<String, Object> withProvider(String organiser, String identityProvider) {
        var body = OrganisersApiTest.registration(organiser, "Kunta " + organiser, "Kommun " + organiser, "fi");
        body.put("identityProvider", identityProvider);
        return body;
    }

    @Test
    void aProvidersEmailClaimNeverSignsInAsAnInstallationAdminOrAnotherOrganisersPerson() throws IOException {
        // The provider's administrators write its e-mail claims: one of them gives an account the address of
        // Verme's installation admin, and of a coordinator of an organiser that names no provider.
        users.save("it-admin-test", "salasana-ylläpitäjälle-1", "IT-ylläpito", "it.admin@kunta.example.fi", null,
                null, true);
        users.setGrants("it-admin-test", List.of(new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS)));
        try (var browser = Browser.open(PORT)) {
            browser.go("#/login").click(PROVIDER_NAME);
            signInAtProvider(browser, "mallory");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/#/login/not-registered");
            assertThat(call(browser, "/api/me")).startsWith("401");
        }
        var organiser = Programmes.freshOrganiser();
        users.setGrants("it-admin-test", List.of(new Grant(AccessRole.COORDINATOR, organiser)));
        try (var browser = Browser.open(PORT)) {
            browser.go("#/login").click(PROVIDER_NAME);
            signInAtProvider(browser, "mallory");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/#/login/not-registered");
        }
        users.setGrants("it-admin-test", List.of());
    }

    @Test
    void someoneTheProviderKnowsButVermeDoesNotIsRefusedInTheirLanguage() throws IOException {
        try (var browser = Browser.open(PORT)) {
            browser.go("#/login");
            assertThat(browser.all("#demo-accounts")).as("no demo here: its accounts are not named").isEmpty();
            browser.language("sv");
            browser.click(PROVIDER_NAME);
            signInAtProvider(browser, "tuntematon-" + UUID.randomUUID());
            browser.heading("Inloggningen misslyckades");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/#/login/not-registered");
            assertThat(browser.mainText()).contains("du är inte användare i Verme");
            browser.record("oidc-02-not-registered-sv");
            assertThat(call(browser, "/api/me")).startsWith("401");
            browser.assertAccessible();
        }
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws IOException {
        var subject = "mikko-" + UUID.randomUUID();
        users.save("oidc-mikko", null, "Mikko Mentori", null, subject, null, true);
        users.setGrants("oidc-mikko", List.of(new Grant(AccessRole.AUDITOR, Grant.ALL_ORGANISERS)));

        try (var browser = Browser.open(PORT)) {
            browser.go("#/login").click(PROVIDER_NAME);
            signInAtProvider(browser, subject);
            browser.find(".site-header .user");
            assertThat(call(browser, "/api/me")).startsWith("200").contains("\"userId\":\"oidc-mikko\"");

            // Without signing out of Verme properly, the provider still knows the browser: a new Verme session
            // is made without a password (single sign-on).
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.driver().navigate().refresh();
            browser.find(".site-header a.button-link");
            browser.go("#/login").click(PROVIDER_NAME);
            browser.find(".site-header .user");
            assertThat(call(browser, "/api/me")).startsWith("200");

            // Signing out sends the browser to the provider, which ends its session and sends it back.
            browser.driver().findElement(By.xpath("//header//button")).click();
            var wait = browser.waiting();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[name=logout][value=yes]")))
                    .click();
            wait.until(ExpectedConditions.urlToBe(VERME + "/"));
            browser.ready();
            assertThat(call(browser, "/api/me")).startsWith("401");

            browser.go("#/login").click(PROVIDER_NAME);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("password")));
            assertThat(browser.driver().getCurrentUrl()).as("the provider asks for credentials again")
                    .startsWith(provider.issuer());
        }
    }

    @Test
    void anIdTokenWhoseSignatureTheConfiguredKeysDoNotVerifyIsRefused(CapturedOutput log) throws IOException {
        assertRefused("wrong-keys", log, "Signed JWT rejected: Another algorithm expected, or no matching key(s) found");
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused(CapturedOutput log) throws IOException {
        assertRefused("wrong-issuer", log, "The ID Token contains invalid claims: {iss=" + provider.issuer() + "}");
    }

    @Test
    void anExpiredIdTokenIsRefused(CapturedOutput log) throws IOException {
        assertRefused("expired", log, "Jwt expired at");
    }

    /** A sign-in through the registration gets to the provider and back, and Verme refuses the ID token. */
    private void assertRefused(String registration, CapturedOutput log, String reason) throws IOException {
        var subject = "tarkastaja-" + UUID.randomUUID();
        users.save("oidc-" + subject, null, "Tarkastaja", null, subject, null, true);
        users.setGrants("oidc-" + subject, List.of(new Grant(AccessRole.AUDITOR, Grant.ALL_ORGANISERS)));
        try (var browser = Browser.open(PORT)) {
            browser.driver().get(VERME + "/oauth2/authorization/" + registration);
            signInAtProvider(browser, subject);
            browser.heading("Kirjautuminen ei onnistunut");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/#/login/failed");
            assertThat(call(browser, "/api/me")).startsWith("401");
        }
        assertThat(log.getOut()).contains("Sign-in through an identity provider refused at /login/oauth2/code/"
                + registration + ": [invalid_id_token]").contains(reason);
    }

    /** Calls the API from the page as the UI does (so that a 401 does not open the browser's Basic dialog). */
    private static String call(Browser browser, String path) {
        return (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {'X-Requested-With': 'verme-ui'}})"
                + ".then(r => r.text().then(t => done(r.status + '\\n' + t))).catch(e => done('error ' + e));", path);
    }

    /** The provider's own login form (its development interactions): any password will do. */
    private static void signInAtProvider(Browser browser, String login) {
        var wait = browser.waiting();
        var form = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("login")));
        assertThat(browser.driver().getCurrentUrl()).as("the browser is at the provider").contains("127.0.0.1");
        form.sendKeys(login);
        browser.driver().findElement(By.name("password")).sendKeys("mikä-tahansa");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(VERME));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
