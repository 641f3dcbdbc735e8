package fi.verme.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The auditor's verifier, run on their own machine: checks an export against a checkpoint they kept,
 * and prints "intact" or every event it finds changed, removed or inserted.
 * <pre>java -cp verme-app.jar -Dloader.main=fi.verme.app.audit.Verify \
 *     org.springframework.boot.loader.launch.PropertiesLauncher events.ndjson checkpoint.json</pre>
 */
public final class Verify {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Verify() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Verify <events.ndjson> <checkpoint.json>");
            System.exit(2);
        }
        var findings = verify(Path.of(args[0]), JSON.readValue(Path.of(args[1]).toFile(), Checkpoint.class));
        if (findings.isEmpty()) {
            System.out.println("intact");
        } else {
            findings.forEach(System.out::println);
            System.exit(1);
        }
    }

    /** Empty when intact; otherwise one line per finding, naming the event's position and id. */
    public static List<String> verify(Path export, Checkpoint checkpoint) throws IOException {
        var findings = new ArrayList<String>();
        if (!signatureHolds(checkpoint)) {
            findings.add("the checkpoint's signature does not hold: it was not made by this installation's key");
        }
        byte[] previousLink = null;
        Long previousPosition = null;
        long count = 0;
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String text;
            while ((text = lines.readLine()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                JsonNode line = JSON.readTree(text);
                long position = line.get("position").asLong();
                if (position > checkpoint.position()) {
                    break;
                }
                var name = "position " + position + " (event " + line.get("eventId").asText() + ", "
                        + line.get("type").asText() + ")";
                if (line.get("link").isNull()) {
                    findings.add("inserted: " + name + " is not in the chain");
                    continue;
                }
                count++;
                var recordedPrevious = line.get("previousPosition").isNull() ? null : line.get("previousPosition").asLong();
                if (!Objects.equals(recordedPrevious, previousPosition)) {
                    findings.add("removed: the event at position " + recordedPrevious + ", between "
                            + (previousPosition == null ? "the start" : "position " + previousPosition) + " and " + name);
                }
                var recorded = HexFormat.of().parseHex(line.get("link").asText());
                var expected = ChainLink.next(previousLink, ChainLink.storedBytes(line.get("eventId").asText(),
                        line.get("aggregateId").asText(), line.get("sequence").asLong(), line.get("type").asText(),
                        line.get("revision").isNull() ? null : line.get("revision").asText(),
                        line.get("time").asText(), line.get("payload").asText(),
                        line.get("metadata").isNull() ? null : line.get("metadata").asText()));
                if (!java.util.Arrays.equals(expected, recorded)) {
                    findings.add("changed: " + name);
                }
                previousLink = recorded;
                previousPosition = position;
            }
        }
        var last = previousLink == null ? ChainLink.GENESIS : previousLink;
        if (!HexFormat.of().formatHex(last).equals(checkpoint.link()) || count != checkpoint.count()) {
            findings.add("the export does not end in the checkpoint's link (" + count + " of " + checkpoint.count()
                    + " chained events up to position " + checkpoint.position() + ")");
        }
        return findings;
    }

    private static boolean signatureHolds(Checkpoint checkpoint) {
        try {
            var key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(checkpoint.publicKey())));
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(ChainLink.checkpointBytes(checkpoint.programmeYear(), checkpoint.position(),
                    checkpoint.link(), checkpoint.count(), checkpoint.time()));
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
