package fi.verme.compensation.web;

import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.PayrollDateFormat;
import fi.verme.compensation.api.PayrollDecimal;
import fi.verme.compensation.api.PayrollEncoding;
import fi.verme.compensation.api.PayrollField;
import fi.verme.compensation.api.PayrollLayout;
import fi.verme.compensation.api.PayrollProfile;
import fi.verme.compensation.api.PayrollSeparator;
import fi.verme.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT /api/organisers/{organiser}/payroll-profile}. For a custom layout the columns (at least one,
 * each field once) and the formats are required; for the others only the layout and the pay type codes matter.
 */
record PayrollProfileRequest(
        @NotNull PayrollLayout layout,
        @Size(max = 20) List<@Valid @NotNull Column> columns,
        PayrollDateFormat dateFormat,
        PayrollDecimal decimal,
        PayrollSeparator separator,
        PayrollEncoding encoding,
        Boolean header,
        Map<@NotNull LineKind, @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,15}",
                message = "{verme.pay-type-code.message}") String> payTypeCodes) {

    /** A column: what it holds and the heading the payroll system expects. */
    record Column(@NotNull PayrollField field, @NotBlank @Size(max = 64) String heading) {
    }

    PayrollProfile profile() {
        if (layout != PayrollLayout.CUSTOM) {
            var base = PayrollProfile.DEFAULT;
            return new PayrollProfile(layout, List.of(), base.dateFormat(), base.decimal(), base.separator(),
                    base.encoding(), true, payTypeCodes);
        }
        if (columns == null || columns.isEmpty()) {
            throw new InvalidInputException("columns", "at least one column for a custom layout");
        }
        var seen = new HashSet<PayrollField>();
        for (var column : columns) {
            if (!seen.add(column.field())) {
                throw new InvalidInputException("columns", "each field at most once; " + column.field() + " twice");
            }
        }
        for (var required : List.of("dateFormat", "decimal", "separator", "encoding")) {
            var given = switch (required) {
                case "dateFormat" -> dateFormat;
                case "decimal" -> decimal;
                case "separator" -> separator;
                default -> encoding;
            };
            if (given == null) {
                throw new InvalidInputException(required, "set for a custom layout");
            }
        }
        return new PayrollProfile(layout, columns.stream()
                .map(column -> new PayrollProfile.PayrollColumn(column.field(), column.heading().strip())).toList(),
                dateFormat, decimal, separator, encoding, header == null || header, payTypeCodes);
    }
}
