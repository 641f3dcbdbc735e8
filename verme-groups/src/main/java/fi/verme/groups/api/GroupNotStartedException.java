package fi.verme.groups.api;

public class GroupNotStartedException extends RuntimeException {

    public GroupNotStartedException(String groupId, String action) {
        super("Group " + groupId + " has not started; start it before you " + action);
    }
}
