package fi.verme.app.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value in a request body that the input rules refuse, with what would have been allowed: the
 * problem response names the field (from the parser's path) and says that.
 */
class RefusedValueException extends InvalidFormatException {

    private final String allowed;

    RefusedValueException(JsonParser parser, String message, Object value, Class<?> targetType, String allowed) {
        super(parser, message, value, targetType);
        this.allowed = allowed;
    }

    String allowed() {
        return allowed;
    }
}
