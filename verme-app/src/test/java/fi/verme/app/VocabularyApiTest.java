package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.access.AccessRole;
import fi.verme.enrolment.api.Role;
import fi.verme.meetings.api.MeetingCancellationReason;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The codes of the API's enumerations, for anyone: the UI's choices, the anonymous enrolment form's among them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VocabularyApiTest {

    @LocalServerPort
    int port;

    @Test
    void anyoneGetsEveryEnumerationsCodesInTheirJavaOrder() {
        var anonymous = Api.anonymous(port).get("/api/vocabulary");
        assertThat(anonymous.status()).as(anonymous.raw().body()).isEqualTo(200);
        assertThat(anonymous.contentType()).startsWith("application/json");
        var vocabulary = anonymous.json();
        assertThat(codes(vocabulary.get("Role"))).isEqualTo(names(Role.values()));
        assertThat(codes(vocabulary.get("AccessRole"))).isEqualTo(names(AccessRole.values()));
        assertThat(codes(vocabulary.get("MeetingCancellationReason")))
                .isEqualTo(names(MeetingCancellationReason.values()));
        assertThat(codes(vocabulary.get("CallStatus"))).containsExactly("UPCOMING", "OPEN", "CLOSED");

        var signedIn = new Api(port).get("/api/vocabulary");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json()).isEqualTo(vocabulary);
        assertThat(new Api(port).get("/v3/api-docs").json().get("paths").has("/api/vocabulary")).isTrue();
    }

    private static List<String> codes(JsonNode array) {
        assertThat(array).as("an enumeration of the vocabulary").isNotNull();
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }
}
