package fi.verme.meetings.api;

import java.time.LocalDate;

/** A meeting recorded as held on a day before its group started: the group did not meet yet. */
public class MeetingBeforeGroupStartException extends MeetingStateException {

    public MeetingBeforeGroupStartException(String meetingId, LocalDate meetingDate, LocalDate startedOn) {
        super("meeting-before-group-start", "Meeting " + meetingId + " is on " + meetingDate
                + ", before its group started on " + startedOn + "; reschedule it to " + startedOn + " or later");
    }
}
