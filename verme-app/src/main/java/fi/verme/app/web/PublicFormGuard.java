package fi.verme.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public enrolment form is open to anyone while its call is open, so it is guarded against
 * abuse: each client address may post a limited number of enrolments per minute (a token bucket,
 * Bucket4j; beyond it 429 with {@code Retry-After}), and a body may not be larger than a form needs
 * (413). Behind a reverse proxy, set {@code verme.public-form.trust-forwarded-for} so that the
 * client's address is taken from {@code X-Forwarded-For}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PublicFormGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PublicFormGuard.class);
    private static final Pattern ENROLMENT_FORM = Pattern.compile("/api/programmes/[^/]+/[^/]+/enrolments/?");
    /** Addresses remembered at once; the oldest are forgotten first (a forgotten address starts afresh). */
    private static final int ADDRESSES = 50_000;

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final boolean trustForwardedFor;
    private final RateLimits limits;

    PublicFormGuard(ObjectMapper json,
                    @Value("${verme.public-form.requests-per-minute}") int perMinute,
                    @Value("${verme.public-form.max-body-bytes}") long maxBodyBytes,
                    @Value("${verme.public-form.trust-forwarded-for}") boolean trustForwardedFor) {
        this.json = json;
        this.limits = new RateLimits(perMinute, Duration.ofMinutes(1), ADDRESSES);
        this.maxBodyBytes = maxBodyBytes;
        this.trustForwardedFor = trustForwardedFor;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !ENROLMENT_FORM.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var client = clientAddress(request);
        var probe = limits.of(client).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = RateLimits.retryAfterSeconds(probe.getNanosToWaitForRefill());
            LOG.warn("Enrolment form rate limit reached for {} on {}", client, request.getRequestURI());
            response.setHeader("Retry-After", String.valueOf(seconds));
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Liian monta pyyntöä / Too many requests",
                    "Too many enrolments from this address; try again in " + seconds + " s");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "Pyyntö on liian suuri / Request too large",
                    "An enrolment is at most " + maxBodyBytes + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }


    private String clientAddress(HttpServletRequest request) {
        var forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                        String title, String detail) throws IOException {
        ProblemResponses.write(json, request, response, status, type, title, detail);
    }
}
