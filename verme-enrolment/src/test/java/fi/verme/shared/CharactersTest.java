package fi.verme.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void aCellIsReadAsTheOneLineItShows() {
        assertThat(Characters.oneLine(" Anna\u200b-Liisa\r\nVirtanen\tOy \u202e")).isEqualTo("Anna-Liisa Virtanen Oy");
    }

    @Test
    void lineSpacingIsNotHiddenButControlFormatAndLoneSurrogatesAre() {
        for (int codePoint : new int[] {'\t', '\n', '\r', '\u2028', '\u2029'}) {
            assertThat(Characters.spacesLines(codePoint)).isTrue();
            assertThat(Characters.hidden(codePoint)).isFalse();
        }
        for (int codePoint : new int[] {0, 0x7f, 0x85, 0x200b, 0x202e, 0xfeff, 0xd800}) {
            assertThat(Characters.hidden(codePoint)).as(Integer.toHexString(codePoint)).isTrue();
        }
        assertThat(Characters.hidden('Ä')).isFalse();
        assertThat(Characters.hidden(0x1F600)).isFalse();
    }
}
