package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** A group starts only when it has its minimum number of participants. */
@ProblemType(value = "group-below-minimum", kind = Refusal.Kind.CONFLICT)
public class GroupBelowMinimumException extends Refusal {

    private final int size;
    private final int minSize;

    public GroupBelowMinimumException(String groupId, int size, int minSize) {
        super("Group " + groupId + " has " + size + " participants; it starts only with at least " + minSize);
        this.size = size;
        this.minSize = minSize;
    }

    public int size() {
        return size;
    }

    public int minSize() {
        return minSize;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(size, minSize);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("size", size, "minSize", minSize);
    }
}
