package fi.verme.meetings.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finland's public holidays (and the eves that are days off) of a calendar year, by the Act on public holidays:
 * the fixed ones, those that follow Easter, Midsummer and All Saints' Day, which fall on a Saturday between given
 * days. Easter is computed by the Gregorian computus (the anonymous algorithm of Meeus).
 */
public final class FinnishHolidays {

    private FinnishHolidays() {
    }

    /** Every public holiday of the year, with its Finnish name. */
    public static Map<LocalDate, String> of(int year) {
        var days = new TreeMap<LocalDate, String>();
        days.put(LocalDate.of(year, 1, 1), "Uudenvuodenpäivä");
        days.put(LocalDate.of(year, 1, 6), "Loppiainen");
        var easter = easterSunday(year);
        days.put(easter.minusDays(2), "Pitkäperjantai");
        days.put(easter, "Pääsiäispäivä");
        days.put(easter.plusDays(1), "2. pääsiäispäivä");
        days.put(LocalDate.of(year, 5, 1), "Vappu");
        days.put(easter.plusDays(39), "Helatorstai");
        days.put(easter.plusDays(49), "Helluntaipäivä");
        var midsummer = saturdayFrom(MonthDay.of(6, 20), year);
        days.put(midsummer.minusDays(1), "Juhannusaatto");
        days.put(midsummer, "Juhannuspäivä");
        days.put(saturdayFrom(MonthDay.of(10, 31), year), "Pyhäinpäivä");
        days.put(LocalDate.of(year, 12, 6), "Itsenäisyyspäivä");
        days.put(LocalDate.of(year, 12, 24), "Jouluaatto");
        days.put(LocalDate.of(year, 12, 25), "Joulupäivä");
        days.put(LocalDate.of(year, 12, 26), "Tapaninpäivä");
        return days;
    }

    /** The holiday on that day, if it is one. */
    public static String on(LocalDate date) {
        return of(date.getYear()).get(date);
    }

    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate saturdayFrom(MonthDay first, int year) {
        return first.atYear(year).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }
}
