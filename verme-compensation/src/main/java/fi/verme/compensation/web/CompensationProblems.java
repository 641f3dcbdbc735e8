package fi.verme.compensation.web;

import fi.verme.compensation.api.ClaimForGroupNotLedException;
import fi.verme.compensation.api.ClaimNotOwnException;
import fi.verme.compensation.api.CompensationNotFoundException;
import fi.verme.compensation.api.CompensationRuleException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The compensation module's named errors as RFC 9457 problems, with stable types and Finnish and English titles. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CompensationProblems {

    private static final Map<String, String> TITLES = Map.of(
            "compensation-rules-not-set", "Korvaussääntöjä ei ole asetettu / Compensation rules not set",
            "organising-hours-cap-exceeded", "Järjestelytuntien katto ylittyisi / Organising hours cap exceeded",
            "budget-exceeded", "Ryhmän budjetti ylittyisi / The group's budget would be exceeded",
            "expense-not-reimbursed", "Kulua ei korvata / This expense is not reimbursed",
            "claim-already-decided", "Korvaushakemus on jo käsitelty / Claim already decided",
            "rate-missing", "Korvauksen määrä puuttuu / A rate is missing",
            "nothing-to-approve", "Ei hyväksyttävää / Nothing to approve",
            "period-already-paid", "Maksujakso on jo maksettu / Period already paid",
            "claim-not-found", "Korvaushakemusta ei löydy / Claim not found",
            "payment-period-not-found", "Maksujaksoa ei löydy / Payment period not found");

    @ExceptionHandler
    ProblemDetail rule(CompensationRuleException e) {
        return problem(HttpStatus.CONFLICT, e.problem(), e);
    }

    @ExceptionHandler
    ProblemDetail notOwn(ClaimNotOwnException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("urn:verme:problem:forbidden"));
        problem.setTitle("Ei oikeutta / Not allowed");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail groupNotLed(ClaimForGroupNotLedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("urn:verme:problem:group-not-led"));
        problem.setTitle("Ryhmä ei ole ohjaajan oma / Not the mentor's group");
        problem.setProperty("errors", List.of(Map.of("field", "groupId", "message", "is not a group you lead",
                "allowed", "the id of a group you are a mentor of")));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(CompensationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.problem(), e);
    }

    private static ProblemDetail problem(HttpStatus status, String type, RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("urn:verme:problem:" + type));
        problem.setTitle(TITLES.getOrDefault(type, type));
        return problem;
    }
}
