package fi.verme.groups.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MentorDetailsChanged(String mentorId, String organisation, int trainingYear, String trainingProvider) {
}
