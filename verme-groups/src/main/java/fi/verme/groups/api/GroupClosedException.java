package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.Map;

/** A completed or cancelled group takes no more changes. */
@ProblemType(value = "group-closed", kind = Refusal.Kind.CONFLICT)
public class GroupClosedException extends Refusal {

    private final GroupStatus status;

    public GroupClosedException(String groupId, GroupStatus status) {
        super("Group " + groupId + " is " + status.name().toLowerCase() + " and takes no more changes");
        this.status = status;
    }

    public GroupStatus status() {
        return status;
    }

    @Override
    public Map<String, Object> properties() {
        // Not "status": that is the problem's own HTTP status.
        return Map.of("groupStatus", status);
    }
}
