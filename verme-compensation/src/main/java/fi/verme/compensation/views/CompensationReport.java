package fi.verme.compensation.views;

import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.ClaimView;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesNotSetException;
import fi.verme.compensation.api.CompensationView.Employer;
import fi.verme.compensation.api.CompensationView.GroupCosts;
import fi.verme.compensation.api.CompensationView.Line;
import fi.verme.compensation.api.CompensationView.Participant;
import fi.verme.compensation.api.CompensationView.Period;
import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.FindClaim;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.compensation.api.FindCompensationRules;
import fi.verme.compensation.api.FindPaymentPeriod;
import fi.verme.compensation.api.FindVeso;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.LineStatus;
import fi.verme.compensation.api.ListClaims;
import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.compensation.api.PaymentPeriodView;
import fi.verme.compensation.api.RejectionReason;
import fi.verme.compensation.api.RulesView;
import fi.verme.compensation.api.VesoView;
import fi.verme.compensation.domain.Directory;
import fi.verme.compensation.domain.Directory.RulesInForce;
import fi.verme.compensation.domain.Entitlements;
import fi.verme.compensation.domain.FeeSchedule;
import fi.verme.compensation.domain.OwedSource;
import fi.verme.compensation.domain.Presets;
import fi.verme.compensation.domain.Priced;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What finance reads, priced from the ledger under the current rules: each source's amount, and for
 * what was approved, the approved amount and any later difference as an adjustment.
 */
@Component
class CompensationReport implements Entitlements {

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final QueryGateway queries;

    CompensationReport(JdbcTemplate jdbc, Directory directory, QueryGateway queries) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.queries = queries;
    }

    /** A row of the ledger. */
    private record Source(String sourceId, String mentorId, String groupId, LineKind kind, BigDecimal hours,
                          Integer minutes, BigDecimal days, BigDecimal amount, String description, LocalDate date,
                          String employer, ClaimStatus claimStatus, String rejection, String receipt,
                          List<String> eventIds) {

        boolean owed() {
            return OwedSource.owed(claimStatus);
        }

        Priced priced() {
            return new Priced(kind, hours, minutes, days, amount);
        }
    }

    private record Approved(String periodId, String sourceId, BigDecimal amount, boolean adjustment, boolean paid,
                            String eventId) {
    }

    @Override
    public Owed owed(ProgrammeYear programmeYear) {
        var rules = directory.rules(programmeYear)
                .orElseThrow(() -> new CompensationRulesNotSetException(programmeYear));
        var sources = sources(programmeYear).stream().filter(Source::owed).toList();
        var schedule = new FeeSchedule(rules);
        var entitlements = sources.stream().map(s -> new Entitlement(s.sourceId(), s.mentorId(), s.kind(),
                schedule.amount(s.priced()))).toList();
        return new Owed(entitlements, missingRates(rules, sources));
    }

    private static List<String> missingRates(CompensationRules rules, List<Source> owed) {
        var schedule = new FeeSchedule(rules);
        boolean fees = owed.stream().anyMatch(s -> schedule.feeHours(s.priced()).signum() > 0);
        boolean substitutes = owed.stream().anyMatch(s -> s.kind() == LineKind.SUBSTITUTE);
        return schedule.missingRates(fees, substitutes);
    }

    @QueryHandler
    RulesView rules(FindCompensationRules query) {
        var inForce = directory.rulesInForce(query.programmeYear());
        var rules = inForce.map(RulesInForce::rules).orElse(Presets.none());
        var owed = sources(query.programmeYear()).stream().filter(Source::owed).toList();
        return new RulesView(query.programmeYear(), inForce.map(RulesInForce::version).orElse(0), rules,
                missingRates(rules, owed));
    }

    @QueryHandler
    CompensationView compensation(FindCompensation query) {
        var year = query.programmeYear();
        var inForce = directory.rulesInForce(year);
        var rules = inForce.map(RulesInForce::rules).orElse(Presets.none());
        var owed = sources(year).stream().filter(Source::owed).toList();
        var mentors = mentors(year, new FeeSchedule(rules), owed);
        var lines = mentors.stream().flatMap(m -> m.lines().stream()).toList();
        return new CompensationView(year, inForce.map(RulesInForce::version).orElse(0), missingRates(rules, owed),
                mentors, groupCosts(year, rules, owed), participants(year, rules),
                rules.employerCostReport() ? employers(year, owed) : List.of(), periods(year), sum(lines, null),
                sum(lines, LineStatus.ACCRUING), sum(lines, LineStatus.APPROVED), sum(lines, LineStatus.PAID));
    }

    /** Each mentor who is owed something, by mentor id, named as the person register names them. */
    private List<CompensationView.Mentor> mentors(ProgrammeYear year, FeeSchedule schedule, List<Source> owed) {
        var approvedBySource = approved(year).stream().collect(Collectors.groupingBy(Approved::sourceId,
                LinkedHashMap::new, Collectors.toList()));
        var mentorIds = owed.stream().map(Source::mentorId).distinct().sorted().toList();
        var persons = new HashMap<String, String>();
        jdbc.query("select mentor_id, person_id from compensation.mentor", rs -> {
            persons.put(rs.getString(1), rs.getString(2));
        });
        var names = names(mentorIds.stream().map(persons::get).filter(p -> p != null).toList());
        return mentorIds.stream().map(mentorId -> {
            var personId = persons.get(mentorId);
            var sources = owed.stream().filter(s -> s.mentorId().equals(mentorId)).toList();
            return mentor(mentorId, personId, personId == null ? null : names.get(personId), schedule, sources,
                    approvedBySource);
        }).toList();
    }

    /** A mentor's lines, and what they add up to: fee hours, meetings, organising hours, substitutes, expenses. */
    private static CompensationView.Mentor mentor(String mentorId, String personId, String name, FeeSchedule schedule,
                                                  List<Source> sources, Map<String, List<Approved>> approvedBySource) {
        var lines = new ArrayList<Line>();
        sources.forEach(source -> lines.addAll(lines(source, schedule,
                approvedBySource.getOrDefault(source.sourceId(), List.of()))));
        var feeHours = sources.stream().map(source -> schedule.feeHours(source.priced()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int meetings = (int) sources.stream().filter(source -> source.kind() == LineKind.MEETING_FEE).count();
        var organising = sources.stream().filter(source -> source.kind() == LineKind.ORGANISING_HOURS)
                .map(Source::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CompensationView.Mentor(mentorId, personId, name, List.copyOf(lines),
                feeHours.setScale(2, RoundingMode.HALF_UP), meetings, organising,
                amountNow(sources, schedule, LineKind.SUBSTITUTE),
                amountNow(sources, schedule, LineKind.ARRANGEMENTS, LineKind.TRAVEL), sum(lines, null),
                sum(lines, LineStatus.ACCRUING), sum(lines, LineStatus.APPROVED), sum(lines, LineStatus.PAID));
    }

    /**
     * A source's lines: one for each approval of it, at the amount approved then, and one for what is
     * still accruing: all of it while nothing is approved, or the difference a later change made
     * (an adjustment), or an amount not yet priced.
     */
    private static List<Line> lines(Source source, FeeSchedule schedule, List<Approved> approvals) {
        var quantity = quantity(schedule, source);
        var lines = new ArrayList<Line>();
        var approvedSum = BigDecimal.ZERO;
        for (var approved : approvals) {
            approvedSum = approvedSum.add(approved.amount());
            var events = new ArrayList<>(source.eventIds());
            events.add(approved.eventId());
            lines.add(new Line(source.sourceId(), source.kind(), source.description(), source.date(), quantity,
                    approved.amount(), approved.paid() ? LineStatus.PAID : LineStatus.APPROVED, approved.periodId(),
                    approved.adjustment(), events));
        }
        var current = schedule.amount(source.priced());
        var due = current == null ? null : current.subtract(approvedSum);
        boolean anyApproved = !approvals.isEmpty();
        if (due == null || due.signum() != 0 || !anyApproved) {
            lines.add(new Line(source.sourceId(), source.kind(), source.description(), source.date(), quantity, due,
                    LineStatus.ACCRUING, null, anyApproved, source.eventIds()));
        }
        return lines;
    }

    /** What the sources of these kinds come to under the current rules (an unpriced one as nothing). */
    private static BigDecimal amountNow(List<Source> sources, FeeSchedule schedule, LineKind... kinds) {
        var wanted = List.of(kinds);
        return sources.stream().filter(source -> wanted.contains(source.kind()))
                .map(source -> schedule.amount(source.priced()))
                .map(amount -> amount == null ? BigDecimal.ZERO : amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @QueryHandler
    VesoView veso(FindVeso query) {
        var rules = directory.rules(query.programmeYear()).orElse(Presets.none());
        Integer attended = jdbc.queryForObject("""
                select count(*) from compensation.attended where person_id = ? and programme_year = ?""",
                Integer.class, query.personId(), query.programmeYear().id());
        int meetings = attended == null ? 0 : attended;
        return new VesoView(query.personId(), query.programmeYear(), meetings, rules.meetingsPerVesoDay(),
                vesoDays(rules, meetings));
    }

    @QueryHandler
    Optional<ClaimView> claim(FindClaim query) {
        return jdbc.query("select * from compensation.source where source_id = ?", (rs, row) -> claimView(rs),
                OwedSource.claimSourceId(query.claimId())).stream().findFirst();
    }

    @QueryHandler
    List<ClaimView> claims(ListClaims query) {
        var sql = new StringBuilder("""
                select * from compensation.source where programme_year = ? and source_id like 'claim:%'""");
        var arguments = new ArrayList<Object>(List.of(query.programmeYear().id()));
        if (query.status() != null) {
            sql.append(" and claim_status = ?");
            arguments.add(query.status().name());
        }
        sql.append(" order by occurred_on, source_id");
        return jdbc.query(sql.toString(), (rs, row) -> claimView(rs), arguments.toArray());
    }

    private static ClaimView claimView(ResultSet rs) throws SQLException {
        var source = source(rs);
        var year = ProgrammeYear.fromId(rs.getString("programme_year"));
        var kind = source.kind() == LineKind.ORGANISING_HOURS ? null : ExpenseKind.valueOf(source.kind().name());
        return new ClaimView(source.sourceId().substring("claim:".length()), year, source.mentorId(),
                source.groupId(), kind, source.hours(), source.amount(), source.days(), source.receipt(),
                source.date(), kind == null ? source.description() : null, source.employer(), source.claimStatus(),
                source.rejection() == null ? null : RejectionReason.valueOf(source.rejection()));
    }

    @QueryHandler
    Optional<PaymentPeriodView> period(FindPaymentPeriod query) {
        var lines = jdbc.query("""
                select source_id, mentor_id, kind, amount, adjustment from compensation.approved_line
                where period_id = ? order by mentor_id, source_id""",
                (rs, row) -> new ApprovedLine(rs.getString(1), rs.getString(2), LineKind.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getBoolean(5)), query.periodId());
        return jdbc.query("select * from compensation.period where period_id = ?", (rs, row) -> {
            var paidOn = rs.getDate("paid_on");
            return new PaymentPeriodView(query.periodId(), ProgrammeYear.fromId(rs.getString("programme_year")),
                    rs.getString("label"), lines, rs.getBigDecimal("total"),
                    rs.getTimestamp("approved_at").toInstant(), rs.getString("payroll_reference"),
                    paidOn == null ? null : paidOn.toLocalDate());
        }, query.periodId()).stream().findFirst();
    }

    private List<Source> sources(ProgrammeYear year) {
        return jdbc.query("""
                select * from compensation.source where programme_year = ? order by mentor_id, occurred_on, source_id""",
                (rs, row) -> source(rs), year.id());
    }

    private static Source source(ResultSet rs) throws SQLException {
        String status = rs.getString("claim_status");
        return new Source(rs.getString("source_id"), rs.getString("mentor_id"), rs.getString("group_id"),
                LineKind.valueOf(rs.getString("kind")), rs.getBigDecimal("hours"), (Integer) rs.getObject("minutes"),
                rs.getBigDecimal("days"), rs.getBigDecimal("amount"), rs.getString("description"),
                rs.getDate("occurred_on").toLocalDate(), rs.getString("employer"),
                status == null ? null : ClaimStatus.valueOf(status), rs.getString("rejection"), rs.getString("receipt"),
                Arrays.asList((String[]) rs.getArray("event_ids").getArray()));
    }

    private List<Approved> approved(ProgrammeYear year) {
        return jdbc.query("""
                select a.period_id, a.source_id, a.amount, a.adjustment, p.paid_on is not null, a.event_id
                from compensation.approved_line a join compensation.period p on p.period_id = a.period_id
                where p.programme_year = ? order by p.approved_at, a.period_id""",
                (rs, row) -> new Approved(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getString(6)), year.id());
    }

    /** Hours for fees, days for substitutes, nothing for other expenses. */
    private static BigDecimal quantity(FeeSchedule schedule, Source source) {
        return switch (source.kind()) {
            case PLANNING_FEE, ORGANISING_HOURS, MEETING_FEE ->
                    schedule.feeHours(source.priced()).setScale(2, RoundingMode.HALF_UP);
            case SUBSTITUTE -> source.days();
            default -> null;
        };
    }

    private static BigDecimal sum(List<Line> lines, LineStatus status) {
        return lines.stream().filter(l -> status == null || l.status() == status).map(Line::amount)
                .filter(a -> a != null).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private List<GroupCosts> groupCosts(ProgrammeYear year, CompensationRules rules, List<Source> owed) {
        var budget = rules.arrangementsReimbursed() ? rules.arrangementsBudgetPerGroup() : null;
        return jdbc.query("select group_id, name from compensation.group_info where programme_year = ? order by name",
                (rs, row) -> {
                    String groupId = rs.getString(1);
                    var arrangements = costs(owed, groupId, LineKind.ARRANGEMENTS);
                    var travel = costs(owed, groupId, LineKind.TRAVEL);
                    return new GroupCosts(groupId, rs.getString(2), arrangements, travel, budget,
                            budget == null ? null : budget.subtract(arrangements));
                }, year.id());
    }

    private static BigDecimal costs(List<Source> owed, String groupId, LineKind kind) {
        return owed.stream().filter(s -> s.kind() == kind && groupId.equals(s.groupId())).map(Source::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private List<Participant> participants(ProgrammeYear year, CompensationRules rules) {
        return jdbc.query("""
                select person_id, count(*), sum(minutes) from compensation.attended where programme_year = ?
                group by person_id order by person_id""",
                (rs, row) -> new Participant(rs.getString(1), rs.getInt(2), rs.getInt(3), vesoDays(rules, rs.getInt(2))),
                year.id());
    }

    private static int vesoDays(CompensationRules rules, int meetings) {
        return rules.meetingsPerVesoDay() == null ? 0 : meetings / rules.meetingsPerVesoDay();
    }

    private List<Employer> employers(ProgrammeYear year, List<Source> owed) {
        var travel = new HashMap<String, BigDecimal>();
        owed.stream().filter(s -> s.kind() == LineKind.TRAVEL && s.employer() != null)
                .forEach(s -> travel.merge(s.employer(), s.amount(), BigDecimal::add));
        var employers = new ArrayList<Employer>();
        jdbc.query("""
                select p.employer, count(distinct a.person_id), coalesce(sum(a.minutes), 0)
                from compensation.participant p join compensation.attended a
                  on a.person_id = p.person_id and a.programme_year = p.programme_year
                where p.programme_year = ? group by p.employer order by p.employer""",
                rs -> {
                    String employer = rs.getString(1);
                    employers.add(new Employer(employer, rs.getInt(2), BigDecimal.valueOf(rs.getLong(3))
                            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                            travel.getOrDefault(employer, BigDecimal.ZERO.setScale(2))));
                }, year.id());
        return employers;
    }

    private List<Period> periods(ProgrammeYear year) {
        return jdbc.query("select * from compensation.period where programme_year = ? order by approved_at",
                (rs, row) -> {
                    var paidOn = rs.getDate("paid_on");
                    return new Period(rs.getString("period_id"), rs.getString("label"), rs.getBigDecimal("total"),
                            rs.getTimestamp("approved_at").toInstant(), rs.getString("payroll_reference"),
                            paidOn == null ? null : paidOn.toLocalDate());
                }, year.id());
    }

    private Map<String, String> names(List<String> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return queries.query(new FindPersons(personIds), ResponseTypes.multipleInstancesOf(PersonView.class)).join()
                .stream().collect(Collectors.toMap(PersonView::personId,
                        p -> p.contact().firstName() + " " + p.contact().lastName(), (a, b) -> a));
    }
}
