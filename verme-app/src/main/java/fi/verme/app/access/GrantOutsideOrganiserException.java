package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * An admin of one organiser tried to grant a role for another organiser or for all ({@code *}), or to change
 * an account that their organiser does not manage alone (an installation admin's, or one with grants
 * elsewhere). Only the installation's admins go beyond one organiser.
 */
@ProblemType(value = "grant-outside-organiser", kind = Refusal.Kind.NOT_PERMITTED)
class GrantOutsideOrganiserException extends Refusal {

    private final String organiser;

    GrantOutsideOrganiserException(String organiser) {
        super("An admin of " + organiser + " grants roles for " + organiser
                + " only, and changes only accounts whose every grant is for it");
        this.organiser = organiser;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(organiser);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", List.of(Map.of("field", "grants", "message", "names another organiser",
                "allowed", "grants for " + organiser + " only")));
    }
}
