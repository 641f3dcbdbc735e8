package fi.verme.enrolment.lookups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.enrolment.api.EnrolmentCallClosed;
import fi.verme.enrolment.api.EnrolmentCallExtended;
import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.EnrolmentCallThemeAdded;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.ListEnrolmentCalls;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.domain.CallTerms;
import fi.verme.enrolment.domain.EnrolmentCalls;
import fi.verme.shared.ProgrammeYear;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The enrolment calls. A subscribing processor keeps this table in the transaction that appends
 * the call's events, so the enrolment rules read a call that is never stale: a theme added or a closing date
 * moved is what the next enrolment is checked against, and what the call's view and the public form show.
 */
@Component
@ProcessingGroup(EnrolmentCallTerms.PROCESSING_GROUP)
public class EnrolmentCallTerms implements EnrolmentCalls {

    static final String PROCESSING_GROUP = "enrolment-call-terms";
    private static final TypeReference<List<Theme>> THEMES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public EnrolmentCallTerms(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    public void on(EnrolmentCallOpened event) throws JsonProcessingException {
        jdbc.update("""
                insert into enrolment.call_terms
                    (programme_year, organiser, school_year, themes, target_roles, opens_on, closes_on)
                values (?, ?, ?, ?::jsonb, string_to_array(?, ','), ?, ?)
                on conflict (programme_year) do nothing""",
                event.programmeYear().id(), event.programmeYear().organiser(), event.programmeYear().schoolYear(),
                json.writeValueAsString(event.themes()), SqlArrays.join(event.targetRoles()),
                event.opensOn(), event.closesOn());
    }

    /** The theme after the others, once (a handler may see an event twice). */
    @EventHandler
    void on(EnrolmentCallThemeAdded event) {
        jdbc.update("""
                update enrolment.call_terms
                set themes = themes || jsonb_build_array(jsonb_build_object('code', ?::text, 'name', ?::text))
                where programme_year = ? and not themes @> jsonb_build_array(jsonb_build_object('code', ?::text))""",
                event.code(), event.name(), event.programmeYear().id(), event.code());
    }

    @EventHandler
    void on(EnrolmentCallExtended event) {
        jdbc.update("update enrolment.call_terms set closes_on = ? where programme_year = ?",
                event.closesOn(), event.programmeYear().id());
    }

    @EventHandler
    void on(EnrolmentCallClosed event) {
        jdbc.update("update enrolment.call_terms set closed_on = ? where programme_year = ?",
                event.closedOn(), event.programmeYear().id());
    }

    @Override
    public Optional<CallTerms> termsOf(ProgrammeYear programmeYear) {
        return jdbc.query("select * from enrolment.call_terms where programme_year = ?",
                (rs, row) -> toTerms(rs), programmeYear.id()).stream().findFirst();
    }

    @QueryHandler
    Optional<EnrolmentCallView> find(FindEnrolmentCall query) {
        return termsOf(query.programmeYear()).map(terms -> new EnrolmentCallView(terms.programmeYear(),
                terms.themes(), terms.targetRoles(), terms.opensOn(), terms.closesOn(), terms.closedOn(),
                statusOf(terms, LocalDate.now(clock))));
    }

    @QueryHandler
    List<EnrolmentCallView> list(ListEnrolmentCalls query) {
        var today = LocalDate.now(clock);
        return jdbc.query("select * from enrolment.call_terms order by school_year desc, organiser",
                        (rs, row) -> toTerms(rs)).stream()
                .filter(terms -> query.organisers() == null || query.organisers().contains(terms.programmeYear().organiser()))
                .map(terms -> new EnrolmentCallView(terms.programmeYear(), terms.themes(), terms.targetRoles(),
                        terms.opensOn(), terms.closesOn(), terms.closedOn(), statusOf(terms, today)))
                .filter(call -> !query.openOnly() || call.status() == EnrolmentCallView.Status.OPEN)
                .toList();
    }

    private static EnrolmentCallView.Status statusOf(CallTerms terms, LocalDate today) {
        if (terms.isOpenOn(today)) {
            return EnrolmentCallView.Status.OPEN;
        }
        return terms.hasOpenedBy(today) ? EnrolmentCallView.Status.CLOSED : EnrolmentCallView.Status.UPCOMING;
    }

    private CallTerms toTerms(ResultSet rs) throws SQLException {
        try {
            Date closedOn = rs.getDate("closed_on");
            return new CallTerms(
                    new ProgrammeYear(rs.getString("organiser"), rs.getString("school_year")),
                    json.readValue(rs.getString("themes"), THEMES),
                    SqlArrays.read(rs.getArray("target_roles")).stream().map(Role::valueOf).toList(),
                    rs.getDate("opens_on").toLocalDate(),
                    rs.getDate("closes_on").toLocalDate(),
                    closedOn == null ? null : closedOn.toLocalDate());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable themes of " + rs.getString("programme_year"), e);
        }
    }
}
