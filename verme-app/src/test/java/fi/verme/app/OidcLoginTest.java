package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect login against an identity provider that runs in the test (authorization code flow,
 * an RS256-signed ID token): a registered person gets in with their Verme grants, anyone else does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginTest {

    static final String CLIENT_ID = "verme-test";
    static final IdentityProvider PROVIDER = new IdentityProvider();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        var base = PROVIDER.base();
        var prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.test-idp.client-id", () -> CLIENT_ID);
        registry.add(prefix + "registration.test-idp.client-secret", () -> "salaisuus");
        registry.add(prefix + "registration.test-idp.scope", () -> "openid,email");
        registry.add(prefix + "registration.test-idp.authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "registration.test-idp.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(prefix + "provider.test-idp.authorization-uri", () -> base + "/authorize");
        registry.add(prefix + "provider.test-idp.token-uri", () -> base + "/token");
        registry.add(prefix + "provider.test-idp.jwk-set-uri", () -> base + "/jwks");
        registry.add(prefix + "provider.test-idp.user-name-attribute", () -> "sub");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Test
    void aRegisteredPersonLogsInThroughTheProviderWithVermesGrants() throws Exception {
        // A grant for all organisers: such an account signs in by its subject, never by an e-mail claim.
        users.save("oidc-koordinaattori", null, "OIDC-koordinaattori", "oidc.koordinaattori@example.fi",
                "provider-subject-1", null, true);
        users.setGrants("oidc-koordinaattori", List.of(new Grant(AccessRole.COORDINATOR, Grant.ALL_ORGANISERS)));
        PROVIDER.nextUser("provider-subject-1", "OIDC.Koordinaattori@example.fi");

        var browser = new Browser(port);
        var landing = browser.login();
        assertThat(landing).as("after login the browser is sent on, not to the error page").doesNotContain("error");
        var mentors = browser.get("/api/mentors");
        assertThat(mentors.statusCode()).isEqualTo(200);
        var admin = browser.get("/api/admin/users");
        assertThat(admin.statusCode()).isEqualTo(403);
    }

    @Test
    void someoneTheAdminHasNotRegisteredDoesNotGetIn() throws Exception {
        PROVIDER.nextUser("stranger-subject", "stranger@example.fi");
        var browser = new Browser(port);
        var landing = browser.login();
        assertThat(landing).as("the UI's page that says why").endsWith("/#/login/not-registered");
        assertThat(browser.get("/api/mentors").statusCode()).isEqualTo(401);
    }

    /** A browser without JavaScript: follows the login redirects by hand, keeping cookies. */
    static final class Browser {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        /** Goes through the login and returns where the application finally sends the browser. */
        String login() throws Exception {
            var location = base + "/oauth2/authorization/test-idp";
            for (int hop = 0; hop < 5; hop++) {
                var response = http.send(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                var next = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || next.isEmpty()) {
                    return location;
                }
                location = URI.create(location).resolve(next.get()).toString();
                if (location.startsWith(base) && !location.contains("/oauth2/") && !location.contains("/login/oauth2/")) {
                    return location;
                }
            }
            return location;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Just enough of an OpenID provider: authorize (always consents), token (an RS256 ID token), keys. */
    static final class IdentityProvider {

        private final HttpServer server;
        private final RSAKey key;
        private final AtomicReference<String[]> user = new AtomicReference<>();
        private final Map<String, String> nonces = new HashMap<>();

        IdentityProvider() {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-key").generate();
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/authorize", exchange -> {
                var query = parse(exchange.getRequestURI().getRawQuery());
                var code = "code-" + System.nanoTime();
                synchronized (nonces) {
                    nonces.put(code, query.get("nonce"));
                }
                var redirect = query.get("redirect_uri") + "?code=" + code + "&state="
                        + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Location", redirect);
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            server.createContext("/token", exchange -> {
                var form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String nonce;
                synchronized (nonces) {
                    nonce = nonces.remove(form.get("code"));
                }
                var body = "{\"access_token\":\"access\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"scope\":\"openid email\",\"id_token\":\"" + idToken(nonce) + "\"}";
                respond(exchange, body);
            });
            server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.start();
        }

        String base() {
            return "http://localhost:" + server.getAddress().getPort();
        }

        void nextUser(String subject, String email) {
            user.set(new String[] {subject, email});
        }

        void stop() {
            server.stop(0);
        }

        private String idToken(String nonce) {
            try {
                var now = Instant.now();
                var claims = new JWTClaimsSet.Builder().issuer(base()).subject(user.get()[0]).audience(CLIENT_ID)
                        .claim("email", user.get()[1]).claim("nonce", nonce).issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(300))).build();
                var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        private static Map<String, String> parse(String query) {
            var values = new HashMap<String, String>();
            if (query != null) {
                for (var pair : query.split("&")) {
                    var parts = pair.split("=", 2);
                    values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                            parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
                }
            }
            return values;
        }
    }
}
