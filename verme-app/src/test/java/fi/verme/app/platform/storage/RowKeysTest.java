package fi.verme.app.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which argument of a view's statement names the row it writes, by the table's key. */
class RowKeysTest {

    private static final List<String> MEETING = List.of("group_id", "meeting_id");

    @Test
    void anInsertNamesItsRowByTheKeyColumnsGivenAsPlainValues() {
        assertThat(RowKeys.positionsOf("""
                insert into enrolment.roster_entry (enrolment_id, programme_year, person_id, role, employer, unit,
                    career_stage, theme_wishes, availability, status, submitted_at, late_reason)
                values (?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?)
                on conflict (enrolment_id) do nothing""", List.of("enrolment_id"))).hasValueSatisfying(
                        at -> assertThat(at).containsExactly(0));
        assertThat(RowKeys.positionsOf("""
                insert into t (note, meeting_id, tags, group_id) values ('a, ?', ?, string_to_array(?, ','), ?)
                on conflict (meeting_id, group_id) do update set note = ? where t.last < excluded.last""", MEETING))
                .hasValueSatisfying(at -> assertThat(at).containsExactly(2, 0));
    }

    @Test
    void anUpdateOrDeleteNamesItsRowByEqualityOnEveryKeyColumn() {
        assertThat(RowKeys.positionsOf("""
                update meetings.meeting_view set status = ?, held_minutes = ?, last_change = ?
                where meeting_id = ? and group_id = ? and last_change < ?""", MEETING))
                .hasValueSatisfying(at -> assertThat(at).containsExactly(4, 3));
        assertThat(RowKeys.positionsOf("update t set ids = array_append(ids, ?) where group_id=? AND meeting_id = ?",
                MEETING)).hasValueSatisfying(at -> assertThat(at).containsExactly(1, 2));
        assertThat(RowKeys.positionsOf("""
                update enrolment.roster_entry set status = ?, withdrawn_at = ?
                where enrolment_id = ? and status <> 'WITHDRAWN'""", List.of("enrolment_id")))
                .hasValueSatisfying(at -> assertThat(at).containsExactly(2));
        assertThat(RowKeys.positionsOf(
                "update t set n = ? where group_id = ? and note <> 'x or (y)' and meeting_id = ?", MEETING))
                .hasValueSatisfying(at -> assertThat(at).containsExactly(1, 2));
        assertThat(RowKeys.positionsOf("delete from t where meeting_id = ? and group_id = ?", MEETING))
                .hasValueSatisfying(at -> assertThat(at).containsExactly(1, 0));
    }

    @Test
    void statementsThatMayTouchOtherRowsNameNone() {
        // Part of the key only: every meeting of a group.
        assertThat(RowKeys.positionsOf("update t set status = ? where group_id = ?", MEETING)).isEmpty();
        assertThat(RowKeys.positionsOf("update t set status = ? where group_id = ? or meeting_id = ?", MEETING))
                .isEmpty();
        assertThat(RowKeys.positionsOf("delete from t where (group_id = ? and meeting_id = ?)", MEETING)).isEmpty();
        assertThat(RowKeys.positionsOf("delete from t where group_id = ? and meeting_id = ? or note = 'x'", MEETING))
                .isEmpty();
        // The key itself changed: the row is another afterwards.
        assertThat(RowKeys.positionsOf("update t set meeting_id = ? where group_id = ? and meeting_id = ?", MEETING))
                .isEmpty();
        assertThat(RowKeys.positionsOf("""
                insert into t (meeting_id, group_id, n) values (?, ?, ?)
                on conflict (meeting_id, group_id) do update set n = excluded.n, Meeting_Id = ? where t.n < ?""",
                MEETING)).isEmpty();
        // Several rows, or a key computed from its value.
        assertThat(RowKeys.positionsOf("insert into t (meeting_id, group_id) values (?, ?), (?, ?)", MEETING))
                .isEmpty();
        assertThat(RowKeys.positionsOf("insert into t (meeting_id, group_id) values (lower(?), ?)", MEETING))
                .isEmpty();
        assertThat(RowKeys.positionsOf("update t set n = ? where meeting_id = ?::text and group_id = ?", MEETING))
                .isEmpty();
    }

    @Test
    void theRowIsTheKeysValuesAsTextAndNoneWhenAValueIsMissing() {
        var keys = new RowKeys();
        var sql = "update t set n = ? where meeting_id = ? and group_id = ?";
        var group = java.util.UUID.fromString("6F9619FF-8B86-D011-B42D-00C04FC964FF");
        assertThat(keys.rowOf(sql, MEETING, new Object[] {1, "M-1", group}))
                .containsExactly("6f9619ff-8b86-d011-b42d-00c04fc964ff", "m-1");
        assertThat(keys.rowOf(sql, MEETING, new Object[] {1, "M-1", null})).isNull();
        assertThat(keys.rowOf(sql, MEETING, new Object[] {1, "M-1"})).isNull();
    }
}
