package fi.verme.enrolment.api;

/**
 * Who a person is and how to reach them. Travels in commands to the person register only:
 * no event ever carries it.
 */
public record ContactDetails(String firstName, String lastName, String email, String phone) {

    /**
     * What every e-mail field accepts, on top of {@code @Email}'s syntax: a domain with a dot and a
     * top-level domain of letters, so that {@code a@b} (which mail would never reach) is refused.
     */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.\\p{L}{2,}";
    /** What an e-mail field that refuses a value says, in the reader's language (ValidationMessages). */
    public static final String EMAIL_ALLOWED = "{verme.email.message}";
    /** What a phone field that refuses a value says, in the reader's language (ValidationMessages). */
    public static final String PHONE_ALLOWED = "{verme.phone.message}";
}
