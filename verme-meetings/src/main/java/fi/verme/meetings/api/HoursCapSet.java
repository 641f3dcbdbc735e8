package fi.verme.meetings.api;

import fi.verme.enrolment.api.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record HoursCapSet(ProgrammeYear programmeYear, int capMinutes) {
}
