package fi.verme.app.organisers;

import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus), as the Finnish Patent and Registration Office and the Tax Administration
 * define it: seven digits, a hyphen and a check digit. The digits are weighted 7, 9, 10, 5, 8, 4 and 2; the
 * remainder of their sum divided by 11 gives the check digit: 0 for remainder 0, none for remainder 1 (no such
 * ID is issued), else 11 minus the remainder. IDs of six digits are written with a leading zero.
 */
final class BusinessId {

    private static final Pattern SHAPE = Pattern.compile("(\\d{7})-(\\d)");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
    static final String ALLOWED = "a Finnish business ID (Y-tunnus): 7 digits, a hyphen and the check digit, "
            + "e.g. 0204819-8";

    private BusinessId() {
    }

    static boolean isValid(String id) {
        var match = id == null ? null : SHAPE.matcher(id);
        if (match == null || !match.matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (match.group(1).charAt(i) - '0');
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == match.group(2).charAt(0) - '0';
    }
}
