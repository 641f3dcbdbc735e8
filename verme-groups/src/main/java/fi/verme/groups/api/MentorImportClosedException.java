package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.Map;

/**
 * A mentor import is committed once: after the commit, or once its rows are discarded (after seven days, or because a
 * person in them was erased), it can be read but neither mapped again nor committed.
 */
@ProblemType(value = "mentor-import-closed", kind = Refusal.Kind.CONFLICT)
public class MentorImportClosedException extends Refusal {

    private final String importId;

    public MentorImportClosedException(String importId) {
        super("Mentor import " + importId + " is already committed or discarded");
        this.importId = importId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("importId", importId);
    }
}
