package fi.verme.compensation.api;

/** What separates a payroll file's fields. */
public enum PayrollSeparator {
    SEMICOLON(';'),
    COMMA(','),
    TAB('\t');

    private final char character;

    PayrollSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }
}
