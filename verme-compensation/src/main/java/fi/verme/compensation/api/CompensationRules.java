package fi.verme.compensation.api;

import java.math.BigDecimal;

/**
 * A programme year's compensation rules. Amounts are euros, hours may have decimals; a null amount
 * is one the organiser has not set yet. {@code meetingsPerVesoDay} null: no VESO days are counted.
 */
public record CompensationRules(
        Preset preset,
        BigDecimal hourlyFee,
        BigDecimal planningFeeHours,
        BigDecimal organisingHoursCap,
        BigDecimal meetingFeeHours,
        MeetingPayment meetingPayment,
        Integer meetingsPerVesoDay,
        boolean substitutesAllowed,
        BigDecimal substituteDayRate,
        boolean arrangementsReimbursed,
        BigDecimal arrangementsBudgetPerGroup,
        boolean travelReimbursed,
        boolean employerCostReport) {
}
