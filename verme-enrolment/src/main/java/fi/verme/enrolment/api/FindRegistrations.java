package fi.verme.enrolment.api;

/**
 * How many times the register was asked for the person (an enrolment, a mentor, a payee): answered with
 * {@link Registrations}; none for a person it does not have.
 */
public record FindRegistrations(String personId) {
}
