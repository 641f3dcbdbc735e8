package fi.verme.shared;

/**
 * Input that can never be accepted, whatever the state: answered with 400 and the field it concerns.
 * {@code allowed} tells the client what would have been accepted.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String allowed;

    public InvalidInputException(String field, String allowed) {
        super(field + " must be " + allowed);
        this.field = field;
        this.allowed = allowed;
    }

    public String field() {
        return field;
    }

    public String allowed() {
        return allowed;
    }
}
