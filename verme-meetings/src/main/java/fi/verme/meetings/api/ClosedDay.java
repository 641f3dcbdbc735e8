package fi.verme.meetings.api;

import java.time.LocalDate;

/**
 * A day a meeting series does not use: {@code kind} {@code PUBLIC_HOLIDAY} (its Finnish name) or
 * {@code SCHOOL_BREAK} (the break's name).
 */
public record ClosedDay(LocalDate date, String kind, String name) {

    public static final String PUBLIC_HOLIDAY = "PUBLIC_HOLIDAY";
    public static final String SCHOOL_BREAK = "SCHOOL_BREAK";
}
