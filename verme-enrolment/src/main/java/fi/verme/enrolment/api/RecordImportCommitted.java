package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * Closes a committed import: what became of each row is kept, the file's rows are forgotten. The acting user is
 * taken from the command's metadata.
 */
public record RecordImportCommitted(String importId, ProgrammeYear programmeYear, List<ImportOutcome> outcomes) {
}
