package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A mentor of a group is never also its participant. */
@ProblemType(value = "mentor-cannot-participate", kind = Refusal.Kind.CONFLICT)
public class MentorCannotParticipateException extends Refusal {

    public MentorCannotParticipateException(String groupId) {
        super("This person mentors group " + groupId + " and cannot also be its participant");
    }
}
