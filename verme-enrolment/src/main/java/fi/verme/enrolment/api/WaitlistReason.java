package fi.verme.enrolment.api;

/** Why an enrolment waits for a seat instead of being in a group. */
public enum WaitlistReason {
    /** No group of the year has a theme the person wished for (and suits them). */
    NO_GROUP_FOR_WISHES,
    /** The groups of the wished themes are full. */
    WISHED_GROUPS_FULL,
    /** The groups of the wished themes could not reach their minimum size. */
    WISHED_GROUPS_UNDER_MINIMUM,
    /** The person's group was cancelled. */
    GROUP_CANCELLED,
    /** The coordinator took the person out of their group. */
    REMOVED_FROM_GROUP,
    /** The coordinator put the person on the waiting list by hand. */
    COORDINATOR_DECISION
}
