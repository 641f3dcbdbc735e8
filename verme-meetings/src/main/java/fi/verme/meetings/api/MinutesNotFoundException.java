package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** The meeting has no minutes yet. */
@ProblemType(value = "minutes-not-found", kind = Refusal.Kind.NOT_FOUND)
public class MinutesNotFoundException extends Refusal {

    public MinutesNotFoundException(String meetingId) {
        super("Meeting " + meetingId + " has no minutes yet");
    }
}
