package fi.verme.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that can never be accepted, whatever the state: answered with 400 and the field it concerns.
 * {@code allowed} tells the client what would have been accepted.
 */
@ProblemType(value = "validation", kind = Refusal.Kind.INVALID)
public class InvalidInputException extends Refusal {

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

    @Override
    public List<Object> detailArguments() {
        return List.of(field, allowed);
    }

    /** The field in the same shape as Bean Validation's errors: {@code errors: [{field, message, allowed}]}. */
    @Override
    public Map<String, Object> properties() {
        var error = new LinkedHashMap<String, Object>();
        error.put("field", field);
        error.put("message", getMessage());
        error.put("allowed", allowed);
        return Map.of("errors", List.of(error));
    }
}
