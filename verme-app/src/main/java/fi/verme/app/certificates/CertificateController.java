package fi.verme.app.certificates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.certificates.CertificatePdf.Line;
import fi.verme.compensation.api.FindVeso;
import fi.verme.compensation.api.VesoView;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindMembership;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListMentors;
import fi.verme.groups.api.MentorView;
import fi.verme.meetings.api.AttendanceView;
import fi.verme.meetings.api.FindAttendance;
import fi.verme.meetings.api.FindGroupHours;
import fi.verme.meetings.api.GroupHoursView;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Participation certificates (a participant's meetings, hours and VESO days) and mentor certificates
 * (the groups led and their hours) as PDF, in Finnish, Swedish or English, each with a code that
 * anyone can check at {@code /api/certificates/verify/{code}}.
 */
@RestController
class CertificateController {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QueryGateway queries;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String publicUrl;

    CertificateController(QueryGateway queries, JdbcTemplate jdbc, ObjectMapper json,
                          @Value("${verme.public-url}") String publicUrl) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.json = json;
        this.publicUrl = publicUrl;
    }

    /** {@code organiser}: whose programme; {@code lang}: fi, sv or en. */
    @GetMapping("/api/persons/{personId}/certificates/{schoolYear}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String personId, @PathVariable String schoolYear,
                                       @RequestParam String organiser,
                                       @RequestParam(defaultValue = "fi") String lang) {
        if (!List.of("fi", "sv", "en").contains(lang)) {
            throw new InvalidInputException("lang", "fi, sv or en");
        }
        var year = new ProgrammeYear(organiser, schoolYear);
        var labels = labels(lang);
        var holder = queries.query(new FindPersons(List.of(personId)),
                        ResponseTypes.multipleInstancesOf(PersonView.class)).join().stream().findFirst()
                .map(p -> p.contact().firstName() + " " + p.contact().lastName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such person"));
        var group = queries.query(new FindMembership(personId, year), ResponseTypes.optionalInstanceOf(String.class))
                .join().flatMap(this::group);
        var summary = new LinkedHashMap<String, Object>();
        var lines = new ArrayList<Line>();
        lines.add(new Line(labels.getProperty("holder"), holder));
        lines.add(new Line(labels.getProperty("organiser"), organiser));
        lines.add(new Line(labels.getProperty("schoolYear"), schoolYear));
        String kind;
        if (group.isPresent()) {
            kind = "participant";
            var attendance = queries.query(new FindAttendance(personId, year), AttendanceView.class).join();
            var veso = queries.query(new FindVeso(personId, year), VesoView.class).join();
            var mentors = group.get().mentors().stream().filter(m -> !m.name().erased())
                    .map(m -> m.name().firstName() + " " + m.name().lastName()).collect(Collectors.joining(", "));
            summary.put("group", group.get().name());
            summary.put("theme", group.get().theme());
            summary.put("mentors", mentors);
            summary.put("meetings", attendance.meetingsAttended());
            summary.put("hours", hours(attendance.minutesAttended()));
            summary.put("vesoDays", veso.vesoDays());
            lines.add(new Line(labels.getProperty("group"), group.get().name()));
            lines.add(new Line(labels.getProperty("theme"), group.get().theme()));
            lines.add(new Line(labels.getProperty("mentor"), mentors));
            lines.add(new Line(labels.getProperty("meetings"), String.valueOf(attendance.meetingsAttended())));
            lines.add(new Line(labels.getProperty("hours"), hours(attendance.minutesAttended()).replace('.', ',')));
            lines.add(new Line(labels.getProperty("vesoDays"), String.valueOf(veso.vesoDays())));
        } else {
            var led = queries.query(new ListMentors(), ResponseTypes.multipleInstancesOf(MentorView.class)).join()
                    .stream().filter(m -> personId.equals(m.personId())).flatMap(m -> m.groups().stream())
                    .filter(g -> g.programmeYear().equals(year)).toList();
            if (led.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "This person was in no group and led none in " + year);
            }
            kind = "mentor";
            int minutes = 0;
            var names = new ArrayList<String>();
            for (var g : led) {
                names.add(g.name());
                minutes += queries.query(new FindGroupHours(g.groupId()),
                        ResponseTypes.optionalInstanceOf(GroupHoursView.class)).join()
                        .map(GroupHoursView::usedMinutes).orElse(0);
            }
            summary.put("groups", names);
            summary.put("hours", hours(minutes));
            lines.add(new Line(labels.getProperty("groups"), String.join(", ", names)));
            lines.add(new Line(labels.getProperty("hours"), hours(minutes).replace('.', ',')));
        }
        var code = issue(personId, year, kind, holder, summary);
        var pdf = CertificatePdf.render(labels.getProperty("title." + kind), lines,
                labels.getProperty("verify") + " " + code + ": " + publicUrl + "/api/certificates/verify/" + code);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"verme-" + schoolYear + ".pdf\"")
                .header("Verme-Certificate-Code", code).body(pdf);
    }

    @GetMapping("/api/certificates/verify/{code}")
    Map<String, Object> verify(@PathVariable String code) {
        return jdbc.query("select * from app.certificate where code = ?", rs -> {
            if (!rs.next()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No certificate with this code");
            }
            var answer = new LinkedHashMap<String, Object>();
            if (rs.getTimestamp("holder_erased_at") != null) {
                // The code was real, but what it certified went with the holder: nothing left to confirm.
                answer.put("valid", false);
                answer.put("holderErased", true);
                answer.put("kind", rs.getString("kind"));
                answer.put("programmeYear", rs.getString("programme_year"));
                answer.put("issuedAt", rs.getTimestamp("issued_at").toInstant().toString());
                answer.put("detail", "Todistuksen haltijan tiedot on poistettu / The holder of this certificate "
                        + "has been erased; its content can no longer be confirmed");
                return answer;
            }
            answer.put("valid", true);
            answer.put("holderErased", false);
            answer.put("kind", rs.getString("kind"));
            answer.put("holder", rs.getString("holder"));
            answer.put("programmeYear", rs.getString("programme_year"));
            answer.put("issuedAt", rs.getTimestamp("issued_at").toInstant().toString());
            try {
                answer.put("certifies", json.readTree(rs.getString("summary")));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return answer;
        }, code);
    }

    /** The same code for the same person, year and kind on every download; the figures as they are now. */
    private String issue(String personId, ProgrammeYear year, String kind, String holder, Map<String, Object> summary) {
        try {
            var text = json.writeValueAsString(summary);
            var code = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            return jdbc.queryForObject("""
                    insert into app.certificate (code, person_id, programme_year, kind, holder, summary)
                    values (?, ?, ?, ?, ?, ?::jsonb)
                    on conflict (person_id, programme_year, kind) do update set summary = excluded.summary,
                        holder = excluded.holder, issued_at = now()
                    returning code""", String.class, code.toString(), personId, year.id(), kind, holder, text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<GroupView> group(String groupId) {
        return queries.query(new FindGroup(groupId), ResponseTypes.optionalInstanceOf(GroupView.class)).join();
    }

    private static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static Properties labels(String lang) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("certificates/labels." + lang + ".properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
