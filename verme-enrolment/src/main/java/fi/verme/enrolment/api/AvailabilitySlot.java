package fi.verme.enrolment.api;

/**
 * When a person can meet. Structured rather than free text so that events never carry
 * what a person wrote about themselves, and so that placement can match groups to times.
 */
public enum AvailabilitySlot {
    MONDAY_AFTERNOON, MONDAY_EVENING,
    TUESDAY_AFTERNOON, TUESDAY_EVENING,
    WEDNESDAY_AFTERNOON, WEDNESDAY_EVENING,
    THURSDAY_AFTERNOON, THURSDAY_EVENING,
    FRIDAY_AFTERNOON, FRIDAY_EVENING,
    ONLINE
}
