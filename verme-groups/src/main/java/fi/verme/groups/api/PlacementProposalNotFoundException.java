package fi.verme.groups.api;

public class PlacementProposalNotFoundException extends RuntimeException {

    public PlacementProposalNotFoundException(String proposalId) {
        super("No placement proposal " + proposalId);
    }
}
