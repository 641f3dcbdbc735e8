package fi.verme.app.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Recognises a failure that means the database cannot be reached right now (down, restarting, the
 * connection pool timing out), as opposed to a fault in the request or the code: the answer is then
 * 503 with {@code Retry-After}, and the client may simply retry. A statement cancelled by the statement
 * timeout (SQLSTATE 57014) counts too: the database stalled, and the request recorded nothing.
 */
public final class DatabaseUnavailable {

    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** Answers 503 problem+json with {@code Retry-After}, for the filters that meet the failure first. */
    public static void answer(ObjectMapper json, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        ProblemResponses.write(json, request, response, HttpProblem.DATABASE_UNAVAILABLE);
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                    || sql.getSQLState().equals("57P02") || sql.getSQLState().equals("57P03")
                    || sql.getSQLState().equals("57014"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
