package fi.verme.meetings.api;

import java.time.LocalDate;

/** Attendance lists only people who were members of the group on the meeting's date. */
public class AttendeeNotAMemberException extends RuntimeException {

    private final String personId;

    public AttendeeNotAMemberException(String groupId, String personId, LocalDate date) {
        super("Person " + personId + " was not a member of group " + groupId + " on " + date);
        this.personId = personId;
    }

    public String personId() {
        return personId;
    }
}
