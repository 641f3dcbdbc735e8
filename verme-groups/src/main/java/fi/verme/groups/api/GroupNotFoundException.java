package fi.verme.groups.api;

public class GroupNotFoundException extends RuntimeException {

    public GroupNotFoundException(String groupId) {
        super("No group " + groupId);
    }
}
