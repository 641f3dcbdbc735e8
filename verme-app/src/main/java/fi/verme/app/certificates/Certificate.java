package fi.verme.app.certificates;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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

    /**
     * What the programme year's compensation rules make of taking part, for the participant's employer: VESO
     * days (Seinäjoki: a number of attended meetings make one) or continuing education as such (Gradia
     * Jyväskylä); null when the rules say neither (Tampere, Opelix).
     */
    enum ContinuingEducation {
        VESO_DAYS, RECOGNISED
    }

    /** The figures a certificate certifies; a check of its code answers them as they are written here. */
    sealed interface Certified permits Participation, Mentoring {

        Kind kind();
    }

    /**
     * A participant's group, its theme (code and name), its mentors (by name), the meetings they attended
     * (joint meetings included) with the first and last of them, their hours, and what the rules make of it:
     * VESO days ({@code meetingsPerVesoDay} attended meetings make one) or continuing education.
     */
    record Participation(String group, String theme, String themeName, String mentors, int meetings, String hours,
                         LocalDate firstMeeting, LocalDate lastMeeting, int vesoDays, Integer meetingsPerVesoDay,
                         ContinuingEducation continuingEducation) implements Certified {

        @Override
        public Kind kind() {
            return Kind.PARTICIPANT;
        }
    }

    /** The groups a mentor led, their themes by name, the meetings held in them (first and last) and their hours. */
    record Mentoring(List<String> groups, List<String> themeNames, int meetings, String hours, LocalDate firstMeeting,
                     LocalDate lastMeeting) implements Certified {

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
