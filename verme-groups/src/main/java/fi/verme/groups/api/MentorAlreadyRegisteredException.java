package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.Map;

/** A person is registered as a mentor once; their one mentor id serves every group they lead. */
@ProblemType(value = "mentor-already-registered", kind = Refusal.Kind.CONFLICT)
public class MentorAlreadyRegisteredException extends Refusal {

    private final String existingMentorId;

    public MentorAlreadyRegisteredException(String existingMentorId) {
        super("This person is already registered as mentor " + existingMentorId);
        this.existingMentorId = existingMentorId;
    }

    public String existingMentorId() {
        return existingMentorId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("existingMentorId", existingMentorId, "existingMentor", "/api/mentors/" + existingMentorId);
    }
}
