package fi.verme.compensation.api;

/** How a payroll file writes a day: 30.6.2027, 30.06.2027 or 2027-06-30. */
public enum PayrollDateFormat {
    D_M_YYYY("d.M.yyyy"),
    DD_MM_YYYY("dd.MM.yyyy"),
    ISO("yyyy-MM-dd");

    private final String pattern;

    PayrollDateFormat(String pattern) {
        this.pattern = pattern;
    }

    /** The {@link java.time.format.DateTimeFormatter} pattern. */
    public String pattern() {
        return pattern;
    }
}
