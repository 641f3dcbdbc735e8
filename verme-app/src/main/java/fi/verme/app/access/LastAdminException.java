package fi.verme.app.access;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change would leave no enabled account with an ADMIN grant for all organisers ({@code *}): nobody
 * could then manage users or grants except by editing the database.
 */
class LastAdminException extends ErrorResponseException {

    LastAdminException(String userId) {
        super(HttpStatus.CONFLICT, problem(userId), null);
    }

    private static ProblemDetail problem(String userId) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "User " + userId
                + " is the last enabled admin of all organisers; grant ADMIN * to another account first");
        problem.setType(URI.create("urn:verme:problem:last-admin"));
        problem.setTitle("Viimeistä ylläpitäjää ei voi poistaa / The last admin cannot be removed");
        problem.setProperty("userId", userId);
        return problem;
    }
}
