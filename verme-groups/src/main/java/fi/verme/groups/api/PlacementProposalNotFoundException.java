package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

@ProblemType(value = "placement-proposal-not-found", kind = Refusal.Kind.NOT_FOUND)
public class PlacementProposalNotFoundException extends Refusal {

    public PlacementProposalNotFoundException(String proposalId) {
        super("No placement proposal " + proposalId);
    }
}
