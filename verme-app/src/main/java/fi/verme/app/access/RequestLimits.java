package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.BodyTooLargeException;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.ProblemResponses;
import fi.verme.app.platform.web.ProblemTexts;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How much a client may send, and how often the public form may be posted: the first filter of
 * Spring Security's chain, so it runs on the request as the firewall normalised it and before anything
 * reads a body. Every body, on every path and whether its length is declared or chunked, is at most
 * {@code maxBodyBytes} (1 MiB): a declared length beyond the limit is refused at once (413), and a
 * body streamed without one stops being read at the limit (413 too). The public enrolment form is
 * matched with Spring Security's own path matcher (any spelling of its path that reaches it), and
 * there the limit is the form's own ({@code verme.public-form.max-body-bytes}), and each client
 * address may post a limited number of enrolments per minute (a Bucket4j token bucket; beyond it 429
 * with {@code Retry-After}). The client's address is the one Tomcat resolved ({@code getRemoteAddr}): behind a
 * trusted reverse proxy, Tomcat's {@code RemoteIpValve} ({@code server.forward-headers-strategy=native}) has
 * resolved it from the proxy's forwarding header; this filter reads no header itself.
 */
class RequestLimits extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);
    static final RequestMatcher ENROLMENT_FORM = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/api/programmes/{organiser}/{schoolYear}/enrolments");
    /** Addresses remembered at once; the oldest are forgotten first (a forgotten address starts afresh). */
    private static final int ADDRESSES = 50_000;

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final long maxFormBytes;
    private final RateLimits formPosts;

    RequestLimits(ObjectMapper json, long maxBodyBytes, long maxFormBytes, int formPostsPerMinute) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.maxFormBytes = maxFormBytes;
        this.formPosts = new RateLimits(formPostsPerMinute, Duration.ofMinutes(1), ADDRESSES);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = maxBodyBytes;
        if (ENROLMENT_FORM.matches(request)) {
            limit = maxFormBytes;
            var probe = formPosts.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = RateLimits.retryAfterSeconds(probe.getNanosToWaitForRefill());
                LOG.warn("Enrolment form rate limit reached for {}", request.getRemoteAddr());
                response.setHeader("Retry-After", String.valueOf(seconds));
                ProblemResponses.write(json, request, response, HttpProblem.RATE_LIMITED);
                return;
            }
        }
        if (request.getContentLengthLong() > limit) {
            tooLarge(json, request, response, limit);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
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
