package fi.verme.groups.api;

/**
 * Claims a pending mentor import for its commit, before anyone is registered: refused with
 * {@code ImportClosedException} while another commit holds it (for up to ten minutes) or once it is closed, so only
 * one commit registers rows.
 */
public record ClaimMentorImportCommit(String importId, String organiser) {
}
