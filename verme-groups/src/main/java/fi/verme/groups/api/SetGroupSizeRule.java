package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The programme year's group size: new groups take it unless they set their own. */
public record SetGroupSizeRule(ProgrammeYear programmeYear, int minSize, int maxSize) {

    /** Aggregate ids share one event store: the rules' own prefix keeps them apart from the enrolment call's. */
    @TargetAggregateIdentifier
    public String rulesId() {
        return "group-rules:" + programmeYear.id();
    }
}
