package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mail server that is down: the notice's try is counted and recorded with the failure, and it waits for its
 * back-off (30 s) instead of being tried again at once; once the server is up, it goes out once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", "spring.mail.port=" + OutboxRetryTest.SMTP_PORT})
class OutboxRetryTest {

    static final int SMTP_PORT = 3029;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static void await(BooleanSupplier condition, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("within " + patience).isTrue();
    }

    private Map<String, Object> message(String email) {
        return jdbc.queryForMap("""
                select status, attempts, last_error, sent_at, next_attempt_at > now() + interval '20 seconds' as waits
                from app.outbox where recipient_email = ?""", email);
    }

    @Test
    void aFailedTryIsRecordedAndWaitsForItsBackOffThenTheMailGoesOnce() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var email = "palvelin.alhaalla." + organiser + "@example.fi";
        assertThat(Api.anonymous(port).post(path(organiser) + "/enrolments",
                Programmes.enrolment("Palvelin", "Alhaalla", email)).status()).isEqualTo(201);

        await(() -> ((Integer) message(email).get("attempts")) >= 1, Duration.ofSeconds(30));
        Thread.sleep(2_000); // rounds go on every second: a message not waiting for its back-off would be tried again
        assertThat(message(email)).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("sent_at", null).containsEntry("waits", true);
        assertThat((String) message(email).get("last_error")).isNotBlank();

        var smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            jdbc.update("update app.outbox set next_attempt_at = now() where recipient_email = ?", email);
            await(() -> "SENT".equals(message(email).get("status")), Duration.ofSeconds(30));
            assertThat(message(email)).containsEntry("attempts", 2).containsEntry("last_error", null);
            assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(1);
        } finally {
            smtp.stop();
        }
    }
}
