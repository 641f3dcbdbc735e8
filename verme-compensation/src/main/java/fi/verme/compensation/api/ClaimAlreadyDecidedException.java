package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A claim is approved or rejected once. */
@ProblemType(value = "claim-already-decided", kind = Refusal.Kind.CONFLICT)
public class ClaimAlreadyDecidedException extends CompensationRuleException {

    public ClaimAlreadyDecidedException(ClaimStatus status) {
        super("The claim is already " + status.name().toLowerCase());
    }
}
