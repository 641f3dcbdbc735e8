package fi.verme.groups.api;

/**
 * {@code personId} is the mentor's entry in the person register, where their name and e-mail stay.
 * {@code organiser} is the organiser whose coordinator registers the mentor: only its coordinators
 * change the mentor's details, and its programme years pay the mentor's organising hours.
 */
public record RegisterMentor(String mentorId, String personId, String organisation, int trainingYear,
                             String trainingProvider, String organiser) {

    /** Verme mentor training began in 2007: no mentor was trained before. */
    public static final int FIRST_TRAINING_YEAR = 2007;
}
