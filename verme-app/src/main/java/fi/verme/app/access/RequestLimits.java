package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.BodyTooLargeException;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.ProblemResponses;
import fi.verme.app.platform.web.ProblemTexts;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How much a client may send, and how often the public form may be posted (and a new address asked for): the
 * first filter of
 * Spring Security's chain, so it runs on the request as the firewall normalised it and before anything
 * else reads a body. Every body, on every path and whether its length is declared or chunked, is at most
 * {@code maxBodyBytes} (1 MiB; an organiser's logo, {@value #MAX_LOGO_BYTES} bytes: 256 KB): a declared
 * length beyond the limit is refused at once (413), and a body streamed without one stops being read at the limit
 * (413 too). A file uploaded for import (enrolments, {@code POST …/imports}; mentors, {@code POST …/mentor-imports})
 * may be larger
 * ({@code verme.imports.max-body-bytes}, 5 MiB); Spring's multipart parser, which reads the upload past this
 * filter's counting, is held to the same setting ({@code spring.servlet.multipart} in application.yml), and its
 * refusal is the same 413. The public enrolment form is
 * matched with Spring Security's own path matcher (any spelling of its path that reaches it), and
 * there the limit is the form's own ({@code verme.public-form.max-body-bytes}), and three Bucket4j token
 * buckets decide how often it may be posted, each refilled evenly over its window; beyond any of them the answer
 * is 429 with {@code Retry-After}:
 * <ul>
 * <li>per client address ({@code verme.public-form.per-address} in {@value #ADDRESS_MINUTES} minutes): large
 * enough that a school's staff enrolling together behind one NAT address all get through, small enough that one
 * machine cannot fill a call;</li>
 * <li>per enrolment call ({@code verme.public-form.per-call} in {@value #CALL_MINUTES} minutes, all addresses
 * together), against a flood spread over many addresses;</li>
 * <li>per e-mail address ({@code verme.public-form.per-email} an hour), against the same person's address sent
 * again and again (someone else's, to flood them with mail). The address is read from the JSON body with
 * Jackson, here in the chain, so this decision too is made where every other is; the body is read only after
 * its size is checked, and what comes after reads the same bytes.</li>
 * </ul>
 * Asking for a new e-mail address through a personal link ({@code POST …/contact-details/email}) sends mail to an
 * address the link's holder types, so it has the form's buckets per client address and per e-mail address, and one
 * of its own: {@value #EMAIL_CHANGES_PER_HOUR} an hour per link, as many as one person correcting a typo needs, too
 * few to flood someone with confirmations.
 * The client's address is the one Tomcat resolved ({@code getRemoteAddr}): behind a trusted reverse proxy, Tomcat's
 * {@code RemoteIpValve} ({@code server.forward-headers-strategy=native}) has resolved it from the proxy's forwarding
 * header, and anyone else's forwarding header is ignored; this filter reads no header itself.
 */
class RequestLimits extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);
    static final RequestMatcher ENROLMENT_FORM = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/api/programmes/{organiser}/{schoolYear}/enrolments");
    static final RequestMatcher ORGANISER_LOGO = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.PUT, "/api/organisers/{organiser}/logo");
    /** The largest logo an organiser may upload (the organisers' register checks that it is an image). */
    static final int MAX_LOGO_BYTES = 256 * 1024;
    static final RequestMatcher IMPORT_UPLOAD = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.POST, "/api/programmes/{organiser}/{schoolYear}/imports"),
            PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.POST, "/api/organisers/{organiser}/mentor-imports"));
    static final RequestMatcher EMAIL_CHANGE = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/api/enrolment-links/{token}/contact-details/email");
    static final int EMAIL_CHANGES_PER_HOUR = 5;
    static final int ADDRESS_MINUTES = 10;
    static final int CALL_MINUTES = 10;
    /** Keys remembered at once, per kind; the least recently used are forgotten first (and start afresh). */
    private static final int ADDRESSES = 50_000;
    private static final int CALLS = 10_000;
    private static final int EMAILS = 50_000;
    private static final int LINKS = 50_000;

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final long maxFormBytes;
    private final long maxImportBytes;
    private final RateLimits perAddress;
    private final RateLimits perCall;
    private final RateLimits perEmail;
    private final RateLimits perLink = new RateLimits(EMAIL_CHANGES_PER_HOUR, Duration.ofHours(1), LINKS);

    /** How often the public form may be posted: per client address, per call and per e-mail address. */
    record FormRates(int perAddress, int perCall, int perEmail) {
    }

    RequestLimits(ObjectMapper json, long maxBodyBytes, long maxFormBytes, long maxImportBytes, FormRates rates) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.maxFormBytes = maxFormBytes;
        this.maxImportBytes = maxImportBytes;
        this.perAddress = new RateLimits(rates.perAddress(), Duration.ofMinutes(ADDRESS_MINUTES), ADDRESSES);
        this.perCall = new RateLimits(rates.perCall(), Duration.ofMinutes(CALL_MINUTES), CALLS);
        this.perEmail = new RateLimits(rates.perEmail(), Duration.ofHours(1), EMAILS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (EMAIL_CHANGE.matches(request)) {
            emailChange(request, response, chain);
            return;
        }
        if (!ENROLMENT_FORM.matches(request)) {
            long limit = ORGANISER_LOGO.matches(request) ? MAX_LOGO_BYTES
                    : IMPORT_UPLOAD.matches(request) ? maxImportBytes : maxBodyBytes;
            if (request.getContentLengthLong() > limit) {
                tooLarge(json, request, response, limit);
                return;
            }
            chain.doFilter(new Limited(request, limit), response);
            return;
        }
        var address = request.getRemoteAddr();
        if (refused(perAddress.of(address), HttpProblem.RATE_LIMITED, request, response, "from " + address)) {
            return;
        }
        var path = ENROLMENT_FORM.matcher(request).getVariables();
        var call = path.get("organiser") + "/" + path.get("schoolYear");
        if (refused(perCall.of(call), HttpProblem.CALL_RATE_LIMITED, request, response, "for the call " + call)) {
            return;
        }
        var body = boundedBody(request, response, maxFormBytes);
        if (body == null) {
            return;
        }
        var email = emailIn(request, body);
        if (email.isPresent() && refused(perEmail.of(Idempotency.sha256(email.get())), HttpProblem.EMAIL_RATE_LIMITED,
                request, response, "for one e-mail address")) {
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /**
     * A new address asked for through a personal link: mail goes to an address its holder types, so the link, the
     * client's address and the e-mail address each have their bucket (the last two shared with the public form,
     * which mails the address it is given too): links are free to make, and one address must not be flooded through
     * many of them.
     */
    private void emailChange(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var link = EMAIL_CHANGE.matcher(request).getVariables().get("token");
        if (refused(perLink.of(Idempotency.sha256(link)), HttpProblem.EMAIL_CHANGE_RATE_LIMITED, request, response,
                "for new addresses through one link")) {
            return;
        }
        var address = request.getRemoteAddr();
        if (refused(perAddress.of(address), HttpProblem.RATE_LIMITED, request, response, "from " + address)) {
            return;
        }
        var body = boundedBody(request, response, maxBodyBytes);
        if (body == null) {
            return;
        }
        var email = emailIn(request, body);
        if (email.isPresent() && refused(perEmail.of(Idempotency.sha256(email.get())), HttpProblem.EMAIL_RATE_LIMITED,
                request, response, "for one e-mail address")) {
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The body, read up to {@code limit} bytes; null once a 413 has been answered for a larger one. */
    private byte[] boundedBody(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        if (request.getContentLengthLong() > limit) {
            tooLarge(json, request, response, limit);
            return null;
        }
        try {
            return new Limited(request, limit).getInputStream().readAllBytes();
        } catch (BodyTooLargeException tooLarge) {
            tooLarge(json, request, response, limit);
            return null;
        }
    }

    /**
     * Takes a token from the bucket, or answers 429 with {@code Retry-After} (and the minutes in words) when it has
     * none. {@code whose} says in the log whose limit it was; it never names an e-mail address.
     */
    private boolean refused(Bucket bucket, HttpProblem problem, HttpServletRequest request,
                            HttpServletResponse response, String whose) throws IOException {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return false;
        }
        long seconds = RateLimits.retryAfterSeconds(probe.getNanosToWaitForRefill());
        LOG.warn("Rate limit reached {}", whose);
        response.setHeader("Retry-After", String.valueOf(seconds));
        ProblemResponses.write(json, request, response, problem, (seconds + 59) / 60);
        return true;
    }

    /**
     * The e-mail address a JSON body gives (in lower case, as people are compared), if it is JSON and gives one.
     * A body that is not valid JSON has none here; the endpoint refuses it (400) all the same.
     */
    private Optional<String> emailIn(HttpServletRequest request, byte[] body) {
        try {
            if (request.getContentType() == null
                    || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))) {
                return Optional.empty();
            }
            var email = json.readTree(body).path("email");
            // One mailbox, one bucket: a quoted local part ("name"@…) is the same mailbox as the bare one.
            return email.isTextual() ? Optional.of(email.asText().strip().replace("\"", "").toLowerCase(Locale.ROOT))
                    : Optional.empty();
        } catch (InvalidMediaTypeException | IOException unreadable) {
            return Optional.empty();
        }
    }

    static void tooLarge(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        // The unread body is Tomcat's to discard: it swallows up to server.tomcat.max-swallow-size (2 MB) so
        // that the client can read this answer, and closes the connection beyond that.
        ProblemResponses.write(json, request, response,
                BodyTooLargeException.problem(ProblemTexts.localeOf(request), limit));
    }

    /** The request, its body readable only up to the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private void count(long bytes) throws BodyTooLargeException {
                        read += Math.max(0, bytes);
                        if (read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, length);
                        count(n);
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            var encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
