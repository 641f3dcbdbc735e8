package fi.verme.enrolment.domain;

import fi.verme.enrolment.api.ContactDetails;

/**
 * The register of people's contact details, kept out of the events so that a person can be erased.
 * A person is known by e-mail address, compared case-insensitively.
 *
 * <p>Anonymous input never changes a register entry: knowing someone's address must not let anyone
 * rename them. The details typed into an enrolment form belong to that enrolment; a register entry
 * changes only by a coordinator, through the person's signed link, or by the identity provider
 * ({@link #register}).
 */
public interface PersonRegister {

    /**
     * Records the contact details and returns the person's id: the existing one when the e-mail
     * address is already known (its details are brought up to date), otherwise {@code candidateId}.
     * Only for details from a trusted source (a coordinator, a signed link, the identity provider).
     */
    String register(ContactDetails contact, String candidateId);

    /**
     * Keeps the details given on an enrolment form as that enrolment's own and returns the person's
     * id: the existing one when the e-mail address is known (whose register entry stays exactly as it
     * was), otherwise {@code candidateId}, newly registered with these details.
     */
    String enrol(String enrolmentId, ContactDetails contact, String candidateId);
}
