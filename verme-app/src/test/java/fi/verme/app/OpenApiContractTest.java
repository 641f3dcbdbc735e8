package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.verme.app.access.AccessRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API description at {@code /v3/api-docs} is one a client generator can trust: every operation has a
 * summary and a readable unique operationId, the security the access rules decide, its problem answers as
 * problem+json, the status codes the controllers really answer (201 where they answer
 * {@code ResponseEntity.created}, 204 for {@code noContent}) and the media types really produced. Redocly's
 * linter finds no error in it, and a TypeScript client generated from it compiles ({@code src/test/openapi},
 * installed by {@code npm ci}; without Node the npm part is skipped locally and fails in CI, as
 * {@link OidcProviderProcess} does). With {@code -Dverme.docs.write=true} the description is written to
 * {@code docs/openapi.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {

    static final Path DIRECTORY = Path.of("src", "test", "openapi");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Map<String, String> FILES = Map.of(".csv", "text/csv", ".ics", "text/calendar",
            ".pdf", "application/pdf", ".jar", "application/java-archive", ".pem", "application/x-pem-file",
            ".xlsx", SpreadsheetsTest.XLSX);
    private static final String PROBLEM = "#/components/schemas/ProblemDetail";
    private static JavaClasses classes;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.verme");
    }

    private JsonNode description() {
        var served = Api.anonymous(port).get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        return served.json();
    }

    /** Every operation of the description by {@code METHOD path}, in its order. */
    private static Map<String, JsonNode> operations(JsonNode description) {
        var operations = new LinkedHashMap<String, JsonNode>();
        description.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head").contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    @Test
    void isTitledVersionedAndRelativeToItsServer() {
        var description = description();
        assertThat(description.at("/info/title").asText()).isEqualTo("Verme API");
        assertThat(description.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(description.at("/info/description").asText()).isNotBlank();
        assertThat(description.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(description.at("/servers").size()).isEqualTo(1);
    }

    @Test
    void everyOperationHasASummaryAndAReadableUniqueOperationId() {
        var operations = operations(description());
        assertThat(operations).hasSizeGreaterThan(100);
        var ids = new HashSet<String>();
        operations.forEach((endpoint, operation) -> {
            assertThat(operation.path("summary").asText()).as(endpoint).isNotBlank();
            var id = operation.path("operationId").asText();
            assertThat(id).as(endpoint).matches("[a-z][A-Za-z0-9]*").doesNotContain("_");
            assertThat(ids.add(id)).as("operationId %s of %s is unique", id, endpoint).isTrue();
        });
    }

    @Test
    void signingInIsBasicOrTheSessionExceptWhereTheAccessRulesLetAnyoneIn() {
        var description = description();
        assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(description.at("/components/securitySchemes/session/in").asText()).isEqualTo("cookie");
        assertThat(description.at("/components/securitySchemes/session/name").asText()).isEqualTo("JSESSIONID");
        assertThat(description.get("security").toString()).isEqualTo("[{\"basic\":[]},{\"session\":[]}]");
        operations(description).forEach((endpoint, operation) -> {
            var rule = AccessRules.RULES.get(endpoint);
            assertThat(rule).as("%s has an access rule", endpoint).isNotNull();
            boolean open = rule.permits().stream().anyMatch(p -> p.scope() == fi.verme.app.access.Access.Scope.PUBLIC);
            var security = operation.get("security");
            if (!open) {
                assertThat(security).as(endpoint + " takes the global security").isNull();
            } else if (rule.permits().size() == 1) {
                assertThat(security.toString()).as(endpoint).isEqualTo("[{}]");
            } else {
                assertThat(security.toString()).as(endpoint).isEqualTo("[{},{\"basic\":[]},{\"session\":[]}]");
            }
        });
    }

    @Test
    void everyOperationDescribesItsProblemsAsProblemJson() {
        operations(description()).forEach((endpoint, operation) -> {
            var responses = operation.get("responses");
            var statuses = new ArrayList<String>();
            responses.fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as(endpoint).contains("400");
            if (!AccessRules.RULES.get(endpoint).permits().stream()
                    .allMatch(p -> p.scope() == fi.verme.app.access.Access.Scope.PUBLIC)) {
                assertThat(statuses).as(endpoint).contains("401", "403", "429");
            }
            if (endpoint.contains("{")) {
                assertThat(statuses).as(endpoint).contains("404");
            }
            if (WRITES.contains(endpoint.split(" ")[0].toLowerCase())) {
                assertThat(statuses).as(endpoint).contains("409", "422");
                assertThat(operation.get("parameters")).as(endpoint + " takes Idempotency-Key")
                        .anyMatch(p -> p.path("in").asText().equals("header")
                                && p.path("name").asText().equals("Idempotency-Key"));
            }
            if (operation.has("requestBody")) {
                assertThat(statuses).as(endpoint).contains("413");
            }
            for (var status : statuses) {
                if (status.startsWith("4")) {
                    assertThat(responses.at("/" + status + "/content").size()).as(endpoint + " " + status).isEqualTo(1);
                    assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
                            .as(endpoint + " " + status).isEqualTo(PROBLEM);
                }
            }
        });
    }

    @Test
    void successStatusesAreTheOnesTheControllersAnswer() {
        var operations = operations(description());
        int created = 0;
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            var answers = answersOf(mapping.getValue());
            for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                for (var path : mapping.getKey().getPathPatternsCondition().getPatternValues()) {
                    var operation = operations.get(method.name() + " " + path);
                    if (operation == null) {
                        continue;
                    }
                    var statuses = new ArrayList<String>();
                    operation.get("responses").fieldNames().forEachRemaining(statuses::add);
                    var success = statuses.stream().filter(s -> s.startsWith("2")).toList();
                    var declared = mapping.getValue().getMethodAnnotation(ResponseStatus.class);
                    var expected = answers.contains("created") ? "201" : answers.contains("noContent") ? "204"
                            : answers.isEmpty() && declared != null ? String.valueOf(declared.code().value()) : "200";
                    assertThat(success).as(method + " " + path).containsExactly(expected);
                    if (expected.equals("201")) {
                        created++;
                    }
                    if (expected.equals("204")) {
                        assertThat(operation.at("/responses/204/content").isMissingNode()).as(method + " " + path).isTrue();
                    }
                }
            }
        }
        assertThat(created).as("creations found").isGreaterThanOrEqualTo(10);
    }

    /** The {@code ResponseEntity} factories a handler calls: what its answers really are. */
    private static Set<String> answersOf(HandlerMethod handler) {
        var name = handler.getBeanType().getName().replaceFirst("\\$\\$.*", "");
        if (!classes.contain(name)) {
            return Set.of(); // not Verme's (SpringDoc's own endpoints), and not in the description
        }
        var type = classes.get(name);
        var method = type.getMethod(handler.getMethod().getName(), handler.getMethod().getParameterTypes());
        var answers = new HashSet<String>();
        method.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().isEquivalentTo(ResponseEntity.class))
                .forEach(call -> answers.add(call.getName()));
        return answers;
    }

    @Test
    void successAnswersNameTheMediaTypesReallyProduced() {
        operations(description()).forEach((endpoint, operation) -> {
            var path = endpoint.substring(endpoint.indexOf(' ') + 1);
            // An organiser's logo is the image as uploaded: a PNG or a JPEG.
            var expected = path.endsWith("/{schoolYear}/events") ? List.of("application/x-ndjson")
                    : endpoint.equals("GET /api/organisers/{organiser}/logo") ? List.of("image/jpeg", "image/png")
                    : List.of(FILES.entrySet().stream().filter(f -> path.endsWith(f.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("application/json"));
            operation.get("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2") && response.getValue().has("content")) {
                    var types = new ArrayList<String>();
                    response.getValue().get("content").fieldNames().forEachRemaining(types::add);
                    assertThat(types).as(endpoint).containsExactlyElementsOf(expected);
                }
            });
        });
    }

    @Test
    void redoclyFindsNoErrorsAndAGeneratedTypeScriptClientCompiles() throws IOException {
        var description = description();
        var text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(description) + "\n";
        var documented = Path.of("..", "docs", "openapi.json");
        if (Boolean.getBoolean("verme.docs.write")) {
            Files.writeString(documented, text, StandardCharsets.UTF_8);
        }
        // The published description is the one the application serves: a change to an endpoint or a record that
        // is not written to docs/openapi.json fails here, not in a client built from the stale file.
        assertThat(Files.readString(documented, StandardCharsets.UTF_8))
                .as("docs/openapi.json is what /v3/api-docs serves; regenerate it with -Dtest=OpenApiContractTest "
                        + "-Dverme.docs.write=true")
                .isEqualTo(text);
        NodeProject.require("redocly lint and the TypeScript client's compilation are skipped");
        var file = Path.of("target", "openapi", "openapi.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        NodeProject.install(DIRECTORY);

        var lint = run("npx", "--no-install", "redocly", "lint", "--format=stylish", file.toString());
        System.out.println("redocly lint:\n" + lint.output());
        assertThat(lint.exit()).as(lint.output()).isZero();
        var warnings = Pattern.compile("You have (\\d+) warnings?").matcher(lint.output());
        System.out.println("redocly lint: 0 errors, " + (warnings.find() ? warnings.group(1) : "0") + " warnings");

        var types = run("npx", "--no-install", "openapi-typescript", file.toString(), "-o", "generated/verme-api.d.ts");
        assertThat(types.exit()).as(types.output()).isZero();
        var compile = run("npx", "--no-install", "tsc", "--noEmit", "-p", "tsconfig.json");
        assertThat(compile.exit()).as(compile.output()).isZero();
    }

    private record Ran(int exit, String output) {
    }

    private static Ran run(String... command) {
        try {
            var process = new ProcessBuilder(command).directory(DIRECTORY.toFile()).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish:\n" + output);
            }
            return new Ran(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
