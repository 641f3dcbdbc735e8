package fi.verme.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Keeps the test vectors of docs/audit-vectors/ true: they are made from real events of a demo year
 * (src/test/resources/vectors/source.ndjson, sixteen events as Verme exported them) chained by the rules of
 * docs/audit-format.md and signed with a key made for these vectors alone; the tampered copy changes one byte,
 * removes one event and inserts one. The test makes them again and compares them with what is committed (so
 * that the committed files are what the rules give), then runs the verifier on them. After a deliberate change
 * of the format, {@code -Dverme.vectors.write=true} writes them anew.
 */
class AuditVectorsTest {

    static final Path VECTORS = Path.of("..", "docs", "audit-vectors");
    static final Path SOURCE = Path.of("src", "test", "resources", "vectors");
    static final String YEAR = "seinajoki/2026-2027";
    static final String SIGNED_AT = "2027-06-01T12:00:00Z";
    static final List<String> FIELDS = List.of("position", "eventId", "type", "revision", "time", "aggregateType",
            "aggregateId", "sequence", "actingUser", "correlationId", "payload", "metadata", "link", "previousPosition");

    @Test
    void theCommittedVectorsAreWhatTheFormatsRulesMake() throws Exception {
        var made = make();
        if (Boolean.getBoolean("verme.vectors.write")) {
            Files.createDirectories(VECTORS);
            for (var file : made.entrySet()) {
                Files.writeString(VECTORS.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (var file : made.entrySet()) {
            var committed = VECTORS.resolve(file.getKey());
            assertThat(Files.exists(committed)).as(committed + " is missing: run this test with -Dverme.vectors.write=true")
                    .isTrue();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as(committed + " is not what the rules make: run this test with -Dverme.vectors.write=true")
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void theVerifierFindsTheIntactExportIntactAndEveryTamperingInTheCopy() throws Exception {
        assertThat(run("events.ndjson", "checkpoint.json", "public-key.pem")).isEqualTo(new Run("intact\n", 0));

        var tampered = run("tampered.ndjson", "checkpoint.json", "public-key.pem");
        assertThat(tampered.output()).isEqualTo(Files.readString(VECTORS.resolve("tampered-findings.txt")));
        assertThat(tampered.output()).contains("changed: position 52 ", "removed: the event at position 155,",
                "inserted: position 160 ");
        assertThat(tampered.exitCode()).isEqualTo(1);

        var more = run("tampered-more.ndjson", "checkpoint.json", "public-key.pem");
        assertThat(more.output()).isEqualTo(Files.readString(VECTORS.resolve("tampered-more-findings.txt")));
        assertThat(more.output().lines().map(line -> line.substring(0, line.indexOf(':'))))
                .containsExactly("copy", "year", "changed", "unreadable", "order", "inserted", "after");
        assertThat(more.exitCode()).isEqualTo(1);

        var forged = run("events.ndjson", "forged-checkpoint.json", "public-key.pem");
        assertThat(forged.output()).isEqualTo(Files.readString(VECTORS.resolve("forged-checkpoint-findings.txt")));
        assertThat(forged.output()).startsWith("signature: ");
    }

    @Test
    void aVerifierOfAnotherLanguageCanCheckItsArithmeticEventByEvent() throws Exception {
        var chain = Files.readAllLines(VECTORS.resolve("chain.tsv"));
        var events = Files.readAllLines(VECTORS.resolve("events.ndjson"));
        assertThat(chain).hasSize(events.size() + 1);
        byte[] previous = null;
        for (int i = 0; i < events.size(); i++) {
            var line = ExportLine.parse(events.get(i));
            var columns = chain.get(i + 1).split("\t");
            assertThat(columns[0]).isEqualTo(Long.toString(line.position()));
            assertThat(columns[2]).isEqualTo(HexFormat.of().formatHex(sha256(line.storedBytes())));
            previous = ChainLink.next(previous, line.storedBytes());
            assertThat(columns[3]).isEqualTo(HexFormat.of().formatHex(previous)).isEqualTo(line.link());
        }
    }

    @Test
    void aFileItCannotReadExitsWithTwoAndTheUsageWithZero() {
        assertThat(run("events.ndjson", "checkpoint.json", "no-such.pem").exitCode()).isEqualTo(2);
        assertThat(run("events.ndjson", "public-key.pem", "public-key.pem").exitCode()).isEqualTo(2);
        assertThat(run("events.ndjson", "checkpoint.json").exitCode()).isEqualTo(2);
        assertThat(run("--help").exitCode()).isZero();
    }

    record Run(String output, int exitCode) {
    }

    private static Run run(String... files) {
        var args = files.length == 1 ? files
                : Arrays.stream(files).map(file -> VECTORS.resolve(file).toString()).toArray(String[]::new);
        var out = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new Run(out.toString(StandardCharsets.UTF_8), exitCode);
    }

    /** Every vector file by name, made from the source events and the vectors' key. */
    private static Map<String, String> make() throws Exception {
        var files = new TreeMap<String, String>();
        var keys = vectorsKey();
        var events = new ArrayList<Map<String, Object>>();
        var chain = new StringBuilder("position\tpreviousPosition\tsha256(storedBytes)\tlink\n");
        byte[] link = null;
        Long previous = null;
        for (var text : Files.readAllLines(SOURCE.resolve("source.ndjson"), StandardCharsets.UTF_8)) {
            var event = new LinkedHashMap<>(FlatJson.read(text, ExportLine.FIELDS, java.util.Set.of()));
            var line = ExportLine.parse(text);
            link = ChainLink.next(link, line.storedBytes());
            event.put("link", HexFormat.of().formatHex(link));
            event.put("previousPosition", previous);
            chain.append(line.position()).append('\t').append(previous == null ? "" : previous).append('\t')
                    .append(HexFormat.of().formatHex(sha256(line.storedBytes()))).append('\t')
                    .append(HexFormat.of().formatHex(link)).append('\n');
            previous = line.position();
            events.add(event);
        }
        files.put("events.ndjson", ndjson(events));
        files.put("chain.tsv", chain.toString());
        var end = new Checkpoint(YEAR, previous, HexFormat.of().formatHex(link), events.size(), SIGNED_AT,
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), null);
        files.put("checkpoint-signed-bytes.txt", new String(end.signedBytes(), StandardCharsets.UTF_8));
        files.put("checkpoint.json", checkpoint(end, keys));
        files.put("public-key.pem", PublicKeys.pem(keys.getPublic()));
        var forged = new Checkpoint(end.programmeYear(), end.position(), end.link(), end.count() + 1, end.time(),
                end.publicKey(), sign(end, keys));
        files.put("forged-checkpoint.json", json(forged));

        // One changed byte (the 52nd's reason), the 155th removed, and an event at 160 that the chain never held.
        var tampered = new ArrayList<Map<String, Object>>();
        for (var event : events) {
            var copy = new LinkedHashMap<>(event);
            long position = (Long) copy.get("position");
            if (position == 52) {
                copy.put("payload", ((String) copy.get("payload")).replaceFirst("\"reason\":\"([A-Z])", "\"reason\":\"X"));
            }
            if (position == 155) {
                continue;
            }
            tampered.add(copy);
            if (position == 116) {
                var inserted = new LinkedHashMap<>(event);
                inserted.put("position", 160L);
                inserted.put("eventId", "00000000-0000-4000-8000-000000000160");
                inserted.put("sequence", 9L);
                inserted.put("link", null);
                inserted.put("previousPosition", null);
                tampered.add(inserted);
            }
        }
        files.put("tampered.ndjson", ndjson(tampered));
        files.put("tampered-more.ndjson", tamperedMore(events));
        Files.createDirectories(Path.of("target"));
        var scratch = Files.createTempDirectory(Path.of("target"), "vectors");
        for (var file : files.entrySet()) {
            Files.writeString(scratch.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        files.put("tampered-findings.txt", findings(scratch, "tampered.ndjson", "checkpoint.json"));
        files.put("forged-checkpoint-findings.txt", findings(scratch, "events.ndjson", "forged-checkpoint.json"));
        files.put("tampered-more-findings.txt", findings(scratch, "tampered-more.ndjson", "checkpoint.json"));
        return files;
    }

    /**
     * The rest of the findings a line can give: at 2 who caused it changed beside its metadata (copy); at 3 its
     * year changed (year, and changed); after 54 a line that is no export line (unreadable); after 62 the same
     * event again (order); after 155 a copy of it at 160, linked on from 155, while the event at 167 goes on from
     * 155 (the chain goes back: inserted); and at the end an event at 300, after the checkpoint (after).
     */
    private static String tamperedMore(List<Map<String, Object>> events) {
        var out = new StringBuilder();
        for (var event : events) {
            var copy = new LinkedHashMap<>(event);
            long position = (Long) copy.get("position");
            if (position == 2) {
                copy.put("actingUser", "kaupunginjohtaja");
            }
            if (position == 3) {
                copy.put("payload", ((String) copy.get("payload")).replaceFirst("2026-2027", "2025-2026"));
            }
            out.append(ndjson(List.of(copy)));
            if (position == 54) {
                out.append("{\"position\":55,\"note\":\"approved by the mayor\"}\n");
            }
            if (position == 62) {
                out.append(ndjson(List.of(copy)));
            }
            if (position == 155) {
                var linkedCopy = new LinkedHashMap<>(event);
                linkedCopy.put("position", 160L);
                linkedCopy.put("eventId", "00000000-0000-4000-8000-000000000160");
                linkedCopy.put("previousPosition", 155L);
                out.append(ndjson(List.of(linkedCopy)));
            }
            if (position == 218) {
                var later = new LinkedHashMap<>(event);
                later.put("position", 300L);
                later.put("previousPosition", 218L);
                out.append(ndjson(List.of(later)));
            }
        }
        return out.toString();
    }

    private static String findings(Path directory, String export, String checkpoint) {
        var out = new ByteArrayOutputStream();
        Main.run(new String[] {directory.resolve(export).toString(), directory.resolve(checkpoint).toString(),
                        directory.resolve("public-key.pem").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The vectors' own key pair (PKCS #8 and X.509, base64, a line each), made for them alone and published with
     * them: it signs nothing else.
     */
    private static KeyPair vectorsKey() throws IOException, GeneralSecurityException {
        var lines = Files.readAllLines(SOURCE.resolve("vectors-key.txt"));
        var factory = KeyFactory.getInstance("Ed25519");
        return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
    }

    private static String checkpoint(Checkpoint unsigned, KeyPair keys) throws GeneralSecurityException {
        return json(new Checkpoint(unsigned.programmeYear(), unsigned.position(), unsigned.link(), unsigned.count(),
                unsigned.time(), unsigned.publicKey(), sign(unsigned, keys)));
    }

    private static String sign(Checkpoint checkpoint, KeyPair keys) throws GeneralSecurityException {
        var signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(checkpoint.signedBytes());
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    /** As Verme writes a checkpoint: its fields in the record's order. */
    private static String json(Checkpoint checkpoint) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("programmeYear", checkpoint.programmeYear());
        fields.put("position", checkpoint.position());
        fields.put("link", checkpoint.link());
        fields.put("count", checkpoint.count());
        fields.put("time", checkpoint.time());
        fields.put("publicKey", checkpoint.publicKey());
        fields.put("signature", checkpoint.signature());
        return write(fields) + "\n";
    }

    /** As Verme's export writes its lines: the fields in the export's order, one object a line. */
    private static String ndjson(List<Map<String, Object>> events) {
        var out = new StringBuilder();
        for (var event : events) {
            var ordered = new LinkedHashMap<String, Object>();
            FIELDS.forEach(field -> ordered.put(field, event.get(field)));
            out.append(write(ordered)).append('\n');
        }
        return out.toString();
    }

    private static String write(Map<String, Object> fields) {
        var text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            for (var field : fields.entrySet()) {
                if (field.getValue() == null) {
                    json.writeNullField(field.getKey());
                } else if (field.getValue() instanceof Long number) {
                    json.writeNumberField(field.getKey(), number);
                } else {
                    json.writeStringField(field.getKey(), (String) field.getValue());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
