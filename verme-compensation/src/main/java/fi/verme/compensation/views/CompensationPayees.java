package fi.verme.compensation.views;

import fi.verme.compensation.api.EmployerRateView;
import fi.verme.compensation.api.EmployerSalaryCostSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.ListEmployerRates;
import fi.verme.compensation.domain.OwedSource;
import fi.verme.shared.ViewProcessors;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is paid, beside the ledger: the payee of each expense claim and the participant whose travel it is, and
 * finance's hourly salary cost of each employer's staff. A fee, or an organising-hours claim, has no row here:
 * it is owed to its mentor. A view of its own (not new columns of the ledger) so that a release before this
 * one, still keeping the ledger, never writes a ledger row without its payee.
 */
@Component
@ProcessingGroup(CompensationPayees.PROCESSING_GROUP)
class CompensationPayees {

    static final String PROCESSING_GROUP = "compensation-payees";

    private final JdbcTemplate jdbc;

    CompensationPayees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ExpenseClaimed event) {
        jdbc.update("""
                insert into compensation.claim_payee (source_id, programme_year, payee_kind, payee_id, participant_id)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                OwedSource.claimSourceId(event.claimId()), event.programmeYear().id(), event.payee().kind().name(),
                event.payee().id(), event.participantId());
    }

    @EventHandler
    void on(EmployerSalaryCostSet event) {
        jdbc.update("""
                insert into compensation.employer_rate (programme_year, employer, hourly_salary_cost) values (?, ?, ?)
                on conflict (programme_year, employer) do update set hourly_salary_cost = excluded.hourly_salary_cost""",
                event.programmeYear().id(), event.employer(), event.hourlySalaryCost());
    }

    @QueryHandler
    List<EmployerRateView> rates(ListEmployerRates query) {
        return jdbc.query("""
                select employer, hourly_salary_cost from compensation.employer_rate where programme_year = ?
                order by lower(employer), employer""",
                (rs, row) -> new EmployerRateView(rs.getString(1), rs.getBigDecimal(2)),
                query.programmeYear().id());
    }

    @ResetHandler
    void reset() {
        ViewProcessors.emptying("compensation.claim_payee", "compensation.employer_rate").forEach(jdbc::execute);
    }
}
