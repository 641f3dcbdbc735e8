package fi.verme.app.notices;

/**
 * Where a message of the outbox is: waiting to be sent (or tried again), sent, given up on, or cancelled unsent
 * because its recipient was erased (its address and words forgotten with them).
 */
public enum MessageStatus {
    PENDING,
    SENT,
    FAILED,
    CANCELLED
}
