package fi.verme.enrolment.api;

/** Removes a person's contact details from the register; their events stay, pseudonymous. */
public record ErasePerson(String personId) {
}
