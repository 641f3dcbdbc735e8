package fi.verme.groups.api;

import java.util.List;

/**
 * Closes a committed mentor import: what became of each row is kept, the file's rows are forgotten. The acting user is
 * taken from the command's metadata.
 */
public record RecordMentorImportCommitted(String importId, String organiser, List<MentorImportOutcome> outcomes) {
}
