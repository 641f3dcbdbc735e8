package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Attendance lists only people who were members of the group on the meeting's date. */
@ProblemType(value = "attendee-not-a-member", kind = Refusal.Kind.CONFLICT)
public class AttendeeNotAMemberException extends Refusal {

    private final String personId;
    private final LocalDate date;

    public AttendeeNotAMemberException(String groupId, String personId, LocalDate date) {
        super("Person " + personId + " was not a member of group " + groupId + " on " + date);
        this.personId = personId;
        this.date = date;
    }

    public String personId() {
        return personId;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(date);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("personId", personId);
    }
}
