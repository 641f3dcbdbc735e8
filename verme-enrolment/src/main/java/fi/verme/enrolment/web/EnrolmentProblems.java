package fi.verme.enrolment.web;

import fi.verme.enrolment.api.DuplicateEnrolmentException;
import fi.verme.enrolment.api.EnrolmentAlreadyWithdrawnException;
import fi.verme.enrolment.api.EnrolmentCallAlreadyClosedException;
import fi.verme.enrolment.api.EnrolmentCallAlreadyOpenedException;
import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.enrolment.api.EnrolmentCallNotOpenException;
import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.enrolment.api.LateEnrolmentNotAllowedException;
import fi.verme.enrolment.api.PersonNotFoundException;
import fi.verme.shared.InvalidInputException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The enrolment module's named errors as RFC 9457 problems. Each {@code type} is stable: clients
 * may switch on it. Titles are in Finnish and English.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnrolmentProblems {

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", "Virheellinen syöte / Invalid input", e);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage(),
                "allowed", e.allowed())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail lateEnrolmentNotAllowed(LateEnrolmentNotAllowedException e) {
        var problem = problem(HttpStatus.FORBIDDEN, "late-enrolment-not-allowed",
                "Myöhäinen ilmoittautuminen vain vastuuhenkilöltä / Late enrolment is a coordinator's act", e);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage(),
                "allowed", e.allowed())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail callNotFound(EnrolmentCallNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "enrolment-call-not-found",
                "Ilmoittautumista ei ole avattu / No enrolment call for this programme year", e);
    }

    @ExceptionHandler
    ProblemDetail enrolmentNotFound(EnrolmentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "enrolment-not-found",
                "Ilmoittautumista ei löydy / Enrolment not found", e);
    }

    @ExceptionHandler
    ProblemDetail personNotFound(PersonNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "person-not-found",
                "Henkilöä ei löydy rekisteristä / Person not found in the register", e);
    }

    @ExceptionHandler
    ProblemDetail callAlreadyOpened(EnrolmentCallAlreadyOpenedException e) {
        return problem(HttpStatus.CONFLICT, "enrolment-call-already-opened",
                "Ilmoittautuminen on jo avattu / Enrolment call already opened", e);
    }

    @ExceptionHandler
    ProblemDetail callAlreadyClosed(EnrolmentCallAlreadyClosedException e) {
        return problem(HttpStatus.CONFLICT, "enrolment-call-already-closed",
                "Ilmoittautuminen on jo suljettu / Enrolment call already closed", e);
    }

    @ExceptionHandler
    ProblemDetail callNotOpen(EnrolmentCallNotOpenException e) {
        var problem = problem(HttpStatus.CONFLICT, "enrolment-call-not-open",
                "Ilmoittautuminen ei ole auki / Enrolment is not open", e);
        problem.setProperty("opensOn", e.opensOn());
        problem.setProperty("closesOn", e.closesOn());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateEnrolmentException e) {
        var problem = problem(HttpStatus.CONFLICT, "duplicate-enrolment",
                "Henkilö on jo ilmoittautunut / Person has already enrolled", e);
        problem.setProperty("existingEnrolmentId", e.existingEnrolmentId());
        problem.setProperty("existingEnrolment", "/api/enrolments/" + e.existingEnrolmentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail alreadyWithdrawn(EnrolmentAlreadyWithdrawnException e) {
        return problem(HttpStatus.CONFLICT, "enrolment-already-withdrawn",
                "Ilmoittautuminen on jo peruttu / Enrolment already withdrawn", e);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("urn:verme:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
