package fi.verme.enrolment.api;

public record PersonView(String personId, ContactDetails contact) {
}
