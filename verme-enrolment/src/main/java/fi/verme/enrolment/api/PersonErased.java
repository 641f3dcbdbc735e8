package fi.verme.enrolment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A person's contact details were erased from the person register on request: views show them as erased from then on.
 * It is published by the register itself, not applied by an aggregate, and names no programme year, so it is in no
 * year's export.
 *
 * @param personId the id of the person erased, which earlier events still carry (it no longer leads to a name)
 * @param erasedAt when the person was erased
 */
@Revision("1")
public record PersonErased(String personId, Instant erasedAt) {
}
