package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GroupCompleted(String groupId, ProgrammeYear programmeYear, LocalDate completedOn) {
}
