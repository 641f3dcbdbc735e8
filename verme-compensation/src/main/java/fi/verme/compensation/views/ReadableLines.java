package fi.verme.compensation.views;

import fi.verme.compensation.api.CompensationView.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Lines as people read them: a change of the rules after approval (a new hourly fee, say) makes a difference
 * for every source approved before, and 29 meetings would give 29 adjustment lines of 2,63 €. Here the
 * adjustments of one mentor, payee, kind, status and period become one line, at the place of the first of
 * them, naming all their sources and events; every other line stays as it is. The amounts are the sums of
 * the sources' own, each already rounded to the cent, so no total changes.
 */
final class ReadableLines {

    private ReadableLines() {
    }

    private record Key(String mentorId, Object payee, Object kind, Object status, String periodId) {
    }

    static List<Line> of(List<Line> lines) {
        var adjustments = new LinkedHashMap<Key, List<Line>>();
        for (var line : lines) {
            if (line.adjustment()) {
                adjustments.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
            }
        }
        var readable = new ArrayList<Line>();
        for (var line : lines) {
            if (!line.adjustment()) {
                readable.add(line);
                continue;
            }
            var group = adjustments.get(key(line));
            if (group.get(0) == line) {
                readable.add(group.size() == 1 ? line : combined(group));
            }
        }
        return readable;
    }

    private static Key key(Line line) {
        return new Key(line.mentorId(), line.payee(), line.kind(), line.status(), line.periodId());
    }

    /** {@code description}: how many sources the line adjusts, in Finnish and English as the ledger's own. */
    private static Line combined(List<Line> group) {
        var first = group.get(0);
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        LocalDate date = null;
        var events = new LinkedHashSet<String>();
        var sources = new ArrayList<String>();
        for (var line : group) {
            amount = amount == null || line.amount() == null ? null : amount.add(line.amount());
            quantity = quantity == null || line.quantity() == null ? null : quantity.add(line.quantity());
            date = date == null || line.date().isAfter(date) ? line.date() : date;
            events.addAll(line.eventIds());
            sources.addAll(line.sourceIds());
        }
        return new Line(null, first.kind(), group.size() + " kpl / items", date, quantity, amount, first.status(),
                first.periodId(), true, List.copyOf(events), first.mentorId(), first.payee(), first.paymentType(),
                List.copyOf(sources));
    }
}
