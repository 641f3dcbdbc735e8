package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.Map;

/** A person is in at most one group per programme year. */
@ProblemType(value = "person-already-placed", kind = Refusal.Kind.CONFLICT)
public class PersonAlreadyPlacedException extends Refusal {

    private final String groupId;

    public PersonAlreadyPlacedException(ProgrammeYear programmeYear, String groupId) {
        super("This person is already in group " + groupId + " in " + programmeYear
                + "; remove them from it first to move them");
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("groupId", groupId, "group", "/api/groups/" + groupId);
    }
}
