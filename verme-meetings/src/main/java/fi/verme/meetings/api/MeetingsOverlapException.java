package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A group meets once at a time: a meeting planned, moved or recorded as held would overlap another of the group's
 * meetings that is not cancelled (its plan, or its held length once held). The problem names the other meeting.
 */
@ProblemType(value = "meetings-overlap", kind = Refusal.Kind.CONFLICT)
public class MeetingsOverlapException extends MeetingStateException {

    private final String otherMeetingId;
    private final LocalDate date;
    private final LocalTime from;
    private final LocalTime to;

    public MeetingsOverlapException(String meetingId, String otherMeetingId, LocalDate date, LocalTime from,
                                    LocalTime to) {
        super("Meeting " + meetingId + " would overlap meeting " + otherMeetingId + " of the same group on " + date
                + ", " + from + " to " + to);
        this.otherMeetingId = otherMeetingId;
        this.date = date;
        this.from = from;
        this.to = to;
    }

    /** {0} the other meeting's day, {1} and {2} when it starts and ends. */
    @Override
    public List<Object> detailArguments() {
        return List.of(date, from.toString(), to.toString());
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("overlappingMeetingId", otherMeetingId);
    }
}
