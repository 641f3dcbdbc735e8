package fi.verme.enrolment.domain;

import fi.verme.enrolment.api.CloseEnrolmentCall;
import fi.verme.enrolment.api.EnrolmentCallAlreadyClosedException;
import fi.verme.enrolment.api.EnrolmentCallAlreadyOpenedException;
import fi.verme.enrolment.api.EnrolmentCallClosed;
import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrolmentCallTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("seinajoki", "2026-2027");
    static final List<Theme> THEMES = List.of(new Theme("UUDET", "Uudet opettajat"), new Theme("K55", "Kokeneet"));
    static final LocalDate OPENS = LocalDate.of(2026, 8, 15);
    static final LocalDate CLOSES = LocalDate.of(2026, 9, 15);

    private AggregateTestFixture<EnrolmentCall> fixture;
    private final AtomicReference<CallTerms> existing = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EnrolmentCall.class);
        fixture.registerInjectableResource((EnrolmentCalls) year -> Optional.ofNullable(existing.get()));
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-09-10T10:00:00Z"), ZoneId.of("Europe/Helsinki")));
    }

    @Test
    void opensCall() {
        fixture.givenNoPriorActivity()
                .when(new OpenEnrolmentCall(YEAR, THEMES, List.of(Role.TEACHER), OPENS, CLOSES))
                .expectEvents(new EnrolmentCallOpened(YEAR, THEMES, List.of(Role.TEACHER), OPENS, CLOSES));
    }

    @Test
    void rejectsSecondCallForSameProgrammeYear() {
        existing.set(new CallTerms(YEAR, THEMES, List.of(), OPENS, CLOSES, null));
        fixture.givenNoPriorActivity()
                .when(new OpenEnrolmentCall(YEAR, THEMES, List.of(), OPENS, CLOSES))
                .expectException(EnrolmentCallAlreadyOpenedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsCallWithoutThemes() {
        fixture.givenNoPriorActivity()
                .when(new OpenEnrolmentCall(YEAR, List.of(), List.of(), OPENS, CLOSES))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRepeatedThemeCode() {
        fixture.givenNoPriorActivity()
                .when(new OpenEnrolmentCall(YEAR, List.of(new Theme("K55", "a"), new Theme("K55", "b")), List.of(),
                        OPENS, CLOSES))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("themes[1].code must be a code not used by another theme")
                .expectNoEvents();
    }

    @Test
    void rejectsCallClosingBeforeItOpens() {
        fixture.givenNoPriorActivity()
                .when(new OpenEnrolmentCall(YEAR, THEMES, List.of(), CLOSES, OPENS))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsCallClosingAfterTheSchoolYear() {
        fixture.givenNoPriorActivity()
                .when(new OpenEnrolmentCall(YEAR, THEMES, List.of(), OPENS, LocalDate.of(2027, 8, 1)))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void closesCallOnToday() {
        fixture.given(new EnrolmentCallOpened(YEAR, THEMES, List.of(), OPENS, CLOSES))
                .when(new CloseEnrolmentCall(YEAR))
                .expectEvents(new EnrolmentCallClosed(YEAR, LocalDate.of(2026, 9, 10)));
    }

    @Test
    void rejectsClosingTwice() {
        fixture.given(new EnrolmentCallOpened(YEAR, THEMES, List.of(), OPENS, CLOSES),
                        new EnrolmentCallClosed(YEAR, LocalDate.of(2026, 9, 1)))
                .when(new CloseEnrolmentCall(YEAR))
                .expectException(EnrolmentCallAlreadyClosedException.class)
                .expectNoEvents();
    }
}
