package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.BodyTooLargeException;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.ProblemResponses;
import fi.verme.app.platform.web.ProblemTexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on any write: the first request with a key runs and its answer is kept;
 * repeating it returns that answer and appends nothing. Reusing a key for a different request is
 * refused (422), and so is a repeat while the first is still running (409). Server errors are not
 * kept, so the client may retry them with the same key.
 *
 * <p>A key belongs to its caller: the signed-in user, or for anonymous requests (the public form)
 * the client's address. This filter runs in Spring Security's chain after the request has been
 * authenticated and authorised, so a stored answer is only ever served to the caller who could make
 * the request again, and the body is only read once its size limit is in place. The request is
 * recognised by method, path, query string and body. Keys are kept hashed with their caller, and
 * answers for a day ({@link #KEPT_FOR}); the erasure of a person removes the answers about them.
 */
public class Idempotency extends OncePerRequestFilter {

    /** How long an answer is kept to be repeated. */
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** A request that started this long ago and never finished is taken to have died with its server. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public Idempotency(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Only requests to an endpoint of the API, authorised by its rule; a path that reaches none is not kept.
        return request.getHeader(RequestMetadata.IDEMPOTENCY_HEADER) == null || isRead(request.getMethod())
                || request.getAttribute(AccessPolicy.RULE_ATTRIBUTE) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(RequestMetadata.IDEMPOTENCY_HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            var problem = ProblemTexts.problem(ProblemTexts.localeOf(request), HttpProblem.VALIDATION,
                    RequestMetadata.IDEMPOTENCY_HEADER);
            problem.setProperty("errors", List.of(Map.of("field", RequestMetadata.IDEMPOTENCY_HEADER, "message", "is not allowed",
                    "allowed", "1-" + MAX_KEY_LENGTH + " characters")));
            ProblemResponses.write(json, request, response, problem);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLargeException tooLarge) {
            ProblemResponses.write(json, request, response, tooLarge.problem(ProblemTexts.localeOf(request)));
            return;
        }
        purgeExpired();
        var caller = caller(request);
        String requestKey = sha256(caller + "\n" + key);
        String fingerprint = fingerprint(request, body);
        if (!reserve(requestKey, caller, fingerprint)) {
            replay(requestKey, fingerprint, request, response);
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), buffered);
            if (buffered.getStatus() < 500) {
                jdbc.update("""
                        update app.idempotent_request set completed_at = now(), status = ?, content_type = ?,
                            location = ?, body = ? where request_key = ?""",
                        buffered.getStatus(), buffered.getContentType(), buffered.getHeader(HttpHeaders.LOCATION),
                        buffered.getContentAsByteArray(), requestKey);
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.update("delete from app.idempotent_request where request_key = ?", requestKey);
            }
            buffered.copyBodyToResponse();
        }
    }

    /** Whose key it is: the signed-in user, or an anonymous client by its address. */
    private static String caller(HttpServletRequest request) {
        return CurrentUser.userId().map(user -> "user:" + user)
                .orElseGet(() -> "anonymous:" + request.getRemoteAddr());
    }

    /** Answers older than a day are forgotten; checked at most once a minute. */
    private void purgeExpired() {
        var last = lastPurge.get();
        var now = Instant.now();
        if (last.plus(PURGE_EVERY).isBefore(now) && lastPurge.compareAndSet(last, now)) {
            jdbc.update("delete from app.idempotent_request where started_at < ?",
                    Timestamp.from(now.minus(KEPT_FOR)));
        }
    }

    /**
     * Claims the key for this request; false when another request holds it. A claim whose request
     * never finished (its server died) is taken over once it is old enough, and so is an expired one.
     */
    private boolean reserve(String requestKey, String caller, String fingerprint) {
        var now = Instant.now();
        return jdbc.update("""
                insert into app.idempotent_request (request_key, caller, fingerprint) values (?, ?, ?)
                on conflict (request_key) do nothing""", requestKey, caller, fingerprint) == 1
                || jdbc.update("""
                        update app.idempotent_request set fingerprint = ?, started_at = now(), completed_at = null,
                            status = null, content_type = null, location = null, body = null
                        where request_key = ? and ((completed_at is null and started_at < ?) or started_at < ?)""",
                        fingerprint, requestKey, Timestamp.from(now.minus(ABANDONED_AFTER)),
                        Timestamp.from(now.minus(KEPT_FOR))) == 1;
    }

    private void replay(String requestKey, String fingerprint, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        List<Stored> stored = jdbc.query("""
                select fingerprint, status, content_type, location, body from app.idempotent_request
                where request_key = ?""",
                (rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)), requestKey);
        if (stored.isEmpty()) {
            ProblemResponses.write(json, request, response, HttpProblem.IDEMPOTENCY_KEY_IN_USE);
        } else if (!stored.get(0).fingerprint().equals(fingerprint)) {
            ProblemResponses.write(json, request, response, HttpProblem.IDEMPOTENCY_KEY_REUSED);
        } else if (stored.get(0).status() == null) {
            ProblemResponses.write(json, request, response, HttpProblem.IDEMPOTENCY_KEY_IN_USE);
        } else {
            var first = stored.get(0);
            response.setStatus(first.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (first.contentType() != null) {
                response.setContentType(first.contentType());
            }
            if (first.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, first.location());
            }
            if (first.body() != null) {
                response.getOutputStream().write(first.body());
            }
        }
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        var digest = sha256Digest();
        var query = request.getQueryString();
        // The path as the container decoded it: /%61pi/x is the same request as /api/x.
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        digest.update((request.getMethod() + " " + path + (query == null ? "" : "?" + query) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of a text, in hex: how keys are kept in the table and in event metadata. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Bytes(text));
    }

    /** SHA-256 of a text's UTF-8 bytes (a secret kept only as its digest, such as a calendar feed's). */
    static byte[] sha256Bytes(String text) {
        return sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
