package fi.verme.enrolment.api;

/**
 * Puts a person in the register (or brings their details up to date) and answers with their id:
 * the existing one when the e-mail address is known, otherwise {@code candidatePersonId}.
 * For people who are not enrolling, such as mentors.
 */
public record RegisterPerson(String candidatePersonId, ContactDetails contact) {
}
