package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A cancelled meeting stays cancelled: it is not held, rescheduled or cancelled again; a new one is scheduled. */
@ProblemType(value = "meeting-cancelled", kind = Refusal.Kind.CONFLICT)
public class MeetingCancelledException extends MeetingStateException {

    public MeetingCancelledException(String meetingId) {
        super("Meeting " + meetingId + " was cancelled; schedule a new one");
    }
}
