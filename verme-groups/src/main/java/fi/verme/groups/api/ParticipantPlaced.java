package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ParticipantPlaced(String groupId, ProgrammeYear programmeYear, String enrolmentId, String personId,
                                Instant placedAt) {
}
