package fi.verme.enrolment.api;

/** The coordinator's roster; each filter is optional ({@code null} matches all). */
public record ListEnrolments(ProgrammeYear programmeYear, String theme, EnrolmentStatus status, Role role) {
}
