package fi.verme.app.platform.web;

import fi.verme.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Path variables and query parameters are one line of visible text, as body fields are, whatever type
 * they are bound to: a NUL reached PostgreSQL (and came back as a "concurrent change"), and Spring's enum
 * conversion trims, so {@code STARTED%00} passed as {@code STARTED}. Refused with the parameter named.
 */
@Configuration(proxyBeanMethods = false)
class VisibleParameters implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null) {
            variables.forEach(VisibleParameters::check);
        }
        request.getParameterMap().forEach((name, values) -> {
            check("parameter name", name);
            for (var value : values) {
                check(name, value);
            }
        });
        return true;
    }

    private static void check(String name, String value) {
        if (value != null && TextRules.firstHidden(value, false) >= 0) {
            throw new InvalidInputException(name, TextRules.ALLOWED_ONE_LINE);
        }
    }
}
