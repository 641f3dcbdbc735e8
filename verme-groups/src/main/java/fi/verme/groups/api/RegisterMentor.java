package fi.verme.groups.api;

/** {@code personId} is the mentor's entry in the person register, where their name and e-mail stay. */
public record RegisterMentor(String mentorId, String personId, String organisation, int trainingYear,
                             String trainingProvider) {
}
