package fi.verme.app.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.verme.shared.MultiLine;
import fi.verme.shared.Characters;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text that people send is kept exactly as sent (NFC or NFD, quotes, angle brackets and all: it is
 * stored with bound parameters and shown as text), but never with characters that hide or reorder
 * what a reader sees: control characters, format characters such as right-to-left overrides and
 * zero-width spaces, and lone surrogates (half a character, which PostgreSQL would store as
 * {@code ?}). Text is one line: tab and line breaks only in fields marked {@link MultiLine}
 * (minutes, free-text answers), because a line break in a name or subject spills into the e-mails
 * and exports it is written into. Such text is refused as invalid input, naming the field.
 */
@Configuration(proxyBeanMethods = false)
class TextRules {

    static final String ALLOWED_MULTI_LINE = "text without control characters (other than tab and line breaks), "
            + "lone surrogates or invisible format characters such as right-to-left overrides or zero-width spaces";
    static final String ALLOWED_ONE_LINE = "one line of text: no line breaks, tabs or other control characters, "
            + "lone surrogates or invisible format characters such as right-to-left overrides or zero-width spaces";

    /** A string field holding a character that hides or reorders text, or breaks a one-line field. */
    static final class HiddenCharacterException extends RefusedValueException {
        HiddenCharacterException(JsonParser parser, String value, int codePoint, boolean multiLine) {
            super(parser, describe(codePoint), value, String.class, multiLine ? ALLOWED_MULTI_LINE : ALLOWED_ONE_LINE);
        }

        private static String describe(int codePoint) {
            if (codePoint == '\n' || codePoint == '\r' || codePoint == '\u2028' || codePoint == '\u2029') {
                return String.format("contains a line break (U+%04X) in a one-line field", codePoint);
            }
            if (Character.getType(codePoint) == Character.SURROGATE) {
                return String.format("contains a lone surrogate U+%04X, half of a character", codePoint);
            }
            return String.format("contains the invisible character U+%04X", codePoint);
        }
    }

    /** Refuses hidden characters; line breaks only where the property is {@link MultiLine}. */
    static final class VisibleText extends StringDeserializer implements ContextualDeserializer {

        private final boolean multiLine;

        VisibleText(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean marked = property != null && property.getAnnotation(MultiLine.class) != null;
            return marked == multiLine ? this : new VisibleText(marked);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            var value = super.deserialize(parser, context);
            if (value != null) {
                int hidden = firstHidden(value, multiLine);
                if (hidden >= 0) {
                    throw new HiddenCharacterException(parser, value, hidden, multiLine);
                }
            }
            return value;
        }
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer visibleTextOnly() {
        var module = new SimpleModule("verme-visible-text");
        module.addDeserializer(String.class, new VisibleText(false));
        return builder -> builder.modulesToInstall(modules -> modules.add(module));
    }

    /** The first hidden code point ({@link Characters#hidden}); -1 if none. */
    static int firstHidden(String text) {
        return firstHidden(text, true);
    }

    /** As {@link #firstHidden(String)}; a one-line text also has no tab or line break. */
    static int firstHidden(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Characters.hidden(codePoint) || !multiLine && Characters.spacesLines(codePoint)) {
                return codePoint;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }
}
