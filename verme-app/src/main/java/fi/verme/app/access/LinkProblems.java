package fi.verme.app.access;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused personal link, as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LinkProblems {

    @ExceptionHandler
    ProblemDetail invalidLink(InvalidLinkException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The link is not valid or has expired; ask the coordinator for a new one");
        problem.setType(URI.create("urn:verme:problem:link-invalid"));
        problem.setTitle("Linkki ei kelpaa / Invalid link");
        return problem;
    }
}
