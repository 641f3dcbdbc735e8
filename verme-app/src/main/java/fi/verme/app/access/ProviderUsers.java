package fi.verme.app.access;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person who logs in through the organiser's identity provider is a Verme user only if an admin
 * has registered them, by the provider's subject or their e-mail address; their roles come from
 * Verme's grants, not from the provider.
 */
class ProviderUsers extends OidcUserService {

    private final UserAccounts users;

    ProviderUsers(UserAccounts users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var provided = super.loadUser(request);
        var account = users.findByProvider(provided.getSubject(), provided.getEmail())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "You are not a registered Verme user; ask your organiser's Verme admin", null)));
        return new ProviderUser(account, provided);
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
