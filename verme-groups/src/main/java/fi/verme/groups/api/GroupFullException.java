package fi.verme.groups.api;

public class GroupFullException extends RuntimeException {

    private final int maxSize;

    public GroupFullException(String groupId, int maxSize) {
        super("Group " + groupId + " already has its maximum of " + maxSize + " participants");
        this.maxSize = maxSize;
    }

    public int maxSize() {
        return maxSize;
    }
}
