package fi.verme.groups.api;

import fi.verme.enrolment.api.ImportProblem;
import java.util.List;

/**
 * What the commit of a mentor import did with one row: its line, its status, the mentor registered or matched (null
 * for a rejected row) and, for a rejected row, why. It names no person: it is kept after the file's rows are gone.
 */
public record MentorImportOutcome(int line, MentorImportRowStatus status, String mentorId,
                                  List<ImportProblem> problems) {
}
