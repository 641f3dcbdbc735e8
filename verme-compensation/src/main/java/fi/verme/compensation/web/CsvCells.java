package fi.verme.compensation.web;

/**
 * Text cells of a CSV made safe to open in a spreadsheet (OWASP's CSV-injection rule): a cell that
 * begins with {@code = + - @}, a tab or a carriage return would be read as a formula, so it gets a
 * leading single quote and is shown as the text it is. The payroll export is the only CSV Verme
 * writes; numbers it formats itself (amounts, which may be negative) are not text cells and stay
 * numbers.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
