package fi.verme.app.platform.web;

import fi.verme.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Where every problem's words come from: {@code messages_{fi,sv,en}.properties} (the platform's) and
 * {@code messages/<module>_{fi,sv,en}.properties} (each module's own rules), through one {@link MessageSource},
 * in the reader's language: the best of Finnish, Swedish and English that {@code Accept-Language} asks for,
 * Finnish when it asks for none of them. A problem's title is {@code problemDetail.title.<type>} and its detail
 * {@code problemDetail.<type>}. The same source serves the MVC advice ({@link Problems}), the security
 * chain's filters, and Tomcat's error report, which runs before Spring does.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemTexts {

    public static final String TYPE_PREFIX = "urn:verme:problem:";
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);
    public static final List<String> BASENAMES = List.of("messages", "messages/enrolment", "messages/groups",
            "messages/meetings", "messages/compensation");

    private static final ResourceBundleMessageSource MESSAGES = messageSourceOf(BASENAMES);
    private static final AcceptHeaderLocaleResolver LOCALES = new AcceptHeaderLocaleResolver();
    private static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

    static {
        LOCALES.setSupportedLocales(LANGUAGES);
        LOCALES.setDefaultLocale(LANGUAGES.get(0));
    }

    /** The texts of these bundles, with no fallback to the machine's locale: a missing text is a missing text. */
    public static ResourceBundleMessageSource messageSourceOf(List<String> basenames) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /** The application's message source (Spring's MVC error handling resolves its codes here too). */
    @Bean
    MessageSource messageSource() {
        return MESSAGES;
    }

    /** The reader's language for everything Spring MVC renders, chosen as for the filters' problems. */
    @Bean
    LocaleResolver localeResolver() {
        return LOCALES;
    }

    public static MessageSource messages() {
        return MESSAGES;
    }

    /** The reader's language for a request no controller has seen yet (a filter's, Tomcat's). */
    public static Locale localeOf(HttpServletRequest request) {
        return LOCALES.resolveLocale(request);
    }

    /** The reader's language inside Spring MVC. */
    public static Locale currentLocale() {
        var locale = LocaleContextHolder.getLocale();
        return LANGUAGES.contains(Locale.forLanguageTag(locale.getLanguage())) ? locale : LANGUAGES.get(0);
    }

    /** A problem of the platform, in the reader's language. */
    public static ProblemDetail problem(Locale locale, HttpProblem problem, Object... arguments) {
        return problem(locale, problem.status(), problem.type(), arguments);
    }

    /**
     * 400 for one field, wherever it is answered (a handler's argument, or the access rules' scope parameter): the
     * problem names the field, and its one error says what was wrong and, if given, what is allowed.
     */
    public static ProblemDetail fieldProblem(Locale locale, String field, String message, Object allowed) {
        var problem = problem(locale, HttpProblem.VALIDATION, field);
        problem.setProperty("errors", List.of(fieldError(field, message, allowed)));
        return problem;
    }

    /** One entry of a validation problem's {@code errors}. */
    public static Map<String, Object> fieldError(String field, String message, Object allowed) {
        var error = new LinkedHashMap<String, Object>();
        error.put("field", field);
        error.put("message", message);
        if (allowed != null) {
            error.put("allowed", allowed);
        }
        return error;
    }

    /**
     * A module's refusal as a Spring {@link ErrorResponse}: its status from its kind, its stable type, and the
     * codes of its title and detail in the catalogue, with its arguments.
     */
    public static ErrorResponse errorResponse(Refusal refusal) {
        var rule = refusal.problemType();
        return ErrorResponse.builder(refusal, statusOf(rule.kind()), refusal.getMessage())
                .type(URI.create(TYPE_PREFIX + rule.value()))
                .titleMessageCode("problemDetail.title." + rule.value())
                .detailMessageCode("problemDetail." + rule.value())
                .detailMessageArguments(refusal.detailArguments().stream().map(ProblemTexts::written).toArray())
                .build();
    }

    /** RFC 9457's own members, which a refusal's data must not repeat. */
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    /** A module's refusal, in the reader's language, with the data it carries: wherever it is answered. */
    public static ProblemDetail problem(Locale locale, Refusal refusal) {
        var problem = errorResponse(refusal).updateAndGetBody(MESSAGES, locale);
        refusal.properties().forEach((name, value) -> {
            if (PROBLEM_MEMBERS.contains(name)) {
                // A second "status" in one JSON object is read as the last one by most parsers.
                throw new IllegalStateException(refusal.getClass().getSimpleName() + " carries '" + name
                        + "', a member of problem+json itself");
            }
            problem.setProperty(name, value);
        });
        return problem;
    }

    /**
     * A value as the reader's text writes it: dates, times and numbers the Finnish way whatever the language
     * (21.1.2027, 14.30, 1 234,5), as the UI writes them; a missing value as a dash.
     */
    static Object written(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof LocalDate date) {
            return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
        }
        if (value instanceof LocalTime time) {
            return time.getHour() + "." + String.format("%02d", time.getMinute());
        }
        if (value instanceof Instant instant) {
            var local = instant.atZone(FINNISH_TIME);
            return written(local.toLocalDate()) + " " + written(local.toLocalTime());
        }
        if (value instanceof Number number && !(value instanceof Integer || value instanceof Long)) {
            return NumberFormat.getNumberInstance(Locale.forLanguageTag("fi-FI")).format(number);
        }
        return value;
    }

    static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    private static ProblemDetail problem(Locale locale, HttpStatusCode status, String type, Object... arguments) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(MESSAGES.getMessage("problemDetail.title." + type, null, type, locale));
        problem.setDetail(MESSAGES.getMessage("problemDetail." + type, arguments, null, locale));
        return problem;
    }
}
