package fi.verme.groups.api;

import org.axonframework.serialization.Revision;

/**
 * A coordinator changed a mentor's organisation or training. Revision 0, written by an import of the organisers' old
 * spreadsheets, kept the training in one text field and is read as revision 1.
 *
 * @param mentorId the mentor whose details changed
 * @param organisation the organisation the mentor works for from now on
 * @param trainingYear the year of the mentor's Verme training
 * @param trainingProvider who gave the training
 */
@Revision("1")
public record MentorDetailsChanged(String mentorId, String organisation, int trainingYear, String trainingProvider) {
}
