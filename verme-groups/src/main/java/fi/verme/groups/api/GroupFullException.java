package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** A group never has more participants than its maximum. */
@ProblemType(value = "group-full", kind = Refusal.Kind.CONFLICT)
public class GroupFullException extends Refusal {

    private final int maxSize;

    public GroupFullException(String groupId, int maxSize) {
        super("Group " + groupId + " already has its maximum of " + maxSize + " participants");
        this.maxSize = maxSize;
    }

    public int maxSize() {
        return maxSize;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(maxSize);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("maxSize", maxSize);
    }
}
