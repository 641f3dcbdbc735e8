package fi.verme.compensation.api;

/** A mentor claims an expense of a group (a substitute, travel, arrangements) only for a group they lead. */
public class ClaimForGroupNotLedException extends RuntimeException {

    private final String groupId;

    public ClaimForGroupNotLedException(String groupId) {
        super("A mentor claims expenses only for the groups they lead; group " + groupId + " is not one of them");
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }
}
