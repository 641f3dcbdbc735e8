package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinator's record of a joint kickoff or closing meeting: it counts for each group that
 * took part, all or none. {@code attendees} (person ids, optional) are the members present.
 */
public record RecordJointMeeting(String jointMeetingId, ProgrammeYear programmeYear, JointMeetingKind kind,
                                 LocalDate date, int durationMinutes, List<String> groupIds,
                                 List<String> attendees) {
}
