package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A new version of the minutes; every earlier version stays in the archive. */
@Revision("1")
public record MinutesCorrected(String meetingId, String groupId, ProgrammeYear programmeYear, int version,
                               List<String> topics, String authorPersonId) {
}
