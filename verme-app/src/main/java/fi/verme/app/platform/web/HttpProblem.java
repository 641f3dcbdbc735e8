package fi.verme.app.platform.web;

import org.springframework.http.HttpStatus;

/**
 * The refusals that belong to no module's rules: what HTTP itself, the security chain and the platform
 * answer. Each has a stable type (clients switch on {@code urn:verme:problem:<type>}) and its status; its
 * title and detail are texts in {@code messages_{fi,sv,en}.properties}, like every module's refusals.
 */
public enum HttpProblem {
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    REQUEST_REJECTED("request-rejected", HttpStatus.BAD_REQUEST),
    CREDENTIALS_IN_URL("credentials-in-url", HttpStatus.BAD_REQUEST),
    CONFLICTING_SCOPE("conflicting-scope", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    LOGIN_FAILED("login-failed", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    CROSS_ORIGIN_REFUSED("cross-origin-refused", HttpStatus.FORBIDDEN),
    /** A write riding on a session without the session's CSRF token (or with one the session no longer has). */
    CSRF_TOKEN_INVALID("csrf-token-invalid", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    /** The public form posted to one call more often than it takes from all addresses together. */
    CALL_RATE_LIMITED("call-rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    /** The public form posted with one e-mail address more often than one person would. */
    EMAIL_RATE_LIMITED("email-rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    /** New addresses asked for through one personal link more often than one person would. */
    EMAIL_CHANGE_RATE_LIMITED("email-change-rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    TOO_MANY_LOGIN_ATTEMPTS("too-many-login-attempts", HttpStatus.TOO_MANY_REQUESTS),
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
    /**
     * Any other 4xx status that HTTP itself answers (e.g. 411, 414), and Tomcat's 501 for a request in a
     * transfer coding it does not read: the status is the first argument.
     */
    REQUEST_REFUSED("request-refused", HttpStatus.BAD_REQUEST),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private final String type;
    private final HttpStatus status;

    HttpProblem(String type, HttpStatus status) {
        this.type = type;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem a bare status is answered with, where nothing more is known than the status. */
    public static HttpProblem forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONCURRENT_CHANGE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 501 -> REQUEST_REFUSED;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? REQUEST_REFUSED : INTERNAL_ERROR;
        };
    }
}
