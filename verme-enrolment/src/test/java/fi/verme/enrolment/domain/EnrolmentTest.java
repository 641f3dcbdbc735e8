package fi.verme.enrolment.domain;

import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.DuplicateEnrolmentException;
import fi.verme.enrolment.api.EnrolmentAlreadyWithdrawnException;
import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.enrolment.api.EnrolmentCallNotOpenException;
import fi.verme.enrolment.api.EnrolmentPlaced;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentWaitlisted;
import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.enrolment.api.LateEnrolmentNotAllowedException;
import fi.verme.enrolment.api.LateReason;
import fi.verme.enrolment.api.RecordPlacement;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.SubmitEnrolment;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WaitlistEnrolment;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.enrolment.api.WithdrawalReason;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("seinajoki", "2026-2027");
    static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");
    static final CallTerms OPEN_CALL = new CallTerms(YEAR,
            List.of(new Theme("UUDET", "Uudet opettajat"), new Theme("K55", "Kokeneet")),
            List.of(Role.TEACHER, Role.SCHOOL_ASSISTANT),
            LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 15), null);

    private AggregateTestFixture<Enrolment> fixture;
    private final Map<ProgrammeYear, CallTerms> calls = new HashMap<>();
    private final Map<String, String> activeByPerson = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enrolment.class);
        calls.put(YEAR, OPEN_CALL);
        fixture.registerInjectableResource((EnrolmentCalls) year -> Optional.ofNullable(calls.get(year)));
        fixture.registerInjectableResource(
                (ActiveEnrolments) (year, person) -> Optional.ofNullable(activeByPerson.get(person)));
        fixture.registerInjectableResource(new PersonRegister() {
            @Override
            public String register(ContactDetails contact, String candidateId) {
                return "person-1";
            }

            @Override
            public String enrol(String enrolmentId, ContactDetails contact, String candidateId) {
                return "person-1";
            }
        });
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Helsinki")));
    }

    /** With a late reason, as a coordinator sends it; without, as the public form does. */
    static SubmitEnrolment submit(List<String> wishes, Role role, boolean consent, LateReason lateReason) {
        return submit(wishes, role, consent, lateReason, lateReason != null);
    }

    static SubmitEnrolment submit(List<String> wishes, Role role, boolean consent, LateReason lateReason,
                                  boolean byCoordinator) {
        return new SubmitEnrolment("enrolment-1", "candidate-1", YEAR,
                new ContactDetails("Äijä", "Öörni", "aija@example.fi", null), role, "Seinäjoen kaupunki",
                "Kasperin koulu", CareerStage.NEW, wishes, List.of(AvailabilitySlot.MONDAY_AFTERNOON), consent,
                lateReason, byCoordinator);
    }

    static EnrolmentSubmitted submitted(LateReason lateReason) {
        return new EnrolmentSubmitted("enrolment-1", "person-1", YEAR, Role.TEACHER, "Seinäjoen kaupunki",
                "Kasperin koulu", CareerStage.NEW, List.of("UUDET", "K55"), List.of(AvailabilitySlot.MONDAY_AFTERNOON),
                true, NOW, lateReason);
    }

    @Test
    void submitsEnrolmentWithPersonIdFromTheRegister() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET", "K55"), Role.TEACHER, true, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted(null));
    }

    @Test
    void rejectsEnrolmentWithoutConsent() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET"), Role.TEACHER, false, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsEnrolmentWithoutCall() {
        calls.clear();
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET"), Role.TEACHER, true, null))
                .expectException(EnrolmentCallNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsEnrolmentAfterCallClosed() {
        calls.put(YEAR, new CallTerms(YEAR, OPEN_CALL.themes(), OPEN_CALL.targetRoles(), OPEN_CALL.opensOn(),
                OPEN_CALL.closesOn(), LocalDate.of(2026, 8, 31)));
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET"), Role.TEACHER, true, null))
                .expectException(EnrolmentCallNotOpenException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsEnrolmentBeforeCallOpensEvenWithLateReason() {
        calls.put(YEAR, new CallTerms(YEAR, OPEN_CALL.themes(), OPEN_CALL.targetRoles(), LocalDate.of(2026, 9, 10),
                OPEN_CALL.closesOn(), null));
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET"), Role.TEACHER, true, LateReason.NEW_EMPLOYEE))
                .expectException(EnrolmentCallNotOpenException.class)
                .expectNoEvents();
    }

    @Test
    void refusesALateReasonFromAnyoneButACoordinator() {
        calls.put(YEAR, new CallTerms(YEAR, OPEN_CALL.themes(), OPEN_CALL.targetRoles(), OPEN_CALL.opensOn(),
                LocalDate.of(2026, 8, 31), null));
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET", "K55"), Role.TEACHER, true, LateReason.NEW_EMPLOYEE, false))
                .expectException(LateEnrolmentNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesALateReasonFromThePublicFormEvenWhileTheCallIsOpen() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET", "K55"), Role.TEACHER, true, LateReason.NEW_EMPLOYEE, false))
                .expectException(LateEnrolmentNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void acceptsLateEnrolmentWithReasonAfterCallClosed() {
        calls.put(YEAR, new CallTerms(YEAR, OPEN_CALL.themes(), OPEN_CALL.targetRoles(), OPEN_CALL.opensOn(),
                LocalDate.of(2026, 8, 31), null));
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET", "K55"), Role.TEACHER, true, LateReason.NEW_EMPLOYEE))
                .expectEvents(submitted(LateReason.NEW_EMPLOYEE));
    }

    @Test
    void rejectsThemeNotInCall() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET", "MATEMATIIKKA"), Role.TEACHER, true, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("themeWishes[1] must be 1 to 3 different theme codes of the call, "
                        + "in order of preference: UUDET, K55")
                .expectNoEvents();
    }

    @Test
    void rejectsRepeatedThemeWish() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET", "UUDET"), Role.TEACHER, true, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRoleTheCallDoesNotTarget() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET"), Role.PRINCIPAL, true, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsSecondEnrolmentOfSamePersonNamingTheFirst() {
        activeByPerson.put("person-1", "enrolment-0");
        fixture.givenNoPriorActivity()
                .when(submit(List.of("UUDET"), Role.TEACHER, true, null))
                .expectException(DuplicateEnrolmentException.class)
                .expectExceptionMessage("This person already has enrolment enrolment-0 in seinajoki/2026-2027")
                .expectNoEvents();
    }

    @Test
    void withdrawsEnrolment() {
        fixture.given(submitted(null))
                .when(new WithdrawEnrolment("enrolment-1", WithdrawalReason.WORKLOAD))
                .expectEvents(new EnrolmentWithdrawn("enrolment-1", "person-1", YEAR, WithdrawalReason.WORKLOAD, NOW));
    }

    @Test
    void rejectsSecondWithdrawal() {
        fixture.given(submitted(null),
                        new EnrolmentWithdrawn("enrolment-1", "person-1", YEAR, WithdrawalReason.WORKLOAD, NOW))
                .when(new WithdrawEnrolment("enrolment-1", WithdrawalReason.OTHER))
                .expectException(EnrolmentAlreadyWithdrawnException.class)
                .expectNoEvents();
    }

    @Test
    void recordsPlacementInAGroup() {
        fixture.given(submitted(null))
                .when(new RecordPlacement("enrolment-1", "group-1"))
                .expectEvents(new EnrolmentPlaced("enrolment-1", YEAR, "group-1", NOW));
    }

    @Test
    void recordsWaitingListWithReason() {
        fixture.given(submitted(null))
                .when(new WaitlistEnrolment("enrolment-1", WaitlistReason.WISHED_GROUPS_FULL))
                .expectEvents(new EnrolmentWaitlisted("enrolment-1", YEAR, WaitlistReason.WISHED_GROUPS_FULL, NOW));
    }

    @Test
    void rejectsPlacingAWithdrawnEnrolment() {
        fixture.given(submitted(null), new EnrolmentWithdrawn("enrolment-1", "person-1", YEAR,
                        WithdrawalReason.WORKLOAD, NOW))
                .when(new RecordPlacement("enrolment-1", "group-1"))
                .expectException(EnrolmentAlreadyWithdrawnException.class)
                .expectNoEvents();
    }
}
