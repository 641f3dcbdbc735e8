package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A personal link that is not genuine, has expired, or is not for this purpose. */
@ProblemType(value = "link-invalid", kind = Refusal.Kind.NOT_PERMITTED)
class InvalidLinkException extends Refusal {

    InvalidLinkException() {
        super("The link is not valid or has expired; ask the coordinator for a new one");
    }
}
