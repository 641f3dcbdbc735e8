package fi.verme.app.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary is whole, and named in every language: every enum of the modules' contracts is served,
 * every code served has a name in fi, sv and en (and no name is left for a code that is gone), and the UI
 * asks only for enumerations that the API serves or the texts name.
 */
class VocabularyTest {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final Path STATIC = Path.of("src/main/resources/static");
    static final Pattern SERVED_IN_UI = Pattern.compile("\\b(?:codes|enumOptions)\\('(\\w+)'");
    static final Pattern LABELLED_IN_UI = Pattern.compile("\\blabel\\('(\\w+)'");

    @Test
    void everyEnumOfTheModulesContractsIsServed() {
        var served = VocabularyController.ENUMERATIONS.values().stream().map(Class::getName)
                .collect(Collectors.toSet());
        var contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.verme").stream()
                .filter(type -> type.isEnum() && type.getPackageName().matches("fi\\.verme\\.\\w+\\.api"))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(contracts).as("the modules' enums (the rule has something to check)").hasSizeGreaterThan(20);
        assertThat(served).as("served by GET /api/vocabulary").containsAll(contracts);
    }

    @Test
    void everyCodeHasANameInEveryLanguageAndNoNameOutlivesItsCode() throws IOException {
        var missing = new ArrayList<String>();
        var stale = new ArrayList<String>();
        for (var language : LANGUAGES) {
            var names = texts(language).path("enum");
            VocabularyController.ENUMERATIONS.forEach((enumeration, type) -> {
                var codes = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
                for (var code : codes) {
                    var name = names.path(enumeration).path(code);
                    if (!name.isTextual() || name.asText().isBlank()) {
                        missing.add(language + ": enum." + enumeration + "." + code);
                    }
                }
                names.path(enumeration).fieldNames().forEachRemaining(code -> {
                    if (!codes.contains(code)) {
                        stale.add(language + ": enum." + enumeration + "." + code);
                    }
                });
            });
        }
        assertThat(missing).as("codes without a name").isEmpty();
        assertThat(stale).as("names of codes the enum no longer has").isEmpty();
    }

    @Test
    void theUiAsksOnlyForEnumerationsTheApiServesOrTheTextsName() throws IOException {
        var served = new LinkedHashSet<String>();
        var labelled = new LinkedHashSet<String>();
        try (var modules = Files.list(STATIC.resolve("js"))) {
            for (var module : modules.filter(file -> file.toString().endsWith(".js")).toList()) {
                var source = Files.readString(module);
                SERVED_IN_UI.matcher(source).results().forEach(match -> served.add(match.group(1)));
                LABELLED_IN_UI.matcher(source).results().forEach(match -> labelled.add(match.group(1)));
            }
        }
        assertThat(served).as("codes() and enumOptions() in the UI").isNotEmpty();
        assertThat(VocabularyController.ENUMERATIONS.keySet()).containsAll(served);
        var named = new TreeSet<String>();
        texts("fi").path("enum").fieldNames().forEachRemaining(named::add);
        assertThat(named).as("label() in the UI").containsAll(labelled);
    }

    private static JsonNode texts(String language) throws IOException {
        return new ObjectMapper().readTree(STATIC.resolve("i18n/" + language + ".json").toFile());
    }
}
