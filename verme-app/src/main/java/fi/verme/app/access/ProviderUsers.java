package fi.verme.app.access;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person who logs in through the organiser's identity provider is a Verme user only if an admin
 * has registered them, by the provider's subject or (for an organiser that names this provider) their e-mail
 * address ({@link UserAccounts#findByProvider}); their roles come from
 * Verme's grants, not from the provider: those for the organisers that use this provider or name none
 * ({@link UserAccounts#throughProvider}). Someone whose grants are all for organisers that use another
 * provider is refused as not registered here.
 */
class ProviderUsers extends OidcUserService {

    /** The error a sign-in is refused with when the provider vouched for someone Verme does not know. */
    static final String NOT_REGISTERED = "verme_not_registered";

    private final UserAccounts users;

    ProviderUsers(UserAccounts users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var provided = super.loadUser(request);
        var registrationId = request.getClientRegistration().getRegistrationId();
        var account = users.findByProvider(registrationId, provided.getSubject(), provided.getEmail(),
                        provided.getEmailVerified())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NOT_REGISTERED,
                        "subject " + provided.getSubject() + " of " + registrationId + " is not a registered Verme "
                                + "user (by oidcSubject, or by e-mail for an organiser that names this provider)",
                        null)));
        var carried = users.throughProvider(account, registrationId);
        if (carried.grants().isEmpty() && !account.grants().isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NOT_REGISTERED, "user " + account.userId()
                    + " has grants only for organisers whose people sign in through another identity provider than "
                    + registrationId, null));
        }
        return new ProviderUser(carried, provided);
    }

    /** Named by the Verme user id, so that events name the user the same way whatever the login. */
    static final class ProviderUser extends DefaultOidcUser {

        private final String userId;

        ProviderUser(UserAccount account, OidcUser provided) {
            super(UserAccounts.authorities(account), provided.getIdToken(), provided.getUserInfo());
            this.userId = account.userId();
        }

        @Override
        public String getName() {
            return userId;
        }
    }
}
