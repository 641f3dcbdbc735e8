package fi.verme.app.access;

import java.util.List;

/** A user as the admin API shows it: never the password. */
public record UserAccount(String userId, String displayName, String email, String oidcSubject, String personId,
                          boolean enabled, List<Grant> grants) {
}
