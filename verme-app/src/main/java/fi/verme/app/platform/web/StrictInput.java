package fi.verme.app.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request input is read as written, never guessed at: a number sent as a string ({@code "60"}) or a
 * fraction where a whole number belongs ({@code 60.9} minutes) is refused rather than converted or
 * truncated, a key given twice in one object is refused rather than one of them taken, as are {@code "true"} or {@code 1} for a boolean and an index for an enum value. A date
 * is {@code YYYY-MM-DD} with a year from 1900 to 9999, in a body as in a path or query parameter: no
 * timestamp cut to its day, no {@code +999999999-12-31} that overflows later. Money stays text
 * ({@code "25.50"}): amounts are exact decimals, so a decimal may come as a string.
 *
 * <p>Only the HTTP converters get these rules (a strict copy of the application's mapper): Axon's
 * serializers read stored events, which must stay readable as they were written.
 */
@Configuration(proxyBeanMethods = false)
class StrictInput implements WebMvcConfigurer {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    static final String DATE_ALLOWED = "a date written YYYY-MM-DD, from 1900-01-01 to 9999-12-31, without a time";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        ObjectMapper strict = null;
        for (var converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                if (strict == null) {
                    strict = strict(json.getObjectMapper());
                }
                json.setObjectMapper(strict);
            }
        }
    }

    static ObjectMapper strict(ObjectMapper lenient) {
        var mapper = lenient.copy();
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // {"reason": "A", "reason": "B"} means two things: which one the caller meant cannot be known.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("verme-strict-dates").addDeserializer(LocalDate.class, new Dates()));
        return mapper;
    }

    /** {@code YYYY-MM-DD} within the range; anything else names the field and what is allowed. */
    static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedValueException(parser, "is not a date", parser.getText(), LocalDate.class,
                        DATE_ALLOWED);
            }
            var text = parser.getText();
            var date = parse(text);
            if (date == null) {
                throw new RefusedValueException(parser, "is not a date of the allowed form or range", text,
                        LocalDate.class, DATE_ALLOWED);
            }
            return date;
        }
    }

    /** The date, or null when the text is not YYYY-MM-DD within the range. */
    static LocalDate parse(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return null;
        }
        try {
            var date = LocalDate.parse(text);
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The same rule for dates in paths and query parameters ({@code as-of/{date}}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                var date = StrictInput.parse(text);
                if (date == null) {
                    throw new IllegalArgumentException(DATE_ALLOWED);
                }
                return date;
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
    }
}
