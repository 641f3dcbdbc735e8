package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A coordinator set the school breaks of the programme year (the organiser's autumn, Christmas, winter and Easter
 * breaks), which meeting series skip together with Finland's public holidays.
 *
 * @param programmeYear the programme year the breaks are for
 * @param breaks every break of the year, in the order of their first days; they replace the ones set before
 */
@Revision("1")
public record SchoolBreaksSet(ProgrammeYear programmeYear, List<SchoolBreak> breaks) {
}
