package fi.verme.shared;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One organiser's programme in one school year, e.g. {@code seinajoki/2026-2027}.
 * A school year runs from 1 August to 31 July.
 *
 * @param organiser the organiser's slug: 2-40 lowercase letters a-z, digits or '-', e.g. {@code seinajoki}
 * @param schoolYear the school year, written {@code YYYY-YYYY}, e.g. {@code 2026-2027}
 */
public record ProgrammeYear(String organiser, String schoolYear) {

    private static final Pattern ORGANISER = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    public ProgrammeYear {
        if (!isOrganiser(organiser)) {
            throw new InvalidInputException("organiser",
                    "an organiser slug: 2-40 lowercase letters a-z, digits or '-', e.g. seinajoki");
        }
        var year = schoolYear == null ? null : SCHOOL_YEAR.matcher(schoolYear);
        if (year == null || !year.matches()
                || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
            throw new InvalidInputException("schoolYear", "a school year written YYYY-YYYY, e.g. 2026-2027");
        }
    }

    /** The programme year of an identifier made by {@link #id()}. */
    public static ProgrammeYear fromId(String id) {
        int slash = id == null ? -1 : id.indexOf('/');
        if (slash < 0) {
            throw new InvalidInputException("programmeYear", "organiser/schoolYear, e.g. seinajoki/2026-2027");
        }
        return new ProgrammeYear(id.substring(0, slash), id.substring(slash + 1));
    }

    /** Whether the text is an organiser slug, e.g. {@code seinajoki}. */
    public static boolean isOrganiser(String organiser) {
        return organiser != null && ORGANISER.matcher(organiser).matches();
    }

    /** The school year that contains the given date. */
    public static String schoolYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return start + "-" + (start + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 8, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    /** The identifier used for aggregates and in URLs: {@code organiser/schoolYear}. */
    public String id() {
        return organiser + "/" + schoolYear;
    }

    @Override
    public String toString() {
        return id();
    }
}
