package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every field the server can refuse by name has the UI's own text in Finnish, Swedish and English
 * ({@code problem.field.*}), so that a refusal is shown next to its field in the reader's language, not in the
 * server's English words. The fields: each one named by an {@code InvalidInputException} in the modules' code, each
 * component of a request body (a constraint or a wrong type refuses it by its name), and each request parameter.
 */
class FieldTextsTest {

    static final Path TEXTS = Path.of("src/main/resources/static/i18n");
    static final Pattern REFUSED_BY_NAME = Pattern.compile("InvalidInputException\\(\\s*\"([A-Za-z]+)");

    @Test
    void everyFieldTheServerRefusesHasTheUisTextInEveryLanguage() throws IOException {
        var fields = new TreeSet<String>();
        fields.addAll(refusedByName());
        var parameters = parametersOfMethods();
        fields.addAll(bodies(parameters));
        fields.addAll(requestParameters(parameters));
        assertThat(fields).as("fields the server refuses (the rule has something to check)").hasSizeGreaterThan(80)
                .contains("email", "breaks", "hourlySalaryCost", "employeeNumber", "status");
        var missing = new ArrayList<String>();
        for (var language : List.of("fi", "sv", "en")) {
            var texts = new ObjectMapper().readTree(TEXTS.resolve(language + ".json").toFile())
                    .path("problem").path("field");
            fields.stream().filter(field -> !texts.path(field).isTextual() || texts.path(field).asText().isBlank())
                    .forEach(field -> missing.add(language + ": problem.field." + field));
        }
        assertThat(missing).as("fields whose refusal the UI would show in the server's English").isEmpty();
    }

    /** The names given by an {@code InvalidInputException} with a literal field, in the modules' own sources. */
    private static Set<String> refusedByName() throws IOException {
        var names = new TreeSet<String>();
        for (var file : EventCatalogue.mainSources()) {
            REFUSED_BY_NAME.matcher(Files.readString(file)).results().forEach(match -> names.add(match.group(1)));
        }
        return names;
    }

    /** The parameters of every method in the application's code (the handlers' among them), read once. */
    private static List<JavaParameter> parametersOfMethods() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.verme").stream()
                .flatMap(type -> type.getMethods().stream())
                .flatMap(method -> method.getParameters().stream()).toList();
    }

    /** The request parameters, by the name the request gives them (a wrong type or a hidden character refuses one). */
    private static Set<String> requestParameters(List<JavaParameter> parameters) {
        var names = new TreeSet<String>();
        parameters.stream().filter(parameter -> parameter.isAnnotatedWith(RequestParam.class)).forEach(parameter -> {
            var declared = parameter.getAnnotationOfType(RequestParam.class);
            var name = !declared.name().isEmpty() ? declared.name() : declared.value();
            var method = (Executable) parameter.getOwner().reflect();
            names.add(name.isEmpty() ? method.getParameters()[parameter.getIndex()].getName() : name);
        });
        return names;
    }

    /** The components of every request body: a refusal of one (a constraint, a wrong type) is named by it. */
    private static Set<String> bodies(List<JavaParameter> parameters) {
        var names = new TreeSet<String>();
        parameters.stream().filter(parameter -> parameter.isAnnotatedWith(RequestBody.class))
                .map(JavaParameter::getRawType)
                .filter(type -> type.isAssignableTo(Record.class))
                .flatMap(type -> type.getFields().stream())
                .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                .forEach(field -> names.add(field.getName()));
        return names;
    }
}
