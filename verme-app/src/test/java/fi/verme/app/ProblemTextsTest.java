package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.ProblemTexts;
import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every problem type the application can answer with has its title and detail in Finnish, Swedish and
 * English, in the one catalogue ({@code messages*_{fi,sv,en}.properties}); no text is left over for a type
 * that no longer exists; and the UI keeps no copy of them (it shows the server's words).
 */
class ProblemTextsTest {

    /** Each type, with the status it answers with (one type, one status). */
    static final Map<String, Integer> TYPES = new TreeMap<>();

    @BeforeAll
    static void collectTypes() throws ClassNotFoundException {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.verme");
        for (var javaClass : classes) {
            if (!javaClass.isAssignableTo(Refusal.class) || javaClass.getModifiers().contains(
                    JavaModifier.ABSTRACT)) {
                continue;
            }
            var refusal = Class.forName(javaClass.getName());
            var rule = refusal.getAnnotation(ProblemType.class);
            assertThat(rule).as("%s names its rule with @ProblemType", refusal.getName()).isNotNull();
            add(rule.value(), switch (rule.kind()) {
                case INVALID -> 400;
                case NOT_PERMITTED -> 403;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
            }, refusal.getName());
        }
        for (var problem : HttpProblem.values()) {
            add(problem.type(), problem.status().value(), problem.name());
        }
    }

    private static void add(String type, int status, String source) {
        var earlier = TYPES.putIfAbsent(type, status);
        assertThat(earlier == null || earlier == status).as("%s answers %s with one status", source, type).isTrue();
    }

    @Test
    void thereAreTypesToCheck() {
        assertThat(TYPES).containsKeys("validation", "duplicate-enrolment", "link-invalid", "database-unavailable");
        assertThat(TYPES.size()).isGreaterThan(30);
    }

    @Test
    void everyTypeHasATitleAndADetailInEveryLanguage() throws IOException {
        for (var language : ProblemTexts.LANGUAGES) {
            var texts = texts(language);
            for (var type : TYPES.keySet()) {
                assertThat(texts).as("%s title in %s", type, language)
                        .containsKey("problemDetail.title." + type);
                assertThat(texts).as("%s detail in %s", type, language).containsKey("problemDetail." + type);
            }
        }
    }

    @Test
    void noTextIsLeftForATypeThatIsGone() throws IOException {
        for (var language : ProblemTexts.LANGUAGES) {
            for (var key : texts(language).keySet()) {
                var type = key.startsWith("problemDetail.title.") ? key.substring("problemDetail.title.".length())
                        : key.substring("problemDetail.".length());
                assertThat(TYPES).as("%s in %s belongs to a problem type", key, language).containsKey(type);
            }
        }
    }

    @Test
    void everyTextFormatsAndUsesTypographicApostrophes() throws IOException {
        for (var language : ProblemTexts.LANGUAGES) {
            texts(language).forEach((key, text) -> {
                assertThat(text).as("%s in %s", key, language).isNotBlank().doesNotContain("'");
                assertThat(new MessageFormat(text, language).format(new Object[] {"a", "b", "c"}))
                        .as("%s in %s", key, language).doesNotContain("{");
            });
        }
    }

    @Test
    void theServerAnswersInTheLanguageAsked() {
        var messages = ProblemTexts.messages();
        assertThat(messages.getMessage("problemDetail.title.duplicate-enrolment", null, Locale.forLanguageTag("sv")))
                .isNotEqualTo(messages.getMessage("problemDetail.title.duplicate-enrolment", null, Locale.ENGLISH));
    }

    @Test
    void theUiKeepsNoCopyOfTheProblemTexts() throws IOException {
        Set<String> keys = null;
        for (var language : ProblemTexts.LANGUAGES) {
            try (var in = getClass().getResourceAsStream("/static/i18n/" + language.getLanguage() + ".json")) {
                var ui = new ObjectMapper().readTree(in);
                assertThat(ui.path("problem").has("type")).as("problem.type in %s.json", language).isFalse();
                var these = new TreeSet<String>();
                collect("", ui, these);
                if (keys != null) {
                    assertThat(these).as("the UI's keys in %s", language).isEqualTo(keys);
                }
                keys = these;
            }
        }
    }

    private static void collect(String prefix, JsonNode node, Set<String> keys) {
        if (!node.isObject()) {
            keys.add(prefix);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), keys);
        }
    }

    /** The problem texts of one language, from every bundle, read as they are stored (no fallback between languages). */
    private static Map<String, String> texts(Locale language) throws IOException {
        var texts = new HashMap<String, String>();
        for (var basename : ProblemTexts.BASENAMES) {
            var resource = basename + "_" + language.getLanguage() + ".properties";
            try (var in = ProblemTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                var properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.stringPropertyNames().stream().filter(key -> key.startsWith("problemDetail."))
                        .forEach(key -> texts.put(key, properties.getProperty(key)));
            }
        }
        return texts;
    }
}
