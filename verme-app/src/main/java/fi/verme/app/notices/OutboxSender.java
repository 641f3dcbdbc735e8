package fi.verme.app.notices;

import fi.verme.app.platform.BackgroundWorker;
import fi.verme.app.platform.web.LogSafe;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox through SMTP when one is configured ({@code spring.mail.host}); without one the
 * messages wait in the outbox, readable in the API, and nothing is lost. A failure is recorded and
 * retried with doubling back-off (30 s, 1 min, 2 min, … at most an hour), and given up after 10 tries.
 */
@Component
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** At most this many messages are sent in a round, one transaction each. */
    static final int ROUND = 50;
    /** The longest failure text kept with a message (its column's length). */
    private static final int LAST_ERROR_LENGTH = 1000;

    private final ObjectProvider<JavaMailSender> mail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String from;
    private final QueryGateway queries;
    private final BackgroundWorker worker;

    OutboxSender(ObjectProvider<JavaMailSender> mail, JdbcTemplate jdbc, TransactionTemplate transactions,
                 @Value("${verme.mail.from}") String from, QueryGateway queries) {
        this.queries = queries;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.from = from;
        worker = new BackgroundWorker("outbox-sender", Duration.ofSeconds(3), Duration.ofSeconds(1), this::sendDue,
                e -> LOG.warn("Outbox not sent this time: {}", LogSafe.text(e.getMessage())));
    }

    /**
     * Stops with the application, before its database does and before the person register stops answering: the
     * message at hand is sent and recorded as sent, so that it is not sent again after the restart.
     */
    @EventListener(ContextClosedEvent.class)
    @PreDestroy
    void stop() {
        worker.stop();
    }

    /** Sends what is due, up to a round's worth; returns how many were sent. */
    int sendDue() {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < ROUND && !Thread.currentThread().isInterrupted(); i++) {
            // Claimed first, in a transaction of its own that counts the try and sets when the next is due: no
            // other instance takes it meanwhile, no connection or lock is held while the mail server answers,
            // and should the application stop or die before the outcome is recorded, the message is tried again
            // after the back-off, as after a failure: ten times in all, or once more if it died during the tenth.
            var queued = transactions.execute(status -> claim());
            if (queued == null) {
                break;
            }
            sent += send(sender, queued) ? 1 : 0;
        }
        return sent;
    }

    /** Sends a claimed message and records the outcome; answers whether it was sent. */
    private boolean send(JavaMailSender sender, Due queued) {
        var id = queued.id();
        if (queued.personId() != null && erased(queued.personId())) {
            // Queued while its recipient was being erased: never sent, and forgotten.
            jdbc.update("""
                    update app.outbox set status = 'CANCELLED', recipient_email = null, subject = null,
                        body = null, attachment_name = null, attachment = null where message_id = ?""",
                    id);
            return false;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, queued.attachment() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(queued.email());
            helper.setSubject(queued.subject());
            helper.setText(queued.body());
            if (queued.unsubscribe() != null) {
                // One click in the mail program turns this kind off (RFC 8058): a POST to the address.
                message.setHeader("List-Unsubscribe", "<" + queued.unsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            if (queued.attachment() != null) {
                helper.addAttachment(queued.attachmentName(), new ByteArrayResource(queued.attachment()),
                        "text/calendar");
            }
            sender.send(message);
        } catch (MessagingException | RuntimeException e) {
            var error = String.valueOf(LogSafe.text(e.getMessage()));
            jdbc.update("update app.outbox set status = ?, last_error = ? where message_id = ?",
                    queued.attempts() >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
                    error.substring(0, Math.min(error.length(), LAST_ERROR_LENGTH)), id);
            // A mail server's refusal names the address; the message id is enough to find it.
            LOG.warn("Sending message {} failed (try {}): {}", id, queued.attempts(), error);
            return false;
        }
        jdbc.update("update app.outbox set status = 'SENT', sent_at = now(), last_error = null where message_id = ?",
                id);
        return true;
    }

    /** The oldest due message that no other instance is sending, its try counted and its next one set; or null. */
    private Due claim() {
        var found = jdbc.query("""
                select message_id, recipient_email, subject, body, attachment_name, attachment, attempts + 1,
                    person_id, unsubscribe_url
                from app.outbox where status = 'PENDING' and next_attempt_at <= now()
                order by created_at, message_id limit 1 for update skip locked""",
                (rs, row) -> new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), rs.getInt(7), rs.getString(8), rs.getString(9)));
        if (found.isEmpty()) {
            return null;
        }
        var queued = found.get(0);
        var wait = FIRST_RETRY.multipliedBy(1L << Math.min(queued.attempts() - 1, 12));
        if (wait.compareTo(LONGEST_RETRY) > 0) {
            wait = LONGEST_RETRY;
        }
        jdbc.update("""
                update app.outbox set attempts = ?, next_attempt_at = now() + make_interval(secs => ?)
                where message_id = ?""", queued.attempts(), wait.toSeconds(), queued.id());
        return queued;
    }

    private record Due(String id, String email, String subject, String body, String attachmentName,
                       byte[] attachment, int attempts, String personId, String unsubscribe) {
    }

    /**
     * Whether the recipient is no longer in the person register. Erasure cancels what is queued, but a notice may
     * be queued by a transaction that read the person just before they were erased.
     */
    private boolean erased(String personId) {
        return queries.query(new FindPersons(List.of(personId)), ResponseTypes.multipleInstancesOf(PersonView.class))
                .join().stream().noneMatch(person -> person.personId().equals(personId));
    }
}
