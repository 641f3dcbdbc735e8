package fi.verme.verifier;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of an export (docs/audit-format.md, "The export"): an event as stored, with its link in the
 * year's chain ({@code link}, hex; null for an event the chain does not hold) and the position of the
 * event before it in that chain ({@code previousPosition}, null for the year's first).
 */
record ExportLine(long position, String eventId, String type, String revision, String time, String aggregateType,
                  String aggregateId, long sequence, String actingUser, String correlationId, String payload,
                  String metadata, String link, Long previousPosition) {

    static final Set<String> FIELDS = Set.of("position", "eventId", "type", "revision", "time", "aggregateType",
            "aggregateId", "sequence", "actingUser", "correlationId", "payload", "metadata", "link",
            "previousPosition");
    private static final Pattern LINK = Pattern.compile("[0-9a-f]{64}");

    /** The line's fields, or what makes it no export line (the format's rules of "The export" and "The chain"). */
    static ExportLine parse(String text) throws IOException {
        var fields = FlatJson.read(text, FIELDS, Set.of());
        var line = new ExportLine(FlatJson.number(fields, "position", false),
                chained(fields, "eventId", false), chained(fields, "type", false), chained(fields, "revision", true),
                chained(fields, "time", false), FlatJson.string(fields, "aggregateType", true),
                chained(fields, "aggregateId", false), FlatJson.number(fields, "sequence", false),
                FlatJson.string(fields, "actingUser", true), FlatJson.string(fields, "correlationId", true),
                chained(fields, "payload", false), chained(fields, "metadata", true),
                FlatJson.string(fields, "link", true), FlatJson.number(fields, "previousPosition", true));
        if (line.link() != null && !LINK.matcher(line.link()).matches()) {
            throw new IOException("the field link is not 64 lowercase hexadecimal digits");
        }
        return line;
    }

    /**
     * A field the link covers: without a line feed (the stored bytes' separator), and not empty where it may be
     * null (an absent value is written as nothing, so empty and absent must not both be possible).
     */
    private static String chained(java.util.Map<String, Object> fields, String name, boolean nullable)
            throws IOException {
        var value = FlatJson.string(fields, name, nullable);
        if (value != null && value.indexOf('\n') >= 0) {
            throw new IOException("the field " + name + " holds a line feed");
        }
        if (value != null && value.isEmpty()) {
            throw new IOException("the field " + name + " is empty");
        }
        return value;
    }

    byte[] storedBytes() {
        return ChainLink.storedBytes(eventId, aggregateId, sequence, type, revision, time, payload, metadata);
    }

    /** How a finding names it: position, event id and the event's short name, safe to print. */
    String name() {
        return "position " + position + " (event " + Printable.of(eventId) + ", "
                + Printable.of(type.substring(type.lastIndexOf('.') + 1)) + ")";
    }

    /** Whether {@code actingUser} and {@code correlationId} are what the metadata, which the link covers, says. */
    boolean copiesHold() {
        var meta = metadata == null ? java.util.Map.<String, String>of() : FlatJson.topLevelStrings(metadata);
        return meta != null && java.util.Objects.equals(actingUser, meta.get("actingUser"))
                && java.util.Objects.equals(correlationId, meta.get("correlationId"));
    }

    /** The programme year the payload names ({@code organiser/schoolYear}), or null when it names none. */
    String programmeYear() {
        var fields = FlatJson.topLevelStrings(payload);
        if (fields == null || fields.get("programmeYear.organiser") == null
                || fields.get("programmeYear.schoolYear") == null) {
            return null;
        }
        return fields.get("programmeYear.organiser") + "/" + fields.get("programmeYear.schoolYear");
    }
}
