package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * The register knows people by their e-mail address, so one address belongs to one person: another person's address
 * cannot become someone's own (two entries of the same human being are joined by a coordinator, not by a link).
 */
@ProblemType(value = "email-in-use", kind = Refusal.Kind.CONFLICT)
public class EmailInUseException extends Refusal {

    public EmailInUseException(String personId) {
        // Not the address: a log outlives erasure.
        super("The new address of person " + personId + " belongs to another person in the register");
    }
}
