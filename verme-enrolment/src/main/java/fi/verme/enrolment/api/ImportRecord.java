package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;

/**
 * An import as the register keeps it: who uploaded which file (its SHA-256) and when, its header and mapping, its
 * rows while it is pending (empty once it is committed or discarded), who committed it and what became of each row,
 * or when and why its rows were discarded ({@code EXPIRED}, {@code ERASURE}).
 */
public record ImportRecord(
        String importId,
        ProgrammeYear programmeYear,
        String fileName,
        String fileSha256,
        String uploadedBy,
        Instant uploadedAt,
        List<String> header,
        ImportMapping mapping,
        List<ImportRow> rows,
        String committedBy,
        Instant committedAt,
        List<ImportOutcome> outcomes,
        Instant discardedAt,
        String discardedReason) {

    /** The metadata by which the events of an imported row name their import. */
    public static final String IMPORT_METADATA = "importId";
    /**
     * The metadata by which the events of an imported row say whether the people enrolled are told: {@code none}
     * when the coordinator chose not to mail them.
     */
    public static final String NOTICES_METADATA = "notices";
    public static final String NO_NOTICES = "none";

    /** How long an import's rows wait for the commit before they are discarded. */
    public static final java.time.Duration KEPT_FOR = java.time.Duration.ofDays(7);

    public boolean pending() {
        return committedAt == null && discardedAt == null;
    }
}
