package fi.verme.enrolment.domain;

import fi.verme.enrolment.api.ContactDetails;
import java.util.Locale;

/**
 * The register of people's contact details, kept out of the events so that a person can be erased.
 * A person is known by e-mail address, compared case-insensitively.
 *
 * <p>Nobody changes a register entry by naming its address: not the public form, and not a coordinator
 * registering a mentor (the register is shared by every organiser, so a coordinator of one could
 * otherwise rename another organiser's people everywhere). The details typed into an enrolment form
 * belong to that enrolment; a known address only links to the person as registered. Only the person
 * themselves corrects their entry, through their signed personal link ({@code ChangePhone}, and
 * {@code ChangeEmail} once the new address has confirmed it), and the correction reaches their enrolments too.
 */
public interface PersonRegister {

    /**
     * Returns the person's id: the existing one when the e-mail address is already known (whose entry
     * stays exactly as it was), otherwise {@code candidateId}, newly registered with these details.
     */
    String register(ContactDetails contact, String candidateId);

    /**
     * Keeps the details given on an enrolment form as that enrolment's own and returns the person's
     * id: the existing one when the e-mail address is known (whose register entry stays exactly as it
     * was), otherwise {@code candidateId}, newly registered with these details.
     */
    String enrol(String enrolmentId, ContactDetails contact, String candidateId);

    /** What a person is known by: the e-mail address without surrounding spaces, in any letter case. */
    static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
