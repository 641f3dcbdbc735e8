package fi.verme.groups.api;

public record FindPlacementProposal(String proposalId) {
}
