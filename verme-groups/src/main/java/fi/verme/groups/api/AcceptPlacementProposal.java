package fi.verme.groups.api;

/** Places and waitlists everyone as proposed, all or nothing. */
public record AcceptPlacementProposal(String proposalId) {
}
