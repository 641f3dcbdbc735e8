package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * A link confirming a new e-mail address that is not genuine, has expired (after 48 hours), is another kind of link,
 * has been used, or replaces an address the person no longer has: the person asks for the change again on their own
 * page, rather than the coordinator for a new link.
 */
@ProblemType(value = "confirmation-link-invalid", kind = Refusal.Kind.NOT_PERMITTED)
class ConfirmationLinkInvalidException extends Refusal {

    ConfirmationLinkInvalidException() {
        super("The confirmation link is not valid, has expired, has been used, or the address has changed since it"
                + " was sent; ask for the change again through the personal link");
    }
}
