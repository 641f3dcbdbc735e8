package fi.verme.shared;

import java.util.List;
import java.util.ArrayList;

/**
 * A module's views, by processing group: the application keeps each in the transaction that appends its events
 * (a subscribing processor), so a write's answer and every read after it show the write without waiting, and
 * rebuilds them from the events on request (a view's reset handler empties its tables). A module declares its
 * views as a bean of this type.
 */
public record ViewProcessors(List<String> names) {

    public ViewProcessors {
        names = List.copyOf(names);
    }

    public static ViewProcessors of(String... names) {
        return new ViewProcessors(List.of(names));
    }

    /**
     * A view's reset, run in the rebuild's transaction: its tables locked against writers (a write that would change
     * them waits until the rebuild commits, while reads go on answering from them as they were), then emptied.
     */
    public static List<String> emptying(String... tables) {
        var statements = new ArrayList<String>();
        statements.add("lock table " + String.join(", ", tables) + " in exclusive mode");
        for (var table : tables) {
            statements.add("delete from " + table);
        }
        return statements;
    }
}
