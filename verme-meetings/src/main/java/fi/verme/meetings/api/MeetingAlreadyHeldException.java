package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * A held meeting stays as it was held: it is not rescheduled, cancelled or recorded again, and a joint
 * meeting counts once in a group's hours.
 */
@ProblemType(value = "meeting-already-held", kind = Refusal.Kind.CONFLICT)
public class MeetingAlreadyHeldException extends MeetingStateException {

    private MeetingAlreadyHeldException(String message) {
        super(message);
    }

    /** {@code refused}: what was asked, in the past tense ("rescheduled", "cancelled", "recorded again"). */
    public static MeetingAlreadyHeldException cannotBe(String refused) {
        return new MeetingAlreadyHeldException("The meeting has been held; a held meeting cannot be " + refused);
    }

    public static MeetingAlreadyHeldException jointMeetingCounted(String jointMeetingId) {
        return new MeetingAlreadyHeldException("Joint meeting " + jointMeetingId + " is already counted");
    }
}
