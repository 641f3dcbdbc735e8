package fi.verme.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an export against a checkpoint and the public key the auditor holds, by the rules of
 * docs/audit-format.md ("Verifying"): the signature, then every chained event up to the checkpoint's
 * position in one pass, then that the chain ends where the checkpoint says. Memory stays constant
 * however long the year is: it keeps only the last {@value #RECENT} links, to tell an inserted event
 * from a removed one.
 */
public final class Verifier {

    static final int RECENT = 1_000;
    private static final HexFormat HEX = HexFormat.of();

    private final List<Finding> findings = new ArrayList<>();
    /** The chain as accepted so far, newest last: position to link. */
    private final LinkedHashMap<Long, byte[]> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > RECENT;
        }
    };
    private Long lastPosition;
    private byte[] lastLink = ChainLink.GENESIS;
    private long chained;

    private Verifier() {
    }

    /** {@link #verify(BufferedReader, Checkpoint, PublicKey)} of an export file (UTF-8). */
    public static List<Finding> verify(Path export, Checkpoint checkpoint, PublicKey key) throws IOException {
        try (var lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            return verify(lines, checkpoint, key);
        }
    }

    /** Empty when intact; otherwise every finding, in the order of the export. */
    public static List<Finding> verify(BufferedReader export, Checkpoint checkpoint, PublicKey key) throws IOException {
        var verifier = new Verifier();
        verifier.checkSignature(checkpoint, key);
        String text;
        long lineNumber = 0;
        Long previousLinePosition = null;
        while ((text = export.readLine()) != null) {
            lineNumber++;
            if (text.isBlank()) {
                continue;
            }
            ExportLine line;
            try {
                line = ExportLine.parse(text);
            } catch (IOException e) {
                verifier.findings.add(new Finding("unreadable", null, "line " + lineNumber + ": " + e.getMessage()));
                continue;
            }
            if (line.position() > checkpoint.position()) {
                break;
            }
            if (previousLinePosition != null && line.position() <= previousLinePosition) {
                verifier.findings.add(new Finding("order", line.position(), "line " + lineNumber + ", " + line.name()
                        + ", comes after position " + previousLinePosition));
            }
            previousLinePosition = line.position();
            verifier.check(line);
        }
        verifier.checkEnd(checkpoint);
        return verifier.findings;
    }

    private void checkSignature(Checkpoint checkpoint, PublicKey key) {
        var encoded = Base64.getEncoder().encodeToString(key.getEncoded());
        if (checkpoint.publicKey() != null && !checkpoint.publicKey().equals(encoded)) {
            findings.add(new Finding("key", null, "the checkpoint names another public key than the one given"));
        }
        boolean holds;
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(checkpoint.signedBytes());
            holds = checkpoint.signature() != null && signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            holds = false;
        }
        if (!holds) {
            findings.add(new Finding("signature", null,
                    "the checkpoint's signature does not hold: it was not made with the given key, or it was changed"));
        }
    }

    private void check(ExportLine line) {
        if (line.link() == null) {
            findings.add(new Finding("inserted", line.position(), line.name() + " is not in the chain"));
            return;
        }
        byte[] recorded;
        try {
            recorded = HEX.parseHex(line.link());
        } catch (IllegalArgumentException e) {
            findings.add(new Finding("unreadable", line.position(), line.name() + ": its link is not hexadecimal"));
            return;
        }
        boolean checkable = true;
        if (!Objects.equals(line.previousPosition(), lastPosition)) {
            if (line.previousPosition() == null || recent.containsKey(line.previousPosition())) {
                resumeAt(line);
            } else {
                findings.add(new Finding("removed", line.previousPosition(), "the event at position "
                        + line.previousPosition() + ", which the chain puts before " + line.name()
                        + "; the export goes to it from " + (lastPosition == null ? "the start" : "position " + lastPosition)));
                checkable = false; // the link before it is not in the export
            }
        }
        if (checkable && !Arrays.equals(ChainLink.next(lastLink, line.storedBytes()), recorded)) {
            findings.add(new Finding("changed", line.position(), line.name()));
        }
        lastPosition = line.position();
        lastLink = recorded;
        chained++;
        recent.put(line.position(), recorded);
    }

    /**
     * The line's chain goes on from an event seen earlier: the events accepted after that one were not in the
     * chain (inserted, with links of their own making). They are named so, instead of anything they were found.
     * A line with no previous position starts the chain, so every event accepted before it was inserted.
     */
    private void resumeAt(ExportLine line) {
        var outside = new ArrayList<Long>();
        boolean after = line.previousPosition() == null;
        for (var position : recent.keySet()) {
            if (after) {
                outside.add(position);
            }
            after |= position.equals(line.previousPosition());
        }
        for (var position : outside) {
            recent.remove(position);
            chained--;
            findings.removeIf(f -> position.equals(f.position()) && f.kind().equals("changed"));
            findings.add(new Finding("inserted", position, "position " + position
                    + " is not in the chain, which goes from " + (line.previousPosition() == null ? "the start"
                    : "position " + line.previousPosition()) + " to " + line.name()));
        }
        lastPosition = line.previousPosition();
        lastLink = lastPosition == null ? ChainLink.GENESIS : recent.get(lastPosition);
    }

    private void checkEnd(Checkpoint checkpoint) {
        if (!HEX.formatHex(lastLink).equals(checkpoint.link()) || chained != checkpoint.count()) {
            findings.add(new Finding("end", lastPosition, "the export's chain does not end in the checkpoint's link ("
                    + chained + " of " + checkpoint.count() + " chained events up to position " + checkpoint.position()
                    + ", the last at " + (lastPosition == null ? "none" : "position " + lastPosition) + ")"));
        }
    }
}
