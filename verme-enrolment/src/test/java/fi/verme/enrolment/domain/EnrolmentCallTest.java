package fi.verme.enrolment.domain;

import fi.verme.enrolment.api.AddEnrolmentCallTheme;
import fi.verme.enrolment.api.CloseEnrolmentCall;
import fi.verme.enrolment.api.EnrolmentCallAlreadyClosedException;
import fi.verme.enrolment.api.EnrolmentCallAlreadyOpenedException;
import fi.verme.enrolment.api.EnrolmentCallClosed;
import fi.verme.enrolment.api.EnrolmentCallExtended;
import fi.verme.enrolment.api.EnrolmentCallExtensionOutOfRangeException;
import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.EnrolmentCallThemeAdded;
import fi.verme.enrolment.api.ExtendEnrolmentCall;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.ThemeAlreadyOfferedException;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
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

    // The call changes: a theme more, a later closing date. Today is 10 September 2026; the call closes on the 15th.

    private static final EnrolmentCallOpened OPENED = new EnrolmentCallOpened(YEAR, THEMES, List.of(), OPENS, CLOSES);
    private static final Theme LUKIO = new Theme("LUKIO", "Lukion opettajat");

    @Test
    void addsAThemeToAnOpenCall() {
        fixture.given(OPENED)
                .when(new AddEnrolmentCallTheme(YEAR, LUKIO))
                .expectEvents(new EnrolmentCallThemeAdded(YEAR, "LUKIO", "Lukion opettajat"));
    }

    @Test
    void addsAThemeToACallYetToOpen() {
        fixture.given(new EnrolmentCallOpened(YEAR, THEMES, List.of(), LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31)))
                .when(new AddEnrolmentCallTheme(YEAR, LUKIO))
                .expectEvents(new EnrolmentCallThemeAdded(YEAR, "LUKIO", "Lukion opettajat"));
    }

    @Test
    void rejectsAThemeWhoseCodeTheCallOffers() {
        fixture.given(OPENED)
                .when(new AddEnrolmentCallTheme(YEAR, new Theme("K55", "Konkarit")))
                .expectException(ThemeAlreadyOfferedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAThemeWhoseCodeWasAddedBefore() {
        fixture.given(OPENED, new EnrolmentCallThemeAdded(YEAR, "LUKIO", "Lukion opettajat"))
                .when(new AddEnrolmentCallTheme(YEAR, new Theme("LUKIO", "Lukio uudestaan")))
                .expectException(ThemeAlreadyOfferedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAThemeWhoseCodeDiffersOnlyInCase() {
        fixture.given(OPENED, new EnrolmentCallThemeAdded(YEAR, "LUKIO", "Lukion opettajat"))
                .when(new AddEnrolmentCallTheme(YEAR, new Theme("lukio", "Lukio pienillä")))
                .expectException(ThemeAlreadyOfferedException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenEnrolmentCall(YEAR, List.of(new Theme("K55", "a"), new Theme("k55", "b")), List.of(),
                        OPENS, CLOSES))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("themes[1].code must be a code not used by another theme");
    }

    @Test
    void rejectsAThemeAfterTheCoordinatorClosedTheCall() {
        fixture.given(OPENED, new EnrolmentCallClosed(YEAR, LocalDate.of(2026, 9, 1)))
                .when(new AddEnrolmentCallTheme(YEAR, LUKIO))
                .expectException(EnrolmentCallAlreadyClosedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAThemeAfterTheClosingDatePassed() {
        fixture.given(new EnrolmentCallOpened(YEAR, THEMES, List.of(), OPENS, LocalDate.of(2026, 9, 5)))
                .when(new AddEnrolmentCallTheme(YEAR, LUKIO))
                .expectException(EnrolmentCallAlreadyClosedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAThemeWithAMalformedCode() {
        fixture.given(OPENED)
                .when(new AddEnrolmentCallTheme(YEAR, new Theme("LUKIO JA AMIS", "Toinen aste")))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("code must be 1-32 letters a-z, A-Z, digits, '_' or '-'")
                .expectNoEvents();
    }

    @Test
    void rejectsAThemeBeyondTheMostACallOffers() {
        var forty = IntStream.range(0, EnrolmentCall.MAX_THEMES).mapToObj(i -> new Theme("T" + i, "Teema " + i)).toList();
        fixture.given(new EnrolmentCallOpened(YEAR, forty, List.of(), OPENS, CLOSES))
                .when(new AddEnrolmentCallTheme(YEAR, LUKIO))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void extendsTheClosingDate() {
        fixture.given(OPENED)
                .when(new ExtendEnrolmentCall(YEAR, LocalDate.of(2026, 10, 15)))
                .expectEvents(new EnrolmentCallExtended(YEAR, CLOSES, LocalDate.of(2026, 10, 15)));
    }

    @Test
    void extendsAgainFromTheDateItWasExtendedTo() {
        fixture.given(OPENED, new EnrolmentCallExtended(YEAR, CLOSES, LocalDate.of(2026, 10, 15)))
                .when(new ExtendEnrolmentCall(YEAR, LocalDate.of(2026, 10, 31)))
                .expectEvents(new EnrolmentCallExtended(YEAR, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void rejectsAClosingDateNotAfterTheCurrentOne() {
        fixture.given(OPENED, new EnrolmentCallExtended(YEAR, CLOSES, LocalDate.of(2026, 10, 15)))
                .when(new ExtendEnrolmentCall(YEAR, LocalDate.of(2026, 10, 15)))
                .expectException(EnrolmentCallExtensionOutOfRangeException.class)
                .expectExceptionMessage("closesOn must be a date from 2026-10-16 to 2027-07-31")
                .expectNoEvents();
    }

    @Test
    void rejectsAClosingDateAfterTheSchoolYear() {
        fixture.given(OPENED)
                .when(new ExtendEnrolmentCall(YEAR, LocalDate.of(2027, 8, 1)))
                .expectException(EnrolmentCallExtensionOutOfRangeException.class)
                .expectNoEvents();
    }

    @Test
    void reopensACallWhoseClosingDatePassed() {
        var passed = LocalDate.of(2026, 9, 5);
        fixture.given(new EnrolmentCallOpened(YEAR, THEMES, List.of(), OPENS, passed))
                .when(new ExtendEnrolmentCall(YEAR, LocalDate.of(2026, 9, 10)))
                .expectEvents(new EnrolmentCallExtended(YEAR, passed, LocalDate.of(2026, 9, 10)));
    }

    @Test
    void rejectsAnExtensionThatEndsInThePast() {
        fixture.given(new EnrolmentCallOpened(YEAR, THEMES, List.of(), OPENS, LocalDate.of(2026, 9, 5)))
                .when(new ExtendEnrolmentCall(YEAR, LocalDate.of(2026, 9, 9)))
                .expectException(EnrolmentCallExtensionOutOfRangeException.class)
                .expectExceptionMessage("closesOn must be a date from 2026-09-10 to 2027-07-31")
                .expectNoEvents();
    }

    @Test
    void rejectsExtendingACallTheCoordinatorClosed() {
        fixture.given(OPENED, new EnrolmentCallClosed(YEAR, LocalDate.of(2026, 9, 1)))
                .when(new ExtendEnrolmentCall(YEAR, LocalDate.of(2026, 10, 15)))
                .expectException(EnrolmentCallAlreadyClosedException.class)
                .expectNoEvents();
    }
}
