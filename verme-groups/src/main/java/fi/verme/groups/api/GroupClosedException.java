package fi.verme.groups.api;

/** A completed or cancelled group takes no more changes. */
public class GroupClosedException extends RuntimeException {

    private final GroupStatus status;

    public GroupClosedException(String groupId, GroupStatus status) {
        super("Group " + groupId + " is " + status.name().toLowerCase() + " and takes no more changes");
        this.status = status;
    }

    public GroupStatus status() {
        return status;
    }
}
