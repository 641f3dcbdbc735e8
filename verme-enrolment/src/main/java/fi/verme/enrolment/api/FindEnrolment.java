package fi.verme.enrolment.api;

public record FindEnrolment(String enrolmentId) {
}
