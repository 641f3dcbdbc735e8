package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MeetingCancelled(String meetingId, String groupId, ProgrammeYear programmeYear,
                               MeetingCancellationReason reason) {
}
