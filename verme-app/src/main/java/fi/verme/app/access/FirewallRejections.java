package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.ProblemResponses;
import fi.verme.app.platform.web.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request that Spring Security's firewall refuses (encoded slashes, {@code %2e}, {@code ;}, {@code //},
 * control characters in a header...) gets a 400 problem+json saying what was refused, instead of an
 * exception that ends in the container's error page. A method the firewall lets through to no address
 * ({@code TRACE}, {@code BREW}) is a 405 that lists the methods it takes, in {@code allowed} and in {@code Allow},
 * as Spring MVC's 405 does for one address. Spring Security's filter chain picks this bean up.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    /** The methods the firewall lets through: its default list, named here so that its refusal can give it. */
    static final List<String> METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ObjectMapper json;

    FirewallRejections(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (!METHODS.contains(request.getMethod())) {
            var problem = ProblemTexts.problem(ProblemTexts.localeOf(request), HttpProblem.METHOD_NOT_ALLOWED);
            problem.setProperty("allowed", METHODS);
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", METHODS));
            ProblemResponses.write(json, request, response, problem);
            return;
        }
        ProblemResponses.write(json, request, response, HttpProblem.REQUEST_REJECTED, rejected.getMessage());
    }
}
