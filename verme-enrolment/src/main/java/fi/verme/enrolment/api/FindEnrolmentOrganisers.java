package fi.verme.enrolment.api;

/**
 * The organisers this person has enrolled with, in any year and whatever became of the enrolment: answered with
 * their slugs, none for a person who never enrolled.
 */
public record FindEnrolmentOrganisers(String personId) {
}
