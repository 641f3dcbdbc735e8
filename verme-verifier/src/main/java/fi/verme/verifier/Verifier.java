package fi.verme.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Checks an export against a checkpoint and the public key the auditor holds, by the rules of
 * docs/audit-format.md ("Verifying"): the signature, then every line in one pass, then that the chain ends where
 * the checkpoint says. Memory stays constant however long the year is: it keeps only the last {@value #RECENT}
 * accepted events, to tell an inserted event from a removed one.
 */
public final class Verifier {

    static final int RECENT = 1_000;
    private static final HexFormat HEX = HexFormat.of();

    /** An event accepted into the chain: where it is, its recorded link, its line in the file, its name. */
    private record Accepted(long position, byte[] link, long line, String name) {
    }

    private final Checkpoint checkpoint;
    private final List<Finding> findings = new ArrayList<>();
    private final Deque<Accepted> recent = new ArrayDeque<>();
    private Accepted last;
    private long chained;
    /** The lines after the checkpoint's position: how many, and the first and last of them. */
    private long afterLines;
    private long firstAfterLine;
    private long firstAfterPosition;
    private long lastAfterLine;
    private long lastAfterPosition;

    private Verifier(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** {@link #verify(InputStream, Checkpoint, PublicKey)} of an export file. */
    public static Verification verify(Path export, Checkpoint checkpoint, PublicKey key) throws IOException {
        try (var in = Files.newInputStream(export)) {
            return verify(in, checkpoint, key);
        }
    }

    /** The findings (none when intact) and how many chained events were checked, in the order of the export. */
    public static Verification verify(InputStream export, Checkpoint checkpoint, PublicKey key) throws IOException {
        var verifier = new Verifier(checkpoint);
        verifier.checkSignature(key);
        var lines = new Lines(export);
        long lineNumber = 0;
        Long previousLinePosition = null;
        byte[] bytes;
        while ((bytes = lines.next()) != null) {
            lineNumber++;
            if (bytes.length == 0) {
                continue;
            }
            ExportLine line;
            try {
                line = ExportLine.parse(utf8(bytes));
            } catch (IOException e) {
                verifier.add("unreadable", null, lineNumber, "line " + lineNumber + ": " + Printable.of(e.getMessage()));
                continue;
            }
            if (previousLinePosition != null && line.position() <= previousLinePosition) {
                verifier.add("order", line.position(), lineNumber, "line " + lineNumber + ", " + line.name()
                        + ", is not after position " + previousLinePosition + ", the last in order before it; it is "
                        + "not checked further");
                continue;
            }
            previousLinePosition = line.position();
            if (line.position() <= checkpoint.position()) {
                verifier.check(line, lineNumber);
            } else {
                verifier.after(line.position(), lineNumber);
            }
        }
        verifier.checkAfter();
        verifier.checkEnd();
        return new Verification(List.copyOf(verifier.findings), verifier.chained);
    }

    private static String utf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8", e);
        }
    }

    private void add(String kind, Long position, Long line, String text) {
        findings.add(new Finding(kind, position, line, text));
    }

    private void checkSignature(PublicKey key) {
        var encoded = Base64.getEncoder().encodeToString(key.getEncoded());
        if (checkpoint.publicKey() != null && !checkpoint.publicKey().equals(encoded)) {
            add("key", null, null, "the checkpoint names another public key than the one given");
        }
        boolean holds;
        try {
            var bytes = Base64.getDecoder().decode(checkpoint.signature());
            // Only the one encoding of a 64-byte signature: padded, canonical base64.
            boolean canonical = bytes.length == 64 && Base64.getEncoder().encodeToString(bytes).equals(checkpoint.signature());
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(checkpoint.signedBytes());
            holds = canonical && signature.verify(bytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            holds = false;
        }
        if (!holds) {
            add("signature", null, null,
                    "the checkpoint's signature does not hold: it was not made with the given key, or it was changed");
        }
    }

    private void check(ExportLine line, long lineNumber) {
        if (!checkpoint.programmeYear().equals(line.programmeYear())) {
            add("year", line.position(), lineNumber, line.name() + " is not of the programme year "
                    + Printable.of(checkpoint.programmeYear()) + " but of " + Printable.of(line.programmeYear()));
        }
        if (!line.copiesHold()) {
            add("copy", line.position(), lineNumber, line.name()
                    + ": its actingUser or correlationId is not what its metadata says");
        }
        if (line.link() == null) {
            add("inserted", line.position(), lineNumber, line.name() + " is not in the chain");
            return;
        }
        var recorded = HEX.parseHex(line.link());
        var lastPosition = last == null ? null : last.position();
        boolean checkable = true;
        if (!Objects.equals(line.previousPosition(), lastPosition)) {
            if (line.previousPosition() == null || recent.stream().anyMatch(a -> a.position() == line.previousPosition())) {
                resumeAt(line);
            } else {
                add("removed", line.previousPosition(), lineNumber, "the event at position " + line.previousPosition()
                        + ", which the chain puts before " + line.name() + "; the export goes to it from "
                        + (lastPosition == null ? "the start" : "position " + lastPosition));
                checkable = false; // the link before it is not in the export
            }
        }
        var previousLink = last == null ? ChainLink.GENESIS : last.link();
        if (checkable && !Arrays.equals(ChainLink.next(previousLink, line.storedBytes()), recorded)) {
            add("changed", line.position(), lineNumber, line.name());
        }
        last = new Accepted(line.position(), recorded, lineNumber, line.name());
        recent.addLast(last);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        chained++;
    }

    /**
     * The line's chain goes on from an event accepted earlier (or starts anew): the events accepted after that one
     * were not in the chain (inserted, with links of their own making). Each is named so, instead of anything
     * found for its line before.
     */
    private void resumeAt(ExportLine line) {
        var from = line.previousPosition();
        while (!recent.isEmpty() && (from == null || recent.peekLast().position() != from)) {
            var outside = recent.removeLast();
            chained--;
            findings.removeIf(finding -> Objects.equals(finding.line(), outside.line()));
            add("inserted", outside.position(), outside.line(), outside.name() + " is not in the chain, which goes from "
                    + (from == null ? "the start" : "position " + from) + " to " + line.name());
        }
        last = recent.peekLast();
    }

    private void after(long position, long lineNumber) {
        if (afterLines++ == 0) {
            firstAfterLine = lineNumber;
            firstAfterPosition = position;
        }
        lastAfterLine = lineNumber;
        lastAfterPosition = position;
    }

    /**
     * Lines after the checkpoint's position are in order, but nothing vouches for what they say: one finding names
     * them all, so that an export is intact only when the checkpoint covers every event in it.
     */
    private void checkAfter() {
        if (afterLines == 0) {
            return;
        }
        var which = afterLines == 1 ? "line " + firstAfterLine + ", at position " + firstAfterPosition + ", comes"
                : afterLines + " lines, from line " + firstAfterLine + " at position " + firstAfterPosition
                        + " to line " + lastAfterLine + " at position " + lastAfterPosition + ", come";
        add("after", firstAfterPosition, firstAfterLine, which + " after the checkpoint's position "
                + checkpoint.position() + ": the checkpoint does not cover " + (afterLines == 1 ? "it, so what it says"
                : "them, so what they say") + " is not verified; "
                + "export the year up to the checkpoint (…/events?through=" + checkpoint.position() + ")");
    }

    private void checkEnd() {
        var link = last == null ? ChainLink.GENESIS : last.link();
        long position = last == null ? 0 : last.position();
        if (!HEX.formatHex(link).equals(checkpoint.link()) || chained != checkpoint.count()
                || position != checkpoint.position()) {
            add("end", last == null ? null : last.position(), null, "the export's chain does not end where the "
                    + "checkpoint says: it has " + chained + " events up to position " + position + " ending in link "
                    + HEX.formatHex(link) + "; the checkpoint has " + checkpoint.count() + " up to position "
                    + checkpoint.position() + " ending in " + Printable.of(checkpoint.link()));
        }
    }
}
