package fi.verme.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain's arithmetic, shared by the application and the verifier: a link is SHA-256 of the
 * previous link (32 zero bytes before the first event) and the event's stored bytes.
 */
public final class ChainLink {

    static final byte[] GENESIS = new byte[32];

    private ChainLink() {
    }

    /** The event's stored bytes, in a fixed order: identity, type, time, then payload and metadata as stored. */
    public static byte[] storedBytes(String eventId, String aggregateId, long sequence, String payloadType,
                                     String revision, String time, String payload, String metadata) {
        var identity = eventId + "\n" + aggregateId + "\n" + sequence + "\n" + payloadType + "\n"
                + (revision == null ? "" : revision) + "\n" + time + "\n";
        return (identity + payload + "\n" + (metadata == null ? "" : metadata)).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] next(byte[] previous, byte[] storedBytes) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous == null ? GENESIS : previous);
            sha.update(storedBytes);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** What a checkpoint's signature covers. */
    public static byte[] checkpointBytes(String programmeYear, long position, String link, long count, String time) {
        return (programmeYear + "|" + position + "|" + link + "|" + count + "|" + time).getBytes(StandardCharsets.UTF_8);
    }
}
