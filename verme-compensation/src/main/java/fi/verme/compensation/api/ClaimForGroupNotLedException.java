package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** A mentor claims an expense of a group (a substitute, travel, arrangements) only for a group they lead. */
@ProblemType(value = "group-not-led", kind = Refusal.Kind.NOT_PERMITTED)
public class ClaimForGroupNotLedException extends Refusal {

    private final String groupId;

    public ClaimForGroupNotLedException(String groupId) {
        super("A mentor claims expenses only for the groups they lead; group " + groupId + " is not one of them");
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    /** The field at fault, as a validation problem names it. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", List.of(Map.of("field", "groupId", "message", "is not a group you lead",
                "allowed", "the id of a group you are a mentor of")));
    }
}
