package fi.verme.compensation.web;

import fi.verme.compensation.api.MeetingPayment;
import fi.verme.compensation.api.Preset;
import java.math.BigDecimal;

/** Body of {@code PUT …/compensation-rules}: a preset and/or the fields to set; what is left out stays. */
record RulesRequest(
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
}
