package fi.verme.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain's arithmetic, shared by the application that extends the chain and the verifier that
 * checks it (docs/audit-format.md, "The chain"): a link is SHA-256 of the previous link (32 zero bytes
 * before a year's first event) followed by the event's stored bytes.
 */
public final class ChainLink {

    /** The link before a programme year's first event. */
    public static final byte[] GENESIS = new byte[32];

    private ChainLink() {
    }

    /**
     * The bytes a link covers, UTF-8: event id, aggregate id, sequence number (decimal), payload type,
     * revision (empty when absent) and time, each followed by a line feed; then the payload as stored, a line
     * feed, and the metadata as stored (empty when absent).
     */
    public static byte[] storedBytes(String eventId, String aggregateId, long sequence, String payloadType,
                                     String revision, String time, String payload, String metadata) {
        var identity = eventId + "\n" + aggregateId + "\n" + sequence + "\n" + payloadType + "\n"
                + (revision == null ? "" : revision) + "\n" + time + "\n";
        return (identity + payload + "\n" + (metadata == null ? "" : metadata)).getBytes(StandardCharsets.UTF_8);
    }

    /** The link after {@code previous} (null before the first event) for an event's stored bytes. */
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

    /** What a checkpoint's signature covers: its fields joined by {@code |}, UTF-8. */
    public static byte[] checkpointBytes(String programmeYear, long position, String link, long count, String time) {
        return (programmeYear + "|" + position + "|" + link + "|" + count + "|" + time).getBytes(StandardCharsets.UTF_8);
    }
}
