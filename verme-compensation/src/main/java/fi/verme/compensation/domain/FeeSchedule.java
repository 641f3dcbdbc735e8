package fi.verme.compensation.domain;

import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.MeetingPayment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How much one thing owed is worth under a programme year's rules. Computed exactly, and rounded
 * once, to the cent, half up, as the line's amount; totals add the rounded lines. The one pricing:
 * finance's view, the approval of a payment period and an auditor's state as of a date all price with it.
 */
public record FeeSchedule(CompensationRules rules) {

    static final BigDecimal STANDARD_MEETING_MINUTES = new BigDecimal("90");

    /** Fee hours the source earns (planning, organising, meeting fees); zero for expenses. */
    public BigDecimal feeHours(Priced source) {
        return switch (source.kind()) {
            case PLANNING_FEE -> orZero(rules.planningFeeHours());
            case ORGANISING_HOURS -> source.hours();
            case MEETING_FEE -> rules.meetingPayment() == MeetingPayment.PROPORTIONAL_TO_90_MINUTES
                    ? orZero(rules.meetingFeeHours()).multiply(BigDecimal.valueOf(source.minutes()))
                            .divide(STANDARD_MEETING_MINUTES, MathContext.DECIMAL64)
                    : orZero(rules.meetingFeeHours());
            default -> BigDecimal.ZERO;
        };
    }

    /** The line's amount in euros, rounded to the cent; null while a rate it needs is missing. */
    public BigDecimal amount(Priced source) {
        BigDecimal exact = switch (source.kind()) {
            case PLANNING_FEE, ORGANISING_HOURS, MEETING_FEE -> {
                var hours = feeHours(source);
                if (hours.signum() == 0) {
                    yield BigDecimal.ZERO;
                }
                yield rules.hourlyFee() == null ? null : hours.multiply(rules.hourlyFee());
            }
            case SUBSTITUTE -> rules.substituteDayRate() == null ? null : source.days().multiply(rules.substituteDayRate());
            case ARRANGEMENTS, TRAVEL -> source.amount();
        };
        return exact == null ? null : cents(exact);
    }

    /**
     * What a line of the source counts, as the rules in force count it: fee hours with two decimals for fees,
     * days for a substitute, nothing for another expense (its amount is what it is).
     */
    public BigDecimal quantity(Priced source) {
        return switch (source.kind()) {
            case PLANNING_FEE, ORGANISING_HOURS, MEETING_FEE -> feeHours(source).setScale(2, RoundingMode.HALF_UP);
            case SUBSTITUTE -> source.days();
            case ARRANGEMENTS, TRAVEL -> null;
        };
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The amounts these rules still need, given what is owed. */
    public List<String> missingRates(boolean feesOwed, boolean substitutesOwed) {
        var missing = new ArrayList<String>();
        if (rules.hourlyFee() == null && (feesOwed || paysFees())) {
            missing.add("hourlyFee");
        }
        if (rules.substitutesAllowed() && rules.substituteDayRate() == null && substitutesOwed) {
            missing.add("substituteDayRate");
        }
        if (rules.arrangementsReimbursed() && rules.arrangementsBudgetPerGroup() == null) {
            missing.add("arrangementsBudgetPerGroup");
        }
        return missing;
    }

    /**
     * Whether these rules never owe anything: no fee hours (or a fee of 0) and no cost reimbursed. A year
     * without money (Tampere) has such rules.
     */
    public boolean paysNothing() {
        boolean fees = paysFees() && (rules.hourlyFee() == null || rules.hourlyFee().signum() > 0);
        return !fees && !rules.substitutesAllowed() && !rules.arrangementsReimbursed() && !rules.travelReimbursed();
    }

    private boolean paysFees() {
        return orZero(rules.planningFeeHours()).signum() > 0 || orZero(rules.meetingFeeHours()).signum() > 0
                || orZero(rules.organisingHoursCap()).signum() > 0;
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
