package fi.verme.enrolment.api;

public record FindEnrolmentSummary(ProgrammeYear programmeYear) {
}
