package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * A coordinator set the programme year's cap on each group's meeting hours, joint meetings included; until it is set,
 * 18 hours.
 *
 * @param programmeYear the programme year the cap is for
 * @param capMinutes the cap in minutes (a whole number of hours, 1 to 100, times 60)
 */
@Revision("1")
public record HoursCapSet(ProgrammeYear programmeYear, int capMinutes) {
}
