package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The answer to a new enrolment also carries the person's own signed link (the same one the
 * confirmation e-mail brings), so the public form's confirmation can offer it at once:
 * {@code personalLink} is the UI's page for the enrolment, {@code token} its key in the API.
 */
@ControllerAdvice
class PersonalLinkOnEnrolment implements ResponseBodyAdvice<Object> {

    private static final String SUBMIT = "/api/programmes/[^/]+/[^/]+/enrolments";

    private final EnrolmentLinks links;
    private final ObjectMapper json;

    PersonalLinkOnEnrolment(EnrolmentLinks links, ObjectMapper json) {
        this.links = links;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.getMethod() != null && returnType.getMethod().getName().equals("submit")
                && returnType.getDeclaringClass().getPackageName().startsWith("fi.verme.enrolment");
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body == null || !request.getURI().getPath().matches(SUBMIT)
                || !(response instanceof ServletServerHttpResponse servlet) || servlet.getServletResponse().getStatus() != 201) {
            return body;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> created = new LinkedHashMap<>(json.convertValue(body, Map.class));
        var enrolmentId = (String) created.get("enrolmentId");
        if (enrolmentId == null) {
            return body;
        }
        var link = links.issue(enrolmentId);
        created.put("token", link.token());
        created.put("personalLink", "/#/oma/" + link.token());
        created.put("linkExpiresAt", link.expiresAt());
        return created;
    }
}
