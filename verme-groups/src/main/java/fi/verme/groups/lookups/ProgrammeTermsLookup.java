package fi.verme.groups.lookups;

import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.EnrolmentCallThemeAdded;
import fi.verme.enrolment.api.Theme;
import fi.verme.groups.api.FindGroupSizeRule;
import fi.verme.groups.api.GroupSizeRuleSet;
import fi.verme.groups.api.GroupSizeRuleView;
import fi.verme.groups.domain.ProgrammeTerms;
import fi.verme.shared.ProgrammeYear;
import java.util.Arrays;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A programme year's themes and group size rule, kept from the events in the transaction that appends them. */
@Component
@ProcessingGroup(ProgrammeTermsLookup.PROCESSING_GROUP)
class ProgrammeTermsLookup implements ProgrammeTerms {

    static final String PROCESSING_GROUP = "groups-programme-terms";

    private final JdbcTemplate jdbc;

    ProgrammeTermsLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnrolmentCallOpened event) {
        jdbc.update("""
                insert into groups.programme_terms (programme_year, theme_codes) values (?, ?)
                on conflict (programme_year) do update set theme_codes = excluded.theme_codes""",
                event.programmeYear().id(), event.themes().stream().map(Theme::code).toArray(String[]::new));
    }

    /** A theme added to the call: groups of it may be formed from now on. */
    @EventHandler
    void on(EnrolmentCallThemeAdded event) {
        jdbc.update("""
                update groups.programme_terms set theme_codes = array_append(theme_codes, ?::text)
                where programme_year = ? and theme_codes is not null and not (?::text = any(theme_codes))""",
                event.code(), event.programmeYear().id(), event.code());
    }

    @EventHandler
    void on(GroupSizeRuleSet event) {
        jdbc.update("""
                insert into groups.programme_terms (programme_year, min_size, max_size) values (?, ?, ?)
                on conflict (programme_year) do update set min_size = excluded.min_size, max_size = excluded.max_size""",
                event.programmeYear().id(), event.minSize(), event.maxSize());
    }

    @QueryHandler
    GroupSizeRuleView sizeRule(FindGroupSizeRule query) {
        return jdbc.query("select min_size, max_size from groups.programme_terms where programme_year = ?",
                (rs, row) -> new GroupSizeRuleView(query.programmeYear(),
                        rs.getObject(1) == null ? DEFAULT_MIN_SIZE : rs.getInt(1),
                        rs.getObject(2) == null ? DEFAULT_MAX_SIZE : rs.getInt(2)),
                query.programmeYear().id()).stream().findFirst()
                .orElse(new GroupSizeRuleView(query.programmeYear(), DEFAULT_MIN_SIZE, DEFAULT_MAX_SIZE));
    }

    @Override
    public Optional<Terms> of(ProgrammeYear programmeYear) {
        return jdbc.query("""
                select theme_codes, min_size, max_size from groups.programme_terms
                where programme_year = ? and theme_codes is not null""",
                (rs, row) -> new Terms(Arrays.asList((String[]) rs.getArray(1).getArray()),
                        rs.getObject(2) == null ? DEFAULT_MIN_SIZE : rs.getInt(2),
                        rs.getObject(3) == null ? DEFAULT_MAX_SIZE : rs.getInt(3)),
                programmeYear.id()).stream().findFirst();
    }
}
