package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** A group takes part in one kickoff and one closing a programme year: planned or held, another is refused. */
@ProblemType(value = "joint-meeting-kind-taken", kind = Refusal.Kind.CONFLICT)
public class JointMeetingKindTakenException extends MeetingStateException {

    public JointMeetingKindTakenException(String groupId, JointMeetingKind kind, String jointMeetingId) {
        super("Group " + groupId + " already has the " + kind + " joint meeting " + jointMeetingId
                + " this programme year");
    }
}
