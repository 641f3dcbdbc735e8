package fi.verme.verifier;

/**
 * Something the verifier found wrong. {@code kind} is one of the words docs/audit-format.md defines
 * ({@code changed}, {@code removed}, {@code inserted}, {@code order}, {@code unreadable}, {@code copy},
 * {@code year}, {@code after}, {@code end}, {@code signature}, {@code key}); {@code position} is the event's
 * position in the export and {@code line} its line in the file, each null when the finding is about the checkpoint
 * or the whole file. {@code text} is safe to print: what came from the files is escaped.
 */
public record Finding(String kind, Long position, Long line, String text) {

    @Override
    public String toString() {
        return kind + ": " + text;
    }
}
