package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.HttpProblem;
import fi.verme.app.platform.web.ProblemResponses;
import fi.verme.app.platform.web.ProblemTexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Requests Verme does not take, refused as problem+json before anyone is asked who they are:
 * a cross-origin preflight (the UI is served from the API's own origin, and no other site may call it
 * from a browser; Spring would answer a plain-text 403); a sign-in that another site's page sent, as the browser
 * says in {@code Sec-Fetch-Site} (such a page could otherwise sign the browser in to its own account, and what the
 * user then enters would be recorded there: no session exists yet for a CSRF token to protect); and a sign-in whose
 * user name or password is in the URL, where proxies and access logs keep it.
 */
class UnsupportedRequests extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final RequestMatcher login;

    UnsupportedRequests(ObjectMapper json, RequestMatcher login) {
        this.json = json;
        this.login = login;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CorsUtils.isPreFlightRequest(request)) {
            ProblemResponses.write(json, request, response, HttpProblem.CROSS_ORIGIN_REFUSED);
            return;
        }
        if (login.matches(request)) {
            if (fromAnotherSite(request)) {
                ProblemResponses.write(json, request, response, HttpProblem.CROSS_ORIGIN_REFUSED);
                return;
            }
            var query = ServletUriComponentsBuilder.fromRequest(request).build().getQueryParams();
            if (query.containsKey("username") || query.containsKey("password")) {
                ProblemResponses.write(json, request, response, HttpProblem.CREDENTIALS_IN_URL);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the browser does not say that Verme's own page (or the user, typing) sent the request: any
     * {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, such as {@code cross-site} or
     * {@code same-site} (a sibling domain is another site's page too). Browsers too old to say, and machine clients,
     * send no such header.
     */
    private static boolean fromAnotherSite(HttpServletRequest request) {
        var sites = request.getHeaders("Sec-Fetch-Site");
        while (sites.hasMoreElements()) {
            var site = sites.nextElement().strip();
            if (!site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
                return true;
            }
        }
        return false;
    }
}
