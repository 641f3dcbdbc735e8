package fi.verme.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a checkpoint document (docs/audit-format.md, "The checkpoint"): exactly its fields, {@code publicKey} optional. */
final class Checkpoints {

    private static final Set<String> REQUIRED = Set.of("programmeYear", "position", "link", "count", "time", "signature");
    private static final Pattern LINK = Pattern.compile("[0-9a-f]{64}");

    private Checkpoints() {
    }

    static Checkpoint read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Checkpoint parse(String text) throws IOException {
        var fields = FlatJson.read(text.strip(), REQUIRED, Set.of("publicKey"));
        var checkpoint = new Checkpoint(FlatJson.string(fields, "programmeYear", false),
                FlatJson.number(fields, "position", false), FlatJson.string(fields, "link", false),
                FlatJson.number(fields, "count", false), FlatJson.string(fields, "time", false),
                FlatJson.string(fields, "publicKey", true), FlatJson.string(fields, "signature", false));
        if (checkpoint.programmeYear().contains("|") || checkpoint.time().contains("|")) {
            throw new IOException("the signed fields are joined by |, which programmeYear and time must not hold");
        }
        if (!LINK.matcher(checkpoint.link()).matches()) {
            throw new IOException("the field link is not 64 lowercase hexadecimal digits");
        }
        return checkpoint;
    }
}
