package fi.verme.app.audit;

import fi.verme.app.platform.web.ReadYourWrites;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** While views rebuild, every read says so: {@code Verme-Views: rebuilding}, so nobody takes a half-built view as complete. */
@Component
public class RebuildingNotice extends OncePerRequestFilter {

    private final Replays replays;

    RebuildingNotice(Replays replays) {
        this.replays = replays;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getServletPath().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (replays.anyRebuilding()) {
            response.setHeader(ReadYourWrites.HEADER, "rebuilding");
        }
        chain.doFilter(request, response);
    }
}
