package fi.verme.meetings.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One joint meeting of the programme year, as the coordinator plans and records it: its kind, day, time and place
 * ({@code startTime} and {@code place} are null for one recorded as held without being planned), whether it is
 * planned ({@code SCHEDULED}), {@code HELD} (then {@code heldMinutes}) or {@code CANCELLED} before it was held, and
 * the groups that take part.
 */
public record JointMeetingView(String jointMeetingId, JointMeetingKind kind, MeetingStatus status, LocalDate date,
                               LocalTime startTime, int plannedMinutes, String place, Integer heldMinutes,
                               List<String> groupIds) {
}
