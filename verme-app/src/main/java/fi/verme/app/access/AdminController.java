package fi.verme.app.access;

import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.FindEnrolmentOrganisers;
import fi.verme.groups.api.FindMentorOfPerson;
import fi.verme.groups.api.MentorView;
import fi.verme.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users and their role grants, managed by admins: the installation's admins ({@code ADMIN} for {@code *})
 * manage every account; an admin of one organiser manages the accounts whose every grant is for that
 * organiser, and grants roles for it alone (AccessPolicy decides which accounts; the grants in the body are
 * held to the organiser it decided on).
 */
@RestController
@RequestMapping("/api/admin/users")
class AdminController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);
    static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern ORGANISER = Pattern.compile("\\*|[a-z0-9][a-z0-9-]{1,39}");
    static final int MIN_PASSWORD = 12;

    private final UserAccounts users;
    private final UserSessions sessions;
    private final QueryGateway queries;

    AdminController(UserAccounts users, UserSessions sessions, QueryGateway queries) {
        this.sessions = sessions;
        this.users = users;
        this.queries = queries;
    }

    /** {@code password}: for a local account or machine client (at least 12 characters); leave out to keep it. */
    record UserRequest(
            @NotBlank @Size(max = 200) String displayName,
            @Email(regexp = ContactDetails.EMAIL_PATTERN, message = ContactDetails.EMAIL_ALLOWED) @Size(max = 320)
            String email,
            @Size(max = 200) String password,
            @Size(max = 255) String oidcSubject,
            @Size(max = 64) String personId,
            Boolean enabled,
            @NotNull List<@Valid @NotNull GrantRequest> grants) {
    }

    record GrantRequest(@NotNull AccessRole role, @NotBlank String organiser) {
    }

    /** {@code organiser}: only the accounts its admins manage (required of an admin of one organiser). */
    @GetMapping
    List<UserAccount> list(@RequestParam(required = false) String organiser) {
        return organiser == null ? users.list() : users.managedBy(organiser);
    }

    @GetMapping("/{userId}")
    UserAccount get(@PathVariable String userId) {
        return users.find(userId).orElseThrow(() -> new InvalidInputException("userId", "the id of an existing user"));
    }

    /**
     * Creates or changes a user. An admin may not set or change the person id of their own account (it
     * would make them a group's member or mentor, a reader of its minutes), an admin of one organiser binds accounts
     * to its own people only, and no change may leave the service without an enabled admin of all organisers. A new
     * password ends the user's sessions.
     * An admin of one organiser names it in {@code organiser} to create an account, grants roles for it
     * alone, and closes an account by disabling it (an account without grants is the installation's).
     */
    @PutMapping("/{userId}")
    UserAccount save(@PathVariable String userId, @RequestParam(required = false) String organiser,
                     @Valid @RequestBody UserRequest body, HttpServletRequest request) {
        if (!USER_ID.matcher(userId).matches()) {
            throw new InvalidInputException("userId", "2-64 lowercase letters, digits, '.', '_' or '-'");
        }
        if (body.password() != null && body.password().length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", "at least " + MIN_PASSWORD + " characters");
        }
        for (int i = 0; i < body.grants().size(); i++) {
            if (!ORGANISER.matcher(body.grants().get(i).organiser()).matches()) {
                throw new InvalidInputException("grants[" + i + "].organiser", "an organiser slug, or * for all");
            }
        }
        var adminOf = (String) request.getAttribute(AccessPolicy.ADMIN_OF_ATTRIBUTE);
        if (adminOf != null) {
            if (body.grants().isEmpty()) {
                throw new InvalidInputException("grants", "at least one grant for " + adminOf
                        + "; to close the account, set enabled to false");
            }
            if (body.grants().stream().anyMatch(grant -> !grant.organiser().equals(adminOf))) {
                throw new GrantOutsideOrganiserException(adminOf);
            }
        }
        var personId = body.personId() == null || body.personId().isBlank() ? null : body.personId().strip();
        var bindsAnew = !Objects.equals(personId, users.find(userId).map(UserAccount::personId).orElse(null));
        if (bindsAnew && CurrentUser.userId().filter(userId::equals).isPresent()) {
            throw new OwnPersonIdException();
        }
        if (bindsAnew && personId != null && adminOf != null && !knownTo(personId, adminOf)) {
            throw new PersonOutsideOrganiserException(adminOf);
        }
        users.saveWithGrants(userId, body.password(), body.displayName().strip(), body.email(), body.oidcSubject(),
                personId, body.enabled() == null || body.enabled(),
                body.grants().stream().map(g -> new Grant(g.role(), g.organiser())).toList(), adminOf);
        if (body.password() != null) {
            sessions.endAll(userId);
        }
        LOG.info("User {} saved by {} (admin of {}) with grants {}", userId, CurrentUser.userId().orElse("?"),
                adminOf == null ? Grant.ALL_ORGANISERS : adminOf, body.grants());
        return get(userId);
    }

    /**
     * Whether the organiser knows the person: they enrolled with it (every member of its groups did), or are its mentor
     * (or one registered before mentors had an organiser, shared by all), or lead one of its groups.
     */
    private boolean knownTo(String personId, String organiser) {
        var enrolled = queries.query(new FindEnrolmentOrganisers(personId),
                ResponseTypes.multipleInstancesOf(String.class));
        var mentor = queries.query(new FindMentorOfPerson(personId),
                ResponseTypes.optionalInstanceOf(MentorView.class));
        return enrolled.join().contains(organiser) || mentor.join().filter(m -> m.organiser() == null
                || m.organiser().equals(organiser)
                || m.groups().stream().anyMatch(led -> led.programmeYear().organiser().equals(organiser))).isPresent();
    }
}
