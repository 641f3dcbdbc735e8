package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The coordinator moves a joint meeting planned ahead: its new day, time, length and place, given in full, on the
 * calendar of every group it was planned for, all or none.
 */
public record RescheduleJointMeeting(String jointMeetingId, ProgrammeYear programmeYear, LocalDate date,
                                     LocalTime startTime, int plannedMinutes, String place, List<String> groupIds) {
}
