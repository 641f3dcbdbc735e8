package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
/** The coordinator's roster; each filter is optional ({@code null} matches all). */
public record ListEnrolments(ProgrammeYear programmeYear, String theme, EnrolmentStatus status, Role role) {
}
