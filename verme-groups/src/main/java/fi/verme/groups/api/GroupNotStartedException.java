package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A group records its action agreement, and completes, only once it has started. */
@ProblemType(value = "group-not-started", kind = Refusal.Kind.CONFLICT)
public class GroupNotStartedException extends Refusal {

    public GroupNotStartedException(String groupId, String action) {
        super("Group " + groupId + " has not started; start it before you " + action);
    }
}
