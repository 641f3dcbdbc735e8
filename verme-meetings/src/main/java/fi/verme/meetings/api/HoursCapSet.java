package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record HoursCapSet(ProgrammeYear programmeYear, int capMinutes) {
}
