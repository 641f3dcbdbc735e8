package fi.verme.verifier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the one kind of JSON the audit files hold: an object whose values are strings, integers or null
 * (an export line, a checkpoint). Anything else is refused, so a file that is not what the format says
 * is reported rather than half-read.
 */
final class FlatJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private FlatJson() {
    }

    /** The object's fields: String, Long or null values. */
    static Map<String, Object> read(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            var fields = new HashMap<String, Object>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var name = parser.currentName();
                var value = switch (parser.nextToken()) {
                    case VALUE_STRING -> parser.getText();
                    case VALUE_NUMBER_INT -> parser.getLongValue();
                    case VALUE_NULL -> null;
                    default -> throw new IOException("the field " + name + " is neither a string, an integer nor null");
                };
                if (fields.containsKey(name)) {
                    throw new IOException("the field " + name + " appears twice");
                }
                fields.put(name, value);
            }
            if (parser.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
            return fields;
        }
    }

    static String string(Map<String, Object> fields, String name, boolean required) throws IOException {
        var value = field(fields, name, required);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IOException("the field " + name + " is not a string");
    }

    static Long number(Map<String, Object> fields, String name, boolean required) throws IOException {
        var value = field(fields, name, required);
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        throw new IOException("the field " + name + " is not an integer");
    }

    private static Object field(Map<String, Object> fields, String name, boolean required) throws IOException {
        if (!fields.containsKey(name)) {
            throw new IOException("the field " + name + " is missing");
        }
        var value = fields.get(name);
        if (value == null && required) {
            throw new IOException("the field " + name + " is null");
        }
        return value;
    }
}
