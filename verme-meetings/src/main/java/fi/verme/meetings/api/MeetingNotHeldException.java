package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** Minutes are written for a held meeting only. */
@ProblemType(value = "meeting-not-held", kind = Refusal.Kind.CONFLICT)
public class MeetingNotHeldException extends MeetingStateException {

    public MeetingNotHeldException(String meetingId, MeetingStatus status) {
        super("Minutes are written for a held meeting; meeting " + meetingId + " is "
                + status.name().toLowerCase());
    }
}
