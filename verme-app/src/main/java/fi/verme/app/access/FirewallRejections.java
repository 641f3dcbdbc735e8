package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.ProblemResponses;
import fi.verme.app.platform.web.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request that Spring Security's firewall refuses (encoded slashes, {@code %2e}, {@code ;}, {@code //},
 * control characters in a header...) gets a 400 problem+json saying what was refused, instead of an
 * exception that ends in the container's error page. Spring Security's filter chain picks this bean up.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    private final ObjectMapper json;

    FirewallRejections(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        ProblemResponses.write(json, request, response, HttpProblem.REQUEST_REJECTED, rejected.getMessage());
    }
}
