package fi.verme.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinnishHolidaysTest {

    @Test
    void easterFollowsTheComputusInYearsKnownFromTheAlmanac() {
        assertThat(FinnishHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FinnishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FinnishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FinnishHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void theHolidaysOfSpring2027AreThoseOfTheCalendar() {
        var days = FinnishHolidays.of(2027);
        assertThat(days).containsEntry(LocalDate.of(2027, 1, 6), "Loppiainen")
                .containsEntry(LocalDate.of(2027, 3, 26), "Pitkäperjantai")
                .containsEntry(LocalDate.of(2027, 3, 29), "2. pääsiäispäivä")
                .containsEntry(LocalDate.of(2027, 5, 6), "Helatorstai")
                .containsEntry(LocalDate.of(2027, 6, 25), "Juhannusaatto")
                .containsEntry(LocalDate.of(2027, 6, 26), "Juhannuspäivä")
                .containsEntry(LocalDate.of(2027, 11, 6), "Pyhäinpäivä")
                .hasSize(15);
        assertThat(FinnishHolidays.on(LocalDate.of(2026, 12, 6))).isEqualTo("Itsenäisyyspäivä");
        assertThat(FinnishHolidays.on(LocalDate.of(2026, 10, 31))).isEqualTo("Pyhäinpäivä");
        assertThat(FinnishHolidays.on(LocalDate.of(2026, 12, 8))).isNull();
    }
}
