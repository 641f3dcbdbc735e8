package fi.verme.compensation.domain;

import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.MeetingPayment;
import fi.verme.compensation.api.Preset;
import java.math.BigDecimal;

/** The seed documents' rules. They name no amounts in euros, so those are left for the organiser. */
public final class Presets {

    private Presets() {
    }

    public static CompensationRules of(Preset preset) {
        return switch (preset) {
            // Brochure, Seinäjoki: 3 h planning fee once, organising paid by the hour up to 3 h, a 1 h fee for
            // each 1.5 h meeting held, 4 attended meetings = 1 VESO day, substitutes for planning in working time.
            case SEINAJOKI -> none().toBuilder().preset(preset).planningFeeHours(new BigDecimal("3"))
                    .organisingHoursCap(new BigDecimal("3")).meetingFeeHours(BigDecimal.ONE).meetingsPerVesoDay(4)
                    .substitutesAllowed(true).build();
            // Brochure, Gradia Jyväskylä: continuing education for all staff, mostly in working time; small
            // arrangement costs (coffee) reimbursed up to a budget per group.
            case GRADIA_JYVASKYLA -> none().toBuilder().preset(preset).arrangementsReimbursed(true).build();
            // Opelix 2011-12: free for participants; the employer books participants' salary cost for meeting
            // hours and their travel costs to the project.
            case OPELIX -> none().toBuilder().preset(preset).travelReimbursed(true).employerCostReport(true).build();
        };
    }

    /** Rules with nothing paid and nothing counted, to start from when neither preset nor rules exist. */
    public static CompensationRules none() {
        return CompensationRules.builder().planningFeeHours(BigDecimal.ZERO).organisingHoursCap(BigDecimal.ZERO)
                .meetingFeeHours(BigDecimal.ZERO).meetingPayment(MeetingPayment.FLAT_PER_MEETING)
                .substitutesAllowed(false).arrangementsReimbursed(false).travelReimbursed(false)
                .employerCostReport(false).build();
    }
}
