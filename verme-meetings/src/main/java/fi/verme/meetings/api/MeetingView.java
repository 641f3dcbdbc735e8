package fi.verme.meetings.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting on the group's calendar. A joint meeting appears with {@code jointKind} set. The
 * minutes' topics are here; their text is only in {@code …/minutes}, for the group. {@code sequence} is the
 * number of the latest change of its time, place or status in the group's calendar (it only grows) and
 * {@code lastModified} that change's time: a calendar entry's SEQUENCE and LAST-MODIFIED (0 and null for a
 * meeting written before they were kept, until a rebuild).
 */
public record MeetingView(
        String meetingId,
        String groupId,
        MeetingStatus status,
        LocalDate date,
        LocalTime startTime,
        int plannedMinutes,
        String place,
        boolean online,
        Integer heldMinutes,
        List<String> attendees,
        List<String> mentorsPresent,
        MeetingCancellationReason cancellationReason,
        int minutesVersion,
        List<String> topics,
        JointMeetingKind jointKind,
        long sequence,
        Instant lastModified) {
}
