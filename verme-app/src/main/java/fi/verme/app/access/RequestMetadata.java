package fi.verme.app.access;

import fi.verme.app.platform.web.LogSafe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who and why, on every command a request sends and so on every event it causes: the acting user,
 * a correlation id (the caller's {@code X-Correlation-Id}, or a new one, echoed in the response),
 * and the SHA-256 of the {@code Idempotency-Key} when the client gave one.
 */
@Component
class RequestMetadata extends OncePerRequestFilter implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    /** The SHA-256 of the request's Idempotency-Key, in the metadata of the events it caused. */
    public static final String IDEMPOTENCY_METADATA = "idempotencyKeySha256";
    /** The request attribute from which controllers learn the logged-in user's person (see IdentityInterceptor). */
    static final String PERSON_ATTRIBUTE = "verme.personId";
    /** A request by nobody logged in acts as the public self-service form does. */
    static final String SELF_SERVICE = "self-service";
    /** Commands sent by the application itself, outside any request. */
    static final String SYSTEM = "system";
    private static final String ATTRIBUTE = RequestMetadata.class.getName();

    RequestMetadata(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var metadata = new HashMap<String, String>();
        var correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > 100) {
            correlationId = UUID.randomUUID().toString();
        }
        metadata.put("correlationId", correlationId);
        metadata.put("actingUser", SELF_SERVICE);
        metadata.put("language", language(request.getHeader("Accept-Language")));
        var idempotencyKey = request.getHeader(IDEMPOTENCY_HEADER);
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            // Hashed: the audit export shows the metadata, and a key is a caller's secret.
            metadata.put(IDEMPOTENCY_METADATA, Idempotency.sha256(idempotencyKey));
        }
        request.setAttribute(ATTRIBUTE, Map.copyOf(metadata));
        response.setHeader(CORRELATION_HEADER, correlationId);
        // Every log line written while serving the request names it (a field of its own in JSON logs).
        MDC.put("correlationId", LogSafe.text(correlationId));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }

    /** The reader's language among those Verme writes in: Finnish unless Swedish or English is preferred. */
    static String language(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (var range : acceptLanguage.split(",")) {
                var tag = range.strip().toLowerCase(java.util.Locale.ROOT);
                if (tag.startsWith("fi")) {
                    return "fi";
                }
                if (tag.startsWith("sv")) {
                    return "sv";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        }
        return "fi";
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            var missing = new HashMap<String, Object>(ofCurrentRequest());
            missing.putIfAbsent("correlationId", command.getIdentifier());
            CurrentUser.userId().ifPresent(user -> missing.put("actingUser", "user:" + user));
            missing.putIfAbsent("actingUser", SYSTEM);
            missing.keySet().removeAll(command.getMetaData().keySet());
            return command.andMetaData(missing);
        };
    }

    private static Map<String, String> ofCurrentRequest() {
        var attributes = RequestContextHolder.getRequestAttributes();
        @SuppressWarnings("unchecked")
        var metadata = attributes == null ? null
                : (Map<String, String>) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return metadata == null ? Map.of() : metadata;
    }
}
