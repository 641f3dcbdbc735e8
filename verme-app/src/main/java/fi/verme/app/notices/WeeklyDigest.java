package fi.verme.app.notices;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccount;
import fi.verme.app.access.UserAccounts;
import fi.verme.app.organisers.Organiser;
import fi.verme.app.organisers.Organisers;
import fi.verme.app.platform.web.LogSafe;
import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.ClaimView;
import fi.verme.compensation.api.ListClaims;
import fi.verme.enrolment.api.EnrolmentPage;
import fi.verme.enrolment.api.ListEnrolments;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.GroupSummaryView;
import fi.verme.groups.api.ListGroups;
import fi.verme.meetings.api.ListMeetingsBetween;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingView;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The coordinators' weekly digest, for those who asked for it ({@code app.digest_subscription}): on Monday from
 * 07:00 Helsinki time ({@code verme.digest.day}, {@code verme.digest.send-from}), for each organiser they coordinate,
 * the school year now running: enrolments of the past seven days, groups below their minimum, meetings past their
 * day and not recorded, and claims waiting for a decision. Queued once a week for each coordinator, however many
 * nodes look; a week with nothing to tell sends nothing.
 */
@Component
class WeeklyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigest.class);
    /** The longest list of names a line of the digest shows before "and N more". */
    static final int NAMES_SHOWN = 5;

    private final Outbox outbox;
    private final Templates templates;
    private final Mailings mailings;
    private final UserAccounts users;
    private final Organisers organisers;
    private final QueryGateway queries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DayOfWeek day;
    private final LocalTime sendFrom;

    WeeklyDigest(Outbox outbox, Templates templates, Mailings mailings, UserAccounts users, Organisers organisers,
                 QueryGateway queries, JdbcTemplate jdbc, Clock clock,
                 @Value("${verme.digest.day:MONDAY}") DayOfWeek day,
                 @Value("${verme.digest.send-from:07:00}") LocalTime sendFrom) {
        this.outbox = outbox;
        this.templates = templates;
        this.mailings = mailings;
        this.users = users;
        this.organisers = organisers;
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.day = day;
        this.sendFrom = sendFrom;
    }

    boolean subscribed(String userId) {
        return !jdbc.queryForList("select 1 from app.digest_subscription where user_id = ?", Integer.class, userId)
                .isEmpty();
    }

    void subscribe(String userId, boolean weekly) {
        if (weekly) {
            jdbc.update("insert into app.digest_subscription (user_id) values (?) on conflict do nothing", userId);
        } else {
            jdbc.update("delete from app.digest_subscription where user_id = ?", userId);
        }
    }

    @Scheduled(fixedDelayString = "${verme.reminders.every:PT10M}", initialDelayString = "${verme.reminders.first:PT1M}")
    void run() {
        var now = ZonedDateTime.now(clock);
        if (now.getDayOfWeek() != day || now.toLocalTime().isBefore(sendFrom)) {
            return;
        }
        try {
            queueDue(now.toLocalDate());
        } catch (RuntimeException e) {
            LOG.warn("Weekly digest not made this time: {}", LogSafe.text(e.getMessage()));
        }
    }

    /** Queues this week's digest to each subscribed coordinator who has something to hear; answers how many. */
    int queueDue(LocalDate today) {
        int queued = 0;
        var week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // A year's section, in a language, is made once however many of its coordinators take the digest.
        var sections = new HashMap<String, Optional<String>>();
        for (var userId : jdbc.queryForList("select user_id from app.digest_subscription order by user_id",
                String.class)) {
            var account = users.find(userId).filter(a -> a.enabled() && a.email() != null);
            if (account.isPresent() && queue(account.get(), today, week, sections)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean queue(UserAccount account, LocalDate today, String week, Map<String, Optional<String>> made) {
        var key = "weekly-digest:" + account.userId() + ":" + week;
        var coordinated = coordinated(account);
        // Looked for every few minutes all day: a digest queued already is not made again.
        if (coordinated.isEmpty() || outbox.queued(key)) {
            return false;
        }
        var language = organisers.defaultLanguage(coordinated.get(0));
        var sections = new ArrayList<String>();
        ProgrammeYear first = null;
        for (var organiser : coordinated) {
            var year = new ProgrammeYear(organiser, ProgrammeYear.schoolYearOf(today));
            made.computeIfAbsent(year.id() + ":" + language, k -> section(year, today, language))
                    .ifPresent(sections::add);
            first = first == null ? year : first;
        }
        if (sections.isEmpty()) {
            return false;
        }
        var rendered = templates.render("weekly-digest", language, Map.of("name", account.displayName(),
                "week", MeetingEntry.DATE.format(today), "sections", String.join("\n\n", sections)));
        var body = rendered.body() + "\n-- \n" + templates.phrase("DIGEST_OFF", language, mailings.address("/#/me"))
                + "\n";
        outbox.queue(key, first.id(), NoticeKind.WEEKLY_DIGEST.code(),
                account.personId(), account.email(), language, rendered.subject(), body, null, null);
        return true;
    }

    /** The organisers whose programmes the account coordinates (every registered one, for a grant for all). */
    private List<String> coordinated(UserAccount account) {
        var slugs = account.grants().stream().filter(grant -> grant.role() == AccessRole.COORDINATOR)
                .map(Grant::organiser).collect(Collectors.toCollection(TreeSet::new));
        return slugs.contains(Grant.ALL_ORGANISERS) ? organisers.list().stream().map(Organiser::slug).toList()
                : List.copyOf(slugs);
    }

    /** What one year has for its coordinator this week, if anything. */
    private Optional<String> section(ProgrammeYear year, LocalDate today, String language) {
        var weekAgo = today.minusDays(7).atStartOfDay(clock.getZone()).toInstant();
        var page = queries.query(new ListEnrolments(year, null, null, null), EnrolmentPage.class).join();
        long enrolled = page.enrolments().stream().filter(e -> e.submittedAt() != null
                && e.submittedAt().isAfter(weekAgo)).count();
        var groups = queries.query(new ListGroups(year, null, null),
                ResponseTypes.multipleInstancesOf(GroupSummaryView.class)).join();
        var small = groups.stream().filter(g -> !g.status().isClosed() && g.size() < g.minSize())
                .map(g -> g.name() + " (" + g.size() + "/" + g.minSize() + ")").toList();
        var names = groups.stream().collect(Collectors.toMap(GroupSummaryView::groupId, GroupSummaryView::name));
        var yearStart = LocalDate.of(Integer.parseInt(year.schoolYear().substring(0, 4)), 8, 1);
        var unrecorded = queries.query(new ListMeetingsBetween(yearStart, today.minusDays(1), MeetingStatus.SCHEDULED),
                        ResponseTypes.multipleInstancesOf(MeetingView.class)).join().stream()
                .filter(m -> m.jointKind() == null && names.containsKey(m.groupId()))
                .map(m -> names.get(m.groupId()) + " " + MeetingEntry.DATE.format(m.date())).toList();
        var claims = queries.query(new ListClaims(year, ClaimStatus.PENDING),
                ResponseTypes.multipleInstancesOf(ClaimView.class)).join().size();
        if (enrolled == 0 && small.isEmpty() && unrecorded.isEmpty() && claims == 0) {
            return Optional.empty();
        }
        var lines = new ArrayList<String>();
        lines.add(organisers.title(year, language));
        lines.add("- " + templates.phrase("DIGEST_ENROLMENTS", language, enrolled));
        lines.add("- " + templates.phrase("DIGEST_BELOW_MINIMUM", language, small.size(), listed(small, language)));
        lines.add("- " + templates.phrase("DIGEST_UNRECORDED", language, unrecorded.size(),
                listed(unrecorded, language)));
        lines.add("- " + templates.phrase("DIGEST_CLAIMS", language, claims));
        lines.add(mailings.address("/#/p/" + year.organiser() + "/" + year.schoolYear()));
        return Optional.of(String.join("\n", lines));
    }

    private String listed(List<String> names, String language) {
        if (names.isEmpty()) {
            return "";
        }
        var shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return ": " + (names.size() > NAMES_SHOWN
                ? shown + " " + templates.phrase("DIGEST_MORE", language, names.size() - NAMES_SHOWN) : shown);
    }
}
