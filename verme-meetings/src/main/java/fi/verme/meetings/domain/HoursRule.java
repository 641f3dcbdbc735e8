package fi.verme.meetings.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.meetings.api.CalendarKey;
import fi.verme.meetings.api.HoursCapBelowUsedException;
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
    void handle(SetHoursCap command, HoursUsed used) {
        if (command.hours() < 1 || command.hours() > MAX_HOURS) {
            throw new InvalidInputException("hours", "a whole number of hours from 1 to " + MAX_HOURS);
        }
        // Never below what a group has used: it would stand past the cap that the year's rules promise.
        used.mostUsed(command.programmeYear()).filter(group -> group.usedMinutes() > command.hours() * 60)
                .ifPresent(group -> {
                    throw new HoursCapBelowUsedException(group.groupId(), group.usedMinutes(), command.hours());
                });
        apply(new HoursCapSet(command.programmeYear(), command.hours() * 60));
    }

    @EventSourcingHandler
    void on(HoursCapSet event) {
        id = CalendarKey.hoursRule(event.programmeYear());
    }
}
