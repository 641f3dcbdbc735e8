package fi.verme.compensation.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.compensation.api.FindPayrollProfile;
import fi.verme.compensation.api.ListPayrollNumbers;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.PayeeKind;
import fi.verme.compensation.api.PayrollNumber;
import fi.verme.compensation.api.PayrollProfile;
import fi.verme.compensation.api.SetPayrollNumber;
import fi.verme.compensation.api.SetPayrollProfile;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finance's payroll settings for each organiser: the profile its payroll system reads, and its payees' employee
 * numbers. Plain tables written in the command's transaction, not events: the profile names nobody and changes
 * no money, and an employee number is personal data that must be erasable (an erased person's numbers go with
 * them: {@code CompensationDirectory}).
 */
@Component
class PayrollRegister {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    PayrollRegister(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @CommandHandler
    PayrollProfile handle(SetPayrollProfile command) throws JsonProcessingException {
        jdbc.update("""
                insert into compensation.payroll_profile (organiser, profile, updated_at) values (?, ?::jsonb, ?)
                on conflict (organiser) do update set profile = excluded.profile, updated_at = excluded.updated_at""",
                command.organiser(), json.writeValueAsString(command.profile()), Timestamp.from(clock.instant()));
        return command.profile();
    }

    @QueryHandler
    PayrollProfile find(FindPayrollProfile query) {
        return jdbc.query("select profile from compensation.payroll_profile where organiser = ?",
                (rs, row) -> read(rs.getString(1)), query.organiser()).stream().findFirst()
                .orElse(PayrollProfile.DEFAULT);
    }

    @CommandHandler
    void handle(SetPayrollNumber command) {
        var payee = command.payee();
        if (command.employeeNumber() == null || command.employeeNumber().isBlank()) {
            jdbc.update("""
                    delete from compensation.payroll_number where organiser = ? and payee_kind = ? and payee_id = ?""",
                    command.organiser(), payee.kind().name(), payee.id());
            return;
        }
        jdbc.update("""
                insert into compensation.payroll_number (organiser, payee_kind, payee_id, employee_number)
                values (?, ?, ?, ?)
                on conflict (organiser, payee_kind, payee_id) do update set employee_number = excluded.employee_number""",
                command.organiser(), payee.kind().name(), payee.id(), command.employeeNumber().trim());
    }

    @QueryHandler
    List<PayrollNumber> list(ListPayrollNumbers query) {
        return jdbc.query("""
                select payee_kind, payee_id, employee_number from compensation.payroll_number where organiser = ?
                order by payee_kind, payee_id""",
                (rs, row) -> new PayrollNumber(new Payee(PayeeKind.valueOf(rs.getString(1)), rs.getString(2)),
                        rs.getString(3)), query.organiser());
    }

    private PayrollProfile read(String stored) {
        try {
            return json.readValue(stored, PayrollProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored payroll profile could not be read", e);
        }
    }
}
