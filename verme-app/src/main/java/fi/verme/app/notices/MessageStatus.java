package fi.verme.app.notices;

/** Where a message of the outbox is: waiting to be sent (or tried again), sent, or given up on. */
public enum MessageStatus {
    PENDING,
    SENT,
    FAILED
}
