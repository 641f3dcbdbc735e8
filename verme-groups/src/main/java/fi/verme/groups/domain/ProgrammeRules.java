package fi.verme.groups.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.groups.api.GroupSizeRuleSet;
import fi.verme.groups.api.SetGroupSizeRule;
import fi.verme.shared.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A programme year's rules for groups, set by its coordinator; until then {@link ProgrammeTerms}' defaults apply. */
@Aggregate
class ProgrammeRules {

    static final int SMALLEST_GROUP = 2;
    static final int LARGEST_GROUP = 20;

    @AggregateIdentifier
    private String id;

    protected ProgrammeRules() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetGroupSizeRule command) {
        requireValidSize(command.minSize(), command.maxSize());
        apply(new GroupSizeRuleSet(command.programmeYear(), command.minSize(), command.maxSize()));
    }

    @EventSourcingHandler
    void on(GroupSizeRuleSet event) {
        id = "group-rules:" + event.programmeYear().id();
    }

    static void requireValidSize(int minSize, int maxSize) {
        if (minSize < SMALLEST_GROUP || minSize > LARGEST_GROUP) {
            throw new InvalidInputException("minSize", "a whole number from " + SMALLEST_GROUP + " to " + LARGEST_GROUP);
        }
        if (maxSize < minSize || maxSize > LARGEST_GROUP) {
            throw new InvalidInputException("maxSize", "a whole number from minSize (" + minSize + ") to "
                    + LARGEST_GROUP);
        }
    }
}
