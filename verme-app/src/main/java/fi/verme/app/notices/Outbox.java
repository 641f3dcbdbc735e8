package fi.verme.app.notices;

import fi.verme.shared.Listing;
import fi.verme.shared.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
     * {@code personId} names the recipient, so that erasing them reaches the message; {@code unsubscribe}, if
     * any, is the address that turns this kind off in one click (the List-Unsubscribe header).
     */
    void queue(String dedupKey, String programmeYear, String kind, String personId, String email, String language,
               String subject, String body, Attachment attachment, String unsubscribe) {
        jdbc.update("""
                insert into app.outbox (message_id, dedup_key, programme_year, kind, person_id, recipient_email,
                    language, subject, body, attachment_name, attachment, unsubscribe_url)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing""",
                UUID.randomUUID().toString(), dedupKey, programmeYear, kind, personId, email, language, subject, body,
                attachment == null ? null : attachment.name(), attachment == null ? null : attachment.content(),
                unsubscribe);
    }

    /** Whether a message of this key is in the outbox already: then there is nothing to render for it again. */
    boolean queued(String dedupKey) {
        return !jdbc.queryForList("select 1 from app.outbox where dedup_key = ?", Integer.class, dedupKey).isEmpty();
    }

    /** The columns the outbox sorts by, as its answer names them. */
    /** The statuses in their declared order, as SQL literals: sorting by status follows the enum. */
    private static final String STATUS_ORDER = Arrays.stream(MessageStatus.values())
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

    static final List<String> SORTABLE = List.of("createdAt", "sentAt", "recipientEmail", "subject", "kind",
            "status", "attempts");

    /**
     * A programme year's messages of some statuses and kinds (an empty set: all), with every word of the listing in
     * the recipient's address or the subject, sorted and paged. A year's messages are found by the year's index,
     * the words looked for in the text each keeps folded (migration V20).
     */
    Page<Message> list(String programmeYear, Set<MessageStatus> statuses, Set<String> kinds, Listing listing) {
        var where = new StringBuilder(" from app.outbox where programme_year = ?");
        var args = new ArrayList<Object>(List.of(programmeYear));
        if (!statuses.isEmpty()) {
            where.append(" and status = any(string_to_array(?, ','))");
            args.add(statuses.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (!kinds.isEmpty()) {
            where.append(" and kind = any(string_to_array(?, ','))");
            args.add(String.join(",", kinds));
        }
        for (var word : listing.words()) {
            where.append(" and strpos(search_text, ?) > 0");
            args.add(word);
        }
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        var way = listing.descending() ? " desc nulls last" : " asc nulls last";
        var order = switch (listing.sort()) {
            case "createdAt" -> "created_at" + way;
            case "sentAt" -> "sent_at" + way;
            case "recipientEmail" -> "lower(recipient_email)" + way;
            case "subject" -> "lower(subject)" + way;
            case "kind" -> "kind" + way;
            case "status" -> "array_position(array[" + STATUS_ORDER + "], status::text)" + way;
            case "attempts" -> "attempts" + way;
            default -> throw new IllegalArgumentException("not a sort column of the outbox: " + listing.sort());
        };
        args.add(listing.offset());
        args.add(listing.limit());
        var sql = "select *" + where + " order by " + order + ", created_at, message_id offset ? limit ?";
        var messages = jdbc.query(sql, (rs, row) -> {
                    Timestamp sent = rs.getTimestamp("sent_at");
                    return new Message(rs.getString("message_id"), rs.getString("programme_year"),
                            rs.getString("kind"), rs.getString("recipient_email"), rs.getString("language"),
                            rs.getString("subject"), rs.getString("body"), rs.getString("attachment_name"),
                            rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                            rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
                }, args.toArray());
        return new Page<>(messages, total, listing);
    }
}
