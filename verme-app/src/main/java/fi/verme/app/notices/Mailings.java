package fi.verme.app.notices;

import fi.verme.app.access.EnrolmentLinks;
import fi.verme.app.organisers.Organisers;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.GroupView;
import fi.verme.shared.ProgrammeYear;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts a notice to a person in the outbox: unless they turned its kind off, in their language, naming the programme
 * by its organiser's registered name, and ending with a signed link to their notice preferences. A kind they may turn
 * off also carries a one-click unsubscribe address (RFC 8058) for their mail program.
 */
@Component
class Mailings {

    private final Outbox outbox;
    private final Templates templates;
    private final Organisers organisers;
    private final EnrolmentLinks links;
    private final NoticePreferences preferences;
    private final JdbcTemplate jdbc;
    private final QueryGateway queries;
    private final String publicUrl;

    Mailings(Outbox outbox, Templates templates, Organisers organisers, EnrolmentLinks links,
             NoticePreferences preferences, JdbcTemplate jdbc, QueryGateway queries,
             @Value("${verme.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.outbox = outbox;
        this.templates = templates;
        this.organisers = organisers;
        this.links = links;
        this.preferences = preferences;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Someone a notice goes to, in the language they read. */
    record Recipient(String personId, ContactDetails contact, String language) {
    }

    /** The members of a group who can be written to (an erased member has no address), each in their language. */
    List<Recipient> members(GroupView group) {
        return group.members().stream().filter(member -> member.email() != null)
                .map(member -> new Recipient(member.personId(), new ContactDetails(member.name().firstName(),
                        member.name().lastName(), member.email(), null),
                        languageOf(member.enrolmentId(), group.programmeYear())))
                .toList();
    }

    /** The contact details the register keeps for these persons, by person id; an erased person has none. */
    Map<String, ContactDetails> contacts(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var found = new HashMap<String, ContactDetails>();
        queries.query(new FindPersons(personIds.stream().distinct().toList()),
                        ResponseTypes.multipleInstancesOf(PersonView.class)).join()
                .forEach(person -> found.put(person.personId(), person.contact()));
        return found;
    }

    /** The register's contact details of one person, unless erased. */
    Optional<ContactDetails> contact(String personId) {
        return Optional.ofNullable(contacts(List.of(personId)).get(personId));
    }

    /** The language the person enrolled in; else the organiser's default language. */
    String languageOf(String enrolmentId, ProgrammeYear year) {
        return jdbc.queryForList("select language from app.recipient_language where enrolment_id = ?", String.class,
                enrolmentId).stream().findFirst().orElseGet(() -> organisers.defaultLanguage(year.organiser()));
    }

    /** The language of an organiser's notices to someone who has not enrolled (a mentor, a coordinator). */
    String languageOf(String organiser) {
        return organisers.defaultLanguage(organiser);
    }

    /** The address of a page of the application, e.g. {@code /#/oma/…}. */
    String address(String path) {
        return publicUrl + path;
    }

    /**
     * Queues the notice once for {@code dedupKey}; keyed by person, not address, by the callers, since the key
     * outlives erasure, which must leave no address behind.
     */
    void send(String dedupKey, ProgrammeYear year, NoticeKind kind, String personId, ContactDetails to,
              String language, Map<String, String> values, Outbox.Attachment attachment) {
        if (!preferences.hears(personId, kind)) {
            return;
        }
        var rendered = render(year, kind, to, language, values);
        var token = links.issue(EnrolmentLinks.noticesSubject(personId)).token();
        var body = rendered.body() + "\n-- \n" + templates.phrase("PREFERENCES", language,
                address("/#/ilmoitukset/" + token)) + "\n";
        var unsubscribe = kind.required() ? null
                : address("/api/notice-preferences/" + token + "/unsubscribe/" + kind.code());
        outbox.queue(dedupKey, year.id(), kind.code(), personId, to.email(), language, rendered.subject(), body,
                attachment, unsubscribe);
    }

    /**
     * Queues a reminder once for {@code dedupKey}, as {@link #send} does. Reminders are looked for again and again:
     * one already queued is not rendered again. (A notice of an event is rendered once, when the event is written.)
     */
    void remind(String dedupKey, ProgrammeYear year, NoticeKind kind, String personId, ContactDetails to,
                String language, Map<String, String> values, Outbox.Attachment attachment) {
        if (!outbox.queued(dedupKey)) {
            send(dedupKey, year, kind, personId, to, language, values, attachment);
        }
    }

    /**
     * Queues the link that confirms a new address, to that address. It alone carries no link to the person's notice
     * preferences: the address is not known to be theirs until it is confirmed (a mistyped one is a stranger's).
     */
    void sendToUnconfirmedAddress(String dedupKey, ProgrammeYear year, String personId, ContactDetails to,
                                  String language, Map<String, String> values) {
        var kind = NoticeKind.CONTACT_CONFIRMATION;
        var rendered = render(year, kind, to, language, values);
        outbox.queue(dedupKey, year.id(), kind.code(), personId, to.email(), language, rendered.subject(),
                rendered.body(), null, null);
    }

    private Templates.Rendered render(ProgrammeYear year, NoticeKind kind, ContactDetails to, String language,
                                      Map<String, String> values) {
        var all = new HashMap<>(values);
        all.put("name", to.firstName());
        // The programme as people read it: the organiser's registered name and the school year, 2026–2027.
        all.put("programme", organisers.title(year, language));
        return templates.render(kind.code(), language, all);
    }
}
