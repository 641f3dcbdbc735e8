package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A constraint that words its own message names a key of {@code ValidationMessages} that has its text in English,
 * Finnish and Swedish: a field the server refuses is explained in the reader's language, never in English words
 * written into an annotation. Read from the modules' sources, so that a constraint on a type argument
 * ({@code Map<String, @Pattern(…) String>}) counts as well.
 */
class ValidationMessagesTest {

    private static final Pattern MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern KEY = Pattern.compile("\"\\{(verme\\.[a-z.-]+)}\"");
    private static final List<String> BUNDLES = List.of("ValidationMessages.properties",
            "ValidationMessages_fi.properties", "ValidationMessages_sv.properties");

    @Test
    void everyOwnMessageIsAKeyWithItsTextInEveryLanguage() throws IOException {
        var keys = new TreeSet<String>();
        var written = new ArrayList<String>();
        for (var file : EventCatalogue.mainSources()) {
            var source = Files.readString(file);
            MESSAGE.matcher(source).results().map(match -> match.group(1))
                    .filter(message -> !message.matches("\\{[a-z.-]+}"))
                    .forEach(message -> written.add(file.getFileName() + ": " + message));
            KEY.matcher(source).results().forEach(match -> keys.add(match.group(1)));
        }
        assertThat(written).as("messages written into the annotation, which no reader sees in their language")
                .isEmpty();
        assertThat(keys).as("the messages' keys").contains("verme.email.message", "verme.phone.message",
                "verme.pay-type-code.message");
        for (var bundle : BUNDLES) {
            var texts = load(bundle);
            keys.forEach(key -> assertThat(texts.getProperty(key)).as(bundle + ": " + key).isNotBlank());
            assertThat(texts.stringPropertyNames()).as(bundle + ": keys no constraint names any more")
                    .filteredOn(key -> key.startsWith("verme.")).allMatch(keys::contains);
        }
    }

    private static Properties load(String bundle) throws IOException {
        var texts = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
