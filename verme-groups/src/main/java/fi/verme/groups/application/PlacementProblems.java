package fi.verme.groups.application;

import fi.verme.groups.api.GroupType;
import fi.verme.groups.domain.CandidateStandings;
import fi.verme.groups.domain.PlacementProblem.OpenGroup;
import fi.verme.groups.domain.PlacementProblem;
import fi.verme.shared.ProgrammeYear;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a placement proposal starts from: the year's unplaced people (from the candidates lookup) and its
 * forming and started groups with the members they have, by employer and workplace (from the rosters).
 */
@Component
class PlacementProblems {

    private final JdbcTemplate jdbc;
    private final CandidateStandings standings;

    PlacementProblems(JdbcTemplate jdbc, CandidateStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    PlacementProblem of(ProgrammeYear programmeYear) {
        return new PlacementProblem(standings.unplaced(programmeYear), openGroups(programmeYear));
    }

    private List<OpenGroup> openGroups(ProgrammeYear programmeYear) {
        var byEmployer = new HashMap<String, Map<String, Integer>>();
        var byWorkplace = new HashMap<String, Map<String, Integer>>();
        jdbc.query("""
                select m.group_id, c.employer, c.unit from groups.group_member m
                join groups.group_view g on g.group_id = m.group_id
                join groups.candidate c on c.enrolment_id = m.enrolment_id
                where g.programme_year = ? and g.status in ('FORMING', 'STARTED')""",
                rs -> {
                    String groupId = rs.getString(1);
                    byEmployer.computeIfAbsent(groupId, g -> new HashMap<>()).merge(rs.getString(2), 1, Integer::sum);
                    byWorkplace.computeIfAbsent(groupId, g -> new HashMap<>())
                            .merge(rs.getString(2) + " / " + rs.getString(3), 1, Integer::sum);
                }, programmeYear.id());
        return jdbc.query("""
                select g.group_id, g.name, g.theme, g.group_type, g.min_size, g.max_size,
                    (select count(*) from groups.group_member m where m.group_id = g.group_id) as members
                from groups.group_view g where g.programme_year = ? and g.status in ('FORMING', 'STARTED')
                order by g.group_id""",
                (rs, row) -> new OpenGroup(rs.getString("group_id"), rs.getString("name"), rs.getString("theme"),
                        rs.getString("group_type") == null ? null
                                : GroupType.valueOf(rs.getString("group_type")),
                        rs.getInt("members"), rs.getInt("min_size"), rs.getInt("max_size"),
                        Map.copyOf(byEmployer.getOrDefault(rs.getString("group_id"), Map.of())),
                        Map.copyOf(byWorkplace.getOrDefault(rs.getString("group_id"), Map.of()))),
                programmeYear.id());
    }
}
