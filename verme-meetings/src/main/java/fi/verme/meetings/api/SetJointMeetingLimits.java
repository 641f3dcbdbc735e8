package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** How many kickoffs and closings a group of the programme year may take part in (default one of each). */
public record SetJointMeetingLimits(ProgrammeYear programmeYear, int kickoffs, int closings) {

    @TargetAggregateIdentifier
    public String ruleId() {
        return CalendarKey.jointMeetingRule(programmeYear);
    }
}
