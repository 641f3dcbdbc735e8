package fi.verme.app.access;

import fi.verme.app.platform.storage.AppSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal links: a subject (one's own enrolment, one's survey, one's notice preferences, or a new e-mail address to
 * confirm) and an expiry, signed with HMAC-SHA256.
 * The key is configured ({@code verme.links.secret}) or made on first start and kept in the database,
 * so links stay valid across restarts.
 */
@Component
public class EnrolmentLinks {

    static final Duration VALID_FOR = Duration.ofDays(180);
    /** Joins the parts of a subject other than a plain enrolment id, e.g. a survey and its respondent. */
    public static final String SEPARATOR = "|";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;

    EnrolmentLinks(AppSecrets secrets, Clock clock, @Value("${verme.links.secret:}") String configured) {
        this.clock = clock;
        var secret = configured == null || configured.isBlank() ? secrets.key("enrolment-links") : configured;
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The subject of a link for one enrolment's answer to one survey. */
    public static String surveySubject(String surveyId, String enrolmentId) {
        return "survey" + SEPARATOR + surveyId + SEPARATOR + enrolmentId;
    }

    /** The subject of a link to one person's notice preferences. */
    public static String noticesSubject(String personId) {
        return "notices" + SEPARATOR + personId;
    }

    /** The person of a genuine, unexpired link to notice preferences; else refused as an invalid link. */
    public String noticesPersonOf(String token) {
        var prefix = "notices" + SEPARATOR;
        return verify(token).filter(subject -> subject.startsWith(prefix))
                .map(subject -> subject.substring(prefix.length())).orElseThrow(InvalidLinkException::new);
    }

    /** How long a link confirming a new e-mail address is valid: long enough for a weekend, short for a stray mail. */
    public static final Duration EMAIL_CHANGE_VALID_FOR = Duration.ofHours(48);

    /**
     * The subject of a link, sent to a new address, that confirms it as the e-mail address of the person of an
     * enrolment (the person's own personal link asked for it). The address is in the link, so that nothing is kept
     * about a change nobody confirms; the link goes only to that address. It names the address it replaces by a keyed
     * fingerprint (not the address itself), so that it no longer applies once the address has changed in another way
     * ({@link #requireStillApplies}), and when it was sent, so that it no longer applies once another link was
     * confirmed ({@link EmailConfirmations}).
     */
    public String emailChangeSubject(String enrolmentId, String replacing, String email) {
        return "email" + SEPARATOR + enrolmentId + SEPARATOR + fingerprint(replacing) + SEPARATOR
                + clock.instant().toEpochMilli() + SEPARATOR + email;
    }

    /**
     * What a link confirming a new e-mail address confirms: this enrolment's person, reached at the address of the
     * fingerprint {@code replacing} when the link was sent ({@code sentAt}), is reached at {@code email}.
     */
    public record EmailChange(String enrolmentId, String replacing, Instant sentAt, String email) {
    }

    /**
     * Refuses, as an invalid confirmation link, a change that no longer replaces the person's address as it is now:
     * the address changed in another way after the link was sent.
     */
    public void requireStillApplies(EmailChange change, String current) {
        if (!MessageDigest.isEqual(fingerprint(current).getBytes(StandardCharsets.US_ASCII),
                change.replacing().getBytes(StandardCharsets.US_ASCII))) {
            throw new ConfirmationLinkInvalidException();
        }
    }

    /** An address's fingerprint: its key (trimmed, lower case) signed, so that a link does not reveal it. */
    private String fingerprint(String email) {
        var signed = sign("replacing" + SEPARATOR + email.trim().toLowerCase(Locale.ROOT));
        return ENCODE.encodeToString(Arrays.copyOf(signed, 16));
    }

    /** The enrolment of a genuine, unexpired personal link, which signs the enrolment id alone; else refused. */
    public String enrolmentOf(String token) {
        return verify(token).filter(subject -> !subject.contains(SEPARATOR)).orElseThrow(InvalidLinkException::new);
    }

    /**
     * The subject of a receipt link: the one the public form answers at once, to whoever filled it in. They are not
     * yet known to own the address they typed, and the register may later match that address to someone else, so a
     * receipt shows and withdraws the enrolment only; the person's own link, which acts as them (their details, their
     * calendar), goes to the address, in the receipt e-mail.
     */
    public static String receiptSubject(String enrolmentId) {
        return "receipt" + SEPARATOR + enrolmentId;
    }

    /** An enrolment reached through a link, and whether the link acts as its person or is only a receipt. */
    public record LinkedEnrolment(String enrolmentId, boolean receipt) {
    }

    /** The enrolment of a genuine personal link or receipt link; any other link is refused. */
    public LinkedEnrolment enrolmentOrReceiptOf(String token) {
        var prefix = "receipt" + SEPARATOR;
        return verify(token).filter(subject -> !subject.contains(SEPARATOR) || subject.startsWith(prefix))
                .map(subject -> subject.startsWith(prefix)
                        ? new LinkedEnrolment(subject.substring(prefix.length()), true)
                        : new LinkedEnrolment(subject, false))
                .orElseThrow(InvalidLinkException::new);
    }

    /** The change a genuine, unexpired confirmation link confirms; any other link is refused. */
    public EmailChange emailChangeOf(String token) {
        var prefix = "email" + SEPARATOR;
        return verify(token).filter(subject -> subject.startsWith(prefix))
                .map(subject -> subject.substring(prefix.length()).split(Pattern.quote(SEPARATOR), 4))
                .filter(parts -> parts.length == 4 && Arrays.stream(parts).noneMatch(String::isEmpty)
                        && parts[2].chars().allMatch(Character::isDigit) && parts[2].length() < 16)
                .map(parts -> new EmailChange(parts[0], parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2])),
                        parts[3]))
                .orElseThrow(ConfirmationLinkInvalidException::new);
    }

    public record Link(String token, Instant expiresAt) {
    }

    public Link issue(String subject) {
        return issue(subject, VALID_FOR);
    }

    /** A link valid for {@code validFor} from now, rather than the personal link's half a year. */
    public Link issue(String subject, Duration validFor) {
        var expires = clock.instant().plus(validFor);
        var body = ENCODE.encodeToString((subject + "." + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return new Link(body + "." + ENCODE.encodeToString(sign(body)), expires);
    }

    /** The subject (an enrolment id, or parts joined by {@link #SEPARATOR}) of a genuine, unexpired token. */
    public Optional<String> verify(String token) {
        try {
            var parts = token.split("\\.", -1);
            // The signature as it was written, character for character: base64's lenient readings (padding, the
            // unused bits of the last character) or a trailing dot would let one link be spelled several ways.
            if (parts.length != 2 || !MessageDigest.isEqual(ENCODE.encodeToString(sign(parts[0]))
                    .getBytes(StandardCharsets.US_ASCII), parts[1].getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            var body = new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8);
            int dot = body.lastIndexOf('.');
            var expires = Instant.ofEpochSecond(Long.parseLong(body.substring(dot + 1)));
            return expires.isAfter(clock.instant()) ? Optional.of(body.substring(0, dot)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
