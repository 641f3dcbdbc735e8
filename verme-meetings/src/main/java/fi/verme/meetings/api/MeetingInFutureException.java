package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.time.LocalDate;
import java.util.List;

/** A meeting is recorded as held from its day on, not before. */
@ProblemType(value = "meeting-in-future", kind = Refusal.Kind.CONFLICT)
public class MeetingInFutureException extends MeetingStateException {

    private final LocalDate meetingDate;

    public MeetingInFutureException(LocalDate meetingDate, LocalDate today) {
        super("The meeting is on " + meetingDate + "; it can be recorded as held from that day on (today is "
                + today + ")");
        this.meetingDate = meetingDate;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(meetingDate);
    }
}
