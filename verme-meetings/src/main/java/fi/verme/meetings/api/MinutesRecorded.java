package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The text itself is in the minutes archive under {@code version}; topics are what the coordinator may see. */
@Revision("1")
public record MinutesRecorded(String meetingId, String groupId, ProgrammeYear programmeYear, int version,
                              List<String> topics, String authorPersonId) {
}
