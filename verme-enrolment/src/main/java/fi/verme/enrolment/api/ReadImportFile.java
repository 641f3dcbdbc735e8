package fi.verme.enrolment.api;

/**
 * Reads a file uploaded for import, answered as {@link ImportFile}: a CSV (UTF-8 or Windows-1252, cells separated by
 * {@code ;}, {@code ,} or a tab) or an XLSX file, within the limits every import shares (rows, columns, the length of
 * a cell, what a workbook may unpack to). The enrolment import and the groups module's mentor import both ask it, so
 * that a file is read, and refused, the same way wherever it is imported. A file it cannot read is refused as
 * {@code InvalidInputException} of the field {@code file}.
 *
 * @param content the file's bytes as uploaded
 */
public record ReadImportFile(byte[] content) {
}
