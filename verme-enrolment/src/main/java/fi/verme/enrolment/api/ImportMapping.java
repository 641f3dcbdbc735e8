package fi.verme.enrolment.api;

import java.util.List;
import java.util.Map;

/**
 * How an imported file's columns and values become an enrolment form's fields: {@code columns} names, for each column
 * of the file in order, the field it fills ({@link ImportField}) or null for a column left out (a time stamp, say);
 * the maps translate the file's own wording (as it is written in the file) to the call's theme codes, the roles and
 * the career stages.
 */
public record ImportMapping(
        List<ImportField> columns,
        Map<String, String> themes,
        Map<String, Role> roles,
        Map<String, CareerStage> careerStages) {
}
