package fi.verme.enrolment.web;

record EnrolmentCreated(String enrolmentId) {
}
