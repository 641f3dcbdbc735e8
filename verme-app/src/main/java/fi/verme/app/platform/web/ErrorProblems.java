package fi.verme.app.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error is problem+json, also those no controller advice sees: what a filter or the servlet
 * container sends with {@code sendError} (Spring Boot forwards it to {@code /error}, answered here instead
 * of the whitelabel page or Boot's own JSON), and what Tomcat refuses before any servlet runs (a malformed
 * URL, oversized headers: the host's error report valve, replaced by one that writes problem+json).
 */
@RestController
@Hidden // not an endpoint of the API: where Tomcat sends the errors it renders
class ErrorProblems implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorProblems.class);

    /** The problem a bare status is answered with, in the reader's language. */
    static ProblemDetail forStatus(int code, String path, Locale locale) {
        var known = HttpProblem.forStatus(code);
        ProblemDetail problem;
        if (known == HttpProblem.REQUEST_REFUSED) {
            problem = ProblemTexts.problem(locale, known, code);
            problem.setStatus(code);
        } else {
            problem = ProblemTexts.problem(locale, known);
        }
        if (path != null && path.startsWith("/")) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException e) {
                // A path Tomcat let through but URI does not parse: the problem is complete without it.
            }
        }
        return problem;
    }

    /**
     * Answers whatever method the failed request had. The content type is set here, so no Accept header
     * can turn the answer into a 406 of its own.
     */
    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer number ? number : 404;
        if (failure != null && DatabaseUnavailable.causes(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE.value();
        } else if (failure != null) {
            LOG.error("Unexpected error outside the controllers", failure);
        }
        var problem = forStatus(status, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                ProblemTexts.localeOf(request));
        var answer = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            answer.header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        return answer.body(problem);
    }

    /** Puts {@link ProblemReportValve} in place of the host's HTML error report. */
    @Component
    static class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ObjectMapper json;

        ProblemReports(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(json));
                if (host instanceof StandardHost standard) {
                    // Otherwise the host adds its own HTML report valve when it starts.
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        /** After Spring Boot's own customizer, which adds an HTML error report valve. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's error report, written as problem+json: the same logic as its JsonErrorReportValve. */
    static class ProblemReportValve extends ErrorReportValve {

        private final ObjectMapper json;

        ProblemReportValve(ObjectMapper json) {
            this.json = json;
        }

        /** For the host, which instantiates its error report valve class by name. */
        public ProblemReportValve() {
            this(new ObjectMapper());
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            var problem = forStatus(status, null, ProblemTexts.localeOf(request));
            try {
                response.setStatus(problem.getStatus());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response is already on its way: nothing more to tell it.
            }
        }
    }
}
