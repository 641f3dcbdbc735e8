package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's messages name its city as every later message does: the organiser is registered before the demo's
 * year is seeded, not after it. (The same context as ReplayTest's, so no start-up of its own.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "verme.demo.enabled=true")
class DemoNoticesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemosMessagesNameTheCityNotItsSlug() {
        var bodies = jdbc.queryForList("""
                select body from app.outbox where programme_year = ? and kind = 'enrolment-received'""", String.class,
                "seinajoki/" + Programmes.SCHOOL_YEAR);
        assertThat(bodies).isNotEmpty().allSatisfy(body -> assertThat(body).contains("Seinäjoen kaupunki")
                .doesNotContain("(seinajoki "));
    }
}
