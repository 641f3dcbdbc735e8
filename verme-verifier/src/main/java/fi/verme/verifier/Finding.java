package fi.verme.verifier;

/**
 * Something the verifier found wrong. {@code kind} is one of the words docs/audit-format.md defines
 * ({@code changed}, {@code removed}, {@code inserted}, {@code order}, {@code unreadable}, {@code end},
 * {@code signature}, {@code key}); {@code position} is the event's position in the export, or null when the
 * finding is about the checkpoint or the whole file.
 */
public record Finding(String kind, Long position, String text) {

    @Override
    public String toString() {
        return kind + ": " + text;
    }
}
