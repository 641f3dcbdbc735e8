package fi.verme.enrolment.api;

public record FindEnrolmentCall(ProgrammeYear programmeYear) {
}
