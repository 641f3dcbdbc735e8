package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * The coordinator cancels a joint meeting planned ahead: it is cancelled on the calendar of every group it was
 * planned for, all or none, and no longer takes its kind's place in those groups.
 */
public record CancelJointMeeting(String jointMeetingId, ProgrammeYear programmeYear,
                                 MeetingCancellationReason reason, List<String> groupIds) {
}
