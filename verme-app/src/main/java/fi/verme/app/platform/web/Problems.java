package fi.verme.app.platform.web;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fi.verme.shared.Refusal;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one mapping from errors to RFC 9457 problems for everything a controller throws. A module's broken
 * rule is a {@link Refusal}: it becomes a Spring {@link ErrorResponse} with its status and stable type, and
 * its title and detail come from the {@code MessageSource} in the reader's language ({@link ProblemTexts}).
 * Spring MVC's own errors (an unsupported method or media type, a missing parameter) get the type that
 * their status has among the {@link HttpProblem}s, and the same texts. Invalid input answers 400 with the
 * field and what is allowed; a concurrent change 409; an unreachable database 503; anything else 500.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /** The limit the multipart parser holds uploads to (spring.servlet.multipart.max-request-size). */
    private final long maxUploadBytes;
    private final ObjectMapper json;
    private final Validator validator;

    Problems(@Value("${verme.imports.max-body-bytes}") long maxUploadBytes, ObjectMapper json, Validator validator) {
        this.maxUploadBytes = maxUploadBytes;
        this.json = json;
        this.validator = validator;
        setMessageSource(ProblemTexts.messages());
    }

    @ExceptionHandler
    ResponseEntity<Object> refused(Refusal refusal) {
        var problem = ProblemTexts.problem(ProblemTexts.currentLocale(), refusal);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail problem(HttpProblem problem, Object... arguments) {
        return ProblemTexts.problem(ProblemTexts.currentLocale(), problem, arguments);
    }

    /** 400 for one field: the problem names it, and its error says what was wrong and what is allowed. */
    private static ResponseEntity<Object> refusedField(String field, String message, Object allowed) {
        return ResponseEntity.badRequest()
                .body(ProblemTexts.fieldProblem(ProblemTexts.currentLocale(), field, message, allowed));
    }

    /** Spring MVC's own errors: the type their status has, and the reader's words for it. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
            var known = ErrorProblems.forStatus(status.value(), null, ProblemTexts.currentLocale());
            problem.setType(known.getType());
            problem.setTitle(known.getTitle());
            problem.setDetail(known.getDetail());
        }
        // A body of a type the address does not take: the problem says which it takes (as the Accept header does).
        if (body instanceof ProblemDetail problem && status.value() == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()
                && !headers.getAccept().isEmpty()) {
            problem.setProperty("allowed", headers.getAccept().stream().map(Object::toString).toList());
        }
        // A method the address does not answer to: the problem says which it answers to (as the Allow header does).
        if (body instanceof ProblemDetail problem && status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()
                && !headers.getAllow().isEmpty()) {
            problem.setProperty("allowed", headers.getAllow().stream().map(HttpMethod::name).sorted().toList());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidFields(e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.entry(error.getField(), Objects.toString(error.getDefaultMessage(), ""))).toList());
    }

    /** 400 naming each field and what was wrong with it, the fields in order of their names. */
    private static ResponseEntity<Object> invalidFields(List<Map.Entry<String, String>> errors) {
        var fields = errors.stream().sorted(Map.Entry.comparingByKey()).toList();
        var problem = problem(HttpProblem.VALIDATION, fields.stream().map(Map.Entry::getKey).distinct()
                .collect(Collectors.joining(", ")));
        problem.setProperty("errors", fields.stream()
                .map(error -> ProblemTexts.fieldError(error.getKey(), error.getValue(), null)).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A request without the body its address needs: the fields that body must have are named, as they are for a body
     * that leaves them out (they are what an empty object {@code {}} would be refused for). Empty if the body's type
     * names none, or the request reached no handler.
     */
    private Optional<ResponseEntity<Object>> missingBody(WebRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof HandlerMethod handler)) {
            return Optional.empty();
        }
        var body = Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class)).findFirst();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            var violations = validator.validate(json.readValue("{}", body.get().getParameterType()));
            return violations.isEmpty() ? Optional.empty() : Optional.of(invalidFields(violations.stream()
                    .map(violation -> Map.entry(violation.getPropertyPath().toString(), violation.getMessage()))
                    .toList()));
        } catch (IOException | IllegalArgumentException notAnObject) {
            return Optional.empty();
        }
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(tooLarge.get().problem(ProblemTexts.currentLocale()));
        }
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
            var message = mismatch instanceof RefusedValueException refused ? refused.getOriginalMessage()
                    : "has the wrong type or format";
            return refusedField(path(mismatch), message, allowed);
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // The parser's own refusals, named by their field: a number too large for it (minutes of 99999999999),
            // or a text longer than any field takes (JsonLimits).
            if (mapping.getCause() instanceof InputCoercionException number) {
                return refusedField(path(mapping), "is out of range",
                        number.getTargetType() == null ? null : allowedFor(number.getTargetType()));
            }
            if (mapping.getCause() instanceof StreamConstraintsException limit
                    && limit.getOriginalMessage().startsWith("String value length")) {
                return refusedField(path(mapping), "is too long",
                        "text of at most " + JsonLimits.MAX_STRING_LENGTH + " characters");
            }
        }
        // No body at all (Spring reads an empty one as missing, and gives no cause).
        if (e.getCause() == null) {
            var named = missingBody(request);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpProblem.MALFORMED_REQUEST));
    }

    /** A required query parameter left out: named as a field is ({@code …/attendance} without {@code programme}). */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return refusedField(e.getParameterName(), "is required", null);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Class<?> type = e.getRequiredType();
        boolean parameter = e instanceof MethodArgumentTypeMismatchException;
        if (e instanceof MethodArgumentTypeMismatchException mismatch && type != null
                && Collection.class.isAssignableFrom(type)) {
            // A repeatable parameter (?status=A&status=B): what each of its values may be.
            type = ResolvableType.forMethodParameter(mismatch.getParameter()).asCollection().resolveGeneric(0);
        }
        Object allowed = type != null && type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()
                : type == null ? "a value of the parameter's type"
                : type == String.class ? TextRules.ALLOWED_ONE_LINE
                : parameter && (type == Integer.class || type == int.class || type == Long.class || type == long.class)
                ? "a whole number" : allowedFor(type);
        return refusedField(e.getPropertyName(), "is not allowed", allowed);
    }

    /** An upload over its limit, found out by Spring's multipart parser: 413 with the limit, as any other body's. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A chunked upload's exception knows no limit (-1): the configured one is the limit all the same.
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxUploadBytes;
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(BodyTooLargeException.problem(ProblemTexts.currentLocale(), limit));
    }

    /**
     * A body sent as multipart/form-data that cannot be parsed as such: the client's mistake, 400, logged in one
     * line (a stack trace per request would let anyone flood the log).
     */
    @ExceptionHandler
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        LOG.info("Unreadable multipart body refused: {}", e.getMessage());
        return refusedField("file", "is not a readable multipart/form-data body",
                "multipart/form-data with the file as its part named file");
    }

    @ExceptionHandler
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpProblem.NOT_FOUND);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class,
            DataIntegrityViolationException.class})
    ResponseEntity<Object> concurrentChange(Exception e) {
        LOG.info("Concurrent change refused: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpProblem.CONCURRENT_CHANGE));
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
                    .body(problem(HttpProblem.DATABASE_UNAVAILABLE));
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refused(refusal);
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof DataIntegrityViolationException) {
                return concurrentChange((Exception) cause);
            }
        }
        LOG.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(HttpProblem.INTERNAL_ERROR));
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
        if (type == java.time.LocalTime.class) {
            return "a time of day written HH:MM, such as 09:30";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number with a point before its decimals, such as 12.30";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number written as a JSON number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list in square brackets, such as [\"A\", \"B\"]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object in braces, such as {\"name\": \"value\"}";
        }
        return "a value of type " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
