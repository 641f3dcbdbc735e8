package fi.verme.groups.api;

/** A group forms, starts once it has its minimum, and ends completed or cancelled. */
public enum GroupStatus {
    FORMING,
    STARTED,
    COMPLETED,
    CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
