package fi.verme.app.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/** The logged-in user of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    private static final String ACCOUNT_ATTRIBUTE = CurrentUser.class.getName() + ".account";

    /**
     * The logged-in user's account, read from the database once per request however many ask; signed in
     * through an identity provider, with the grants that provider carries ({@link UserAccounts#throughProvider}).
     */
    @SuppressWarnings("unchecked")
    public static Optional<UserAccount> account(HttpServletRequest request, UserAccounts users) {
        var known = (Optional<UserAccount>) request.getAttribute(ACCOUNT_ATTRIBUTE);
        if (known == null) {
            known = userId().flatMap(users::find).map(account -> SecurityContextHolder.getContext()
                    .getAuthentication() instanceof OAuth2AuthenticationToken provided
                    ? users.throughProvider(account, provided.getAuthorizedClientRegistrationId()) : account);
            request.setAttribute(ACCOUNT_ATTRIBUTE, known);
        }
        return known;
    }

    public static Optional<String> userId() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
