package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets the rules: start from {@code preset} (or from the current rules, or from nothing), then apply
 * every field that is not null.
 */
public record SetCompensationRules(
        ProgrammeYear programmeYear,
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

    @TargetAggregateIdentifier
    public String rulesId() {
        return CompensationKey.rules(programmeYear);
    }
}
