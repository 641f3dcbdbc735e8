package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A group starts once. */
@ProblemType(value = "group-already-started", kind = Refusal.Kind.CONFLICT)
public class GroupAlreadyStartedException extends Refusal {

    public GroupAlreadyStartedException(String groupId) {
        super("Group " + groupId + " has already started");
    }
}
