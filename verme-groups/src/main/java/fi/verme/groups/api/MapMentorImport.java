package fi.verme.groups.api;

import java.util.List;

/** Changes which field each column of a pending mentor import fills (null: a column left out). */
public record MapMentorImport(String importId, String organiser, List<MentorImportField> columns) {
}
