package fi.verme.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the house (ARCHITECTURE.md), checked on every build: the modules' boundaries of STYLE.md,
 * the kinds of thing inside each module, and the rooms inside verme-app, which form no cycle.
 */
class ArchitectureTest {

    static final List<String> MODULES = List.of("enrolment", "groups", "meetings", "compensation");
    /** Inside a module: its contract, its rules, what it shows, what its rules consult, and its HTTP face. */
    static final List<String> MODULE_ROOMS = List.of("api", "domain", "views", "lookups", "web");
    /** What only the module itself may see: everything but its api. */
    static final List<String> MODULE_INTERNALS = List.of("domain", "views", "lookups", "policies", "application",
            "upcasting", "archive", "web");
    static final List<String> APP_ROOMS = List.of("platform", "access", "organisers", "audit", "notices",
            "certificates", "erasure", "vocabulary", "monitoring", "demo");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.verme");
    }

    private static boolean hasClassesIn(String packageName) {
        return classes.stream().anyMatch(c -> c.getPackageName().equals(packageName)
                || c.getPackageName().startsWith(packageName + "."));
    }

    @Test
    void everyRoomARuleNamesExistsAndSaysWhatItIsFor() {
        for (var module : MODULES) {
            for (var room : MODULE_ROOMS) {
                assertThat(hasClassesIn("fi.verme." + module + "." + room)).as("fi.verme.%s.%s has classes", module, room)
                        .isTrue();
            }
        }
        for (var room : APP_ROOMS) {
            var name = "fi.verme.app." + room;
            assertThat(hasClassesIn(name)).as("%s has classes", name).isTrue();
            assertThat(Path.of("src/main/java", name.replace('.', '/'), "package-info.java"))
                    .as("%s has a package-info saying what it is for", name).isRegularFile();
        }
        assertThat(hasClassesIn("fi.verme.shared")).isTrue();
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("fi.verme.app."))
                .map(c -> c.getPackageName().substring("fi.verme.app.".length()).split("\\.")[0]).distinct())
                .as("verme-app has only the named rooms").allMatch(APP_ROOMS::contains);
        var kinds = classes.stream().map(JavaClass::getPackageName)
                .filter(name -> name.matches("fi\\.verme\\.(enrolment|groups|meetings|compensation)\\..*"))
                .map(name -> name.split("\\.")[3]).collect(Collectors.toCollection(TreeSet::new));
        var named = new TreeSet<>(MODULE_INTERNALS);
        named.add("api");
        assertThat(kinds).as("kinds of package in the modules").isNotEmpty().isSubsetOf(named);
    }

    @Test
    void modulesUseOnlyEachOthersApi() {
        for (var module : MODULES) {
            for (var other : MODULES) {
                if (!module.equals(other)) {
                    noClasses().that().resideInAPackage("fi.verme." + module + "..")
                            .should().dependOnClassesThat(resideInAPackage("fi.verme." + other + "..")
                                    .and(not(resideInAPackage("fi.verme." + other + ".api.."))))
                            .check(classes);
                }
            }
        }
    }

    @Test
    void applicationUsesOnlyTheModulesApi() {
        for (var module : MODULES) {
            noClasses().that().resideInAPackage("fi.verme.app..")
                    .should().dependOnClassesThat(resideInAPackage("fi.verme." + module + "..")
                            .and(not(resideInAPackage("fi.verme." + module + ".api.."))))
                    .check(classes);
        }
    }

    @Test
    void modulesDoNotDependOnTheApplication() {
        noClasses().that().resideOutsideOfPackage("fi.verme.app..")
                .should().dependOnClassesThat().resideInAPackage("fi.verme.app..")
                .check(classes);
    }

    @Test
    void theSharedKernelNeedsNothingButTheJdk() {
        classes().that().resideInAPackage("fi.verme.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "fi.verme.shared..")
                .check(classes);
    }

    @Test
    void domainUsesNeitherSpringNorJdbcNorJackson() {
        noClasses().that().resideInAPackage("fi.verme.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.persistence..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void apiIsPlainContract() {
        noClasses().that().resideInAPackage("fi.verme.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "fi.verme.*.domain..", "fi.verme.*.views..", "fi.verme.*.lookups..", "fi.verme.*.policies..",
                        "fi.verme.*.application..", "fi.verme.*.archive..", "fi.verme.*.web..")
                .check(classes);
    }

    @Test
    void controllersNeverTouchTheDomainOrTheTables() {
        noClasses().that().resideInAPackage("fi.verme.*.web..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.verme.*.domain..", "fi.verme.*.views..",
                        "fi.verme.*.lookups..", "fi.verme.*.policies..", "fi.verme.*.application..",
                        "fi.verme.*.archive..")
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

    @Test
    void theApplicationsRoomsFormNoCycle() {
        slices().matching("fi.verme.app.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("fi.verme.app.platform.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePlatformServesEveryRoomAndKnowsNone() {
        noClasses().that().resideInAPackage("fi.verme.app.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(APP_ROOMS.stream().filter(room -> !room.equals("platform"))
                        .map(room -> "fi.verme.app." + room + "..").toArray(String[]::new))
                .check(classes);
    }

    /** The demo is started by Spring at start-up (its runners) and by nothing else, so it can never run by accident. */
    @Test
    void theDemoIsReachableOnlyFromStartUp() {
        noClasses().that().resideOutsideOfPackage("fi.verme.app.demo..")
                .should().dependOnClassesThat().resideInAPackage("fi.verme.app.demo..")
                .check(classes);
        classes().that().resideInAPackage("fi.verme.app.demo..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().notBePublic().andShould().beAnnotatedWith(org.springframework.stereotype.Component.class)
                .check(classes);
    }
}
