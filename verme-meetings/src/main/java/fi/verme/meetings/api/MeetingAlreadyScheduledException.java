package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A meeting is put on its group's calendar once. */
@ProblemType(value = "meeting-already-scheduled", kind = Refusal.Kind.CONFLICT)
public class MeetingAlreadyScheduledException extends MeetingStateException {

    public MeetingAlreadyScheduledException(String meetingId) {
        super("Meeting " + meetingId + " is already on the calendar");
    }
}
