package fi.verme.groups.api;

public class GroupBelowMinimumException extends RuntimeException {

    private final int size;
    private final int minSize;

    public GroupBelowMinimumException(String groupId, int size, int minSize) {
        super("Group " + groupId + " has " + size + " participants; it starts only with at least " + minSize);
        this.size = size;
        this.minSize = minSize;
    }

    public int size() {
        return size;
    }

    public int minSize() {
        return minSize;
    }
}
