package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.DatabaseUnavailable;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.LogSafe;
import fi.verme.app.platform.web.ProblemResponses;
import fi.verme.app.platform.web.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** Answers a refused request as problem+json (401 or 403) and logs who tried what, and why. */
@Component
public class DeniedAttempts implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeniedAttempts.class);

    private final ObjectMapper json;

    DeniedAttempts(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        if (DatabaseUnavailable.causes(reason)) {
            // Not the user's fault: their account could not be read.
            LOG.warn("Could not check the login for {} {}: database unavailable", request.getMethod(),
                    LogSafe.path(request));
            DatabaseUnavailable.answer(json, request, response);
            return;
        }
        if (reason instanceof TooManyLoginAttemptsException throttled) {
            tooManyAttempts(request, response, throttled);
            return;
        }
        LOG.warn("Denied {} {} to an unauthenticated client: {}", request.getMethod(),
                LogSafe.path(request), reason.getMessage());
        if (request.getHeader("X-Requested-With") == null) {
            // Not for the UI's own requests: the browser would pop up its Basic login dialog.
            response.setHeader("WWW-Authenticate", "Basic realm=\"Verme\"");
        }
        write(request, response, HttpProblem.UNAUTHENTICATED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException reason)
            throws IOException {
        var user = SecurityContextHolder.getContext().getAuthentication();
        if (reason instanceof ConflictingScopeException conflicting) {
            LOG.warn("Refused {} {} to user {}: {}", request.getMethod(), LogSafe.path(request),
                    user == null ? "?" : LogSafe.text(user.getName()), reason.getMessage());
            write(request, response, HttpProblem.CONFLICTING_SCOPE, conflicting.getMessage());
            return;
        }
        if (reason instanceof MissingScopeException missing) {
            ProblemResponses.write(json, request, response, ProblemTexts.fieldProblem(
                    ProblemTexts.localeOf(request), missing.parameter(), "is required", null));
            return;
        }
        if (reason instanceof CsrfException) {
            // Not the role's doing: the page's token is missing or stale (an expired session, another tab's login).
            LOG.warn("Refused {} {} to user {}: the session's CSRF token is missing or stale", request.getMethod(),
                    LogSafe.path(request), user == null ? "?" : LogSafe.text(user.getName()));
            write(request, response, HttpProblem.CSRF_TOKEN_INVALID);
            return;
        }
        if (reason instanceof ObjectNotFoundException notFound) {
            ProblemResponses.write(json, request, response,
                    ProblemTexts.problem(ProblemTexts.localeOf(request), notFound.refusal()));
            return;
        }
        LOG.warn("Denied {} {} to user {}: {}", request.getMethod(), LogSafe.path(request),
                user == null ? "?" : LogSafe.text(user.getName()), reason.getMessage());
        write(request, response, HttpProblem.FORBIDDEN);
    }

    /** A failed login form: 401 problem+json, the same for an unknown user and a wrong password. */
    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        if (reason instanceof TooManyLoginAttemptsException throttled) {
            tooManyAttempts(request, response, throttled);
            return;
        }
        LOG.warn("Failed login at {}: {}", LogSafe.path(request), reason.getMessage());
        write(request, response, HttpProblem.LOGIN_FAILED);
    }

    /** An account whose wrong passwords used up its attempts: 429, whatever password came this time. */
    private void tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                 TooManyLoginAttemptsException reason) throws IOException {
        response.setHeader("Retry-After", String.valueOf(reason.retryAfterSeconds()));
        write(request, response, HttpProblem.TOO_MANY_LOGIN_ATTEMPTS, reason.retryAfterSeconds());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpProblem problem,
                       Object... arguments) throws IOException {
        ProblemResponses.write(json, request, response, problem, arguments);
    }
}
