package fi.verme.compensation.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.Payee;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

class ExpenseClaimedUpcasterTest {

    @Test
    void anExpenseClaimedBeforePayeesIsReadAsOwedToTheMentorWhoClaimedIt() {
        var serializer = JacksonSerializer.defaultSerializer();
        var stored = "{\"claimId\":\"c1\",\"programmeYear\":{\"organiser\":\"seinajoki\",\"schoolYear\":\"2026-2027\"},"
                + "\"mentorId\":\"mentor-1\",\"groupId\":\"g1\",\"kind\":\"SUBSTITUTE\",\"amount\":null,\"days\":1,"
                + "\"receiptReference\":null,\"date\":\"2026-10-01\",\"employer\":null}";
        var entry = new GenericDomainEventEntry<>("ProgrammeClaims", "claims:seinajoki/2026-2027", 0, "event-1",
                Instant.now(), ExpenseClaimed.class.getName(), "1", stored.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        var upcasted = new ExpenseClaimedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcasted).singleElement().satisfies(representation -> {
            assertThat(representation.getType())
                    .isEqualTo(new SimpleSerializedType(ExpenseClaimed.class.getName(), "2"));
            ExpenseClaimed event = serializer.deserialize(representation.getData());
            assertThat(event).isEqualTo(new ExpenseClaimed("c1", new ProgrammeYear("seinajoki", "2026-2027"),
                    "mentor-1", "g1", ExpenseKind.SUBSTITUTE, null, BigDecimal.ONE, null, LocalDate.of(2026, 10, 1),
                    null, Payee.mentor("mentor-1"), null));
        });
    }
}
