package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No meeting has this id. */
@ProblemType(value = "meeting-not-found", kind = Refusal.Kind.NOT_FOUND)
public class MeetingNotFoundException extends Refusal {

    public MeetingNotFoundException(String meetingId) {
        super("No meeting " + meetingId);
    }
}
