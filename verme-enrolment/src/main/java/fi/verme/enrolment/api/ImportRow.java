package fi.verme.enrolment.api;

import java.util.List;

/**
 * One row of an imported file as it was read: the cells as text, and the row's number in the file as a spreadsheet
 * shows it (the header row is 1).
 */
public record ImportRow(int line, List<String> cells) {
}
