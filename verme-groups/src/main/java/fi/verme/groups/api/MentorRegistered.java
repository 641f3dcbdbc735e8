package fi.verme.groups.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MentorRegistered(String mentorId, String personId, String organisation, int trainingYear,
                               String trainingProvider, Instant registeredAt) {
}
