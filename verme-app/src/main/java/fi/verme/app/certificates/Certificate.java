package fi.verme.app.certificates;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** What a certificate says: whose it is, for which programme year, and what it certifies, as the modules know it now. */
record Certificate(String personId, ProgrammeYear programmeYear, String holder, Certified certifies) {

    enum Kind {
        PARTICIPANT, MENTOR;

        /** As the kind is written in codes, labels and answers: {@code participant}, {@code mentor}. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    /** The figures a certificate certifies; a check of its code answers them as they are written here. */
    sealed interface Certified permits Participation, Mentoring {

        Kind kind();
    }

    /** A participant's group, its mentors (by name), the meetings they attended, their hours and VESO days. */
    record Participation(String group, String theme, String mentors, int meetings, String hours, int vesoDays)
            implements Certified {

        @Override
        public Kind kind() {
            return Kind.PARTICIPANT;
        }
    }

    /** The groups a mentor led and the hours they held. */
    record Mentoring(List<String> groups, String hours) implements Certified {

        @Override
        public Kind kind() {
            return Kind.MENTOR;
        }
    }

    Kind kind() {
        return certifies.kind();
    }

    /** Minutes as hours to one decimal, written with a point: {@code 7.5}. */
    static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
