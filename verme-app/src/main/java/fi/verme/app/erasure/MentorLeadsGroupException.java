package fi.verme.app.erasure;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * The person is the mentor of a group that goes on: its meetings would still be recorded and paid to a payee without a
 * name or an employee number, and a group's mentors cannot be changed. The group is completed or cancelled first
 * ({@code groupIds} names them); then the person is erased.
 */
@ProblemType(value = "mentor-leads-group", kind = Refusal.Kind.CONFLICT)
class MentorLeadsGroupException extends Refusal {

    private final List<String> groupIds;

    MentorLeadsGroupException(List<String> groupIds) {
        super("The person leads " + groupIds.size() + " group(s) that go on: " + String.join(", ", groupIds)
                + "; complete or cancel them first");
        this.groupIds = List.copyOf(groupIds);
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(groupIds.size());
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("groupIds", groupIds);
    }
}
