package fi.verme.app.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description served at {@code /v3/api-docs}, made one a client generator can trust: titled and
 * versioned, relative to the server that serves it, every operation with a summary and a readable unique
 * operationId, the two ways to sign in (HTTP Basic and the session cookie) required everywhere except where
 * {@link AccessRules} lets anyone in, the problem+json answers an operation can get, the media types really
 * produced, and the {@code Idempotency-Key} header that {@link Idempotency} honours on every write.
 *
 * <p>It lives in the access room because who may call what is read from {@link AccessRules#RULES}, the same
 * table the security chain enforces, so the description cannot drift from the decisions. What SpringDoc
 * derives from the controllers (paths, parameters, bodies, {@code @ResponseStatus}) is kept; this fills in
 * what it cannot see.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BASIC = "basic";
    static final String SESSION = "session";
    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The media type of an answer that is not JSON, by the last segment of its path. */
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            ".csv", "text/csv",
            ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".ics", "text/calendar",
            ".pdf", "application/pdf",
            ".jar", "application/java-archive",
            ".pem", "application/x-pem-file");
    /** The audit's export: one event per line. */
    private static final String EVENT_EXPORT = "/api/programmes/{organiser}/{schoolYear}/events";
    private static final String NDJSON = "application/x-ndjson";

    /** The problem answers, by status, in the words a client reads. */
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "Bad input: the problem names each field and what is allowed; nothing changed");
        PROBLEMS.put("401", "Not signed in, or the credentials are wrong");
        PROBLEMS.put("403", "Signed in, but no grant allows this (or the session’s CSRF token is missing)");
        PROBLEMS.put("404", "No such object, or the caller may not know it exists");
        PROBLEMS.put("409", "A rule of the domain refuses the change, or a repeated Idempotency-Key is still running");
        PROBLEMS.put("413", "The body is larger than allowed");
        PROBLEMS.put("422", "The Idempotency-Key was used before for a different request");
        PROBLEMS.put("429", "Too many requests (the public form’s limits, or sign-in attempts): see Retry-After");
    }

    /**
     * Summaries where the words derived from the path would not say it well, by {@code METHOD path}. Everything
     * else gets its summary from its path (see {@link #summaryOf}).
     */
    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/enrolment-call", "Open the enrolment call"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/enrolment-call/close", "Close the enrolment call"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/enrolment-call/themes", "Add a theme to the enrolment call"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/enrolment-call/extend", "Extend the enrolment call"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/enrolments", "Enrol"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/imports",
                    "Upload a file of enrolments to import and preview it"),
            Map.entry("GET /api/programmes/{organiser}/{schoolYear}/imports/{importId}",
                    "Get an import with its mapping and preview"),
            Map.entry("PUT /api/programmes/{organiser}/{schoolYear}/imports/{importId}/mapping",
                    "Change an import’s mapping and preview it again"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/imports/{importId}/commit",
                    "Commit an import: record its new enrolments"),
            Map.entry("GET /api/enrolment-calls", "List open enrolment calls"),
            Map.entry("GET /api/enrolments/{enrolmentId}/link", "Get the personal link of an enrolment"),
            Map.entry("GET /api/enrolment-links/{token}", "Get an enrolment through its personal link"),
            Map.entry("POST /api/enrolment-links/{token}/withdraw", "Withdraw an enrolment through its personal link"),
            Map.entry("GET /api/enrolment-links/{token}/calendar-feed",
                    "Whether the person of a personal link has a calendar feed"),
            Map.entry("POST /api/enrolment-links/{token}/calendar-feed",
                    "Make or renew the calendar feed of a personal link’s person; answers its new address once"),
            Map.entry("GET /api/me/calendar-feed", "Whether the signed-in person has a calendar feed"),
            Map.entry("POST /api/me/calendar-feed",
                    "Make or renew the signed-in person’s calendar feed; answers its new address once"),
            Map.entry("GET /api/calendar-feeds/{secret}.ics",
                    "A person’s meetings in all their groups as iCalendar, by the feed’s secret address"),
            Map.entry("DELETE /api/persons/{personId}", "Erase a person"),
            Map.entry("POST /api/mentors", "Register a mentor"),
            Map.entry("PUT /api/mentors/{mentorId}", "Change a mentor"),
            Map.entry("GET /api/mentors/{mentorId}/claims", "List a mentor’s own claims of every year"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/groups", "Form a group"),
            Map.entry("POST /api/groups/{groupId}/participants", "Place a participant in a group"),
            Map.entry("DELETE /api/groups/{groupId}/participants/{enrolmentId}", "Remove a participant from a group"),
            Map.entry("POST /api/groups/{groupId}/agreement", "Record a group’s agreement"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/placement-proposals", "Propose placements"),
            Map.entry("PUT /api/programmes/{organiser}/{schoolYear}/placement-proposals/{proposalId}/placements/{enrolmentId}",
                    "Change a proposed placement"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/placement-proposals/{proposalId}/accept",
                    "Accept a placement proposal"),
            Map.entry("POST /api/groups/{groupId}/meetings", "Schedule a meeting"),
            Map.entry("POST /api/groups/{groupId}/meeting-series", "Schedule a series of meetings"),
            Map.entry("POST /api/meetings/{meetingId}/held", "Record a meeting as held"),
            Map.entry("POST /api/meetings/{meetingId}/minutes", "Record a meeting’s minutes"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/joint-meetings", "Schedule or record a joint meeting"),
            Map.entry("GET /api/programmes/{organiser}/{schoolYear}/joint-meetings", "List the year’s joint meetings"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/joint-meetings/planned", "Plan a joint meeting ahead"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/joint-meetings/{jointMeetingId}/held",
                    "Record a planned joint meeting as held"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/joint-meetings/{jointMeetingId}/reschedule",
                    "Move a planned joint meeting"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/joint-meetings/{jointMeetingId}/cancel",
                    "Cancel a planned joint meeting"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/claims", "Submit a claim"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/payees", "Register a payee"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/payment-periods", "Close a payment period"),
            Map.entry("POST /api/payment-periods/{periodId}/paid", "Mark a payment period paid"),
            Map.entry("GET /api/persons/{personId}/veso", "Get a person’s VESO days"),
            Map.entry("GET /api/programmes/{organiser}/{schoolYear}/events", "Export the year’s events (audit)"),
            Map.entry("GET /api/programmes/{organiser}/{schoolYear}/checkpoint", "Get a signed checkpoint of the hash chain"),
            Map.entry("GET /api/programmes/{organiser}/{schoolYear}/as-of/{date}", "Get the year as it stood on a date"),
            Map.entry("GET /api/audit/public-key", "Get the audit’s public key"),
            Map.entry("GET /api/audit/public-key.pem", "Download the audit’s public key as PEM"),
            Map.entry("GET /api/audit/verifier.jar", "Download the stand-alone verifier"),
            Map.entry("POST /api/programmes/{organiser}/{schoolYear}/surveys", "Define a feedback survey"),
            Map.entry("GET /api/surveys/answers/{token}", "Get a survey to answer through a personal link"),
            Map.entry("POST /api/surveys/answers/{token}", "Answer a survey through a personal link"),
            Map.entry("GET /api/persons/{personId}/certificates/{schoolYear}.pdf", "Download a participation certificate"),
            Map.entry("GET /api/certificates/verify/{code}", "Check a certificate"),
            Map.entry("POST /api/admin/replays", "Start rebuilding views"),
            Map.entry("GET /api/me", "Who am I"),
            Map.entry("POST /api/organisers", "Register an organiser"),
            Map.entry("GET /api/organisers/{organiser}/years", "List an organiser’s programme years"),
            Map.entry("GET /api/organiser-names", "List organisers’ names"),
            Map.entry("GET /api/login/providers", "List identity providers"),
            Map.entry("GET /api/login/demo-accounts", "List the demo’s accounts"),
            Map.entry("GET /api/groups/{groupId}/meetings.ics", "Get a group’s meetings as iCalendar"),
            Map.entry("GET /api/mentors", "List mentors"),
            Map.entry("GET /api/organisers", "List organisers"),
            Map.entry("GET /api/vocabulary", "Get the code lists of the API"),
            Map.entry("GET /api/admin/replays", "List rebuilds of views"),
            Map.entry("GET /api/admin/replays/{replayId}", "Get a rebuild of views"),
            Map.entry("GET /api/admin/users", "List user accounts"),
            Map.entry("GET /api/admin/users/{userId}", "Get a user account"),
            Map.entry("PUT /api/admin/users/{userId}", "Change a user account’s grants"),
            Map.entry("GET /api/admin/outbox", "List the year’s e-mail outbox"),
            Map.entry("GET /api/admin/outbox.csv", "Export the year’s e-mail outbox as CSV"),
            Map.entry("GET /api/admin/outbox.xlsx", "Export the year’s e-mail outbox as XLSX"),
            Map.entry("PUT /api/organisers/{organiser}/privacy-notice", "Set an organiser’s privacy notice"));

    @Bean
    OpenAPI vermeApi(@Value("${verme.api.version}") String version) {
        return new OpenAPI()
                .info(new Info().title("Verme API").version(version).description("""
                        Verme keeps a mentoring programme's year: the enrolment call and enrolments, groups and \
                        their mentors, meetings and attendance, compensation, certificates and the audit trail. \
                        Sign in with HTTP Basic or the session cookie of the login form (writes with the session \
                        also send its CSRF token); an answer that is not a success is problem+json (RFC 9457) in \
                        the language of Accept-Language (fi, sv, en). Writes honour Idempotency-Key. \
                        See docs/api.md."""))
                .servers(List.of(new Server().url("/").description("the installation that serves this description")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account's user name and password"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of the login form (POST /login) or of an identity provider")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    @Bean
    OpenApiCustomizer vermeOperations() {
        return api -> {
            // Here rather than in the bean above: SpringDoc builds the components' schemas afresh from the controllers.
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            var operationIds = new HashSet<String>();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describe(method.name() + " " + path, path, method, operation, operationIds)));
            removeUnusedSchemas(api);
        };
    }

    private static void describe(String endpoint, String path, PathItem.HttpMethod method, Operation operation,
                                 Set<String> operationIds) {
        var rule = AccessRules.RULES.get(endpoint);
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summaryOf(endpoint, path, method, operation));
        }
        operation.setOperationId(unique(camelCase(operation.getSummary()), operationIds));
        boolean open = rule != null && rule.isPublic();
        boolean onlyOpen = open && rule.permits().size() == 1;
        if (onlyOpen) {
            operation.setSecurity(List.of(new SecurityRequirement()));
        } else if (open) {
            operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC),
                    new SecurityRequirement().addList(SESSION)));
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (write && rule != null) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("Repeating a write with the same key answers the first answer again and changes "
                            + "nothing (kept for a day, per caller)")
                    .schema(new StringSchema().minLength(1).maxLength(255)));
        }
        mediaTypes(path, operation);
        var problems = new ArrayList<>(List.of("400"));
        if (!onlyOpen) {
            problems.addAll(List.of("401", "403"));
        }
        if (path.contains("{") || (rule != null && rule.scopeParameter() != null)) {
            problems.add("404");
        }
        if (write) {
            problems.add("409");
            if (operation.getRequestBody() != null) {
                problems.add("413");
            }
            problems.add("422");
        }
        if (!onlyOpen || write) {
            problems.add("429");
        }
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (var status : problems) {
            responses.put(status, new ApiResponse().description(PROBLEMS.get(status)).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
        operation.setResponses(responses);
    }

    /**
     * Schemas SpringDoc made for return types that are not what goes on the wire ({@code Table} is written as
     * CSV, {@code StreamingResponseBody} as the export's lines): a generator would make types nobody uses.
     */
    private static void removeUnusedSchemas(OpenAPI api) {
        var schemas = api.getComponents().getSchemas();
        boolean removed = true;
        while (removed) {
            String written;
            try {
                written = Json.mapper().writeValueAsString(api);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            removed = schemas.keySet().removeIf(name -> !written.contains("\"#/components/schemas/" + name + "\""));
        }
    }

    /** The success answers' media type as really produced: JSON unless the path names a file, or the audit's export. */
    private static void mediaTypes(String path, Operation operation) {
        String type = path.equals(EVENT_EXPORT) ? NDJSON : MEDIA_TYPES.entrySet().stream()
                .filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2") || response.getContent() == null) {
                return;
            }
            var content = response.getContent();
            var any = content.remove("*/*");
            if (type != null) {
                var schema = type.equals(NDJSON) ? new StringSchema().description("one event per line")
                        : type.startsWith("text/") || type.equals("application/x-pem-file") ? new StringSchema()
                        : new StringSchema().format("binary");
                content.clear();
                content.addMediaType(type, new MediaType().schema(schema));
            } else if (any != null && !content.containsKey("application/json")) {
                content.addMediaType("application/json", any);
            }
        });
    }

    /**
     * A summary from the path where {@link #SUMMARIES} has none: {@code GET /api/groups/{groupId}} is "Get a
     * group", {@code GET …/{schoolYear}/groups} "Get the year’s groups", {@code POST /api/groups/{groupId}/start}
     * "Start a group", a CSV "Export … as CSV".
     */
    static String summaryOf(String endpoint, String path, PathItem.HttpMethod method, Operation operation) {
        var given = SUMMARIES.get(endpoint);
        if (given != null) {
            return given;
        }
        var segments = new ArrayList<>(List.of(path.replaceFirst("^/api/", "").replaceFirst("^/", "").split("/")));
        boolean ofYear = segments.size() > 3 && segments.get(0).equals("programmes")
                && segments.get(2).equals("{schoolYear}");
        if (ofYear) {
            segments.subList(0, 3).clear();
        }
        var last = segments.get(segments.size() - 1);
        var file = last.endsWith(".csv") ? "CSV" : last.endsWith(".xlsx") ? "XLSX" : null;
        last = last.replaceFirst("\\.[a-z]+$", "");
        String owner = null;
        if (segments.size() >= 3 && segments.get(segments.size() - 2).startsWith("{")) {
            owner = singular(segments.get(segments.size() - 3));
        }
        String verb = method.name().charAt(0) + method.name().substring(1).toLowerCase(Locale.ROOT);
        String summary;
        if (last.startsWith("{")) {
            summary = (method == PathItem.HttpMethod.PUT ? "Change" : verb) + " "
                    + article(words(singular(segments.get(segments.size() - 2))));
        } else if (method == PathItem.HttpMethod.POST && owner != null) {
            summary = capitalised(words(last)) + " " + article(words(owner));
        } else if (method == PathItem.HttpMethod.PUT) {
            summary = "Set the " + (ofYear ? "year’s " : "") + words(last);
        } else {
            var what = words(segments.size() >= 2 && !segments.get(segments.size() - 2).startsWith("{")
                    ? segments.get(segments.size() - 2) + "-" + last : last);
            var whose = owner != null ? article(words(owner)) + "’s " : ofYear ? "the year’s " : "";
            summary = (file != null ? "Export " : verb + " ") + whose + what + (file != null ? " as " + file : "");
        }
        return summary;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static String words(String segment) {
        return segment.replace('-', ' ');
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Get a group’s meetings" becomes {@code getGroupsMeetings}: letters and digits, articles and hyphens left out. */
    static String camelCase(String summary) {
        var id = new StringBuilder();
        for (var word : summary.replace("’s", "s").replace("-", "").split("[^A-Za-z0-9]+")) {
            if (word.isEmpty() || word.equals("a") || word.equals("the") || word.equals("an")) {
                continue;
            }
            id.append(id.isEmpty() ? word.toLowerCase(Locale.ROOT) : capitalised(word.toLowerCase(Locale.ROOT)));
        }
        return id.toString();
    }

    private static String unique(String id, Set<String> taken) {
        var candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    /** RFC 9457 problem details as Verme writes them: the standard members, and the fields of bad input. */
    private static Schema<?> problemSchema() {
        var error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, parameter or header"))
                .addProperty("message", new StringSchema())
                .addProperty("allowed", new StringSchema().description("what is allowed"));
        var problem = new ObjectSchema()
                .description("RFC 9457 problem details, in the language of Accept-Language; the refusal's data as "
                        + "further members")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("the kind of problem, stable: what a client branches on"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(error).description("bad input: one per field"));
        problem.setAdditionalProperties(true);
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
