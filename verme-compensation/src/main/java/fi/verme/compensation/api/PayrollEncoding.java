package fi.verme.compensation.api;

/** The characters of a payroll file: UTF-8, UTF-8 with a byte-order mark (as Excel wants), or Windows-1252. */
public enum PayrollEncoding {
    UTF_8,
    UTF_8_BOM,
    WINDOWS_1252
}
