package fi.verme.enrolment.api;

/**
 * Sets a person's e-mail address in the register, and on each of their enrolments, once the person has shown that
 * the new address is theirs (by opening the link sent to it). The person is known by this address from then on.
 * Travels to the person register only: no event carries it.
 *
 * @param personId the person whose address it is
 * @param email the new address, already checked against {@link ContactDetails#EMAIL_PATTERN}
 */
public record ChangeEmail(String personId, String email) {
}
