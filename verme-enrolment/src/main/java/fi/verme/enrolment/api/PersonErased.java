package fi.verme.enrolment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The person's register entry was removed; views show them as erased from now on. */
@Revision("1")
public record PersonErased(String personId, Instant erasedAt) {
}
