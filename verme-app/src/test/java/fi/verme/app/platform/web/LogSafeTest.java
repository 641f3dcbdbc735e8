package fi.verme.app.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LogSafeTest {

    @Test
    void personalLinkTokensNeverReachTheLogInAnySpelling() {
        assertThat(LogSafe.text("/api/enrolment-links/eyJhbGciOi.abc-123/withdraw"))
                .isEqualTo("/api/enrolment-links/…/withdraw");
        assertThat(LogSafe.text("/api/surveys/answers/tok3n?x=1")).isEqualTo("/api/surveys/answers/…?x=1");
        assertThat(LogSafe.text("/api/Enrolment-Links%2Ftok3n")).doesNotContain("tok3n");
        assertThat(LogSafe.text("https://verme.example/#/kysely/tok3n and /#/oma/t0ken"))
                .doesNotContain("tok3n", "t0ken");
        assertThat(LogSafe.text("/api/contact-confirmations/ZW1haWx8.sig and /#/yhteystiedot/ZW1haWx8.sig"))
                .as("a confirmation link carries the new address").doesNotContain("ZW1haWx8");
        assertThat(LogSafe.text("/api/notice-preferences/n0tices/unsubscribe/placed and /#/ilmoitukset/n0tices"))
                .isEqualTo("/api/notice-preferences/…/unsubscribe/placed and /#/ilmoitukset/…");
    }

    @Test
    void emailAddressesNeverReachTheLog() {
        assertThat(LogSafe.text("550 Invalid Addresses: <Maija.Meikalainen@example.fi>, b@c.fi"))
                .doesNotContain("Maija", "example.fi", "b@c.fi").contains("Invalid Addresses");
        assertThat(LogSafe.text(null)).isNull();
    }

    @Test
    void aRequestIsLoggedByThePathTheChainMatchedWithoutItsTokens() {
        var request = new MockHttpServletRequest("POST", "/%61pi/enrolment-links/tok3n/withdraw");
        request.setServletPath("/api/enrolment-links/tok3n/withdraw");
        assertThat(LogSafe.path(request)).isEqualTo("/api/enrolment-links/…/withdraw");
    }

    @Test
    void aValueFromARequestCannotStartALineOfItsOwn() {
        assertThat(LogSafe.text("evil\n2026-11-30 ERROR forged\r\u001b[31m\u2028"))
                .isEqualTo("evil\\n2026-11-30 ERROR forged\\r\\u001b[31m\\u2028").doesNotContain("\n", "\r");
    }
}
