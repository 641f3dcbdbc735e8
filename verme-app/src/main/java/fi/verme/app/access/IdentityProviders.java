package fi.verme.app.access;

import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The identity providers the operator configured ({@code spring.security.oauth2.client.registration.<id>})
 * that a person signs in through in the browser (authorization code flow): none when none is configured.
 */
@Component
public class IdentityProviders {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    IdentityProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    List<ClientRegistration> signInRegistrations() {
        if (!(registrations.getIfAvailable() instanceof Iterable<?> configured)) {
            return List.of();
        }
        return StreamSupport.stream(configured.spliterator(), false).map(ClientRegistration.class::cast)
                .filter(registration -> AuthorizationGrantType.AUTHORIZATION_CODE
                        .equals(registration.getAuthorizationGrantType()))
                .toList();
    }

    /** The registration ids, sorted: what an organiser's {@code identityProvider} may name. */
    public List<String> registrationIds() {
        return signInRegistrations().stream().map(ClientRegistration::getRegistrationId).sorted().toList();
    }
}
