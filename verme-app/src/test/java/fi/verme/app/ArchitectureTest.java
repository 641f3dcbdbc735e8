package fi.verme.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md, checked on every build. */
class ArchitectureTest {

    static final List<String> MODULES = List.of("enrolment", "groups", "meetings", "compensation");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.verme");
    }

    @Test
    void rulesHaveSomethingToCheck() {
        for (var module : MODULES) {
            for (var sub : List.of("api", "domain", "projection", "web")) {
                var name = "fi.verme." + module + "." + sub;
                assertThat(classes.stream().anyMatch(c -> c.getPackageName().equals(name)))
                        .as("%s has classes", name).isTrue();
            }
        }
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("fi.verme.app"))).isTrue();
    }

    @Test
    void modulesUseOnlyEachOthersApi() {
        for (var module : MODULES) {
            for (var other : MODULES) {
                if (!module.equals(other)) {
                    noClasses().that().resideInAPackage("fi.verme." + module + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(
                                    "fi.verme." + other + ".domain..", "fi.verme." + other + ".projection..",
                                    "fi.verme." + other + ".web..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void applicationUsesOnlyTheModulesApi() {
        var internals = MODULES.stream()
                .flatMap(module -> List.of("domain", "projection", "web").stream()
                        .map(sub -> "fi.verme." + module + "." + sub + ".."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("fi.verme.app..")
                .should().dependOnClassesThat().resideInAnyPackage(internals)
                .check(classes);
    }

    @Test
    void modulesDoNotDependOnTheApplication() {
        noClasses().that().resideOutsideOfPackage("fi.verme.app..")
                .should().dependOnClassesThat().resideInAPackage("fi.verme.app..")
                .check(classes);
    }

    @Test
    void domainUsesNeitherSpringNorJdbc() {
        noClasses().that().resideInAPackage("fi.verme.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void apiIsPlainContract() {
        noClasses().that().resideInAPackage("fi.verme.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "fi.verme.*.domain..", "fi.verme.*.projection..", "fi.verme.*.web..")
                .check(classes);
    }

    @Test
    void controllersNeverTouchTheDomain() {
        noClasses().that().resideInAPackage("fi.verme.*.web..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.verme.*.domain..", "fi.verme.*.projection..")
                .check(classes);
    }

    @Test
    void commandsEventsQueriesAndViewsAreRecords() {
        // Annotations are contract too: @MultiLine is how a request record says its text may span lines.
        classes().that().resideInAPackage("fi.verme.*.api..").and().areNotEnums().and().areNotAnnotations()
                .and().areNotAssignableTo(Throwable.class).and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .should().beRecords()
                .check(classes);
    }
}
