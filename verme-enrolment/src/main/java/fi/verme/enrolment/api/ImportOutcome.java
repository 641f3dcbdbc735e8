package fi.verme.enrolment.api;

import java.util.List;

/**
 * What the commit of an import did with one row: its line, its status, the enrolment recorded or matched (null for a
 * rejected row) and, for a rejected row, why. It names no person: it is kept after the file's rows are gone.
 */
public record ImportOutcome(int line, ImportRowStatus status, String enrolmentId, List<ImportProblem> problems) {
}
