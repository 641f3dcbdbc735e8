package fi.verme.app.organisers;

import fi.verme.enrolment.api.FindPrivacyNotice;
import fi.verme.enrolment.api.PrivacyNoticeView;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each organiser's privacy notice (the GDPR Article 13 information its public form links to: the controller,
 * the purposes, how long data is kept, the person's rights), in Finnish and, optionally, Swedish and English
 * ({@code app.privacy_notice}). The public form of an organiser without one is not published.
 */
@Component
public class PrivacyNotices {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyNotices.class);

    /** A notice as published; Swedish and English may be absent (readers then get the Finnish one). */
    public record Notice(String organiser, String fi, String sv, String en, Instant changedAt) {
    }

    private final JdbcTemplate jdbc;

    PrivacyNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Notice> find(String organiser) {
        return jdbc.query("select * from app.privacy_notice where organiser = ?", (rs, row) -> new Notice(
                rs.getString("organiser"), rs.getString("text_fi"), rs.getString("text_sv"), rs.getString("text_en"),
                rs.getTimestamp("changed_at").toInstant()), organiser).stream().findFirst();
    }

    /** For the enrolment module, which publishes an organiser's public form only once it has a notice. */
    @QueryHandler
    Optional<PrivacyNoticeView> handle(FindPrivacyNotice query) {
        // Asked by every submission of the public form: the texts are not read for it.
        return jdbc.query("select organiser, changed_at from app.privacy_notice where organiser = ?",
                (rs, row) -> new PrivacyNoticeView(rs.getString("organiser"),
                        rs.getTimestamp("changed_at").toInstant()),
                query.organiser()).stream().findFirst();
    }

    /** Writes the organiser's notice, replacing the one it had. */
    public Notice write(String organiser, String fi, String sv, String en, String by) {
        jdbc.update("""
                insert into app.privacy_notice (organiser, text_fi, text_sv, text_en, changed_by) values (?, ?, ?, ?, ?)
                on conflict (organiser) do update set text_fi = excluded.text_fi, text_sv = excluded.text_sv,
                    text_en = excluded.text_en, changed_at = now(), changed_by = excluded.changed_by""",
                organiser, fi.strip(), blankless(sv), blankless(en), by);
        LOG.info("Privacy notice of {} written by {}", organiser, by);
        return find(organiser).orElseThrow();
    }

    /** Writes the notice unless the organiser has one already (then leaves it as it is). */
    public void writeIfAbsent(String organiser, String fi, String sv, String en, String by) {
        if (find(organiser).isEmpty()) {
            jdbc.update("""
                    insert into app.privacy_notice (organiser, text_fi, text_sv, text_en, changed_by)
                    values (?, ?, ?, ?, ?) on conflict (organiser) do nothing""", organiser, fi, sv, en, by);
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
