package fi.verme.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a checkpoint document (docs/audit-format.md, "The checkpoint"). */
final class Checkpoints {

    private Checkpoints() {
    }

    static Checkpoint read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Checkpoint parse(String text) throws IOException {
        var fields = FlatJson.read(text.strip());
        return new Checkpoint(FlatJson.string(fields, "programmeYear", true), FlatJson.number(fields, "position", true),
                FlatJson.string(fields, "link", true), FlatJson.number(fields, "count", true),
                FlatJson.string(fields, "time", true), FlatJson.string(fields, "publicKey", false),
                FlatJson.string(fields, "signature", true));
    }
}
