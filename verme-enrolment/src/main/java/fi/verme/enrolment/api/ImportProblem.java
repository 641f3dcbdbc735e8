package fi.verme.enrolment.api;

/**
 * Why an imported row is rejected: the file's column (its header; null when no column is mapped to the field), the
 * form's field, a stable code ({@code invalid} for the form's own field rules, {@code missing}, {@code unknown-theme},
 * {@code unknown-role}, {@code unknown-career-stage}, {@code role-not-invited}, {@code no-consent},
 * {@code duplicate-in-file}, {@code refused}) and the reason in words.
 */
public record ImportProblem(String column, String field, String code, String message) {
}
