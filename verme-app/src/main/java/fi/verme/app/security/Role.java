package fi.verme.app.security;

/** What a user may do, per organiser (see the README's table). */
public enum Role {
    COORDINATOR,
    MENTOR,
    PARTICIPANT,
    FINANCE,
    AUDITOR,
    ADMIN
}
