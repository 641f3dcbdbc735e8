package fi.verme.meetings.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.meetings.api.CalendarKey;
import fi.verme.meetings.api.SchoolBreak;
import fi.verme.meetings.api.SchoolBreaksSet;
import fi.verme.meetings.api.SetSchoolBreaks;
import fi.verme.shared.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A programme year's school breaks, set by its coordinator: within the school year, named, not overlapping. */
@Aggregate
class SchoolBreaks {

    static final int MAX_BREAKS = 20;
    static final int MAX_NAME = 80;

    @AggregateIdentifier
    private String id;

    protected SchoolBreaks() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetSchoolBreaks command) {
        var year = command.programmeYear();
        var breaks = command.breaks() == null ? List.<SchoolBreak>of() : command.breaks();
        if (breaks.size() > MAX_BREAKS) {
            throw new InvalidInputException("breaks", "at most " + MAX_BREAKS + " breaks");
        }
        for (int i = 0; i < breaks.size(); i++) {
            var each = breaks.get(i);
            if (each == null || each.name() == null || each.name().isBlank() || each.name().strip().length() > MAX_NAME) {
                throw new InvalidInputException("breaks[" + i + "].name", "a name of 1 to " + MAX_NAME + " characters");
            }
            if (each.firstDay() == null || each.lastDay() == null || each.lastDay().isBefore(each.firstDay())
                    || each.firstDay().isBefore(year.firstDay()) || each.lastDay().isAfter(year.lastDay())) {
                throw new InvalidInputException("breaks[" + i + "]", "a first and a last day within the school year "
                        + year.firstDay() + " – " + year.lastDay() + ", the last not before the first");
            }
        }
        var sorted = breaks.stream().map(b -> new SchoolBreak(b.name().strip(), b.firstDay(), b.lastDay()))
                .sorted(Comparator.comparing(SchoolBreak::firstDay)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).firstDay().isAfter(sorted.get(i - 1).lastDay())) {
                throw new InvalidInputException("breaks", "breaks that do not overlap (" + sorted.get(i - 1).name()
                        + " and " + sorted.get(i).name() + " do)");
            }
        }
        apply(new SchoolBreaksSet(year, sorted));
    }

    @EventSourcingHandler
    void on(SchoolBreaksSet event) {
        id = CalendarKey.schoolBreaks(event.programmeYear());
    }
}
