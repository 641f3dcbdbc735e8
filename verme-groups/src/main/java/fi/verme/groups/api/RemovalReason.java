package fi.verme.groups.api;

public enum RemovalReason {
    COORDINATOR_DECISION,
    PARTICIPANT_REQUEST,
    MOVED_TO_ANOTHER_GROUP,
    /** Sent by the application when the enrolment is withdrawn. */
    ENROLMENT_WITHDRAWN
}
