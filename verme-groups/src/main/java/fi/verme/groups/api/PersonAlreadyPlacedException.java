package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

/** A person is in at most one group per programme year. */
public class PersonAlreadyPlacedException extends RuntimeException {

    private final String groupId;

    public PersonAlreadyPlacedException(ProgrammeYear programmeYear, String groupId) {
        super("This person is already in group " + groupId + " in " + programmeYear
                + "; remove them from it first to move them");
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }
}
