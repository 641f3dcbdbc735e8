package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organiser's school breaks for the programme year, replacing those set before. */
public record SetSchoolBreaks(ProgrammeYear programmeYear, List<SchoolBreak> breaks) {

    @TargetAggregateIdentifier
    public String breaksId() {
        return CalendarKey.schoolBreaks(programmeYear);
    }
}
