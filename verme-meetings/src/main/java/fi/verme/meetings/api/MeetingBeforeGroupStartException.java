package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.time.LocalDate;
import java.util.List;

/** A meeting planned or recorded as held on a day before its group started: the group did not meet yet. */
@ProblemType(value = "meeting-before-group-start", kind = Refusal.Kind.CONFLICT)
public class MeetingBeforeGroupStartException extends MeetingStateException {

    private final LocalDate meetingDate;
    private final LocalDate startedOn;

    public MeetingBeforeGroupStartException(String meetingId, LocalDate meetingDate, LocalDate startedOn) {
        super("Meeting " + meetingId + " is on " + meetingDate + ", before its group started on " + startedOn
                + "; reschedule it to " + startedOn + " or later");
        this.meetingDate = meetingDate;
        this.startedOn = startedOn;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(meetingDate, startedOn);
    }
}
