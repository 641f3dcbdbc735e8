package fi.verme.compensation.web;

import fi.verme.compensation.api.FindPayrollProfile;
import fi.verme.compensation.api.ListPayrollNumbers;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.PayeeKind;
import fi.verme.compensation.api.PayrollNumber;
import fi.verme.compensation.api.PayrollProfile;
import fi.verme.compensation.api.SetPayrollNumber;
import fi.verme.compensation.api.SetPayrollProfile;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.FindMentor;
import fi.verme.groups.api.MentorView;
import fi.verme.shared.InvalidInputException;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance's payroll settings of an organiser: the profile its payroll system reads (layout, columns, formats, pay
 * type codes) and its payees' employee numbers. The file itself is a payment period's
 * ({@code GET /api/payment-periods/{id}/payroll-file}, {@link PayrollExport}).
 */
@RestController
class PayrollSettingsController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PayrollSettingsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The profile as its files are written: the municipal layout answers its own columns and formats. */
    @GetMapping("/api/organisers/{organiser}/payroll-profile")
    PayrollProfile profile(@PathVariable String organiser) {
        return queries.query(new FindPayrollProfile(organiser), PayrollProfile.class).join().effective();
    }

    @PutMapping("/api/organisers/{organiser}/payroll-profile")
    PayrollProfile setProfile(@PathVariable String organiser, @Valid @RequestBody PayrollProfileRequest body) {
        commands.sendAndWait(new SetPayrollProfile(organiser, body.profile()));
        return profile(organiser);
    }

    @GetMapping("/api/organisers/{organiser}/payroll-numbers")
    List<PayrollNumber> numbers(@PathVariable String organiser) {
        return queries.query(new ListPayrollNumbers(organiser), ResponseTypes.multipleInstancesOf(PayrollNumber.class))
                .join();
    }

    /** A mentor's or person's number; an employer is paid by invoice and has none. Answers every number. */
    @PutMapping("/api/organisers/{organiser}/payroll-numbers")
    List<PayrollNumber> setNumber(@PathVariable String organiser, @Valid @RequestBody PayrollNumberRequest body) {
        if (body.payeeKind() == PayeeKind.EMPLOYER) {
            throw new InvalidInputException("payeeKind", "MENTOR or PERSON: an employer is paid by invoice");
        }
        var payeeId = body.payeeId().strip();
        boolean known = body.payeeKind() == PayeeKind.MENTOR
                ? queries.query(new FindMentor(payeeId), ResponseTypes.optionalInstanceOf(MentorView.class)).join()
                        .filter(mentor -> !mentor.erased()).isPresent()
                : !queries.query(new FindPersons(List.of(payeeId)), ResponseTypes.multipleInstancesOf(PersonView.class))
                        .join().isEmpty();
        if (!known) {
            // A number for nobody (or for an erased person) would wait in the register for a payee that never comes.
            throw new InvalidInputException("payeeId", body.payeeKind() == PayeeKind.MENTOR
                    ? "the id of a registered mentor whose person is not erased (GET /api/mentors)"
                    : "the id of a person in the register");
        }
        commands.sendAndWait(new SetPayrollNumber(organiser, new Payee(body.payeeKind(), payeeId),
                body.employeeNumber()));
        return numbers(organiser);
    }
}
