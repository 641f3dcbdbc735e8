package fi.verme.app.notices;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The notices' texts, one resource file per kind and language ({@code notices/<kind>.<fi|sv|en>.txt}):
 * the first line is the subject, the rest after a blank line the body, with {@code {placeholders}}.
 */
@Component
class Templates {

    record Rendered(String subject, String body) {
    }

    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, Properties> phrases = new ConcurrentHashMap<>();

    Rendered render(String kind, String language, Map<String, String> values) {
        var text = texts.computeIfAbsent(kind + "." + language, name -> read("notices/" + name + ".txt"));
        for (var value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        int split = text.indexOf('\n');
        return new Rendered(text.substring(0, split).strip(), text.substring(split + 1).strip() + "\n");
    }

    /**
     * A phrase that a notice puts together ({@code notices/phrases.<language>.properties}): a reason's words, or
     * a line with {@code {0}}, {@code {1}} for its values.
     */
    String phrase(String code, String language, Object... values) {
        var text = phrases.computeIfAbsent(language, lang -> {
            var properties = new Properties();
            try (var reader = new InputStreamReader(new ClassPathResource("notices/phrases." + lang + ".properties")
                    .getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }).getProperty(code, code);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No notice template " + path, e);
        }
    }
}
