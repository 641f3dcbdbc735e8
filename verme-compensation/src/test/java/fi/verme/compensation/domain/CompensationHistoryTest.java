package fi.verme.compensation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.ClaimRejected;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.compensation.api.PaymentPeriodPaid;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.api.RejectionReason;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupStarted;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A programme year's compensation folded from its events: what each mentor was owed, approved and paid. */
class CompensationHistoryTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("seinajoki", "2026-2027");
    static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");

    private final CompensationHistory history = new CompensationHistory();

    private void apply(Object... events) {
        List.of(events).forEach(history::apply);
    }

    private void aStartedGroupWithAHeldMeeting() {
        apply(new GroupFormed("g1", YEAR, "UUDET", "Uudet", List.of(new GroupMentor("m1", "p-m1"),
                        new GroupMentor("m2", "p-m2")), 4, 8, "Kasperi", false, null, NOW),
                new GroupStarted("g1", YEAR, DAY, 5),
                new MeetingHeld("a", "g1", YEAR, DAY, 90, List.of(), List.of("m1")));
    }

    private static CompensationRulesSet seinajoki(int version, String fee) {
        return new CompensationRulesSet(YEAR, version, Presets.of(Preset.SEINAJOKI).toBuilder()
                .hourlyFee(new BigDecimal(fee)).substituteDayRate(new BigDecimal("120.00")).build());
    }

    @Test
    void nothingIsOwedBeforeTheRulesAreSet() {
        aStartedGroupWithAHeldMeeting();
        assertThat(history.view().mentors()).isEmpty();
        assertThat(history.view().owed()).isEqualByComparingTo("0");
    }

    @Test
    void eachMentorIsOwedAPlanningFeeAndAFeeForEachMeetingTheyWerePresentAt() {
        aStartedGroupWithAHeldMeeting();
        apply(seinajoki(1, "50.00"));
        var mentors = history.view().mentors();
        assertThat(mentors).extracting(m -> m.mentorId()).containsExactly("m1", "m2");
        assertThat(mentors.get(0).owed()).isEqualByComparingTo("200.00");
        assertThat(mentors.get(1).owed()).isEqualByComparingTo("150.00");
        assertThat(history.view().owed()).isEqualByComparingTo("350.00");
    }

    @Test
    void pricesUnderTheRulesInForceAfterTheLastEvent() {
        aStartedGroupWithAHeldMeeting();
        apply(seinajoki(1, "50.00"), seinajoki(2, "60.00"));
        assertThat(history.view().owed()).isEqualByComparingTo("420.00");
    }

    @Test
    void aClaimIsOwedOnceApprovedAndARejectedOneNever() {
        aStartedGroupWithAHeldMeeting();
        apply(seinajoki(1, "50.00"),
                new ExpenseClaimed("c1", YEAR, "m2", "g1", ExpenseKind.SUBSTITUTE, null, new BigDecimal("0.5"), null,
                        DAY, "Seinäjoen kaupunki", Payee.employer("Seinäjoen kaupunki"), null),
                new ExpenseClaimed("c2", YEAR, "m2", "g1", ExpenseKind.SUBSTITUTE, null, BigDecimal.ONE, null, DAY,
                        "Seinäjoen kaupunki", Payee.employer("Seinäjoen kaupunki"), null));
        assertThat(history.view().owed()).isEqualByComparingTo("350.00");
        apply(new ClaimApproved("c1", YEAR), new ClaimRejected("c2", YEAR, RejectionReason.DUPLICATE));
        assertThat(history.view().owed()).isEqualByComparingTo("410.00");
    }

    @Test
    void approvedAndPaidAreWhatThePeriodsApprovedAndPaid() {
        aStartedGroupWithAHeldMeeting();
        var line = new ApprovedLine("planning:" + YEAR.id() + ":m1", "m1", LineKind.PLANNING_FEE,
                new BigDecimal("150.00"), new BigDecimal("3.00"), false);
        apply(seinajoki(1, "50.00"),
                new PaymentPeriodApproved("p1", YEAR, "2026-10", List.of(line), new BigDecimal("150.00"), NOW));
        var m1 = history.view().mentors().get(0);
        assertThat(m1.approved()).isEqualByComparingTo("150.00");
        assertThat(m1.paid()).isEqualByComparingTo("0");
        apply(new PaymentPeriodPaid("p1", YEAR, "PAY-1", DAY));
        assertThat(history.view().paid()).isEqualByComparingTo("150.00");
    }

    @Test
    void aParticipantsTravelCountsInTheTotalsButForNoMentor() {
        aStartedGroupWithAHeldMeeting();
        apply(new CompensationRulesSet(YEAR, 1, Presets.of(Preset.OPELIX)),
                new ExpenseClaimed("c1", YEAR, null, null, ExpenseKind.TRAVEL, new BigDecimal("12.40"), null, "M-1", DAY,
                        "Seinäjoen kaupunki", Payee.person("p-1"), "p-1"),
                new ClaimApproved("c1", YEAR),
                new PaymentPeriodApproved("p1", YEAR, "2026-10", List.of(new ApprovedLine("claim:c1", null,
                        LineKind.TRAVEL, new BigDecimal("12.40"), null, false)), new BigDecimal("12.40"), NOW));
        var view = history.view();
        assertThat(view.owed()).isEqualByComparingTo("12.40");
        assertThat(view.approved()).isEqualByComparingTo("12.40");
        assertThat(view.mentors()).allSatisfy(m -> assertThat(m.owed()).isEqualByComparingTo("0"));
    }
}
