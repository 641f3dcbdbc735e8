package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * An admin of one organiser tried to grant a role for another organiser or for all ({@code *}), or to change
 * an account that their organiser does not manage alone (an installation admin's, or one with grants
 * elsewhere). Only the installation's admins go beyond one organiser.
 */
@ProblemType(value = "grant-outside-organiser", kind = Refusal.Kind.NOT_PERMITTED)
class GrantOutsideOrganiserException extends OutsideOrganiserRefusal {

    GrantOutsideOrganiserException(String organiser) {
        super("An admin of " + organiser + " grants roles for " + organiser
                + " only, and changes only accounts whose every grant is for it", organiser, "grants",
                "names another organiser", "grants for " + organiser + " only");
    }
}
