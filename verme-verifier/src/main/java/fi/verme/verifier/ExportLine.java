package fi.verme.verifier;

import java.io.IOException;

/**
 * One line of an export (docs/audit-format.md, "The export"): an event as stored, with its link in the
 * year's chain ({@code link}, hex; null for an event the chain does not hold) and the position of the
 * event before it in that chain ({@code previousPosition}, null for the year's first).
 */
record ExportLine(long position, String eventId, String type, String revision, String time, String aggregateId,
                  long sequence, String payload, String metadata, String link, Long previousPosition) {

    static ExportLine parse(String text) throws IOException {
        var fields = FlatJson.read(text);
        return new ExportLine(FlatJson.number(fields, "position", true), FlatJson.string(fields, "eventId", true),
                FlatJson.string(fields, "type", true), FlatJson.string(fields, "revision", false),
                FlatJson.string(fields, "time", true), FlatJson.string(fields, "aggregateId", true),
                FlatJson.number(fields, "sequence", true), FlatJson.string(fields, "payload", true),
                FlatJson.string(fields, "metadata", false), FlatJson.string(fields, "link", false),
                FlatJson.number(fields, "previousPosition", false));
    }

    byte[] storedBytes() {
        return ChainLink.storedBytes(eventId, aggregateId, sequence, type, revision, time, payload, metadata);
    }

    /** How a finding names it: position, event id and the event's short name. */
    String name() {
        return "position " + position + " (event " + eventId + ", " + type.substring(type.lastIndexOf('.') + 1) + ")";
    }
}
