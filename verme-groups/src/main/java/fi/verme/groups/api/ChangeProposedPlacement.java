package fi.verme.groups.api;

/** The coordinator's change to one line of a proposal: {@code groupId} null puts the person on the waiting list. */
public record ChangeProposedPlacement(String proposalId, String enrolmentId, String groupId) {
}
