package fi.verme.groups.web;

/** Body of {@code PUT …/placement-proposals/{id}/placements/{enrolmentId}}: a group, or null for the waiting list. */
record ProposalChangeRequest(String groupId) {
}
