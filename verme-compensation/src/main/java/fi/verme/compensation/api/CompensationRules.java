package fi.verme.compensation.api;

import java.math.BigDecimal;

/**
 * A programme year's compensation rules: the one definition of their fields, for the rules in force and
 * for a change to them. Amounts are euros, hours may have decimals.
 * <ul>
 * <li>In the rules in force ({@link CompensationRulesSet}, {@link RulesView}) every switch is set, a null
 * amount is one the organiser has not set yet, and {@code meetingsPerVesoDay} null counts no VESO days;
 * {@code preset} is the preset they started from.</li>
 * <li>In a change ({@link SetCompensationRules}, the body of {@code PUT …/compensation-rules}) a null field
 * is left as it is, and a {@code preset} starts from that preset's rules instead of the current ones.
 * Build one with {@link #builder()}, naming only what changes.</li>
 * </ul>
 * The fields, as the rules in force have them:
 *
 * @param preset the seed's rules the organiser started from; null when they started from none
 * @param hourlyFee the mentor's hourly fee in euros, with two decimals; null when not set yet
 * @param planningFeeHours the hours of the one-off planning fee a mentor is paid once a year, when a group of theirs
 *        starts
 * @param organisingHoursCap the most organising hours a mentor may claim in the year
 * @param meetingFeeHours the hours of fee a mentor is paid for a held meeting
 * @param meetingPayment how a held meeting is paid: the fee hours once per meeting, or in proportion to a 1.5 h
 *        meeting
 * @param meetingsPerVesoDay how many attended meetings make one VESO day; null when the year counts no VESO days
 * @param substitutesAllowed whether a substitute may be hired so that a mentor can plan in working time
 * @param substituteDayRate what a substitute's day costs in euros, with two decimals; null when not set yet
 * @param arrangementsReimbursed whether a group's small arrangement costs (coffee) are reimbursed
 * @param arrangementsBudgetPerGroup the most euros of arrangements a group may claim in the year; null when not set
 *        yet
 * @param travelReimbursed whether travel costs are reimbursed
 * @param employerCostReport whether the year reports participants' meeting hours to their employers as salary cost
 */
public record CompensationRules(
        Preset preset,
        BigDecimal hourlyFee,
        BigDecimal planningFeeHours,
        BigDecimal organisingHoursCap,
        BigDecimal meetingFeeHours,
        MeetingPayment meetingPayment,
        Integer meetingsPerVesoDay,
        Boolean substitutesAllowed,
        BigDecimal substituteDayRate,
        Boolean arrangementsReimbursed,
        BigDecimal arrangementsBudgetPerGroup,
        Boolean travelReimbursed,
        Boolean employerCostReport) {

    /** Rules, or a change, with nothing named yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** These rules, to change some of their fields. */
    public Builder toBuilder() {
        return new Builder().preset(preset).hourlyFee(hourlyFee).planningFeeHours(planningFeeHours)
                .organisingHoursCap(organisingHoursCap).meetingFeeHours(meetingFeeHours)
                .meetingPayment(meetingPayment).meetingsPerVesoDay(meetingsPerVesoDay)
                .substitutesAllowed(substitutesAllowed).substituteDayRate(substituteDayRate)
                .arrangementsReimbursed(arrangementsReimbursed).arrangementsBudgetPerGroup(arrangementsBudgetPerGroup)
                .travelReimbursed(travelReimbursed).employerCostReport(employerCostReport);
    }

    /** Names the fields one by one, so that a caller writes what it sets and nothing else. */
    public static final class Builder {

        private Preset preset;
        private BigDecimal hourlyFee;
        private BigDecimal planningFeeHours;
        private BigDecimal organisingHoursCap;
        private BigDecimal meetingFeeHours;
        private MeetingPayment meetingPayment;
        private Integer meetingsPerVesoDay;
        private Boolean substitutesAllowed;
        private BigDecimal substituteDayRate;
        private Boolean arrangementsReimbursed;
        private BigDecimal arrangementsBudgetPerGroup;
        private Boolean travelReimbursed;
        private Boolean employerCostReport;

        private Builder() {
        }

        public Builder preset(Preset value) {
            preset = value;
            return this;
        }

        public Builder hourlyFee(BigDecimal value) {
            hourlyFee = value;
            return this;
        }

        public Builder planningFeeHours(BigDecimal value) {
            planningFeeHours = value;
            return this;
        }

        public Builder organisingHoursCap(BigDecimal value) {
            organisingHoursCap = value;
            return this;
        }

        public Builder meetingFeeHours(BigDecimal value) {
            meetingFeeHours = value;
            return this;
        }

        public Builder meetingPayment(MeetingPayment value) {
            meetingPayment = value;
            return this;
        }

        public Builder meetingsPerVesoDay(Integer value) {
            meetingsPerVesoDay = value;
            return this;
        }

        public Builder substitutesAllowed(Boolean value) {
            substitutesAllowed = value;
            return this;
        }

        public Builder substituteDayRate(BigDecimal value) {
            substituteDayRate = value;
            return this;
        }

        public Builder arrangementsReimbursed(Boolean value) {
            arrangementsReimbursed = value;
            return this;
        }

        public Builder arrangementsBudgetPerGroup(BigDecimal value) {
            arrangementsBudgetPerGroup = value;
            return this;
        }

        public Builder travelReimbursed(Boolean value) {
            travelReimbursed = value;
            return this;
        }

        public Builder employerCostReport(Boolean value) {
            employerCostReport = value;
            return this;
        }

        public CompensationRules build() {
            return new CompensationRules(preset, hourlyFee, planningFeeHours, organisingHoursCap, meetingFeeHours,
                    meetingPayment, meetingsPerVesoDay, substitutesAllowed, substituteDayRate, arrangementsReimbursed,
                    arrangementsBudgetPerGroup, travelReimbursed, employerCostReport);
        }
    }
}
