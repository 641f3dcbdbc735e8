package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

@ProblemType(value = "mentor-not-found", kind = Refusal.Kind.NOT_FOUND)
public class MentorNotFoundException extends Refusal {

    public MentorNotFoundException(String mentorId) {
        super("No mentor " + mentorId + "; register the mentor first");
    }
}
