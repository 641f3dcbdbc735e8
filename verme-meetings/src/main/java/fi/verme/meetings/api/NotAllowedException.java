package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * The minutes are the group's: only its mentors write them, and only its mentors and the members of the
 * meeting's day read them.
 */
@ProblemType(value = "not-allowed", kind = Refusal.Kind.NOT_PERMITTED)
public class NotAllowedException extends Refusal {

    public NotAllowedException(String message) {
        super(message);
    }
}
