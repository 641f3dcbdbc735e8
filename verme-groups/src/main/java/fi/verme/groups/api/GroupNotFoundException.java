package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

@ProblemType(value = "group-not-found", kind = Refusal.Kind.NOT_FOUND)
public class GroupNotFoundException extends Refusal {

    public GroupNotFoundException(String groupId) {
        super("No group " + groupId);
    }
}
