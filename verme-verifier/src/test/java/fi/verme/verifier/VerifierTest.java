package fi.verme.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an outsider tried on the verifier, each kept as a test: changes to what covered events say, to the lines
 * around them, to the checkpoint and to the key must not pass as intact, and what the verifier prints from a file
 * must not be able to pose as its verdict.
 */
class VerifierTest {

    static List<String> events;
    static Checkpoint checkpoint;
    static PublicKey key;

    @BeforeAll
    static void vectors() throws IOException {
        events = Files.readAllLines(AuditVectorsTest.VECTORS.resolve("events.ndjson"));
        checkpoint = Checkpoints.read(AuditVectorsTest.VECTORS.resolve("checkpoint.json"));
        key = PublicKeys.read(AuditVectorsTest.VECTORS.resolve("public-key.pem"));
    }

    @Test
    void theVectorsAreIntactAndEveryEventIsCounted() throws IOException {
        var verification = verify(events);
        assertThat(verification.findings()).isEmpty();
        assertThat(verification.checked()).isEqualTo(16);
    }

    @Test
    void whoCausedAnEventCannotBeChangedBesideTheMetadataThatSaysIt() throws IOException {
        assertThat(kinds(edit(3, "\"actingUser\":\"demo-data\"", "\"actingUser\":\"kaupunginjohtaja\""))).containsExactly("copy");
        assertThat(kinds(edit(3, "\"actingUser\":\"demo-data\"", "\"actingUser\":null"))).containsExactly("copy");
    }

    @Test
    void aLineWithAFieldMoreOrLessIsUnreadable() throws IOException {
        assertThat(kinds(edit(3, "\"position\":52,", "\"position\":52,\"note\":\"approved by the mayor\","))).contains("unreadable");
        assertThat(kinds(edit(3, "\"aggregateType\":\"Enrolment\",", ""))).contains("unreadable");
    }

    @Test
    void anEventPlacedAmongLaterOnesIsFoundOutOfOrder() throws IOException {
        var lines = new ArrayList<>(events);
        lines.add(events.get(15).replace("\"position\":218", "\"position\":300").replace("\"previousPosition\":217",
                "\"previousPosition\":218"));
        lines.add(events.get(7).replace("\"position\":116", "\"position\":100"));
        assertThat(kinds(lines)).contains("order");
    }

    /**
     * An outside auditor took the checkpoint, then the export, and changed an event that came in between: nothing
     * covers lines after the checkpoint's position, so they are named, and the export is not intact.
     */
    @Test
    void linesAfterTheCheckpointAreNamedAsNotCovered() throws IOException {
        var lines = new ArrayList<>(events);
        lines.add(events.get(15).replace("\"position\":218", "\"position\":264")
                .replace("\"previousPosition\":217", "\"previousPosition\":218"));
        var one = verify(lines);
        assertThat(one.findings()).extracting(Finding::kind).containsExactly("after");
        assertThat(one.findings().get(0).text()).startsWith("line 17, at position 264, comes after the checkpoint's "
                + "position 218: the checkpoint does not cover it").endsWith("(…/events?through=218)");
        assertThat(one.checked()).isEqualTo(16);
        lines.add(events.get(15).replace("\"position\":218", "\"position\":300")
                .replaceAll("\"link\":\"[0-9a-f]{64}\"", "\"link\":null"));
        var two = verify(lines).findings();
        assertThat(two).extracting(Finding::kind).containsExactly("after");
        assertThat(two.get(0).text()).startsWith("2 lines, from line 17 at position 264 to line 18 at position 300, "
                + "come after");
        assertThat(two.get(0).line()).isEqualTo(17);
    }

    @Test
    void halfASurrogatePairOrAForeignLineEndIsUnreadable() throws IOException {
        assertThat(kinds(edit(1, "EnrolmentSubmitted\",", "EnrolmentSubmitted\\ud800\","))).contains("unreadable");
        var joined = new ArrayList<>(events);
        joined.set(1, events.get(1) + "\r" + events.get(2));
        joined.remove(2);
        assertThat(kinds(joined)).contains("unreadable");
    }

    @Test
    void aLineFeedCannotMoveFromOneCoveredFieldToTheNext() throws IOException {
        assertThat(kinds(edit(1, "\"metadata\":\"{", "\"metadata\":\"\\n{"))).contains("unreadable");
    }

    @Test
    void anotherYearsEventsDoNotPassForThisYears() throws IOException {
        var other = new Checkpoint("kurikka/2026-2027", checkpoint.position(), checkpoint.link(), checkpoint.count(),
                checkpoint.time(), checkpoint.publicKey(), checkpoint.signature());
        var findings = Verifier.verify(stream(events), other, key).findings();
        assertThat(findings).extracting(Finding::kind).contains("year", "signature");
    }

    @Test
    void whatTheVerifierQuotesFromAFileCannotPoseAsItsVerdict() throws IOException {
        var findings = Verifier.verify(stream(edit(3, "\"eventId\":\"0054bae0-744a-490d-839a-3be0d91032c7\"",
                "\"eventId\":\"\\r\\u001b[2Kintact\\u001b[8m\"")), checkpoint, key).findings();
        assertThat(findings).isNotEmpty().allSatisfy(finding ->
                assertThat(finding.toString()).doesNotContain("\r", "\n", "\u001b"));
    }

    @Test
    void aCopyOfAnEventLinkedIntoTheChainIsInsertedWhenTheNextLineGoesOnWithoutIt() throws IOException {
        // A copy of the event at 52, placed at 60 and linked from 54; the event at 62 goes on from 54 without it.
        var lines = new ArrayList<>(events.subList(0, 5));
        lines.add(events.get(3).replace("\"position\":52", "\"position\":60").replace("\"previousPosition\":3",
                "\"previousPosition\":54"));
        lines.addAll(events.subList(5, events.size()));
        var verification = verify(lines);
        assertThat(verification.findings()).extracting(Finding::kind).containsExactly("inserted");
        assertThat(verification.findings().get(0).position()).isEqualTo(60);
        assertThat(verification.findings().get(0).text()).startsWith("position 60 (event 0054bae0");
        assertThat(verification.checked()).isEqualTo(16);
    }

    @Test
    void aSignatureInAnyButItsOneEncodingDoesNotHold() throws IOException {
        var unpadded = new Checkpoint(checkpoint.programmeYear(), checkpoint.position(), checkpoint.link(),
                checkpoint.count(), checkpoint.time(), checkpoint.publicKey(), checkpoint.signature().replace("=", ""));
        assertThat(Verifier.verify(stream(events), unpadded, key).findings()).extracting(Finding::kind)
                .containsExactly("signature");
    }

    @Test
    void aKeyFileWithMoreThanOneKeyIsNoKey() throws IOException {
        var pem = Files.readString(AuditVectorsTest.VECTORS.resolve("public-key.pem"));
        assertThatThrownBy(() -> PublicKeys.parse(pem + pem)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PublicKeys.parse("a key:\n" + pem)).isInstanceOf(IOException.class);
        assertThat(PublicKeys.parse("\n" + pem + "\n")).isEqualTo(key);
    }

    /** The fingerprint read out over the phone is what OpenSSL prints for the PEM file (audit-format.md). */
    @Test
    void aKeysFingerprintIsTheSha256OfItsDerAsOpenSslPrintsIt() {
        assertThat(PublicKeys.fingerprint(key))
                .isEqualTo("f088b512b4e2c3b521dbebb35fdd79cb1a8209d8b992fb97f065419dbfc20f14");
    }

    private static List<String> edit(int line, String from, String to) {
        assertThat(events.get(line)).contains(from);
        var lines = new ArrayList<>(events);
        lines.set(line, events.get(line).replace(from, to));
        return lines;
    }

    private static List<String> kinds(List<String> lines) throws IOException {
        return verify(lines).findings().stream().map(Finding::kind).distinct().toList();
    }

    private static Verification verify(List<String> lines) throws IOException {
        return Verifier.verify(stream(lines), checkpoint, key);
    }

    private static ByteArrayInputStream stream(List<String> lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
