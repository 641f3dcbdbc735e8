package fi.verme.groups.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A training year as a coordinator's spreadsheet gives it: typed as a year, or made a date by the spreadsheet. */
class MentorImportPreviewTest {

    @Test
    void aYearMadeADateByASpreadsheetIsReadAsItsYear() {
        assertThat(MentorImportPreview.year("2020")).contains(2020);
        // An outsider typed 1.1.2020 in Excel: the XLSX stores day 43831, which the preview showed as the year.
        assertThat(MentorImportPreview.year("43831")).contains(2020);
        assertThat(MentorImportPreview.year("1.1.2020")).contains(2020);
        assertThat(MentorImportPreview.year("2019-08-15")).contains(2019);
        assertThat(MentorImportPreview.year("12/31/2018")).contains(2018);
        // Anything else is still no year, or an implausible one, which the preview names.
        assertThat(MentorImportPreview.year("viime vuonna")).isEqualTo(Optional.empty());
        assertThat(MentorImportPreview.year("2020.5")).isEqualTo(Optional.empty());
        assertThat(MentorImportPreview.year("1850")).contains(1850);
    }
}
