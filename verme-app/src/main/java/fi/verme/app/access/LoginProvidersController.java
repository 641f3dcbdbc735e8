package fi.verme.app.access;

import fi.verme.app.platform.storage.DatabaseMode;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
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

    /** The demo's accounts, as the demo makes them (the login page names them where there is a demo). */
    static final List<String> DEMO_ACCOUNTS = List.of("koordinaattori", "mentori", "osallistuja", "talous",
            "tarkastaja", "admin");

    private final IdentityProviders providers;
    private final boolean demo;

    LoginProvidersController(IdentityProviders providers, DatabaseMode mode,
                             @Value("${verme.demo.enabled:#{null}}") Boolean demo) {
        this.providers = providers;
        this.demo = mode.hasDemo(demo);
    }

    /** The demo's account names where the installation has the demo; none where it has not (production). */
    @GetMapping("/api/login/demo-accounts")
    List<String> demoAccounts() {
        return demo ? DEMO_ACCOUNTS : List.of();
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
