package fi.verme.verifier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the one kind of JSON the audit files hold: an object whose values are strings, whole numbers from 0 or
 * null (an export line, a checkpoint), with exactly the fields the format names. Anything else is refused with what
 * is wrong, so a file that is not what the format says is reported rather than half-read.
 */
final class FlatJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private FlatJson() {
    }

    /** The object's fields (String, Long or null values); {@code required} must all be there, nothing else but {@code optional}. */
    static Map<String, Object> read(String text, Set<String> required, Set<String> optional) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            var fields = new HashMap<String, Object>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var name = parser.currentName();
                if (!required.contains(name) && !optional.contains(name)) {
                    throw new IOException("a field the format does not have: " + Printable.of(name));
                }
                var value = switch (parser.nextToken()) {
                    case VALUE_STRING -> wellFormed(name, parser.getText());
                    case VALUE_NUMBER_INT -> wholeNumber(name, parser);
                    case VALUE_NULL -> null;
                    default -> throw new IOException("the field " + name + " is neither a string, a whole number nor null");
                };
                if (fields.containsKey(name)) {
                    throw new IOException("the field " + name + " appears twice");
                }
                fields.put(name, value);
            }
            if (parser.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
            for (var name : required) {
                if (!fields.containsKey(name)) {
                    throw new IOException("the field " + name + " is missing");
                }
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw new IOException(Printable.of(e.getOriginalMessage()), e);
        }
    }

    private static Long wholeNumber(String name, JsonParser parser) throws IOException {
        if (parser.getText().startsWith("-")) {
            throw new IOException("the field " + name + " is negative");
        }
        return parser.getLongValue();
    }

    /** A string that UTF-8 can encode: no half of a surrogate pair on its own. */
    private static String wellFormed(String name, String value) throws IOException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IOException("the field " + name + " holds half a surrogate pair, which UTF-8 cannot encode");
            }
        }
        return value;
    }

    static String string(Map<String, Object> fields, String name, boolean nullable) throws IOException {
        var value = fields.get(name);
        if (value == null && !nullable) {
            throw new IOException("the field " + name + " is null");
        }
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IOException("the field " + name + " is not a string");
    }

    static Long number(Map<String, Object> fields, String name, boolean nullable) throws IOException {
        var value = fields.get(name);
        if (value == null && !nullable) {
            throw new IOException("the field " + name + " is null");
        }
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        throw new IOException("the field " + name + " is not a whole number");
    }

    /**
     * The top-level fields of a JSON document that hold strings or objects of strings, read with the same parser:
     * {@code actingUser} of the metadata, {@code programmeYear.organiser} of a payload. Null when the text is not
     * a JSON object.
     */
    static Map<String, String> topLevelStrings(String text) {
        var found = new HashMap<String, String>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var name = parser.currentName();
                var token = parser.nextToken();
                if (token == JsonToken.VALUE_STRING) {
                    found.put(name, parser.getText());
                } else if (token == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        var inner = parser.currentName();
                        if (parser.nextToken() == JsonToken.VALUE_STRING) {
                            found.put(name + "." + inner, parser.getText());
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null ? found : null;
        } catch (IOException e) {
            return null;
        }
    }
}
