package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The most hours a group of the programme year may meet, joint meetings included (default 18). */
public record SetHoursCap(ProgrammeYear programmeYear, int hours) {

    @TargetAggregateIdentifier
    public String ruleId() {
        return CalendarKey.hoursRule(programmeYear);
    }
}
