package fi.verme.meetings.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.meetings.api.CalendarKey;
import fi.verme.meetings.api.HoursCapSet;
import fi.verme.meetings.api.SetHoursCap;
import fi.verme.shared.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A programme year's cap on each group's hours, set by its coordinator. */
@Aggregate
class HoursRule {

    static final int MAX_HOURS = 100;

    @AggregateIdentifier
    private String id;

    protected HoursRule() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetHoursCap command) {
        if (command.hours() < 1 || command.hours() > MAX_HOURS) {
            throw new InvalidInputException("hours", "a whole number of hours from 1 to " + MAX_HOURS);
        }
        apply(new HoursCapSet(command.programmeYear(), command.hours() * 60));
    }

    @EventSourcingHandler
    void on(HoursCapSet event) {
        id = CalendarKey.hoursRule(event.programmeYear());
    }
}
