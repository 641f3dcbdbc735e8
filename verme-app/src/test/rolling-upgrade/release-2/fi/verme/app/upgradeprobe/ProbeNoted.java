package fi.verme.app.upgradeprobe;

import org.axonframework.serialization.Revision;

/** Release 2's event: revision 2 adds the language the text is in. */
@Revision("2")
public record ProbeNoted(String instance, String text, String language) {
}
