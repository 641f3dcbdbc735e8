package fi.verme.app.access;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identity providers a person can sign in through, for the UI's login page: each registration the
 * operator configured ({@code spring.security.oauth2.client.registration.<id>}), by its name
 * ({@code client-name}), with the address where its sign-in starts. Empty when none is configured.
 */
@RestController
class LoginProvidersController {

    private final IdentityProviders providers;

    LoginProvidersController(IdentityProviders providers) {
        this.providers = providers;
    }

    /** One way to sign in: open {@code signInPath} in the browser. */
    record LoginProvider(String registrationId, String name, String signInPath) {
    }

    @GetMapping("/api/login/providers")
    List<LoginProvider> providers() {
        return providers.signInRegistrations().stream()
                .map(registration -> new LoginProvider(registration.getRegistrationId(), registration.getClientName(),
                        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                                + registration.getRegistrationId()))
                .sorted(Comparator.comparing(LoginProvider::name)).toList();
    }
}
