package fi.verme.enrolment.api;

/** Where an enrolment stands. {@code PLACED} and {@code WAITLISTED} come from group placement. */
public enum EnrolmentStatus {
    SUBMITTED,
    PLACED,
    WAITLISTED,
    WITHDRAWN
}
