package fi.verme.shared;

import java.util.List;

/**
 * A module's lookups (what its rules consult) or policies (what answers an event with a command), by processing
 * group: the application keeps them, with the views ({@link ViewProcessors}), in the transaction that appends their
 * events, so a rule sees every earlier write, a lookup's unique key refuses what two concurrent commands would both
 * do, and a handler that fails rolls back the command that caused it. An event reaches the lookups first, then the
 * policies (whose commands consult the lookups), then the views. A module declares them as beans of this type.
 */
public record InTransaction(Kind kind, List<String> groups) {

    public enum Kind { LOOKUPS, POLICIES }

    public InTransaction {
        groups = List.copyOf(groups);
    }

    public static InTransaction lookups(String... groups) {
        return new InTransaction(Kind.LOOKUPS, List.of(groups));
    }

    public static InTransaction policies(String... groups) {
        return new InTransaction(Kind.POLICIES, List.of(groups));
    }
}
