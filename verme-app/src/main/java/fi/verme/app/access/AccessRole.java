package fi.verme.app.access;

/**
 * What a user may do, per organiser (see the README's table): an access role, granted to an account.
 * Not the job role a person enrols with ({@code fi.verme.enrolment.api.Role}).
 */
public enum AccessRole {
    COORDINATOR,
    MENTOR,
    PARTICIPANT,
    FINANCE,
    AUDITOR,
    ADMIN,
    /** Reads the metrics (/actuator/prometheus) and nothing else: the account an operator's Prometheus scrapes with. */
    MONITOR
}
