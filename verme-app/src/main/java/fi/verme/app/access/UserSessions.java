package fi.verme.app.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of each user (Spring Security's session registry), so that a new password ends
 * the sessions signed in with the old one: whoever knew the old password is out at their next request.
 */
@Component
class UserSessions {

    private final SessionRegistry registry = new SessionRegistryImpl();

    SessionRegistry registry() {
        return registry;
    }

    /** Ends every session of the user; their next request is answered 401. */
    void endAll(String userId) {
        for (var principal : registry.getAllPrincipals()) {
            if (userId.equals(name(principal))) {
                registry.getAllSessions(principal, false).forEach(session -> session.expireNow());
            }
        }
    }

    private static String name(Object principal) {
        if (principal instanceof UserDetails details) {
            return details.getUsername();
        }
        if (principal instanceof Authentication authentication) {
            return authentication.getName();
        }
        if (principal instanceof org.springframework.security.core.AuthenticatedPrincipal named) {
            return named.getName();
        }
        return String.valueOf(principal);
    }
}
