package fi.verme.groups.api;

public class ProposalAlreadyAcceptedException extends RuntimeException {

    public ProposalAlreadyAcceptedException(String proposalId) {
        super("Placement proposal " + proposalId + " has already been accepted");
    }
}
