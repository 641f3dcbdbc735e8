package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A mentor of the group wrote the minutes of a held meeting. The text itself is kept out of the events, in the minutes
 * archive under {@code version}; the topics are what a coordinator may see.
 *
 * @param meetingId the meeting the minutes are of
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param version the version of the minutes, 1 for the first
 * @param topics the topics discussed, at most 10 short headings; may be empty
 * @param authorPersonId the person id of the mentor who wrote them
 */
@Revision("1")
public record MinutesRecorded(String meetingId, String groupId, ProgrammeYear programmeYear, int version,
                              List<String> topics, String authorPersonId) {
}
