package fi.verme.app.access;

import java.util.List;

/** A user as the admin API shows it: never the password. */
public record UserAccount(String userId, String displayName, String email, String oidcSubject, String personId,
                          boolean enabled, List<Grant> grants) {

    UserAccount withGrants(List<Grant> held) {
        return new UserAccount(userId, displayName, email, oidcSubject, personId, enabled, List.copyOf(held));
    }

    /**
     * The organiser whose admins manage this account: the one organiser all its grants are for. An account
     * with a grant for all organisers ({@code *}), with grants for several, or with none (a new installation
     * admin's, an erased person's) is managed by the installation's admins alone: {@code *}.
     */
    String managedBy() {
        var organisers = grants.stream().map(Grant::organiser).distinct().toList();
        return organisers.size() == 1 ? organisers.get(0) : Grant.ALL_ORGANISERS;
    }
}
