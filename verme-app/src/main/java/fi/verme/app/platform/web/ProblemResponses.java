package fi.verme.app.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes a problem+json answer from a servlet filter, where no controller advice reaches. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Writes a problem of the platform, in the language the request asks for. */
    public static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                             HttpProblem problem, Object... arguments) throws IOException {
        write(json, request, response, ProblemTexts.problem(ProblemTexts.localeOf(request), problem, arguments));
    }

    /** Writes a problem made elsewhere, naming the request's path as its instance. */
    public static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                             ProblemDetail problem) throws IOException {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // A path the firewall refused may not even parse as a URI: the problem is complete without it.
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
