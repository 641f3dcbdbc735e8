package fi.verme.app.notices;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The kinds of notice each person has turned off ({@code app.notice_opt_out}); by default a person hears all. */
@Component
class NoticePreferences {

    private final JdbcTemplate jdbc;

    NoticePreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<NoticeKind> turnedOff(String personId) {
        var off = EnumSet.noneOf(NoticeKind.class);
        jdbc.queryForList("select kind from app.notice_opt_out where person_id = ?", String.class, personId)
                .forEach(code -> NoticeKind.of(code).ifPresent(off::add));
        return off;
    }

    /** Whether the person hears this kind: a required kind always, another unless they turned it off. */
    boolean hears(String personId, NoticeKind kind) {
        return kind.required() || personId == null || jdbc.queryForList(
                "select 1 from app.notice_opt_out where person_id = ? and kind = ?", Integer.class, personId,
                kind.code()).isEmpty();
    }

    /** The person hears every kind but {@code off}, whose required kinds are ignored (they cannot be turned off). */
    @Transactional
    void choose(String personId, Set<NoticeKind> off) {
        jdbc.update("delete from app.notice_opt_out where person_id = ?", personId);
        var optional = off.stream().filter(kind -> !kind.required()).toList();
        jdbc.batchUpdate("insert into app.notice_opt_out (person_id, kind) values (?, ?)",
                optional.stream().map(kind -> new Object[] {personId, kind.code()}).toList());
    }

    /** Turns one kind off, leaving the others as they are (a one-click unsubscribe). */
    void turnOff(String personId, NoticeKind kind) {
        if (!kind.required()) {
            jdbc.update("insert into app.notice_opt_out (person_id, kind) values (?, ?) on conflict do nothing",
                    personId, kind.code());
        }
    }

    /** The kinds a person's preferences page lists (all but the coordinators' digest, required ones marked). */
    private static final Set<NoticeKind> PERSONS_KINDS = EnumSet.complementOf(EnumSet.of(NoticeKind.WEEKLY_DIGEST));

    static Set<NoticeKind> all() {
        return PERSONS_KINDS;
    }
}
