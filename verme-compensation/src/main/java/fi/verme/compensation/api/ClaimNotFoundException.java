package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No claim has this id. */
@ProblemType(value = "claim-not-found", kind = Refusal.Kind.NOT_FOUND)
public class ClaimNotFoundException extends Refusal {

    public ClaimNotFoundException(String claimId) {
        super("No claim " + claimId);
    }
}
