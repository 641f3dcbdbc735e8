package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.storage.EmbeddedDatabase;
import fi.verme.app.platform.web.ProblemTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.web.FilterChainProxy;

/**
 * How Verme behaves as a server among others: behind a TLS proxy, on its own embedded database, when the
 * database stalls, and when a request is wrong in a way no controller sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "verme.database.statement-timeout=2s")
class OperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    DataSource dataSource;
    @Autowired
    ServletWebServerApplicationContext context;

    private HttpResponse<String> login(Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + TestAccounts.TESTER + "&password="
                        + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sessionCookieIsSecureBehindATlsTerminatingProxy() throws Exception {
        var behindProxy = login(Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"));
        assertThat(behindProxy.statusCode()).isEqualTo(204);
        assertThat(behindProxy.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");

        var plain = login(Map.of());
        assertThat(plain.statusCode()).as("a plain http client still signs in").isEqualTo(204);
        assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void embeddedDatabaseRefusesConnectionsWithoutThePassword() throws Exception {
        var url = "jdbc:postgresql://localhost:" + database.port() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "väärä"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (var connection = DriverManager.getConnection(url, database.username(), database.password())) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    /** A table locked by someone else stalls a read: it is cancelled after the timeout and answered 503. */
    @Test
    void aStatementStalledPastTheTimeoutIsCancelledAndAnswered503() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var enrolments = Programmes.path(organiser) + "/enrolments";
        assertThat(api.get(enrolments).status()).isEqualTo(200);

        try (var stall = dataSource.getConnection()) {
            stall.setAutoCommit(false);
            stall.createStatement().execute("lock table enrolment.roster_entry in access exclusive mode");
            long started = System.nanoTime();
            HttpResponse<String> stalled;
            try {
                // Without a statement timeout the read would wait for the lock as long as it is held.
                stalled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + enrolments))
                        .header("Authorization", Api.basic(TestAccounts.TESTER, TestAccounts.PASSWORD)
                                .get("Authorization"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            } finally {
                stall.rollback();
            }
            var waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(stalled.statusCode()).as(stalled.body()).isEqualTo(503);
            assertThat(stalled.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(stalled.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(stalled.body()).get("type").asText())
                    .isEqualTo("urn:verme:problem:database-unavailable");
            assertThat(waited).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(10));
        }
        assertThat(api.get(enrolments).status()).as("after the stall").isEqualTo(200);
    }

    /** A raw HTTP/1.1 exchange, so that no client library normalises the path or the headers first. */
    private record Raw(int status, Map<String, String> headers, String body) {
    }

    /** Sends a request line and headers, and after a line {@code "\r\n---\r\n"} in it, a body. */
    private Raw send(String request) throws IOException {
        int bodyAt = request.indexOf("---\r\n");
        var head = bodyAt < 0 ? request : request.substring(0, bodyAt);
        var body = bodyAt < 0 ? "" : request.substring(bodyAt + 5);
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            var bytes = (head + "Host: localhost\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.ISO_8859_1);
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            var text = new String(answer, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            var lines = (split < 0 ? text : text.substring(0, split)).split("\r\n");
            var headers = new LinkedHashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            // ISO-8859-1 keeps one char per byte, so chunk sizes can be counted in chars before decoding.
            var payload = split < 0 ? "" : text.substring(split + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                payload = unchunk(payload);
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    new String(payload.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String unchunk(String body) {
        var out = new StringBuilder();
        int at = 0;
        while (true) {
            int end = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, end).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, end + 2, end + 2 + size);
            at = end + 2 + size + 2;
        }
    }

    @Test
    void everyErrorIsProblemJson() throws Exception {
        var basic = "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (TestAccounts.TESTER + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        var admin = "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (TestAccounts.ADMIN + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        // What is sent, and the status it must get.
        var cases = new LinkedHashMap<String, Integer>();
        cases.put("GET /api/no-such-thing HTTP/1.1\r\n" + basic, 404);
        cases.put("GET /no-such-page HTTP/1.1\r\n", 404);
        cases.put("DELETE /api/me HTTP/1.1\r\n" + basic, 405);
        // The firewall allows only the methods the API uses; its refusal is a 405 that lists them.
        cases.put("TRACE /api/me HTTP/1.1\r\n" + basic, 405);
        cases.put("BREW /api/me HTTP/1.1\r\n" + basic, 405);
        cases.put("TRACE /api/me HTTP/1.1\r\n", 405);
        cases.put("GET /api/me HTTP/1.1\r\nAccept: image/png\r\n" + basic, 406);
        cases.put("PUT /api/admin/users/someone HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                + admin + "---\r\nhi", 415);
        cases.put("PUT /api/admin/users/someone HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5\r\n"
                + admin + "---\r\n{\"a\":", 400);
        cases.put("GET /error HTTP/1.1\r\n", 404);
        cases.put("GET /api/% HTTP/1.1\r\n", 400);
        cases.put("GET /api/%zz HTTP/1.1\r\n", 400);
        cases.put("GET /api/%C3%28 HTTP/1.1\r\n", 400);
        cases.put("GET /api//me HTTP/1.1\r\n" + basic, 400);
        cases.put("GET /api/%2e%2e/api/me HTTP/1.1\r\n" + basic, 400);
        cases.put("GET /api/%2e/me HTTP/1.1\r\n" + basic, 400);
        cases.put("GET /api/me;jsessionid=x;a=b HTTP/1.1\r\n" + basic, 400);
        cases.put("GET /api/a%2Fb HTTP/1.1\r\n" + basic, 400);
        cases.put("GET /api/a%5Cb HTTP/1.1\r\n" + basic, 400);
        cases.put("GET /api/me HTTP/1.1\r\nX-Huge: " + "a".repeat(20_000) + "\r\n", 400);
        cases.put("GET /api/me HTTP/1.1\r\nX-Control: a\u0007b\r\n" + basic, 400);
        var failures = new ArrayList<String>();
        for (var test : cases.entrySet()) {
            var request = test.getKey();
            var name = request.substring(0, Math.min(request.indexOf("\r\n"), 60));
            Raw answer;
            try {
                answer = send(request);
            } catch (IOException | RuntimeException e) {
                failures.add(name + ": " + e);
                continue;
            }
            var type = answer.headers().getOrDefault("content-type", "");
            if (answer.status() != test.getValue() || !type.startsWith("application/problem+json")) {
                failures.add(name + ": " + answer.status() + " " + type + " " + answer.body()
                        .substring(0, Math.min(200, answer.body().length())));
                continue;
            }
            var problem = JSON.readTree(answer.body());
            for (var field : List.of("type", "title", "status", "detail")) {
                if (!problem.hasNonNull(field)) {
                    failures.add(name + ": no " + field + " in " + answer.body());
                }
            }
            if (!problem.path("type").asText().startsWith("urn:verme:problem:")) {
                failures.add(name + ": type " + problem.path("type") + " is not one of Verme's");
            }
            if (problem.path("status").asInt() != answer.status()) {
                failures.add(name + ": status " + problem.path("status") + " in the body, " + answer.status() + " sent");
            }
        }
        System.out.println("everyErrorIsProblemJson: " + cases.size() + " cases, " + failures.size() + " failed");
        assertThat(failures).isEmpty();
    }

    /**
     * A 405 names the methods that are taken, in {@code allowed} and in {@code Allow}: Spring MVC's for one address,
     * the firewall's for a method that no address takes (with or without credentials, whatever the path).
     */
    @Test
    void aMethodRefusedNamesTheMethodsTaken() throws Exception {
        var basic = "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (TestAccounts.TESTER + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        var everyMethod = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");
        var requests = new LinkedHashMap<String, List<String>>();
        requests.put("DELETE /api/me HTTP/1.1\r\n" + basic, List.of("GET"));
        requests.put("TRACE /api/me HTTP/1.1\r\n" + basic, everyMethod);
        requests.put("TRACE /api/me HTTP/1.1\r\n", everyMethod);
        requests.put("BREW /api/no-such-thing HTTP/1.1\r\n", everyMethod);
        requests.put("TRACE /api/%2e%2e/api/me HTTP/1.1\r\n", everyMethod);
        for (var request : requests.entrySet()) {
            var answer = send(request.getKey() + "Accept-Language: en\r\n");
            var name = request.getKey().substring(0, request.getKey().indexOf("\r\n"));
            assertThat(answer.status()).as(name).isEqualTo(405);
            var problem = JSON.readTree(answer.body());
            assertThat(problem.path("type").asText()).as(name).isEqualTo("urn:verme:problem:method-not-allowed");
            var allowed = new ArrayList<String>();
            problem.path("allowed").forEach(method -> allowed.add(method.asText()));
            assertThat(allowed).as(name).containsExactlyElementsOf(request.getValue());
            assertThat(List.of(answer.headers().getOrDefault("allow", "").split(",\\s*")))
                    .as(name).containsExactlyInAnyOrderElementsOf(request.getValue());
        }
    }

    /**
     * A refusal speaks the language the request asks for, wherever it is made: by a module's rule (404 of an
     * unknown enrolment), by Spring MVC (405), by the security chain (401) and by Tomcat before any servlet
     * (400 of a malformed URL). Finnish when the request asks for none of Verme's languages.
     */
    @Test
    void everyErrorSpeaksTheLanguageAsked() throws Exception {
        var basic = "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (TestAccounts.TESTER + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        var requests = Map.of(
                "GET /api/enrolments/no-such-enrolment HTTP/1.1\r\n" + basic, "enrolment-not-found",
                "DELETE /api/me HTTP/1.1\r\n" + basic, "method-not-allowed",
                "GET /api/me HTTP/1.1\r\n", "unauthenticated",
                "GET /api/%zz HTTP/1.1\r\n", "malformed-request");
        var asked = Map.of("sv", "sv", "en-GB,en;q=0.8", "en", "fi-FI", "fi", "de", "fi", "", "fi",
                "de;q=1, sv;q=0.5", "sv");
        var messages = ProblemTexts.messages();
        var failures = new ArrayList<String>();
        for (var request : requests.entrySet()) {
            for (var language : asked.entrySet()) {
                var header = language.getKey().isEmpty() ? "" : "Accept-Language: " + language.getKey() + "\r\n";
                var answer = send(request.getKey() + header);
                var problem = JSON.readTree(answer.body());
                var type = request.getValue();
                var locale = Locale.forLanguageTag(language.getValue());
                var title = messages.getMessage("problemDetail.title." + type, null, locale);
                if (!problem.path("type").asText().equals("urn:verme:problem:" + type)
                        || !problem.path("title").asText().equals(title)) {
                    failures.add(request.getKey().split("\r\n")[0] + " [" + language.getKey() + "]: "
                            + problem.path("type").asText() + " " + problem.path("title").asText() + ", expected " + title);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Verme's filters run only inside the security chain, in its declared order: none is registered with the container. */
    @Test
    void everyFilterOfVermeRunsInsideTheSecurityChainOnly() {
        var registered = context.getServletContext().getFilterRegistrations().values().stream()
                .map(registration -> registration.getClassName()).toList();
        assertThat(registered).isNotEmpty().noneMatch(name -> name.startsWith("fi.verme."));
        var chain = context.getBean(FilterChainProxy.class).getFilterChains().get(0)
                .getFilters().stream().map(filter -> filter.getClass().getSimpleName()).toList();
        assertThat(chain).containsSubsequence("RequestMetadata", "RequestLimits", "UnsupportedRequests",
                "AuthorizationFilter", "Idempotency", "RebuildingNotice");
    }
}
