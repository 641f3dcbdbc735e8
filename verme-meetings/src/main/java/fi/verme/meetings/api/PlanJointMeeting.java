package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The coordinator plans a joint kickoff or closing meeting ahead: it goes on the calendar of every
 * listed group with its time and place, all or none, and is recorded as held later.
 */
public record PlanJointMeeting(String jointMeetingId, ProgrammeYear programmeYear, JointMeetingKind kind,
                               LocalDate date, LocalTime startTime, int plannedMinutes, String place,
                               List<String> groupIds) {
}
