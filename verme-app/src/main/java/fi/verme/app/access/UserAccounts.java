package fi.verme.app.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The users and their grants, in the application's own tables; passwords as BCrypt hashes. */
@Component
public class UserAccounts implements UserDetailsService {

    /** What an erased person's account is called from then on. */
    public static final String ERASED = "(poistettu / erased)";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final OrganiserIdentityProviders organisers;

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, OrganiserIdentityProviders organisers) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organisers = organisers;
    }

    @Override
    public UserDetails loadUserByUsername(String userId) {
        var account = find(userId).filter(UserAccount::enabled)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var hash = jdbc.queryForObject("select password_hash from app.app_user where user_id = ?", String.class, userId);
        if (hash == null) {
            throw new UsernameNotFoundException("This user logs in through the identity provider");
        }
        return User.withUsername(userId).password(hash).authorities(authorities(account)).build();
    }

    static List<SimpleGrantedAuthority> authorities(UserAccount account) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        var roles = new HashSet<AccessRole>();
        for (var grant : account.grants()) {
            authorities.add(new SimpleGrantedAuthority(grant.authority()));
            roles.add(grant.role());
        }
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return authorities;
    }

    public Optional<UserAccount> find(String userId) {
        return jdbc.query("select * from app.app_user where user_id = ?", (rs, row) -> new UserAccount(
                rs.getString("user_id"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("oidc_subject"), rs.getString("person_id"), rs.getBoolean("enabled"),
                grants(rs.getString("user_id"))), userId).stream().findFirst();
    }

    /**
     * The account as a sign-in through the identity provider {@code registrationId} carries it: its grants
     * for all organisers, and for each organiser that names this provider or none. A provider vouches for
     * the people of the organisers that use it, not for another organiser's (whose people sign in through
     * their own provider, or with a password).
     */
    UserAccount throughProvider(UserAccount account, String registrationId) {
        var providers = providersOf(account);
        return account.withGrants(account.grants().stream().filter(grant -> Grant.ALL_ORGANISERS
                .equals(grant.organiser()) || registrationId.equals(providers.getOrDefault(grant.organiser(),
                registrationId))).toList());
    }

    /** The identity providers the organisers of the account's grants name. */
    private Map<String, String> providersOf(UserAccount account) {
        return organisers.identityProvidersOf(account.grants().stream().map(Grant::organiser).toList());
    }

    /**
     * The account a sign-in through the identity provider {@code registrationId} is: the one registered with the
     * ID token's subject; else the one registered with its e-mail address (without regard to case), but only an
     * account whose every grant is for organisers that name this provider. An e-mail claim is what a provider's
     * own administrators write, often unverified: it vouches for the people of the organisers that chose that
     * provider, never for an installation admin ({@code *}) or another organiser's people, who are registered by
     * their subject. A token that says the address is not verified is not matched by it at all.
     */
    Optional<UserAccount> findByProvider(String registrationId, String subject, String email, Boolean emailVerified) {
        var bySubject = jdbc.queryForList("select user_id from app.app_user where enabled and oidc_subject = ?",
                String.class, subject).stream().findFirst().flatMap(this::find);
        if (bySubject.isPresent() || email == null || Boolean.FALSE.equals(emailVerified)) {
            return bySubject;
        }
        return jdbc.queryForList("select user_id from app.app_user where enabled and lower(email) = ? order by user_id",
                        String.class, email.toLowerCase(Locale.ROOT)).stream().map(this::find).flatMap(Optional::stream)
                .filter(account -> {
                    // ("*" is no organiser's: an installation admin never matches here.)
                    var providers = providersOf(account);
                    return !account.grants().isEmpty() && account.grants().stream()
                            .allMatch(grant -> registrationId.equals(providers.get(grant.organiser())));
                })
                .findFirst();
    }

    public List<UserAccount> list() {
        return jdbc.queryForList("select user_id from app.app_user order by user_id", String.class).stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * The names of the organiser's coordinators, by name: the enabled accounts granted COORDINATOR for this
     * organiser itself (not for all organisers, which is an installation's role, not the programme's).
     */
    public List<String> coordinatorNames(String organiser) {
        return jdbc.queryForList("""
                select distinct u.display_name from app.app_user u join app.role_grant g on g.user_id = u.user_id
                where u.enabled and g.role = 'COORDINATOR' and g.organiser = ? order by u.display_name""",
                String.class, organiser);
    }

    /** The accounts that the admins of this organiser manage (see {@link UserAccount#managedBy()}). */
    List<UserAccount> managedBy(String organiser) {
        return jdbc.queryForList("""
                select user_id from app.role_grant group by user_id
                having count(distinct organiser) = 1 and min(organiser) = ? order by user_id""", String.class,
                organiser).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Creates or updates a user; a null password leaves the stored one (or none, for provider login). */
    @Transactional
    public void save(String userId, String password, String displayName, String email, String oidcSubject,
                     String personId, boolean enabled) {
        jdbc.update("""
                insert into app.app_user (user_id, password_hash, display_name, email, oidc_subject, person_id, enabled)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set password_hash = coalesce(excluded.password_hash,
                    app.app_user.password_hash), display_name = excluded.display_name, email = excluded.email,
                    oidc_subject = excluded.oidc_subject, person_id = excluded.person_id, enabled = excluded.enabled""",
                userId, password == null ? null : passwords.encode(password), displayName, email, oidcSubject,
                personId, enabled);
    }

    @Transactional
    public void setGrants(String userId, List<Grant> grants) {
        jdbc.update("delete from app.role_grant where user_id = ?", userId);
        for (var grant : grants) {
            jdbc.update("insert into app.role_grant (user_id, role, organiser) values (?, ?, ?) on conflict do nothing",
                    userId, grant.role().name(), grant.organiser());
        }
    }

    /**
     * Saves a user and their grants in one transaction, refused if afterwards no enabled account holds
     * ADMIN for all organisers. The table lock makes concurrent edits take turns, so two admins
     * removing each other at the same moment cannot both succeed. An admin of one organiser
     * ({@code adminOf}; null for the installation's) changes only an account that organiser manages, or
     * creates one: checked again under the lock, so that a grant given meanwhile elsewhere is not overwritten.
     */
    @Transactional
    public void saveWithGrants(String userId, String password, String displayName, String email, String oidcSubject,
                               String personId, boolean enabled, List<Grant> grants, String adminOf) {
        jdbc.execute("lock table app.role_grant in share row exclusive mode");
        if (adminOf != null) {
            var managedBy = find(userId).map(UserAccount::managedBy).orElse(adminOf);
            if (!managedBy.equals(adminOf)) {
                throw new GrantOutsideOrganiserException(adminOf);
            }
        }
        save(userId, password, displayName, email, oidcSubject, personId, enabled);
        setGrants(userId, grants);
        if (enabledAdmins() == 0) {
            throw new LastAdminException(userId);
        }
    }

    /**
     * Closes the accounts that are this person (by person id or by address), for their erasure: they can no
     * longer sign in and name nobody; the id stays, because events' metadata name who acted by it; the
     * grants go. Refused if it would leave no enabled admin of all organisers.
     */
    public void closeAccountsOf(String personId, String email) {
        jdbc.execute("lock table app.role_grant in share row exclusive mode");
        jdbc.update("""
                delete from app.role_grant where user_id in (select user_id from app.app_user
                    where person_id = ? or lower(email) = lower(?))""", personId, email);
        jdbc.update("""
                update app.app_user set display_name = ?, email = null, oidc_subject = null, password_hash = null,
                    person_id = null, enabled = false
                where person_id = ? or lower(email) = lower(?)""", ERASED, personId, email);
        if (enabledAdmins() == 0) {
            throw new LastAdminException("of person " + personId);
        }
    }

    /**
     * The person's accounts known by their old address are known by the new one (an identity provider's first sign-in
     * finds an account by it): the old address, should it become someone else's, signs in as nobody. An account of
     * theirs with another address (a work address an admin set) keeps it.
     */
    public void followEmail(String personId, String oldEmail, String newEmail) {
        jdbc.update("update app.app_user set email = ? where person_id = ? and lower(email) = lower(?)", newEmail,
                personId, oldEmail);
    }

    /** How many enabled accounts hold ADMIN for all organisers ({@code *}): the installation's admins. */
    int enabledAdmins() {
        return jdbc.queryForObject("""
                select count(distinct u.user_id) from app.app_user u join app.role_grant g on g.user_id = u.user_id
                where u.enabled and g.role = 'ADMIN' and g.organiser = ?""", Integer.class, Grant.ALL_ORGANISERS);
    }

    private List<Grant> grants(String userId) {
        return jdbc.query("select role, organiser from app.role_grant where user_id = ? order by role, organiser",
                (rs, row) -> new Grant(AccessRole.valueOf(rs.getString(1)), rs.getString(2)), userId);
    }
}
