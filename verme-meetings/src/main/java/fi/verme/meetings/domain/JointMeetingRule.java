package fi.verme.meetings.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.meetings.api.CalendarKey;
import fi.verme.meetings.api.JointMeetingLimitsSet;
import fi.verme.meetings.api.SetJointMeetingLimits;
import fi.verme.shared.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme year's limits on the joint meetings each group takes part in, set by its coordinator: one kickoff and
 * one closing unless the year's rules allow more (an organiser that runs a kickoff per region and a second one for the
 * groups that start in January).
 */
@Aggregate
class JointMeetingRule {

    static final int MAX_OF_A_KIND = 10;

    @AggregateIdentifier
    private String id;

    protected JointMeetingRule() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetJointMeetingLimits command) {
        require("kickoffs", command.kickoffs());
        require("closings", command.closings());
        apply(new JointMeetingLimitsSet(command.programmeYear(), command.kickoffs(), command.closings()));
    }

    private static void require(String field, int limit) {
        if (limit < 1 || limit > MAX_OF_A_KIND) {
            throw new InvalidInputException(field, "a whole number from 1 to " + MAX_OF_A_KIND);
        }
    }

    @EventSourcingHandler
    void on(JointMeetingLimitsSet event) {
        id = CalendarKey.jointMeetingRule(event.programmeYear());
    }
}
