package fi.verme.app.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The outbox table: messages to send, and what became of them. */
@Component
class Outbox {

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A queued message as the coordinator sees it (the attachment by name only). */
    record Message(String messageId, String programmeYear, String kind, String recipientEmail, String language,
                   String subject, String body, String attachmentName, String status, int attempts,
                   String lastError, Instant createdAt, Instant sentAt) {
    }

    record Attachment(String name, byte[] content) {
    }

    /**
     * Queues a message once: a second queueing with the same key (say, a replayed event) changes nothing.
     * {@code personId} names the recipient, so that erasing them reaches the message.
     */
    void queue(String dedupKey, String programmeYear, String kind, String personId, String email, String language,
               String subject, String body, Attachment attachment) {
        jdbc.update("""
                insert into app.outbox (message_id, dedup_key, programme_year, kind, person_id, recipient_email,
                    language, subject, body, attachment_name, attachment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing""",
                UUID.randomUUID().toString(), dedupKey, programmeYear, kind, personId, email, language, subject, body,
                attachment == null ? null : attachment.name(), attachment == null ? null : attachment.content());
    }

    List<Message> list(String programmeYear, String status) {
        var sql = new StringBuilder("select * from app.outbox where programme_year = ?");
        var args = new ArrayList<Object>(List.of(programmeYear));
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status);
        }
        sql.append(" order by created_at, message_id");
        return jdbc.query(sql.toString(), (rs, row) -> {
            Timestamp sent = rs.getTimestamp("sent_at");
            return new Message(rs.getString("message_id"), rs.getString("programme_year"), rs.getString("kind"),
                    rs.getString("recipient_email"), rs.getString("language"), rs.getString("subject"),
                    rs.getString("body"), rs.getString("attachment_name"), rs.getString("status"),
                    rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                    sent == null ? null : sent.toInstant());
        }, args.toArray());
    }
}
