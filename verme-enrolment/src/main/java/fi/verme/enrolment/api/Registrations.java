package fi.verme.enrolment.api;

/**
 * How many times the register was asked for a person: once means that only the enrolment that registered them knows
 * them.
 */
public record Registrations(String personId, int count) {
}
