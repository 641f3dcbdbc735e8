package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/** The organiser's breaks of the programme year, and Finland's public holidays on school days of it. */
public record SchoolBreaksView(ProgrammeYear programmeYear, List<SchoolBreak> breaks, List<ClosedDay> publicHolidays) {
}
