package fi.verme.app.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors every module shares, as RFC 9457 problems: malformed or invalid input (400, with the
 * field and what is allowed), unknown ids (404), concurrent changes (409), and the rest (500).
 * The modules map their own named rules; this advice comes after theirs.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    private static final String INVALID_INPUT = "Virheellinen syöte / Invalid input";

    static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:verme:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    private static Map<String, Object> fieldError(String field, String message, Object allowed) {
        var error = new LinkedHashMap<String, Object>();
        error.put("field", field);
        error.put("message", message);
        if (allowed != null) {
            error.put("allowed", allowed);
        }
        return error;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> fieldError(error.getField(), error.getDefaultMessage(), null))
                .toList();
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", INVALID_INPUT,
                errors.size() + " field(s) are missing or invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(BodyTooLargeException.problem(tooLarge.get().limit()));
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Virheellinen pyyntö / Malformed request",
                "The request body is not valid JSON of the expected shape");
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            Object allowed = null;
            if (mismatch instanceof RefusedValueException refused) {
                allowed = refused.allowed();
            } else if (mismatch instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString).toList();
            } else if (mismatch.getTargetType() != null) {
                allowed = allowedFor(mismatch.getTargetType());
            }
            problem.setType(URI.create("urn:verme:problem:validation"));
            problem.setTitle(INVALID_INPUT);
            var message = mismatch instanceof RefusedValueException refused ? refused.getOriginalMessage()
                    : "has the wrong type or format";
            problem.setProperty("errors", List.of(fieldError(path(mismatch), message, allowed)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Class<?> type = e.getRequiredType();
        Object allowed = type != null && type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()
                : type == null ? "a value of the parameter's type"
                : type == String.class ? TextRules.ALLOWED_ONE_LINE : allowedFor(type);
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", INVALID_INPUT,
                "Parameter " + e.getPropertyName() + " has a value that is not allowed");
        problem.setProperty("errors", List.of(fieldError(e.getPropertyName(), "is not allowed", allowed)));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Ei löydy / Not found",
                "No " + e.getAggregateIdentifier());
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class,
            DataIntegrityViolationException.class})
    ProblemDetail concurrentChange(Exception e) {
        LOG.info("Concurrent change refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "concurrent-change",
                "Samanaikainen muutos / Concurrent change",
                "Someone changed the same thing at the same moment; nothing was recorded. Reload and retry.");
    }

    /**
     * A concurrent change can surface wrapped, e.g. a lookup's unique key refusing a duplicate
     * while its event is appended; it is still a conflict, not a server error.
     */
    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warn("Database unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TYPE, DatabaseUnavailable.TITLE,
                            DatabaseUnavailable.DETAIL));
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof DataIntegrityViolationException) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange((Exception) cause));
            }
        }
        LOG.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Palvelinvirhe / Internal error", "Something went wrong on the server; nothing was recorded"));
    }

    /** What a value of this type is written as: strict, so that nothing is converted or cut (see StrictInput). */
    static String allowedFor(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number written as a JSON number: no quotes, no fraction";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false, without quotes";
        }
        if (type == java.time.LocalDate.class) {
            return StrictInput.DATE_ALLOWED;
        }
        if (type == String.class) {
            return "text in quotes";
        }
        return "a value of type " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
