package fi.verme.meetings.domain;

import fi.verme.meetings.api.ClosedDay;
import fi.verme.meetings.api.SchoolBreak;
import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Optional;

/** The days of a programme year on which no meeting series meets: Finland's public holidays and the organiser's breaks. */
public interface SchoolCalendar {

    /** The organiser's breaks set for the year (none until a coordinator sets them). */
    List<SchoolBreak> breaks(ProgrammeYear programmeYear);

    /** Why the day is closed, if it is: a public holiday first, else the break it falls in. */
    default Optional<ClosedDay> closed(ProgrammeYear programmeYear, java.time.LocalDate date) {
        var holiday = FinnishHolidays.on(date);
        if (holiday != null) {
            return Optional.of(new ClosedDay(date, ClosedDay.PUBLIC_HOLIDAY, holiday));
        }
        return breaks(programmeYear).stream()
                .filter(b -> !date.isBefore(b.firstDay()) && !date.isAfter(b.lastDay()))
                .findFirst().map(b -> new ClosedDay(date, ClosedDay.SCHOOL_BREAK, b.name()));
    }
}
