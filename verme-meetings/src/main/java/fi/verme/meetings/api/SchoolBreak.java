package fi.verme.meetings.api;

import java.time.LocalDate;

/**
 * A school break of the organiser's year (syysloma, joululoma, talviloma, pääsiäisloma…), during which no
 * meeting series places a meeting.
 *
 * @param name the break's name, as the organiser calls it
 * @param firstDay the break's first day
 * @param lastDay the break's last day (the same as the first for a single day)
 */
public record SchoolBreak(String name, LocalDate firstDay, LocalDate lastDay) {
}
