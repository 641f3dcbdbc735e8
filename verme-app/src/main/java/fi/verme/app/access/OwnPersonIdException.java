package fi.verme.app.access;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An admin tried to set or change the person id of their own account. The person id is what makes a
 * user a group's mentor or member (and so a reader of its minutes); an admin who could give it to
 * themselves could become anyone. Another admin links an admin's own person.
 */
class OwnPersonIdException extends ErrorResponseException {

    OwnPersonIdException() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "An admin cannot set or change the person id of their own account; another admin must do it");
        problem.setType(URI.create("urn:verme:problem:own-person-id"));
        problem.setTitle("Omaa henkilötunnistetta ei voi muuttaa / Cannot change your own person id");
        problem.setProperty("errors", List.of(Map.of("field", "personId",
                "message", "is your own account's", "allowed", "the person id the account has now")));
        return problem;
    }
}
