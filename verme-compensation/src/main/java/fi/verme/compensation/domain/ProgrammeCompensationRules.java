package fi.verme.compensation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.compensation.api.CompensationKey;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.EmployerSalaryCostSet;
import fi.verme.compensation.api.SetCompensationRules;
import fi.verme.compensation.api.SetEmployerSalaryCost;
import fi.verme.shared.InvalidInputException;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A programme year's compensation rules: data, versioned by its events. */
@Aggregate
class ProgrammeCompensationRules {

    static final BigDecimal MAX_HOURLY_FEE = new BigDecimal("500");
    static final BigDecimal MAX_HOURS = new BigDecimal("100");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    @AggregateIdentifier
    private String id;
    private int version;
    private CompensationRules rules;

    protected ProgrammeCompensationRules() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetCompensationRules c) {
        var change = c.change() == null ? CompensationRules.builder().build() : c.change();
        var base = change.preset() != null ? Presets.of(change.preset()) : rules != null ? rules : Presets.none();
        var next = CompensationRules.builder()
                .preset(base.preset())
                .hourlyFee(money("hourlyFee", change.hourlyFee(), base.hourlyFee(), MAX_HOURLY_FEE))
                .planningFeeHours(hours("planningFeeHours", change.planningFeeHours(), base.planningFeeHours()))
                .organisingHoursCap(hours("organisingHoursCap", change.organisingHoursCap(), base.organisingHoursCap()))
                .meetingFeeHours(hours("meetingFeeHours", change.meetingFeeHours(), base.meetingFeeHours()))
                .meetingPayment(orElse(change.meetingPayment(), base.meetingPayment()))
                .meetingsPerVesoDay(vesoDivisor(change.meetingsPerVesoDay(), base.meetingsPerVesoDay()))
                .substitutesAllowed(orElse(change.substitutesAllowed(), base.substitutesAllowed()))
                .substituteDayRate(money("substituteDayRate", change.substituteDayRate(), base.substituteDayRate(),
                        MAX_AMOUNT))
                .arrangementsReimbursed(orElse(change.arrangementsReimbursed(), base.arrangementsReimbursed()))
                .arrangementsBudgetPerGroup(money("arrangementsBudgetPerGroup", change.arrangementsBudgetPerGroup(),
                        base.arrangementsBudgetPerGroup(), MAX_AMOUNT))
                .travelReimbursed(orElse(change.travelReimbursed(), base.travelReimbursed()))
                .employerCostReport(orElse(change.employerCostReport(), base.employerCostReport()))
                .build();
        apply(new CompensationRulesSet(c.programmeYear(), version + 1, next));
    }

    /** Finance's rate for an employer's staff hour; the employer is named as enrolments name it. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetEmployerSalaryCost c) {
        if (c.employer() == null || c.employer().isBlank() || c.employer().strip().length() > 200) {
            throw new InvalidInputException("employer", "the employer's name as participants' enrolments give it, "
                    + "1-200 characters");
        }
        if (c.hourlySalaryCost() == null) {
            throw new InvalidInputException("hourlySalaryCost", "euros an hour, from 0 to " + MAX_HOURLY_FEE
                    + ", e.g. 32.50");
        }
        apply(new EmployerSalaryCostSet(c.programmeYear(), c.employer().strip(),
                money("hourlySalaryCost", c.hourlySalaryCost(), null, MAX_HOURLY_FEE)));
    }

    @EventSourcingHandler
    void on(EmployerSalaryCostSet event) {
        id = CompensationKey.rules(event.programmeYear());
    }

    @EventSourcingHandler
    void on(CompensationRulesSet event) {
        id = CompensationKey.rules(event.programmeYear());
        version = event.version();
        rules = event.rules();
    }

    private static <T> T orElse(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static BigDecimal money(String field, BigDecimal value, BigDecimal otherwise, BigDecimal max) {
        if (value == null) {
            return otherwise;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "euros and cents, from 0 to " + max + ", e.g. 50.00");
        }
        return FeeSchedule.cents(value);
    }

    private static BigDecimal hours(String field, BigDecimal value, BigDecimal otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value.signum() < 0 || value.compareTo(MAX_HOURS) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "hours, from 0 to " + MAX_HOURS + ", at most two decimals");
        }
        return value;
    }

    private static Integer vesoDivisor(Integer value, Integer otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1 || value > 20) {
            throw new InvalidInputException("meetingsPerVesoDay", "attended meetings per VESO day, 1 to 20");
        }
        return value;
    }
}
