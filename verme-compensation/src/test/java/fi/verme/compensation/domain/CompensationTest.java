package fi.verme.compensation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.compensation.api.ApproveClaim;
import fi.verme.compensation.api.ApprovePaymentPeriod;
import fi.verme.compensation.api.BudgetExceededException;
import fi.verme.compensation.api.ClaimAlreadyDecidedException;
import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.ClaimExpense;
import fi.verme.compensation.api.ClaimOrganisingHours;
import fi.verme.compensation.api.ClaimRejected;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesNotSetException;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.DuplicateReceiptException;
import fi.verme.compensation.api.EmployerSalaryCostSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.ExpenseNotReimbursedException;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.MarkPeriodPaid;
import fi.verme.compensation.api.MeetingPayment;
import fi.verme.compensation.api.NothingOwedException;
import fi.verme.compensation.api.NothingToApproveException;
import fi.verme.compensation.api.OrganisingHoursCapExceededException;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.PaymentPeriodPaid;
import fi.verme.compensation.api.PeriodAlreadyPaidException;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.api.RateMissingException;
import fi.verme.compensation.api.RejectClaim;
import fi.verme.compensation.api.RejectionReason;
import fi.verme.compensation.api.RulesPayNothingException;
import fi.verme.compensation.api.SetCompensationRules;
import fi.verme.compensation.api.SetEmployerSalaryCost;
import fi.verme.compensation.domain.Directory.RulesInForce;
import fi.verme.compensation.domain.Entitlements.Entitlement;
import fi.verme.compensation.domain.Entitlements.Owed;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules, the claims and the payment ledger of a programme year, one test per command outcome, and the fee
 * arithmetic.
 */
class CompensationTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("seinajoki", "2026-2027");
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final CompensationRules SEINAJOKI_50 = withFee(Presets.of(Preset.SEINAJOKI), "50.00");
    /** mentor-1 is Seinäjoki's and leads g1; mentor-2 is Tampere's; mentor-3 has no organiser (legacy) and leads g2. */
    static final Map<String, String> ORGANISER_OF_MENTOR = Map.of("mentor-1", "seinajoki", "mentor-2", "tampere");
    static final Map<String, List<String>> GROUPS_OF_MENTOR = Map.of("mentor-1", List.of("g1"), "mentor-3", List.of("g2"));
    /** person-1 enrolled in the year from Seinäjoen kaupunki. */
    static final Map<String, String> EMPLOYER_OF_PARTICIPANT = Map.of("person-1", "Seinäjoen kaupunki");

    private AggregateTestFixture<ProgrammeCompensationRules> rules;
    private AggregateTestFixture<ProgrammeClaims> claims;
    private AggregateTestFixture<PaymentLedger> payments;
    private CompensationRules currentRules = SEINAJOKI_50;
    private final List<Entitlement> owed = new ArrayList<>();

    static CompensationRules withFee(CompensationRules r, String fee) {
        return r.toBuilder().hourlyFee(new BigDecimal(fee)).arrangementsReimbursed(true)
                .arrangementsBudgetPerGroup(new BigDecimal("40.00")).build();
    }

    @BeforeEach
    void setUp() {
        var clock = Clock.fixed(NOW, ZoneId.of("Europe/Helsinki"));
        rules = new AggregateTestFixture<>(ProgrammeCompensationRules.class);
        claims = new AggregateTestFixture<>(ProgrammeClaims.class);
        claims.registerInjectableResource(new Directory() {
            @Override
            public Optional<RulesInForce> rulesInForce(ProgrammeYear programmeYear) {
                return Optional.ofNullable(currentRules).map(rules -> new RulesInForce(1, rules));
            }

            @Override
            public boolean mentorExists(String mentorId) {
                return mentorId.startsWith("mentor");
            }

            @Override
            public Optional<String> organiserOfMentor(String mentorId) {
                return Optional.ofNullable(ORGANISER_OF_MENTOR.get(mentorId));
            }

            @Override
            public Optional<String> personOfMentor(String mentorId) {
                return Optional.of("person-of-" + mentorId);
            }

            @Override
            public boolean leadsGroup(String mentorId, String groupId) {
                return GROUPS_OF_MENTOR.getOrDefault(mentorId, List.of()).contains(groupId);
            }

            @Override
            public boolean leadsGroupIn(String mentorId, ProgrammeYear programmeYear) {
                return programmeYear.equals(YEAR) && GROUPS_OF_MENTOR.containsKey(mentorId);
            }

            @Override
            public Optional<ProgrammeYear> yearOfGroup(String groupId) {
                return Optional.of(YEAR);
            }

            @Override
            public Optional<String> employerOfParticipant(String personId, ProgrammeYear programmeYear) {
                return Optional.ofNullable(EMPLOYER_OF_PARTICIPANT.get(personId));
            }
        });
        claims.registerInjectableResource(clock);
        payments = new AggregateTestFixture<>(PaymentLedger.class);
        payments.registerInjectableResource((Entitlements) year -> new Owed(List.copyOf(owed),
                owed.stream().anyMatch(e -> e.amount() == null) ? List.of("hourlyFee") : List.of(),
                new FeeSchedule(currentRules).paysNothing()));
        payments.registerInjectableResource(clock);
    }

    private static SetCompensationRules preset(Preset preset, String fee) {
        return new SetCompensationRules(YEAR, CompensationRules.builder().preset(preset)
                .hourlyFee(fee == null ? null : new BigDecimal(fee)).build());
    }

    @Test
    void setsSeinajokiPresetWithTheOrganisersFee() {
        var expected = Presets.of(Preset.SEINAJOKI);
        rules.givenNoPriorActivity()
                .when(preset(Preset.SEINAJOKI, "50"))
                .expectEvents(new CompensationRulesSet(YEAR, 1, CompensationRules.builder().preset(Preset.SEINAJOKI)
                        .hourlyFee(new BigDecimal("50.00")).planningFeeHours(expected.planningFeeHours())
                        .organisingHoursCap(expected.organisingHoursCap()).meetingFeeHours(expected.meetingFeeHours())
                        .meetingPayment(MeetingPayment.FLAT_PER_MEETING).meetingsPerVesoDay(4).substitutesAllowed(true)
                        .arrangementsReimbursed(false).travelReimbursed(false).employerCostReport(false).build()));
    }

    @Test
    void aChangeSetsWhatItNamesAndKeepsTheRest() {
        rules.given(new CompensationRulesSet(YEAR, 1, SEINAJOKI_50))
                .when(new SetCompensationRules(YEAR, CompensationRules.builder()
                        .substituteDayRate(new BigDecimal("120")).build()))
                .expectEvents(new CompensationRulesSet(YEAR, 2, SEINAJOKI_50.toBuilder()
                        .substituteDayRate(new BigDecimal("120.00")).build()));
    }

    @Test
    void rejectsAFeeWithFractionsOfACent() {
        rules.givenNoPriorActivity()
                .when(preset(Preset.SEINAJOKI, "50.005"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void claimsOrganisingHoursWithinTheCap() {
        claims.givenNoPriorActivity()
                .when(new ClaimOrganisingHours("c1", YEAR, "mentor-1", new BigDecimal("2.5"), TODAY, "Suunnittelu"))
                .expectEvents(new OrganisingHoursClaimed("c1", YEAR, "mentor-1", new BigDecimal("2.5"), TODAY,
                        "Suunnittelu"));
    }

    @Test
    void rejectsOrganisingHoursBeyondTheCap() {
        claims.given(new OrganisingHoursClaimed("c1", YEAR, "mentor-1", new BigDecimal("2.5"), TODAY, "x"))
                .when(new ClaimOrganisingHours("c2", YEAR, "mentor-1", BigDecimal.ONE, TODAY, "y"))
                .expectException(OrganisingHoursCapExceededException.class)
                .expectExceptionMessage("The mentor has claimed 2.5 h of the 3 h of organising the rules pay; 0.5 h are left")
                .expectNoEvents();
    }

    @Test
    void rejectedClaimsDoNotCountAgainstTheCap() {
        claims.given(new OrganisingHoursClaimed("c1", YEAR, "mentor-1", new BigDecimal("3"), TODAY, "x"),
                        new ClaimRejected("c1", YEAR, RejectionReason.DUPLICATE))
                .when(new ClaimOrganisingHours("c2", YEAR, "mentor-1", new BigDecimal("3"), TODAY, "y"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsClaimsBeforeTheRulesAreSet() {
        currentRules = null;
        claims.givenNoPriorActivity()
                .when(new ClaimOrganisingHours("c1", YEAR, "mentor-1", BigDecimal.ONE, TODAY, "x"))
                .expectException(CompensationRulesNotSetException.class)
                .expectNoEvents();
    }

    @Test
    void claimsCoffeeWithinTheGroupsBudget() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("25.5"),
                        null, "K-1", TODAY, null, null, null))
                .expectEvents(new ExpenseClaimed("c1", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS,
                        new BigDecimal("25.50"), null, "K-1", TODAY, null, Payee.mentor("mentor-1"), null));
    }

    @Test
    void rejectsCoffeeBeyondTheBudget() {
        claims.given(new ExpenseClaimed("c1", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("30.00"),
                        null, "K-1", TODAY, null, Payee.mentor("mentor-1"), null))
                .when(new ClaimExpense("c2", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("10.01"),
                        null, "K-2", TODAY, null, null, null))
                .expectException(BudgetExceededException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnExpenseTheRulesDoNotReimburse() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.TRAVEL, new BigDecimal("5.00"), null,
                        "M-1", TODAY, null, null, null))
                .expectException(ExpenseNotReimbursedException.class)
                .expectNoEvents();
    }

    /** A mistake in the claim is told as such, even for an expense the rules would not reimburse anyway. */
    @Test
    void refusesAWrongAmountByItsFieldBeforeAskingTheRules() {
        for (var amount : List.of("-10", "10.005", "1e300")) {
            claims.givenNoPriorActivity()
                    .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.TRAVEL, new BigDecimal(amount),
                            null, "M-1", TODAY, null, null, null))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("amount"))
                    .expectNoEvents();
        }
    }

    @Test
    void rejectsOrganisingHoursForAnotherOrganisersMentor() {
        claims.givenNoPriorActivity()
                .when(new ClaimOrganisingHours("c1", YEAR, "mentor-2", BigDecimal.ONE, TODAY, "Suunnittelu"))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("mentorId"))
                .expectNoEvents();
    }

    @Test
    void paysOrganisingHoursToAMentorWithoutOrganiserWhoLeadsAGroupOfTheYear() {
        claims.givenNoPriorActivity()
                .when(new ClaimOrganisingHours("c1", YEAR, "mentor-3", BigDecimal.ONE, TODAY, "Suunnittelu"))
                .expectEvents(new OrganisingHoursClaimed("c1", YEAR, "mentor-3", BigDecimal.ONE, TODAY, "Suunnittelu"));
    }

    @Test
    void rejectsAnExpenseForAGroupTheMentorDoesNotLead() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", "g2", ExpenseKind.ARRANGEMENTS, new BigDecimal("5.00"),
                        null, "K-1", TODAY, null, null, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("groupId"))
                .expectNoEvents();
    }

    @Test
    void approvesAndRejectsOnce() {
        var claimed = new OrganisingHoursClaimed("c1", YEAR, "mentor-1", BigDecimal.ONE, TODAY, "x");
        claims.given(claimed).when(new ApproveClaim(YEAR, "c1")).expectEvents(new ClaimApproved("c1", YEAR));
        claims.given(claimed).when(new RejectClaim(YEAR, "c1", RejectionReason.NOT_ELIGIBLE))
                .expectEvents(new ClaimRejected("c1", YEAR, RejectionReason.NOT_ELIGIBLE));
        claims.given(claimed, new ClaimApproved("c1", YEAR)).when(new RejectClaim(YEAR, "c1", RejectionReason.OTHER))
                .expectException(ClaimAlreadyDecidedException.class).expectNoEvents();
    }

    /** The planning fee's three hours, at this amount (null: a rate is missing). */
    private static Entitlement planning(String amount) {
        return new Entitlement("planning:m1", "mentor-1", LineKind.PLANNING_FEE,
                amount == null ? null : new BigDecimal(amount), new BigDecimal("3.00"));
    }

    /** A meeting's one fee hour, at this amount. */
    private static Entitlement meeting(String amount) {
        return new Entitlement("meeting:a:m1", "mentor-1", LineKind.MEETING_FEE, new BigDecimal(amount),
                new BigDecimal("1.00"));
    }

    private static ApprovedLine planningLine(String amount, boolean adjustment) {
        return new ApprovedLine("planning:m1", "mentor-1", LineKind.PLANNING_FEE, new BigDecimal(amount),
                new BigDecimal("3.00"), adjustment);
    }

    private static ApprovedLine meetingLine(String amount, boolean adjustment) {
        return new ApprovedLine("meeting:a:m1", "mentor-1", LineKind.MEETING_FEE, new BigDecimal(amount),
                new BigDecimal("1.00"), adjustment);
    }

    @Test
    void approvesWhatIsOwedAndLaterOnlyTheDifference() {
        owed.add(planning("150.00"));
        owed.add(meeting("50.00"));
        payments.givenNoPriorActivity()
                .when(new ApprovePaymentPeriod("p1", YEAR, "2026-12"))
                .expectEvents(new PaymentPeriodApproved("p1", YEAR, "2026-12", List.of(
                        planningLine("150.00", false),
                        meetingLine("50.00", false)),
                        new BigDecimal("200.00"), NOW));

        owed.clear();
        owed.add(planning("165.00"));
        owed.add(meeting("55.00"));
        payments.given(new PaymentPeriodApproved("p1", YEAR, "2026-12", List.of(
                        planningLine("150.00", false),
                        meetingLine("50.00", false)),
                        new BigDecimal("200.00"), NOW))
                .when(new ApprovePaymentPeriod("p2", YEAR, "2027-01"))
                .expectEvents(new PaymentPeriodApproved("p2", YEAR, "2027-01", List.of(
                        planningLine("15.00", true),
                        meetingLine("5.00", true)),
                        new BigDecimal("20.00"), NOW));
    }

    @Test
    void refusesToApproveWhileARateIsMissing() {
        owed.add(planning(null));
        payments.givenNoPriorActivity()
                .when(new ApprovePaymentPeriod("p1", YEAR, "2026-12"))
                .expectException(RateMissingException.class)
                .expectExceptionMessage("Set these amounts in the compensation rules before approving: hourlyFee")
                .expectNoEvents();
    }

    /** Found by an outsider: December 2026's work was approved in a January 2020 period. */
    @Test
    void refusesAPeriodOutsideTheSchoolYearAndTheHalfYearAfterIt() {
        owed.add(planning("150.00"));
        for (var period : List.of("2020-01", "2026-07", "2028-02")) {
            payments.givenNoPriorActivity()
                    .when(new ApprovePaymentPeriod("p1", YEAR, period))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("period must be a month of the school year or of the 6 after it, from "
                            + "2026-08 to 2028-01")
                    .expectNoEvents();
        }
        for (var period : List.of("2026-08", "2028-01")) {
            payments.givenNoPriorActivity()
                    .when(new ApprovePaymentPeriod("p1", YEAR, period))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void refusesAPeriodThatIsNoMonth() {
        owed.add(planning("150.00"));
        for (var period : List.of("2026-13", "2026-00", "2026-1", "joulukuu", " 2026-12", "+2026-12")) {
            payments.givenNoPriorActivity()
                    .when(new ApprovePaymentPeriod("p1", YEAR, period))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("period must be the month paid, written YYYY-MM with a month from 01 to 12, "
                            + "e.g. 2026-12")
                    .expectNoEvents();
        }
    }

    @Test
    void aPeriodWithNothingOwedSaysNothingIsOwedNotApprovedAlready() {
        owed.add(planning("0.00"));
        payments.givenNoPriorActivity()
                .when(new ApprovePaymentPeriod("p1", YEAR, "2026-12"))
                .expectException(NothingOwedException.class)
                .expectExceptionMessage("Nothing is owed in seinajoki/2026-2027 yet: no fee has arisen and no claim "
                        + "has been approved")
                .expectNoEvents();
    }

    @Test
    void aPeriodAfterEverythingWasApprovedSaysSo() {
        owed.add(planning("150.00"));
        payments.given(new PaymentPeriodApproved("p1", YEAR, "2026-12", List.of(planningLine("150.00", false)),
                        new BigDecimal("150.00"), NOW))
                .when(new ApprovePaymentPeriod("p2", YEAR, "2027-01"))
                .expectException(NothingToApproveException.class)
                .expectNoEvents();
    }

    @Test
    void aYearWhoseRulesPayNothingApprovesNothingAndSaysSo() {
        currentRules = Presets.none();
        owed.add(planning("0.00"));
        owed.add(meeting("0.00"));
        payments.givenNoPriorActivity()
                .when(new ApprovePaymentPeriod("p1", YEAR, "2026-12"))
                .expectException(RulesPayNothingException.class)
                .expectNoEvents();
        assertThat(new FeeSchedule(Presets.none()).paysNothing()).isTrue();
        assertThat(new FeeSchedule(Presets.of(Preset.OPELIX)).paysNothing()).as("Opelix reimburses travel").isFalse();
        assertThat(new FeeSchedule(Presets.of(Preset.SEINAJOKI)).paysNothing()).as("fees, rate still missing").isFalse();
    }

    @Test
    void aSubstitutesDayIsOwedToTheEmployerThatHiredThemNotToTheMentor() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.SUBSTITUTE, null, BigDecimal.ONE, null,
                        TODAY, "Seinäjoen kaupunki", null, null))
                .expectEvents(new ExpenseClaimed("c1", YEAR, "mentor-1", "g1", ExpenseKind.SUBSTITUTE, null,
                        BigDecimal.ONE, null, TODAY, "Seinäjoen kaupunki", Payee.employer("Seinäjoen kaupunki"), null));
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.SUBSTITUTE, null, BigDecimal.ONE,
                        "Lasku 12", TODAY, null, Payee.person("person-9"), null))
                .expectEvents(new ExpenseClaimed("c1", YEAR, "mentor-1", "g1", ExpenseKind.SUBSTITUTE, null,
                        BigDecimal.ONE, "Lasku 12", TODAY, null, Payee.person("person-9"), null));
    }

    /** Found by an outsider: the mentor named as a person (their own person id) was paid their own substitute. */
    @Test
    void refusesASubstituteOwedToTheMentorOrToNobody() {
        for (var payee : java.util.Arrays.asList(Payee.mentor("mentor-1"), null, Payee.person("person-of-mentor-1"))) {
            claims.givenNoPriorActivity()
                    .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.SUBSTITUTE, null, BigDecimal.ONE,
                            null, TODAY, null, payee, null))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("payee must be"))
                    .expectNoEvents();
        }
    }

    /**
     * Found by an outsider: a substitute sent with an amount as well as its days kept the days and dropped the
     * amount without a word. Each kind takes one measure; the other is refused by its field.
     */
    @Test
    void refusesTheMeasureThatTheKindDoesNotTake() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.SUBSTITUTE, new BigDecimal("120.00"),
                        BigDecimal.ONE, null, TODAY, "Seinäjoen kaupunki", null, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("amount must be left out"))
                .expectNoEvents();
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", "g1", ExpenseKind.TRAVEL, new BigDecimal("12.40"),
                        BigDecimal.ONE, "M-1", TODAY, null, null, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("days must be left out"))
                .expectNoEvents();
    }

    @Test
    void aSubstituteForTheMentorsJointPlanningMeetingBelongsToNoGroup() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", null, ExpenseKind.SUBSTITUTE, null, new BigDecimal("0.5"),
                        null, TODAY, "Kasperin koulu", null, null))
                .expectEvents(new ExpenseClaimed("c1", YEAR, "mentor-1", null, ExpenseKind.SUBSTITUTE, null,
                        new BigDecimal("0.5"), null, TODAY, "Kasperin koulu", Payee.employer("Kasperin koulu"), null));
    }

    @Test
    void refusesAPlanningMeetingSubstituteForAMentorOfAnotherOrganiser() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-2", null, ExpenseKind.SUBSTITUTE, null, BigDecimal.ONE, null,
                        TODAY, "Tampereen kaupunki", null, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("mentorId"))
                .expectNoEvents();
    }

    @Test
    void refusesArrangementsOfNoGroup() {
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, "mentor-1", null, ExpenseKind.ARRANGEMENTS, new BigDecimal("5.00"),
                        null, "K-1", TODAY, null, null, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("groupId"))
                .expectNoEvents();
    }

    @Test
    void aParticipantsTravelIsOwedToThemAndBookedToTheirEmployerNotAMentorsClaim() {
        currentRules = Presets.of(Preset.OPELIX);
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, null, null, ExpenseKind.TRAVEL, new BigDecimal("12.40"), null,
                        "Matkalasku 7", TODAY, "Muu työnantaja", null, "person-1"))
                .expectEvents(new ExpenseClaimed("c1", YEAR, null, null, ExpenseKind.TRAVEL, new BigDecimal("12.40"),
                        null, "Matkalasku 7", TODAY, "Seinäjoen kaupunki", Payee.person("person-1"), "person-1"));
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, null, "g1", ExpenseKind.TRAVEL, new BigDecimal("12.40"), null,
                        "Matkalasku 7", TODAY, null, new Payee(fi.verme.compensation.api.PayeeKind.EMPLOYER, null),
                        "person-1"))
                .expectEvents(new ExpenseClaimed("c1", YEAR, null, "g1", ExpenseKind.TRAVEL, new BigDecimal("12.40"),
                        null, "Matkalasku 7", TODAY, "Seinäjoen kaupunki", Payee.employer("Seinäjoen kaupunki"),
                        "person-1"));
    }

    @Test
    void refusesTravelOfSomeoneNotEnrolledInTheYear() {
        currentRules = Presets.of(Preset.OPELIX);
        claims.givenNoPriorActivity()
                .when(new ClaimExpense("c1", YEAR, null, null, ExpenseKind.TRAVEL, new BigDecimal("12.40"), null,
                        "Matkalasku 7", TODAY, null, null, "person-2"))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("participantId"))
                .expectNoEvents();
    }

    @Test
    void refusesADuplicateReceiptOfTheSamePayeeNamingTheReceipt() {
        claims.given(new ExpenseClaimed("c1", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("10.00"),
                        null, "K-1", TODAY, null, Payee.mentor("mentor-1"), null))
                .when(new ClaimExpense("c2", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("10.00"),
                        null, " k-1 ", TODAY, null, null, null))
                .expectException(DuplicateReceiptException.class)
                .expectExceptionMessage("Receipt k-1 has already been claimed for this payee, in claim c1")
                .expectNoEvents();
    }

    @Test
    void acceptsAReceiptReferenceAgainForAnotherPayeeOrAfterItsClaimWasRejected() {
        claims.given(new ExpenseClaimed("c1", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("10.00"),
                        null, "K-1", TODAY, null, Payee.mentor("mentor-1"), null))
                .when(new ClaimExpense("c2", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("10.00"),
                        null, "K-1", TODAY, null, Payee.employer("Kasperin koulu"), null))
                .expectSuccessfulHandlerExecution();
        claims.given(new ExpenseClaimed("c1", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("10.00"),
                        null, "K-1", TODAY, null, Payee.mentor("mentor-1"), null),
                        new ClaimRejected("c1", YEAR, RejectionReason.NO_RECEIPT))
                .when(new ClaimExpense("c2", YEAR, "mentor-1", "g1", ExpenseKind.ARRANGEMENTS, new BigDecimal("10.00"),
                        null, "K-1", TODAY, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void financeSetsAnEmployersHourlySalaryCost() {
        rules.givenNoPriorActivity()
                .when(new SetEmployerSalaryCost(YEAR, " Seinäjoen kaupunki ", new BigDecimal("32.5")))
                .expectEvents(new EmployerSalaryCostSet(YEAR, "Seinäjoen kaupunki", new BigDecimal("32.50")));
        rules.givenNoPriorActivity()
                .when(new SetEmployerSalaryCost(YEAR, "Seinäjoen kaupunki", new BigDecimal("-1")))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rulesWithoutAPresetAreSavedFromNothing() {
        rules.givenNoPriorActivity()
                .when(new SetCompensationRules(YEAR, CompensationRules.builder().build()))
                .expectEvents(new CompensationRulesSet(YEAR, 1, Presets.none()));
        rules.givenNoPriorActivity()
                .when(new SetCompensationRules(YEAR, CompensationRules.builder().hourlyFee(new BigDecimal("40")).build()))
                .expectEvents(new CompensationRulesSet(YEAR, 1, Presets.none().toBuilder()
                        .hourlyFee(new BigDecimal("40.00")).build()));
    }

    @Test
    void marksAPeriodPaidOnce() {
        var approved = new PaymentPeriodApproved("p1", YEAR, "2026-12", List.of(planningLine("150.00", false)),
                new BigDecimal("150.00"), NOW);
        payments.given(approved).when(new MarkPeriodPaid(YEAR, "p1", "PAY-1"))
                .expectEvents(new PaymentPeriodPaid("p1", YEAR, "PAY-1", TODAY));
        payments.given(approved, new PaymentPeriodPaid("p1", YEAR, "PAY-1", TODAY))
                .when(new MarkPeriodPaid(YEAR, "p1", "PAY-2"))
                .expectException(PeriodAlreadyPaidException.class).expectNoEvents();
    }

    @Test
    void seinajokiFeesAddUpToTheWorkedExample() {
        var planning = new FeeSchedule(SEINAJOKI_50).amount(new Priced(LineKind.PLANNING_FEE, null, null, null, null));
        var organising = new FeeSchedule(SEINAJOKI_50).amount(new Priced(LineKind.ORGANISING_HOURS, new BigDecimal("3"), null,
                null, null));
        var meeting = new FeeSchedule(SEINAJOKI_50).amount(new Priced(LineKind.MEETING_FEE, null, 90, null, null));
        assertThat(planning.add(organising).add(meeting.multiply(BigDecimal.valueOf(6))))
                .isEqualByComparingTo("600.00");
    }

    @Test
    void proportionalMeetingsArePricedExactlyAndRoundedOnceToTheCent() {
        var r = SEINAJOKI_50;
        var proportional = r.toBuilder().hourlyFee(new BigDecimal("47.35"))
                .meetingPayment(MeetingPayment.PROPORTIONAL_TO_90_MINUTES).arrangementsReimbursed(false)
                .arrangementsBudgetPerGroup(null).build();
        // 100 / 90 h x 47.35 = 52.6111... -> 52.61
        assertThat(new FeeSchedule(proportional).amount(new Priced(LineKind.MEETING_FEE, null, 100, null, null)))
                .isEqualTo(new BigDecimal("52.61"));
        // 45 min is half a fee hour: 23.675 -> 23.68 (half up)
        assertThat(new FeeSchedule(proportional).amount(new Priced(LineKind.MEETING_FEE, null, 45, null, null)))
                .isEqualTo(new BigDecimal("23.68"));
    }
}
