package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator's Prometheus scrapes {@code /actuator/prometheus} with an account that may do nothing else,
 * and finds Verme's own figures there: each view's lag, the outbox, the hash chain, failed sign-ins, and
 * the commands by type and outcome with their latency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // a test context exports no metrics unless asked; the application does
class MetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    Api api;
    Api monitor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        users.save("prometheus", TestAccounts.PASSWORD, "Prometheus", null, null, null, true);
        users.setGrants("prometheus", List.of(new Grant(AccessRole.MONITOR, Grant.ALL_ORGANISERS)));
        monitor = api.as("prometheus", TestAccounts.PASSWORD);
    }

    private static double value(String metrics, String line) {
        var matcher = Pattern.compile("(?m)^" + Pattern.quote(line) + " ([0-9.E+-]+)$").matcher(metrics);
        assertThat(matcher.find()).as("%s in the metrics", line).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void theMonitorAccountScrapesVermesOwnFigures() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        Programmes.enrol(api, organiser, "Mittari", List.of("UUDET"), "Koulu");
        var failedBefore = value(monitor.get("/actuator/prometheus").raw().body(),
                "verme_logins_failed_total{application=\"verme\"}");
        assertThat(api.as(TestAccounts.TESTER, "wrong-password").get("/api/me").status()).isEqualTo(401);

        var scrape = monitor.get("/actuator/prometheus");
        assertThat(scrape.status()).as(scrape.raw().body()).isEqualTo(200);
        var metrics = scrape.raw().body();
        assertThat(value(metrics, "verme_logins_failed_total{application=\"verme\"}")).isEqualTo(failedBefore + 1);
        // Read-your-writes: the enrolment's answer came once every view had it, so none lags now.
        assertThat(value(metrics, "verme_view_lag_events{application=\"verme\",view=\"enrolment-roster\"}")).isZero();
        assertThat(value(metrics, "verme_view_lag_seconds{application=\"verme\",view=\"enrolment-roster\"}")).isZero();
        assertThat(value(metrics, "verme_outbox_pending{application=\"verme\"}")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "verme_outbox_failed{application=\"verme\"}")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "verme_audit_chain_lag_events{application=\"verme\"}")).isGreaterThanOrEqualTo(0);
        assertThat(metrics).as("commands by type and outcome, with their latency")
                .containsPattern("(?m)^commandBus\\w*\\{[^}]*payloadType=\"SubmitEnrolment\"");
    }

    @Test
    void onlyTheMonitorAndTheInstallationsAdminsReadTheMetricsAndTheMonitorReadsNothingElse() {
        assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus").status()).as("a coordinator of every organiser").isEqualTo(403);
        assertThat(monitor.get("/api/me").status()).isEqualTo(403);
        assertThat(monitor.get(path("seinajoki") + "/enrolments").status()).isEqualTo(403);
        assertThat(monitor.post("/api/mentors?organiser=seinajoki", Map.of()).status()).isIn(400, 403);
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }
}
