package fi.verme.groups.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.groups.api.MentorRegistered;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

class MentorRegisteredUpcasterTest {

    @Test
    void mentorRegisteredBeforeOrganisersIsReadAsLegacyMentorOfNoOrganiser() {
        var serializer = JacksonSerializer.defaultSerializer();
        var stored = "{\"mentorId\":\"mentor-1\",\"personId\":\"person-1\",\"organisation\":\"Tampereen kaupunki\","
                + "\"trainingYear\":2018,\"trainingProvider\":\"Osake\",\"registeredAt\":\"2024-08-01T08:00:00Z\"}";
        var entry = new GenericDomainEventEntry<>("Mentor", "mentor-1", 0, "event-1", Instant.now(),
                MentorRegistered.class.getName(), "1", stored.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        var upcasted = new MentorRegisteredUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcasted).singleElement().satisfies(representation -> {
            assertThat(representation.getType())
                    .isEqualTo(new SimpleSerializedType(MentorRegistered.class.getName(), "2"));
            MentorRegistered event = serializer.deserialize(representation.getData());
            assertThat(event).isEqualTo(new MentorRegistered("mentor-1", "person-1", "Tampereen kaupunki", 2018,
                    "Osake", Instant.parse("2024-08-01T08:00:00Z"), null));
        });
    }
}
