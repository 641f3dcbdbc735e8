package fi.verme.groups.api;

public class GroupAlreadyStartedException extends RuntimeException {

    public GroupAlreadyStartedException(String groupId) {
        super("Group " + groupId + " has already started");
    }
}
