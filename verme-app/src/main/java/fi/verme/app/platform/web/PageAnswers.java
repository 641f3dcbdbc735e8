package fi.verme.app.platform.web;

import fi.verme.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A {@link Page} a controller answers goes out as a plain JSON array of its rows, as the list went before it
 * was paged, with the whole list's size in {@code X-Total-Count} and, for a page, the first, previous, next
 * and last pages in a {@code Link} header (RFC 8288), relative to the API, with every other parameter kept.
 */
@RestControllerAdvice
class PageAnswers implements ResponseBodyAdvice<Object> {

    static final String TOTAL_COUNT = "X-Total-Count";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return Page.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof Page<?> page)) {
            return body;
        }
        var headers = response.getHeaders();
        headers.set(TOTAL_COUNT, String.valueOf(page.total()));
        var listing = page.listing();
        if (listing.paged() && request instanceof ServletServerHttpRequest servlet) {
            var links = new ArrayList<String>();
            links.add(link(servlet.getServletRequest(), 1, listing.size(), "first"));
            if (listing.page() > 1) {
                links.add(link(servlet.getServletRequest(), Math.min(listing.page() - 1, page.lastPage()),
                        listing.size(), "prev"));
            }
            if (listing.page() < page.lastPage()) {
                links.add(link(servlet.getServletRequest(), listing.page() + 1, listing.size(), "next"));
            }
            links.add(link(servlet.getServletRequest(), page.lastPage(), listing.size(), "last"));
            headers.set("Link", String.join(", ", links));
        }
        return page.items();
    }

    /**
     * The same request with another page: its path as the firewall normalised it (servlet path and path info,
     * not the raw URI, which another spelling of the same path would echo) and its parameters as Tomcat decoded
     * them, encoded afresh.
     */
    private static String link(HttpServletRequest request, long page, int size, String relation) {
        var pathInfo = request.getPathInfo();
        var uri = UriComponentsBuilder.fromPath(request.getContextPath() + request.getServletPath()
                + (pathInfo == null ? "" : pathInfo));
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("size")) {
                uri.queryParam(name, (Object[]) values);
            }
        });
        uri.queryParam("page", page).queryParam("size", size);
        return "<" + uri.encode().build().toUriString() + ">; rel=\"" + relation + "\"";
    }
}
