package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;

/**
 * Claims a pending import for its commit, before any row is sent: refused with {@link ImportClosedException} while
 * another commit holds it (for up to {@link #CLAIM_LAPSES_AFTER}) or once it is closed, so only one commit sends rows.
 */
public record ClaimImportCommit(String importId, ProgrammeYear programmeYear) {

    /** A claim this old is taken to be a commit that crashed, and may be claimed again. */
    public static final java.time.Duration CLAIM_LAPSES_AFTER = java.time.Duration.ofMinutes(10);
}
