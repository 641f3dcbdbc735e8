package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public form's limits when the peer is no proxy Verme trusts (here: no proxy is trusted, so the tests' own
 * loopback connection is a client like any other): its {@code X-Forwarded-For} is ignored, so a new address in it
 * every time gives no fresh budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"verme.public-form.per-address=60", "verme.public-form.per-call=300",
                "verme.public-form.per-email=5", "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.254"})
class PublicFormUntrustedPeerTest {

    @LocalServerPort
    int port;

    @Test
    void anUntrustedPeersForwardedForGivesNoFreshBudget() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        var anonymous = Api.anonymous(port);
        for (int i = 0; i < 60; i++) {
            var invalid = anonymous.post(path(organiser) + "/enrolments", Map.of(),
                    Map.of("X-Forwarded-For", "203.0.113." + (i + 1)));
            assertThat(invalid.status()).as(i + ": " + invalid.raw().body()).isEqualTo(400);
        }
        // A token comes back every 10 s; however slowly this runs, most of these are refused.
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            var next = anonymous.post(path(organiser) + "/enrolments", Programmes.enrolment("Uusi" + i, "Osoite",
                    "uusi" + i + "." + organiser + "@example.fi"), Map.of("X-Forwarded-For", "198.51.100." + (i + 1)));
            if (next.status() != 201) {
                assertThat(next.status()).as(next.raw().body()).isEqualTo(429);
                assertThat(next.json().get("type").asText()).isEqualTo("urn:verme:problem:rate-limited");
                assertThat(next.header("Retry-After")).isNotBlank();
                refused++;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(10);
    }
}
