package fi.verme.enrolment.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.verme.enrolment.api.EnrolmentCallExtended;
import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.EnrolmentCallThemeAdded;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.Theme;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call as the rules and the public form read it, after the coordinator changed it. */
class EnrolmentCallTermsTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("enrolment");

    private final ProgrammeYear year = new ProgrammeYear("terms-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    private final EnrolmentCallTerms calls = new EnrolmentCallTerms(DATABASE.jdbc(),
            new ObjectMapper().registerModule(new JavaTimeModule()),
            Clock.fixed(Instant.parse("2026-09-20T10:00:00Z"), ZoneId.of("Europe/Helsinki")));

    @Test
    void aCallReadsWithTheThemeAddedAfterTheOthersAndItsNewClosingDate() throws Exception {
        calls.on(new EnrolmentCallOpened(year, List.of(new Theme("UUDET", "Uudet opettajat")), List.of(),
                LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 15)));
        var added = new EnrolmentCallThemeAdded(year, "LUKIO", "Lukion opettajat");
        calls.on(added);
        calls.on(added); // an event handled twice changes nothing twice
        calls.on(new EnrolmentCallExtended(year, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 30)));

        var call = calls.find(new FindEnrolmentCall(year)).orElseThrow();
        assertThat(call.themes()).containsExactly(new Theme("UUDET", "Uudet opettajat"),
                new Theme("LUKIO", "Lukion opettajat"));
        assertThat(call.closesOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(call.status()).as("closed by its old date, open again by its new").isEqualTo(EnrolmentCallView.Status.OPEN);
        assertThat(calls.termsOf(year).orElseThrow().isOpenOn(LocalDate.of(2026, 9, 20))).isTrue();
    }
}
