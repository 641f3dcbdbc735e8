package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** An accepted placement proposal is done: it is neither changed nor accepted again. */
@ProblemType(value = "placement-proposal-already-accepted", kind = Refusal.Kind.CONFLICT)
public class ProposalAlreadyAcceptedException extends Refusal {

    public ProposalAlreadyAcceptedException(String proposalId) {
        super("Placement proposal " + proposalId + " has already been accepted");
    }
}
