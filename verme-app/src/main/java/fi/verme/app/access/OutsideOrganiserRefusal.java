package fi.verme.app.access;

import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * What an admin of one organiser is refused for reaching beyond it: the organiser is the detail's argument, and the
 * one field at fault is named with what it may hold instead.
 */
abstract class OutsideOrganiserRefusal extends Refusal {

    private final String organiser;
    private final String field;
    private final String message;
    private final String allowed;

    OutsideOrganiserRefusal(String detail, String organiser, String field, String message, String allowed) {
        super(detail);
        this.organiser = organiser;
        this.field = field;
        this.message = message;
        this.allowed = allowed;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(organiser);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", List.of(Map.of("field", field, "message", message, "allowed", allowed)));
    }
}
