package fi.verme.groups.api;

import fi.verme.enrolment.api.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GroupStarted(String groupId, ProgrammeYear programmeYear, LocalDate startedOn, int size) {
}
