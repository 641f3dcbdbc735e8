package fi.verme.enrolment.api;

/**
 * Who a person is and how to reach them. Travels in commands to the person register only:
 * no event ever carries it.
 */
public record ContactDetails(String firstName, String lastName, String email, String phone) {
}
