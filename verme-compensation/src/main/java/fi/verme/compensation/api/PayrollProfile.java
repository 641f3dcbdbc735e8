package fi.verme.compensation.api;

import java.util.List;
import java.util.Map;

/**
 * How an organiser's payroll system wants its file. For {@link PayrollLayout#MUNICIPAL} the columns and formats are
 * the layout's own ({@link #MUNICIPAL_COLUMNS}, UTF-8, {@code ;}, decimal comma, 30.6.2027) and only the pay type
 * codes are finance's; for {@link PayrollLayout#CUSTOM} every setting is; {@link PayrollLayout#VERME} uses none.
 *
 * @param layout           which layout
 * @param columns          the columns in order, each with the heading the payroll system expects (custom)
 * @param dateFormat       how a day is written (custom)
 * @param decimal          the decimal separator (custom)
 * @param separator        the field separator (custom)
 * @param encoding         the characters (custom)
 * @param header           whether the file starts with a row of headings (custom)
 * @param payTypeCodes     the pay type code (palkkalaji) of each kind of line paid
 */
public record PayrollProfile(PayrollLayout layout, List<PayrollColumn> columns, PayrollDateFormat dateFormat,
                             PayrollDecimal decimal, PayrollSeparator separator, PayrollEncoding encoding,
                             boolean header, Map<LineKind, String> payTypeCodes) {

    /** The municipal layout's columns, with their Finnish headings. */
    public static final List<PayrollColumn> MUNICIPAL_COLUMNS = List.of(
            new PayrollColumn(PayrollField.EMPLOYEE_NUMBER, "Henkilönumero"),
            new PayrollColumn(PayrollField.PAY_TYPE, "Palkkalaji"),
            new PayrollColumn(PayrollField.DATE, "Päivämäärä"),
            new PayrollColumn(PayrollField.QUANTITY, "Määrä"),
            new PayrollColumn(PayrollField.UNIT_PRICE, "Yksikköhinta"),
            new PayrollColumn(PayrollField.AMOUNT, "Summa"),
            new PayrollColumn(PayrollField.DESCRIPTION, "Selite"));

    /** What an organiser has until finance sets a profile: the file Verme has always written. */
    public static final PayrollProfile DEFAULT = new PayrollProfile(PayrollLayout.VERME, List.of(),
            PayrollDateFormat.D_M_YYYY, PayrollDecimal.COMMA, PayrollSeparator.SEMICOLON, PayrollEncoding.UTF_8_BOM,
            true, Map.of());

    public PayrollProfile {
        columns = columns == null ? List.of() : List.copyOf(columns);
        payTypeCodes = payTypeCodes == null ? Map.of() : Map.copyOf(payTypeCodes);
    }

    /** The profile as a file is written: the municipal layout's fixed settings filled in. */
    public PayrollProfile effective() {
        if (layout != PayrollLayout.MUNICIPAL) {
            return this;
        }
        return new PayrollProfile(layout, MUNICIPAL_COLUMNS, PayrollDateFormat.D_M_YYYY, PayrollDecimal.COMMA,
                PayrollSeparator.SEMICOLON, PayrollEncoding.UTF_8, true, payTypeCodes);
    }

    /** A column of the file: what it holds and its heading. */
    public record PayrollColumn(PayrollField field, String heading) {
    }
}
