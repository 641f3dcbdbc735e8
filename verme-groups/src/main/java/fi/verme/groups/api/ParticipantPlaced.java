package fi.verme.groups.api;

import fi.verme.enrolment.api.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ParticipantPlaced(String groupId, ProgrammeYear programmeYear, String enrolmentId, String personId,
                                Instant placedAt) {
}
