package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.Map;

/** Only a member of the group can be removed from it or accept its action agreement. */
@ProblemType(value = "not-a-member", kind = Refusal.Kind.CONFLICT)
public class NotAMemberException extends Refusal {

    private final String enrolmentId;

    public NotAMemberException(String groupId, String enrolmentId) {
        super("Enrolment " + enrolmentId + " is not a member of group " + groupId);
        this.enrolmentId = enrolmentId;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("enrolmentId", enrolmentId);
    }
}
