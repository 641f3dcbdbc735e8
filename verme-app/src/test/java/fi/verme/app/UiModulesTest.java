package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI's modules in rooms: screens share helpers through {@code core.js} (and the enrolment form, a
 * part of two screens), never by importing one another; only the shell ({@code app.js}) imports screens.
 * A screen that imported the shell worked only because functions are hoisted.
 */
class UiModulesTest {

    static final Path JS = Path.of("src/main/resources/static/js");
    static final Set<String> SHARED = Set.of("core.js", "enrolment-form.js");
    static final Pattern IMPORT = Pattern.compile("import \\{([^}]*)\\} from '\\./([^']+)'");

    @Test
    void noScreenImportsAnotherScreenOrTheShell() throws IOException {
        var wrong = new ArrayList<String>();
        for (var module : modules()) {
            if (module.getFileName().toString().equals("app.js")) {
                continue;
            }
            var matcher = IMPORT.matcher(Files.readString(module));
            while (matcher.find()) {
                if (!SHARED.contains(matcher.group(2))) {
                    wrong.add(module.getFileName() + " imports " + matcher.group(2));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyImportedNameIsExportedByItsModule() throws IOException {
        var missing = new ArrayList<String>();
        for (var module : modules()) {
            var matcher = IMPORT.matcher(Files.readString(module));
            while (matcher.find()) {
                var target = Files.readString(JS.resolve(matcher.group(2)));
                for (var name : matcher.group(1).split(",")) {
                    name = name.strip();
                    if (!name.isEmpty() && !Pattern.compile("export (const|let|class|function|async function) "
                            + Pattern.quote(name) + "\\b").matcher(target).find()) {
                        missing.add(module.getFileName() + ": " + name + " from " + matcher.group(2));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> files = Files.list(JS)) {
            var found = files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
            assertThat(found).as("the UI's modules").hasSizeGreaterThan(5);
            return found;
        }
    }
}
