package fi.verme.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body to the API beyond {@code verme.api.max-body-bytes} (1 MiB; the longest write, a
 * minutes text of 20,000 characters, needs under 100 KB): a declared length beyond it is refused at
 * once (413), and a body streamed without a length stops being read at the limit (400).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimit extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final long maxBytes;

    BodyLimit(ObjectMapper json, @Value("${verme.api.max-body-bytes:1048576}") long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            ProblemResponses.write(json, request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "Pyyntö on liian suuri / Request too large", "A request body is at most " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    /** Reads the body only up to the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private void count(long bytes) throws IOException {
                        read += Math.max(0, bytes);
                        if (read > maxBytes) {
                            throw new IOException("The request body is over " + maxBytes + " bytes");
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
    }
}
