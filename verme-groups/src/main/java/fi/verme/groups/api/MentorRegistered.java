package fi.verme.groups.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Revision 2 added {@code organiser}, the organiser the mentor belongs to. Revision 1 events are read
 * with {@code organiser} null: a legacy mentor, shared by all organisers, whose details only a
 * coordinator of all organisers ({@code *}) changes.
 */
@Revision("2")
public record MentorRegistered(String mentorId, String personId, String organisation, int trainingYear,
                               String trainingProvider, Instant registeredAt, String organiser) {
}
