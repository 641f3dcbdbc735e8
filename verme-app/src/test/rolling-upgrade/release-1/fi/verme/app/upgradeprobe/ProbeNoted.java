package fi.verme.app.upgradeprobe;

import org.axonframework.serialization.Revision;

/** Release 1's event: which instance wrote it, and a text. */
@Revision("1")
public record ProbeNoted(String instance, String text) {
}
