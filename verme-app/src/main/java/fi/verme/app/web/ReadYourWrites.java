package fi.verme.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A successful write answers only once the views it changed are up to date, so a client that reads
 * right after its own write sees it. If the views have not caught up within the bounded wait, the
 * answer says so in {@code Verme-Views: stale} instead of keeping the client waiting.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ReadYourWrites extends OncePerRequestFilter {

    static final String HEADER = "Verme-Views";

    private final ProjectionBarrier barrier;
    private final Duration timeout;

    ReadYourWrites(ProjectionBarrier barrier, @Value("${verme.read-your-writes-timeout}") Duration timeout) {
        this.barrier = barrier;
        this.timeout = timeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || isRead(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() < 300) {
                buffered.setHeader(HEADER, barrier.awaitViewsCurrent(timeout) ? "current" : "stale");
            }
        } finally {
            buffered.copyBodyToResponse();
        }
    }

    static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
