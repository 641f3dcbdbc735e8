package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A mentor of the group corrected the minutes of a held meeting: a new version, whose text is in the minutes archive
 * beside every earlier version.
 *
 * @param meetingId the meeting the minutes are of
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param version the new version, 2 or more
 * @param topics the topics discussed, as the new version gives them; may be empty
 * @param authorPersonId the person id of the mentor who corrected them
 */
@Revision("1")
public record MinutesCorrected(String meetingId, String groupId, ProgrammeYear programmeYear, int version,
                               List<String> topics, String authorPersonId) {
}
