package fi.verme.groups.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A coordinator registered a trained Verme mentor. The mentor's name and contact details go to the person register;
 * the event keeps the person's id. Revision 2 added {@code organiser}: revision 1 events, written when mentors were
 * shared by all organisers, are read with {@code organiser} null.
 *
 * @param mentorId the mentor's id, which groups, meetings and claims name
 * @param personId the mentor's id in the person register
 * @param organisation the organisation the mentor works for (an organisation's name)
 * @param trainingYear the year of the mentor's Verme training, 2007 or later
 * @param trainingProvider who gave the training
 * @param registeredAt when the mentor was registered
 * @param organiser the organiser the mentor belongs to (its slug, e.g. {@code seinajoki}); null for a mentor registered
 *        before mentors belonged to an organiser (revision 1), shared by all organisers
 */
@Revision("2")
public record MentorRegistered(String mentorId, String personId, String organisation, int trainingYear,
                               String trainingProvider, Instant registeredAt, String organiser) {
}
