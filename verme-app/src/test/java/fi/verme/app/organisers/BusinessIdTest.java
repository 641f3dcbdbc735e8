package fi.verme.app.organisers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The business ID (Y-tunnus) and its check digit, with weights 7, 9, 10, 5, 8, 4, 2 modulo 11. */
class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0204819-8", // Seinäjoen kaupunki: remainder 3, check 11 - 3
        "0112038-9", // remainder 2, check 9
        "1234567-1", // remainder 10, check 1
        "1000002-0", // remainder 0, check 0
        "0000000-0"})
    void acceptsIdsWhoseCheckDigitIsRight(String id) {
        assertThat(BusinessId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0204819-7", "0204819-9", "0112038-0", "1000002-1", // a wrong check digit
        "1000008-0", "1000008-1", "1000008-9", // remainder 1: no check digit is right
        "204819-8", "02048198", "0204819 8", "0204819-", "0204819-88", "02048190-8", "a204819-8",
        " 0204819-8", "0204819-8\n", "", "０２０４８１９-８"}) // not 7 digits, a hyphen and one digit
    void refusesEverythingElse(String id) {
        assertThat(BusinessId.isValid(id)).isFalse();
    }

    @Test
    void refusesNone() {
        assertThat(BusinessId.isValid(null)).isFalse();
    }
}
