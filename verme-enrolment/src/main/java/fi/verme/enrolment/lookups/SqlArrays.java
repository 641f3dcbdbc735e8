package fi.verme.enrolment.lookups;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** text[] columns travel as comma-joined strings; the values are codes that never hold a comma. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static String join(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    public static List<String> read(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
