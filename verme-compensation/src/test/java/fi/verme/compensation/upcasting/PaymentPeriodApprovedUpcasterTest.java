package fi.verme.compensation.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

class PaymentPeriodApprovedUpcasterTest {

    @Test
    void aPeriodApprovedBeforeQuantitiesWereKeptIsReadWithNoQuantityNotAGuess() {
        var serializer = JacksonSerializer.defaultSerializer();
        var stored = "{\"periodId\":\"p1\",\"programmeYear\":{\"organiser\":\"seinajoki\",\"schoolYear\":\"2026-2027\"},"
                + "\"period\":\"2026-10\",\"lines\":[{\"sourceId\":\"meeting:m1:mentor-1\",\"mentorId\":\"mentor-1\","
                + "\"kind\":\"MEETING_FEE\",\"amount\":50.00,\"adjustment\":false}],\"total\":50.00,"
                + "\"approvedAt\":\"2026-10-31T12:00:00Z\"}";
        var entry = new GenericDomainEventEntry<>("PaymentLedger", "payments:seinajoki/2026-2027", 0, "event-1",
                Instant.now(), PaymentPeriodApproved.class.getName(), "1", stored.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        var upcasted = new PaymentPeriodApprovedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcasted).singleElement().satisfies(representation -> {
            assertThat(representation.getType())
                    .isEqualTo(new SimpleSerializedType(PaymentPeriodApproved.class.getName(), "2"));
            PaymentPeriodApproved event = serializer.deserialize(representation.getData());
            // The JSON tree of an upcast reads 50.00 as 50.0: the same amount, compared as such.
            assertThat(event).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(new PaymentPeriodApproved("p1", new ProgrammeYear("seinajoki", "2026-2027"),
                            "2026-10", List.of(new ApprovedLine("meeting:m1:mentor-1", "mentor-1",
                                    LineKind.MEETING_FEE, new BigDecimal("50.00"), null, false)),
                            new BigDecimal("50.00"), Instant.parse("2026-10-31T12:00:00Z")));
        });
    }
}
