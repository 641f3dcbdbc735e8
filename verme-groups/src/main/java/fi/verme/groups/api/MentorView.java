package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * A mentor and the groups they lead. {@code email} is null once the person is erased. {@code organiser}
 * is the organiser the mentor belongs to, null for a mentor registered before mentors had one.
 */
public record MentorView(String mentorId, String personId, PersonName name, String email, String organisation,
                         int trainingYear, String trainingProvider, List<LedGroup> groups, String organiser) {

    public record LedGroup(String groupId, ProgrammeYear programmeYear, String name, GroupStatus status) {
    }

    /** Whether the mentor's person is erased: their id then makes nobody a payee or a group's mentor again. */
    public boolean erased() {
        return email == null;
    }
}
