package fi.verme.enrolment.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark A's CRUD peer: the enrolment endpoint a team would write without event sourcing, measured beside the
 * real one. The same path, so the same security chain as the public form (rate limits, size limits, strict JSON),
 * told apart by a header; the same body and Bean Validation ({@link EnrolmentRequest}); one transaction with one
 * {@code INSERT} of the person and one of the enrolment with {@code JdbcTemplate}; answered 201. It exists only in
 * the benchmark's application ({@code verme.benchmark.crud-peer=true}), never in the product or other tests.
 */
@RestController
@ConditionalOnProperty(name = "verme.benchmark.crud-peer", havingValue = "true")
class CrudEnrolmentPeer {

    static final String HEADER = "X-Verme-Benchmark";

    private final JdbcTemplate jdbc;

    CrudEnrolmentPeer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("""
                create table if not exists public.crud_person (person_id uuid primary key, first_name text not null,
                    last_name text not null, email text not null unique, phone text)""");
        jdbc.execute("""
                create table if not exists public.crud_enrolment (enrolment_id uuid primary key,
                    person_id uuid not null references public.crud_person, programme_year text not null,
                    employer text not null, unit text not null, role text not null, career_stage text not null,
                    theme_wishes text[] not null, consent boolean not null,
                    submitted_at timestamptz not null default now())""");
    }

    @PostMapping(path = "/api/programmes/{organiser}/{schoolYear}/enrolments", headers = HEADER + "=crud")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Map<String, String> submit(@PathVariable String organiser, @PathVariable String schoolYear,
                               @Valid @RequestBody EnrolmentRequest body) {
        var person = UUID.randomUUID();
        var enrolment = UUID.randomUUID();
        jdbc.update("insert into public.crud_person (person_id, first_name, last_name, email, phone) values (?, ?, ?, ?, ?)",
                person, body.firstName(), body.lastName(), body.email(), body.phone());
        jdbc.update("""
                insert into public.crud_enrolment (enrolment_id, person_id, programme_year, employer, unit, role,
                    career_stage, theme_wishes, consent) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                enrolment, person, organiser + "/" + schoolYear, body.employer(), body.unit(), body.role().name(),
                body.careerStage().name(), body.themeWishes().toArray(String[]::new), body.consentToProcessing());
        return Map.of("enrolmentId", enrolment.toString());
    }
}
