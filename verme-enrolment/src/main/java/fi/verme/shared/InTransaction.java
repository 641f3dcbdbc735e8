package fi.verme.shared;

import java.util.List;

/**
 * A module's lookups (what its rules consult) and policies (what answers an event with a command), by processing
 * group: the application keeps them, with the views ({@link ViewProcessors}), in the transaction that appends their
 * events, so a rule sees every earlier write, a lookup's unique key refuses what two concurrent commands would both
 * do, and a handler that fails rolls back the command that caused it. A module declares them as a bean of this type.
 */
public record InTransaction(List<String> groups) {

    public InTransaction {
        groups = List.copyOf(groups);
    }

    public static InTransaction of(String... groups) {
        return new InTransaction(List.of(groups));
    }
}
