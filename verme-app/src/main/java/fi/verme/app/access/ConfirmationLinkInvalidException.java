package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * A link confirming a new e-mail address that is not genuine, has expired (after 48 hours) or is another kind of
 * link: the person asks for the change again on their own page, rather than the coordinator for a new link.
 */
@ProblemType(value = "confirmation-link-invalid", kind = Refusal.Kind.NOT_PERMITTED)
class ConfirmationLinkInvalidException extends Refusal {

    ConfirmationLinkInvalidException() {
        super("The confirmation link is not valid or has expired; ask for the change again through the personal link");
    }
}
