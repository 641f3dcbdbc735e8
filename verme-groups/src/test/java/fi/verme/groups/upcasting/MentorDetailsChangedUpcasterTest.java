package fi.verme.groups.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.groups.api.MentorDetailsChanged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

class MentorDetailsChangedUpcasterTest {

    @Test
    void revisionZeroIsReadAsTodaysEvent() {
        var serializer = JacksonSerializer.defaultSerializer();
        var stored = "{\"mentorId\":\"mentor-1\",\"organisation\":\"Tampereen kaupunki\",\"training\":\"2018, Osake\"}";
        var entry = new GenericDomainEventEntry<>("Mentor", "mentor-1", 1, "event-1", Instant.now(),
                MentorDetailsChanged.class.getName(), "0", stored.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        var upcasted = new MentorDetailsChangedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcasted).singleElement().satisfies(representation -> {
            assertThat(representation.getType())
                    .isEqualTo(new SimpleSerializedType(MentorDetailsChanged.class.getName(), "1"));
            MentorDetailsChanged event = serializer.deserialize(representation.getData());
            assertThat(event).isEqualTo(new MentorDetailsChanged("mentor-1", "Tampereen kaupunki", 2018, "Osake"));
        });
    }
}
