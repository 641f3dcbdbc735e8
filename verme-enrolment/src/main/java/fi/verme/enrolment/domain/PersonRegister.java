package fi.verme.enrolment.domain;

import fi.verme.enrolment.api.ContactDetails;

/**
 * The register of people's contact details, kept out of the events so that a person can be erased.
 * A person is known by e-mail address, compared case-insensitively.
 */
public interface PersonRegister {

    /**
     * Records the contact details and returns the person's id: the existing one when the e-mail
     * address is already known (its details are brought up to date), otherwise {@code candidateId}.
     */
    String register(ContactDetails contact, String candidateId);
}
