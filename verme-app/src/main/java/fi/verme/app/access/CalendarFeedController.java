package fi.verme.app.access;

import fi.verme.groups.api.FindPersonGroups;
import fi.verme.groups.api.PersonGroupView;
import fi.verme.meetings.api.CalendarFeedView;
import fi.verme.meetings.api.FindCalendarFeed;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's calendar feed: the meetings of all their groups, joint meetings included, at a secret address a
 * calendar application subscribes to. The person sees whether they have one and renews it (the old address then
 * finds nothing) on their own page, signed in or through their personal link; the address is told only when it
 * is made. The feed itself answers anyone who has the address, and nothing else to anyone. Made signed in, it holds
 * the groups that account reaches when it is read (and nothing once the account is closed); made through the
 * personal link, every group of the person.
 */
@RestController
class CalendarFeedController {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedSecrets secrets;
    private final PersonalLinks personalLinks;
    private final UserAccounts users;
    private final QueryGateway queries;
    private final AccessPolicy policy;
    private final String publicUrl;

    CalendarFeedController(CalendarFeedSecrets secrets, PersonalLinks personalLinks, UserAccounts users,
                           QueryGateway queries, AccessPolicy policy, @Value("${verme.public-url}") String publicUrl) {
        this.secrets = secrets;
        this.policy = policy;
        this.personalLinks = personalLinks;
        this.users = users;
        this.queries = queries;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether the person has a feed, and since when; its address was told when it was made. */
    record FeedState(boolean active, Instant createdAt) {
    }

    /** A new feed's address: the only time it is told, since only its hash is kept. */
    record FeedAddress(String url, Instant createdAt) {
    }

    @GetMapping("/api/me/calendar-feed")
    FeedState mine(HttpServletRequest request) {
        return state(personOf(CurrentUser.account(request, users).orElseThrow()));
    }

    @PostMapping("/api/me/calendar-feed")
    FeedAddress renewMine(HttpServletRequest request) {
        var account = CurrentUser.account(request, users).orElseThrow();
        return renew(personOf(account), account.userId());
    }

    @GetMapping("/api/enrolment-links/{token}/calendar-feed")
    FeedState throughLink(@PathVariable String token) {
        return state(linkedPerson(token));
    }

    @PostMapping("/api/enrolment-links/{token}/calendar-feed")
    FeedAddress renewThroughLink(@PathVariable String token) {
        return renew(linkedPerson(token), null);
    }

    @GetMapping("/api/calendar-feeds/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        var found = secrets.find(secret).orElseThrow(CalendarFeedNotFoundException::new);
        // Made signed in, the feed holds what that account reaches now, as its own page does; closed, nothing.
        var account = found.madeBy() == null ? Optional.<UserAccount>empty() : Optional.of(users.find(found.madeBy())
                .filter(UserAccount::enabled).filter(user -> found.personId().equals(user.personId()))
                .orElseThrow(CalendarFeedNotFoundException::new));
        var groupIds = queries.query(new FindPersonGroups(found.personId()),
                ResponseTypes.multipleInstancesOf(PersonGroupView.class)).join().stream()
                .filter(group -> account.map(user -> policy.reaches(user, group)).orElse(true))
                .map(PersonGroupView::groupId).toList();
        var feed = queries.query(new FindCalendarFeed("Verme", groupIds), CalendarFeedView.class).join();
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noCache().cachePrivate())
                .body(feed.icalendar());
    }

    private FeedState state(String personId) {
        var created = secrets.createdAt(personId);
        return new FeedState(created.isPresent(), created.orElse(null));
    }

    private FeedAddress renew(String personId, String madeBy) {
        var issued = secrets.renew(personId, madeBy);
        return new FeedAddress(publicUrl + "/api/calendar-feeds/" + issued.secret() + ".ics", issued.createdAt());
    }

    /** The signed-in account's person; an account that is nobody's has no feed. */
    private static String personOf(UserAccount account) {
        var personId = account.personId();
        if (personId == null) {
            throw new AccountWithoutPersonException();
        }
        return personId;
    }

    /** The person of a genuine personal enrolment link, still in the register (an erased one makes no feed). */
    private String linkedPerson(String token) {
        return personalLinks.enrolmentOf(token).personId();
    }
}
