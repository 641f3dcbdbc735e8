package fi.verme.app.access;

import fi.verme.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;

/**
 * The object a request is about (a group, an enrolment, a claim…) cannot be found where the access rules
 * look it up, so nobody can be shown to be allowed to act on it: the request ends in the chain with the
 * module's own not-found refusal, and no handler runs. A write must never reach an aggregate that the
 * rules could not place in an organiser (for example while its view is being rebuilt or lags behind).
 */
class ObjectNotFoundException extends AccessDeniedException {

    private final Refusal refusal;

    ObjectNotFoundException(Refusal refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
