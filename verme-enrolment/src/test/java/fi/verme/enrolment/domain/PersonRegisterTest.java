package fi.verme.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRegisterTest {

    @Test
    void knowsAPersonByTheirAddressInAnyLetterCaseAndWithoutSpaces() {
        assertThat(PersonRegister.emailKey(" Hanna.Virtanen@Example.FI "))
                .isEqualTo(PersonRegister.emailKey("hanna.virtanen@example.fi"))
                .isEqualTo("hanna.virtanen@example.fi");
    }

    @Test
    void tellsDifferentAddressesApart() {
        assertThat(PersonRegister.emailKey("hanna@example.fi")).isNotEqualTo(PersonRegister.emailKey("hanne@example.fi"));
    }
}
