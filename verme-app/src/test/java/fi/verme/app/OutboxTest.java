package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without SMTP, notices wait in the outbox, readable by the coordinator, and nothing is lost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxTest {

    @LocalServerPort
    int port;

    @Test
    void withoutSmtpTheMessageWaitsInTheOutbox() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var enrolled = Api.anonymous(port).post(path(organiser) + "/enrolments",
                Programmes.enrolment("Odottava", "Viesti", "odottava." + organiser + "@example.fi"));
        assertThat(enrolled.status()).isEqualTo(201);

        var outbox = api.get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR);
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.json()).singleElement().satisfies(message -> {
            assertThat(message.get("status").asText()).isEqualTo("PENDING");
            assertThat(message.get("language").asText()).isEqualTo("fi");
            assertThat(message.get("subject").asText()).isEqualTo(
                    "Ilmoittautumisesi vertaisryhmämentorointiin on vastaanotettu");
            // The personal link is in the mail; whoever reads the outbox sees it without its token.
            assertThat(message.get("body").asText()).contains("Hei Odottava", "/#/oma/…")
                    .doesNotContainPattern("/#/oma/[^…\\s]");
        });
    }
}
