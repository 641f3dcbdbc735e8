package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * A group takes part in as many kickoffs and closings a programme year as the year's rules allow (one of each unless
 * set otherwise): planned or held, one more is refused.
 */
@ProblemType(value = "joint-meeting-kind-taken", kind = Refusal.Kind.CONFLICT)
public class JointMeetingKindTakenException extends MeetingStateException {

    private final JointMeetingKind jointKind;
    private final int limit;

    public JointMeetingKindTakenException(String groupId, JointMeetingKind kind, int limit) {
        super("Group " + groupId + " already takes part in " + limit + " " + kind
                + " joint meeting(s) this programme year, as many as its rules allow");
        this.jointKind = kind;
        this.limit = limit;
    }

    /** {0} how many of the kind a group may take part in. */
    @Override
    public List<Object> detailArguments() {
        return List.of(limit);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("jointKind", jointKind.name(), "limit", limit);
    }
}
