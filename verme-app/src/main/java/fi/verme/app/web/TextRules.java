package fi.verme.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text that people send is kept exactly as sent (NFC or NFD, quotes, angle brackets and all: it is
 * stored with bound parameters and shown as text), but never with characters that hide or reorder
 * what a reader sees: control characters other than tab and line breaks, and format characters such
 * as right-to-left overrides and zero-width spaces. Such text is refused as invalid input, naming the
 * field.
 */
@Configuration(proxyBeanMethods = false)
class TextRules {

    static final String ALLOWED = "text without control characters (other than tab and line breaks) and without "
            + "invisible format characters such as right-to-left overrides or zero-width spaces";

    /** A string field holding a character that hides or reorders text. */
    static final class HiddenCharacterException extends InvalidFormatException {
        HiddenCharacterException(JsonParser parser, String value, int codePoint) {
            super(parser, String.format("contains the invisible character U+%04X", codePoint), value, String.class);
        }
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer visibleTextOnly() {
        var module = new SimpleModule("verme-visible-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                var value = super.deserialize(parser, context);
                if (value != null) {
                    int hidden = firstHidden(value);
                    if (hidden >= 0) {
                        throw new HiddenCharacterException(parser, value, hidden);
                    }
                }
                return value;
            }
        });
        return builder -> builder.modulesToInstall(modules -> modules.add(module));
    }

    /** The first code point that is a control (but tab, line feed, carriage return) or format character; -1 if none. */
    static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean control = type == Character.CONTROL && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
            if (control || type == Character.FORMAT) {
                return codePoint;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }
}
