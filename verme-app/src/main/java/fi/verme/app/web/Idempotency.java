package fi.verme.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on any write: the first request with a key runs and its answer is kept;
 * repeating it returns that answer and appends nothing. Reusing a key for a different request is
 * refused (422), and so is a repeat while the first is still running (409). Server errors are not
 * kept, so the client may retry them with the same key.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class Idempotency extends OncePerRequestFilter {

    /** A request that started this long ago and never finished is taken to have died with its server. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Idempotency(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(RequestMetadata.IDEMPOTENCY_HEADER) == null
                || isRead(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(RequestMetadata.IDEMPOTENCY_HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(response, HttpStatus.BAD_REQUEST, "validation", "Virheellinen syöte / Invalid input",
                    "Idempotency-Key must be 1-" + MAX_KEY_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        if (!reserve(key, fingerprint)) {
            replay(key, fingerprint, response);
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), buffered);
            if (buffered.getStatus() < 500) {
                jdbc.update("""
                        update app.idempotent_request set completed_at = now(), status = ?, content_type = ?,
                            location = ?, body = ? where idempotency_key = ?""",
                        buffered.getStatus(), buffered.getContentType(), buffered.getHeader(HttpHeaders.LOCATION),
                        buffered.getContentAsByteArray(), key);
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.update("delete from app.idempotent_request where idempotency_key = ?", key);
            }
            buffered.copyBodyToResponse();
        }
    }

    /**
     * Claims the key for this request; false when another request holds it. A claim whose request
     * never finished (its server died) is taken over once it is old enough.
     */
    private boolean reserve(String key, String fingerprint) {
        return jdbc.update("""
                insert into app.idempotent_request (idempotency_key, fingerprint) values (?, ?)
                on conflict (idempotency_key) do nothing""", key, fingerprint) == 1
                || jdbc.update("""
                        update app.idempotent_request set fingerprint = ?, started_at = now()
                        where idempotency_key = ? and completed_at is null and started_at < ?""",
                        fingerprint, key, Timestamp.from(Instant.now().minus(ABANDONED_AFTER))) == 1;
    }

    private void replay(String key, String fingerprint, HttpServletResponse response) throws IOException {
        List<Stored> stored = jdbc.query("""
                select fingerprint, status, content_type, location, body from app.idempotent_request
                where idempotency_key = ?""",
                (rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)), key);
        if (stored.isEmpty()) {
            problem(response, HttpStatus.CONFLICT, "idempotency-key-in-use",
                    "Pyyntö on kesken / Request in progress", "A request with this Idempotency-Key just ended; retry");
        } else if (!stored.get(0).fingerprint().equals(fingerprint)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "Avain on jo käytetty / Idempotency-Key already used",
                    "This Idempotency-Key was used for a different request");
        } else if (stored.get(0).status() == null) {
            problem(response, HttpStatus.CONFLICT, "idempotency-key-in-use",
                    "Pyyntö on kesken / Request in progress",
                    "A request with this Idempotency-Key is still being processed");
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

    private void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        var problem = ApiProblems.problem(status, type, title, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request again, its body already read for the fingerprint. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
