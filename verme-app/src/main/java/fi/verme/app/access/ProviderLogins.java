package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.LogSafe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Signing in through an organiser's identity provider (OpenID Connect), as Spring Security does it, with
 * what Verme adds: every authorization request carries a PKCE challenge (S256), also from a confidential
 * client; a refused sign-in lands on a page of the UI that says why in the reader's language (not
 * registered in Verme, or the provider's answer was not accepted) and is logged for the operator; and
 * signing out of a provider's session also ends the session at the provider (RP-initiated logout).
 *
 * <p>The UI signs out with {@code POST /api/logout} from script, which cannot follow a redirect to
 * another site: for a provider's session the answer is {@code 200 {"providerLogout": "<url>"}}, the
 * provider's end-session address (with the ID token as hint and Verme's root as the post-logout
 * redirect), and the UI sends the browser there. A local session gets {@code 204} as before.
 */
final class ProviderLogins {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderLogins.class);

    /** Where the provider may send the browser after its logout: register it at the provider. */
    static final String POST_LOGOUT_REDIRECT = "{baseUrl}/";
    /** The UI's pages for a refused sign-in ({@code #/login/not-registered}, {@code #/login/failed}). */
    static final String NOT_REGISTERED_PAGE = "/#/login/not-registered";
    static final String FAILED_PAGE = "/#/login/failed";

    private final ClientRegistrationRepository registrations;
    private final UserAccounts users;
    private final ObjectMapper json;

    ProviderLogins(ClientRegistrationRepository registrations, UserAccounts users, ObjectMapper json) {
        this.registrations = registrations;
        this.users = users;
        this.json = json;
    }

    Customizer<OAuth2LoginConfigurer<HttpSecurity>> login() {
        var requests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(info -> info.oidcUserService(new ProviderUsers(users)))
                .failureHandler(refused());
    }

    private static AuthenticationFailureHandler refused() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            boolean notRegistered = exception instanceof OAuth2AuthenticationException refusal
                    && ProviderUsers.NOT_REGISTERED.equals(refusal.getError().getErrorCode());
            LOG.warn("Sign-in through an identity provider refused at {}: {}", LogSafe.path(request),
                    exception.getMessage());
            response.sendRedirect(request.getContextPath() + (notRegistered ? NOT_REGISTERED_PAGE : FAILED_PAGE));
        };
    }

    /**
     * After Verme's session has ended: for a session from a provider that offers an end-session
     * endpoint, the address that ends the provider's session too; otherwise what {@code local} answers.
     */
    LogoutSuccessHandler logout(LogoutSuccessHandler local) {
        var provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri(POST_LOGOUT_REDIRECT);
        provider.setRedirectStrategy(this::answerWithAddress);
        return (request, response, authentication) -> {
            if (authentication instanceof OAuth2AuthenticationToken token && endsSessions(token)) {
                provider.onLogoutSuccess(request, response, authentication);
            } else {
                local.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    private boolean endsSessions(OAuth2AuthenticationToken token) {
        var registration = registrations.findByRegistrationId(token.getAuthorizedClientRegistrationId());
        return registration != null && registration.getProviderDetails().getConfigurationMetadata()
                .get("end_session_endpoint") != null;
    }

    private void answerWithAddress(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("providerLogout", url));
    }
}
