package fi.verme.compensation.views;

import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.ClaimView;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesNotSetException;
import fi.verme.compensation.api.CompensationView.Employer;
import fi.verme.compensation.api.CompensationView.GroupCosts;
import fi.verme.compensation.api.CompensationView.Line;
import fi.verme.compensation.api.CompensationView.Participant;
import fi.verme.compensation.api.CompensationView.PayeeLines;
import fi.verme.compensation.api.CompensationView.Period;
import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.FindClaim;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.compensation.api.FindCompensationRules;
import fi.verme.compensation.api.FindPaymentPeriod;
import fi.verme.compensation.api.FindUnpaidPay;
import fi.verme.compensation.api.FindVeso;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.LineStatus;
import fi.verme.compensation.api.ListClaims;
import fi.verme.compensation.api.ListMentorClaims;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.PayeeKind;
import fi.verme.compensation.api.PaymentPeriodView.PayeeTotal;
import fi.verme.compensation.api.PaymentPeriodView;
import fi.verme.compensation.api.PaymentType;
import fi.verme.compensation.api.RejectionReason;
import fi.verme.compensation.api.RulesView;
import fi.verme.compensation.api.UnpaidPay;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What finance reads, priced from the ledger under the current rules: each source's amount, and for
 * what was approved, the approved amount and any later difference as an adjustment; each line owed to its
 * payee (the ledger's sources with the payees view's payee of each claim; a fee is its mentor's).
 */
@Component
class CompensationReport implements Entitlements {

    static final String PLANNING_MEETING = "Mentoreiden suunnittelutapaaminen / mentors' planning meeting";

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final QueryGateway queries;

    CompensationReport(JdbcTemplate jdbc, Directory directory, QueryGateway queries) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.queries = queries;
    }

    /** A row of the ledger, with its payee and, for a participant's travel, the participant. */
    private record Source(String sourceId, String mentorId, String groupId, LineKind kind, BigDecimal hours,
                          Integer minutes, BigDecimal days, BigDecimal amount, String description, LocalDate date,
                          String employer, ClaimStatus claimStatus, String rejection, String receipt,
                          List<String> eventIds, Payee payee, String participantId) {

        boolean owed() {
            return OwedSource.owed(claimStatus);
        }

        Priced priced() {
            return new Priced(kind, hours, minutes, days, amount);
        }

        /** What the line says: a substitute for no group is one for the mentors' joint planning meeting. */
        String text() {
            if (kind == LineKind.SUBSTITUTE && groupId == null) {
                return description == null ? PLANNING_MEETING : PLANNING_MEETING + ": " + description;
            }
            return description;
        }
    }

    /** {@code quantity} as approved; null for a line approved before quantities were kept (revision 1). */
    private record Approved(String periodId, String sourceId, BigDecimal amount, BigDecimal quantity,
                            boolean adjustment, boolean paid, String eventId) {
    }

    @Override
    public Owed owed(ProgrammeYear programmeYear) {
        var rules = directory.rules(programmeYear)
                .orElseThrow(() -> new CompensationRulesNotSetException(programmeYear));
        var sources = sources(programmeYear).stream().filter(Source::owed).toList();
        var schedule = new FeeSchedule(rules);
        var entitlements = sources.stream().map(s -> new Entitlement(s.sourceId(), s.mentorId(), s.kind(),
                schedule.amount(s.priced()), schedule.quantity(s.priced()))).toList();
        return new Owed(entitlements, missingRates(rules, sources), schedule.paysNothing());
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
        var schedule = new FeeSchedule(rules);
        var owed = sources(year).stream().filter(Source::owed).toList();
        var approvedBySource = approved(year).stream().collect(Collectors.groupingBy(Approved::sourceId,
                LinkedHashMap::new, Collectors.toList()));
        var lines = new ArrayList<Line>();
        owed.forEach(source -> lines.addAll(lines(source, schedule,
                approvedBySource.getOrDefault(source.sourceId(), List.of()))));
        var names = new Names(owed);
        var readable = ReadableLines.of(lines);
        return new CompensationView(year, inForce.map(RulesInForce::version).orElse(0), missingRates(rules, owed),
                mentors(schedule, owed, readable, names), groupCosts(year, rules, owed), participants(year, rules, owed),
                rules.employerCostReport() ? employers(year, owed) : List.of(), periods(year), sum(readable, null),
                sum(readable, LineStatus.ACCRUING), sum(readable, LineStatus.APPROVED), sum(readable, LineStatus.PAID),
                payees(readable, names), inForce.isPresent() && schedule.paysNothing());
    }

    /**
     * What each year owes the person and has not paid, read from the year's compensation as finance reads it: their
     * lines as a mentor and as a person paid, accruing or approved.
     */
    @QueryHandler
    List<UnpaidPay> unpaid(FindUnpaidPay query) {
        var mentorIds = jdbc.queryForList("select mentor_id from compensation.mentor where person_id = ?", String.class,
                query.personId());
        var payees = new HashSet<Payee>(List.of(new Payee(PayeeKind.PERSON, query.personId())));
        mentorIds.forEach(mentorId -> payees.add(Payee.mentor(mentorId)));
        var ids = new ArrayList<>(mentorIds);
        ids.add(query.personId());
        var years = jdbc.queryForList("""
                select distinct s.programme_year from compensation.source s
                left join compensation.claim_payee p on p.source_id = s.source_id
                where s.mentor_id = any(?) or p.payee_id = any(?) or p.participant_id = ?
                order by 1""", String.class, mentorIds.toArray(String[]::new), ids.toArray(String[]::new),
                query.personId());
        var unpaid = new ArrayList<UnpaidPay>();
        for (var year : years.stream().map(ProgrammeYear::fromId).toList()) {
            var owed = compensation(new FindCompensation(year)).payees().stream()
                    .filter(payee -> payees.contains(payee.payee())).flatMap(payee -> payee.lines().stream())
                    .filter(line -> line.status() != LineStatus.PAID
                            && (line.amount() == null || line.amount().signum() != 0)).toList();
            if (!owed.isEmpty()) {
                unpaid.add(new UnpaidPay(year, owed.stream().map(Line::amount)
                        .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add),
                        (int) owed.stream().filter(line -> line.amount() == null).count()));
            }
        }
        return unpaid;
    }

    /** Each mentor who is owed something or whose work or claim is in the year, by mentor id. */
    private static List<CompensationView.Mentor> mentors(FeeSchedule schedule, List<Source> owed, List<Line> lines,
                                                         Names names) {
        var mentorIds = owed.stream().map(Source::mentorId).filter(Objects::nonNull).distinct().sorted().toList();
        return mentorIds.stream().map(mentorId -> {
            var payee = Payee.mentor(mentorId);
            var own = lines.stream().filter(line -> payee.equals(line.payee())).toList();
            var sources = owed.stream().filter(s -> mentorId.equals(s.mentorId())).toList();
            var feeHours = sources.stream().map(source -> schedule.feeHours(source.priced()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int meetings = (int) sources.stream().filter(source -> source.kind() == LineKind.MEETING_FEE).count();
            var organising = sources.stream().filter(source -> source.kind() == LineKind.ORGANISING_HOURS)
                    .map(Source::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            var ownSources = sources.stream().filter(s -> payee.equals(s.payee())).toList();
            return new CompensationView.Mentor(mentorId, names.personOfMentor(mentorId), names.of(payee), own,
                    feeHours.setScale(2, RoundingMode.HALF_UP), meetings, organising,
                    amountNow(ownSources, schedule, LineKind.SUBSTITUTE),
                    amountNow(ownSources, schedule, LineKind.ARRANGEMENTS, LineKind.TRAVEL), sum(own, null),
                    sum(own, LineStatus.ACCRUING), sum(own, LineStatus.APPROVED), sum(own, LineStatus.PAID));
        }).toList();
    }

    /** Everyone owed something: mentors, then persons, then employers, each by name; taxable pay and reimbursements apart. */
    private static List<PayeeLines> payees(List<Line> lines, Names names) {
        var byPayee = new LinkedHashMap<Payee, List<Line>>();
        lines.forEach(line -> byPayee.computeIfAbsent(line.payee(), p -> new ArrayList<>()).add(line));
        return byPayee.entrySet().stream().map(entry -> {
            var own = entry.getValue();
            return new PayeeLines(entry.getKey(), names.of(entry.getKey()), List.copyOf(own),
                    sum(own, null, PaymentType.TAXABLE_PAY), sum(own, null, PaymentType.REIMBURSEMENT), sum(own, null),
                    sum(own, LineStatus.ACCRUING), sum(own, LineStatus.APPROVED), sum(own, LineStatus.PAID));
        }).sorted(Comparator.comparing((PayeeLines p) -> p.payee().kind())
                .thenComparing(p -> p.name() == null ? "" : p.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(p -> p.payee().id()))
                .toList();
    }

    /**
     * A source's lines: one for each approval of it, at the amount and quantity approved then, and one for what is
     * still accruing: all of it while nothing is approved, or the difference a later change made
     * (an adjustment), or an amount not yet priced.
     */
    private static List<Line> lines(Source source, FeeSchedule schedule, List<Approved> approvals) {
        var quantity = schedule.quantity(source.priced());
        var type = PaymentType.of(source.kind(), source.payee().kind());
        var lines = new ArrayList<Line>();
        var approvedSum = BigDecimal.ZERO;
        for (var approved : approvals) {
            approvedSum = approvedSum.add(approved.amount());
            var events = new ArrayList<>(source.eventIds());
            events.add(approved.eventId());
            lines.add(new Line(source.sourceId(), source.kind(), source.text(), source.date(),
                    approved.quantity() == null ? quantity : approved.quantity(), approved.amount(), approved.paid() ? LineStatus.PAID : LineStatus.APPROVED, approved.periodId(),
                    approved.adjustment(), events, source.mentorId(), source.payee(), type,
                    List.of(source.sourceId())));
        }
        var current = schedule.amount(source.priced());
        var due = current == null ? null : current.subtract(approvedSum);
        boolean anyApproved = !approvals.isEmpty();
        if (due == null || due.signum() != 0 || !anyApproved) {
            lines.add(new Line(source.sourceId(), source.kind(), source.text(), source.date(), quantity, due,
                    LineStatus.ACCRUING, null, anyApproved, source.eventIds(), source.mentorId(), source.payee(),
                    type, List.of(source.sourceId())));
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
        return jdbc.query(SOURCES + " where s.source_id = ?", (rs, row) -> claimView(rs),
                OwedSource.claimSourceId(query.claimId())).stream().findFirst();
    }

    @QueryHandler
    List<ClaimView> claims(ListClaims query) {
        var sql = new StringBuilder(SOURCES + " where s.programme_year = ? and s.source_id like 'claim:%'");
        var arguments = new ArrayList<Object>(List.of(query.programmeYear().id()));
        if (query.status() != null) {
            sql.append(" and s.claim_status = ?");
            arguments.add(query.status().name());
        }
        sql.append(" order by s.occurred_on, s.claim_order, s.source_id");
        return jdbc.query(sql.toString(), (rs, row) -> claimView(rs), arguments.toArray());
    }

    @QueryHandler
    List<ClaimView> mentorClaims(ListMentorClaims query) {
        return jdbc.query(SOURCES + """
                 where s.mentor_id = ? and s.source_id like 'claim:%'
                order by s.occurred_on desc, s.claim_order desc nulls last, s.source_id""", (rs, row) -> claimView(rs),
                query.mentorId());
    }

    private static ClaimView claimView(ResultSet rs) throws SQLException {
        var source = source(rs);
        var year = ProgrammeYear.fromId(rs.getString("programme_year"));
        var kind = source.kind() == LineKind.ORGANISING_HOURS ? null : ExpenseKind.valueOf(source.kind().name());
        return new ClaimView(source.sourceId().substring("claim:".length()), year, source.mentorId(),
                source.groupId(), kind, source.hours(), source.amount(), source.days(), source.receipt(),
                source.date(), kind == null ? source.description() : null, source.employer(), source.claimStatus(),
                source.rejection() == null ? null : RejectionReason.valueOf(source.rejection()), source.payee(),
                source.participantId());
    }

    /** The period's lines as the compensation view reads them (adjustments combined), and each payee's share. */
    @QueryHandler
    Optional<PaymentPeriodView> period(FindPaymentPeriod query) {
        var found = jdbc.query("select * from compensation.period where period_id = ?", (rs, row) -> {
            var paidOn = rs.getDate("paid_on");
            return new PaymentPeriodView(query.periodId(), ProgrammeYear.fromId(rs.getString("programme_year")),
                    rs.getString("label"), List.of(), rs.getBigDecimal("total"),
                    rs.getTimestamp("approved_at").toInstant(), rs.getString("payroll_reference"),
                    paidOn == null ? null : paidOn.toLocalDate(), List.of());
        }, query.periodId()).stream().findFirst();
        return found.map(period -> {
            var lines = new ArrayList<Line>();
            var payees = new ArrayList<PayeeTotal>();
            for (var payee : compensation(new FindCompensation(period.programmeYear())).payees()) {
                var own = payee.lines().stream().filter(line -> period.periodId().equals(line.periodId())).toList();
                if (!own.isEmpty()) {
                    lines.addAll(own);
                    payees.add(new PayeeTotal(payee.payee(), payee.name(), sum(own, null, PaymentType.TAXABLE_PAY),
                            sum(own, null, PaymentType.REIMBURSEMENT), sum(own, null)));
                }
            }
            return new PaymentPeriodView(period.periodId(), period.programmeYear(), period.period(),
                    List.copyOf(lines), period.total(), period.approvedAt(), period.payrollReference(),
                    period.paidOn(), List.copyOf(payees));
        });
    }

    /** The ledger's sources with the payees view's payee and participant of each claim. */
    private static final String SOURCES = """
            select s.*, p.payee_kind, p.payee_id, p.participant_id from compensation.source s
            left join compensation.claim_payee p on p.source_id = s.source_id""";

    private List<Source> sources(ProgrammeYear year) {
        return jdbc.query(SOURCES + " where s.programme_year = ? order by s.mentor_id, s.occurred_on, s.source_id",
                (rs, row) -> source(rs), year.id());
    }

    /** A source without a payee row is owed to its mentor: a fee, organising hours, a claim from before payees. */
    private static Source source(ResultSet rs) throws SQLException {
        String status = rs.getString("claim_status");
        String payeeKind = rs.getString("payee_kind");
        String mentorId = rs.getString("mentor_id");
        return new Source(rs.getString("source_id"), mentorId, rs.getString("group_id"),
                LineKind.valueOf(rs.getString("kind")), rs.getBigDecimal("hours"), (Integer) rs.getObject("minutes"),
                rs.getBigDecimal("days"), rs.getBigDecimal("amount"), rs.getString("description"),
                rs.getDate("occurred_on").toLocalDate(), rs.getString("employer"),
                status == null ? null : ClaimStatus.valueOf(status), rs.getString("rejection"), rs.getString("receipt"),
                Arrays.asList((String[]) rs.getArray("event_ids").getArray()),
                payeeKind == null ? Payee.mentor(mentorId) : new Payee(PayeeKind.valueOf(payeeKind),
                        rs.getString("payee_id")), rs.getString("participant_id"));
    }

    private List<Approved> approved(ProgrammeYear year) {
        return jdbc.query("""
                select a.period_id, a.source_id, a.amount, a.quantity, a.adjustment, p.paid_on is not null,
                    a.event_id
                from compensation.approved_line a join compensation.period p on p.period_id = a.period_id
                where p.programme_year = ? order by p.approved_at, a.period_id, a.source_id""",
                (rs, row) -> new Approved(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getString(7)), year.id());
    }

    private static BigDecimal sum(List<Line> lines, LineStatus status) {
        return sum(lines, status, null);
    }

    private static BigDecimal sum(List<Line> lines, LineStatus status, PaymentType type) {
        return lines.stream().filter(l -> status == null || l.status() == status)
                .filter(l -> type == null || l.paymentType() == type).map(Line::amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private List<GroupCosts> groupCosts(ProgrammeYear year, CompensationRules rules, List<Source> owed) {
        var budget = rules.arrangementsReimbursed() ? rules.arrangementsBudgetPerGroup() : null;
        return jdbc.query("""
                select group_id, name from compensation.group_info where programme_year = ? order by name, group_id""",
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

    /** Each participant's meetings, VESO days, employer and the travel recorded for them (approved). */
    private List<Participant> participants(ProgrammeYear year, CompensationRules rules, List<Source> owed) {
        var travel = new HashMap<String, BigDecimal>();
        owed.stream().filter(s -> s.kind() == LineKind.TRAVEL && s.participantId() != null)
                .forEach(s -> travel.merge(s.participantId(), s.amount(), BigDecimal::add));
        return jdbc.query("""
                select a.person_id, count(*), sum(a.minutes), min(p.employer) from compensation.attended a
                left join compensation.participant p on p.person_id = a.person_id and p.programme_year = a.programme_year
                where a.programme_year = ? group by a.person_id order by a.person_id""",
                (rs, row) -> new Participant(rs.getString(1), rs.getInt(2), rs.getInt(3), vesoDays(rules, rs.getInt(2)),
                        rs.getString(4), travel.getOrDefault(rs.getString(1), BigDecimal.ZERO.setScale(2))),
                year.id());
    }

    private static int vesoDays(CompensationRules rules, int meetings) {
        return rules.meetingsPerVesoDay() == null ? 0 : meetings / rules.meetingsPerVesoDay();
    }

    /**
     * The employer report: each employer whose staff attended, travelled, or that finance gave a rate, with its
     * staff's meeting hours, their salary cost at the employer's rate (the exact minutes times the rate, rounded
     * once to the cent), and the travel recorded for its staff.
     */
    private List<Employer> employers(ProgrammeYear year, List<Source> owed) {
        var travel = new HashMap<String, BigDecimal>();
        owed.stream().filter(s -> s.kind() == LineKind.TRAVEL && s.employer() != null)
                .forEach(s -> travel.merge(s.employer(), s.amount(), BigDecimal::add));
        var rates = new HashMap<String, BigDecimal>();
        jdbc.query("select employer, hourly_salary_cost from compensation.employer_rate where programme_year = ?",
                rs -> {
                    rates.put(rs.getString(1), rs.getBigDecimal(2));
                }, year.id());
        record Attendance(int participants, long minutes) {
        }
        var attendance = new HashMap<String, Attendance>();
        jdbc.query("""
                select p.employer, count(distinct a.person_id), coalesce(sum(a.minutes), 0)
                from compensation.participant p join compensation.attended a
                  on a.person_id = p.person_id and a.programme_year = p.programme_year
                where p.programme_year = ? group by p.employer""",
                rs -> {
                    attendance.put(rs.getString(1), new Attendance(rs.getInt(2), rs.getLong(3)));
                }, year.id());
        var names = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        for (var name : attendance.keySet()) {
            names.putIfAbsent(name, name);
        }
        for (var name : travel.keySet()) {
            names.putIfAbsent(name, name);
        }
        for (var name : rates.keySet()) {
            names.putIfAbsent(name, name);
        }
        return names.values().stream().map(employer -> {
            var attended = attendance.getOrDefault(employer, new Attendance(0, 0));
            var rate = rateOf(rates, employer);
            var minutes = BigDecimal.valueOf(attended.minutes());
            var salaryCost = rate == null ? null : FeeSchedule.cents(minutes.multiply(rate)
                    .divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP));
            var travelCosts = travelOf(travel, employer);
            return new Employer(employer, attended.participants(), minutes.divide(BigDecimal.valueOf(60), 2,
                    RoundingMode.HALF_UP), travelCosts, rate, salaryCost,
                    (salaryCost == null ? BigDecimal.ZERO.setScale(2) : salaryCost).add(travelCosts));
        }).toList();
    }

    /** An employer's rate, its name written with other capitals or spaces too. */
    private static BigDecimal rateOf(Map<String, BigDecimal> rates, String employer) {
        return rates.entrySet().stream().filter(e -> Payee.employer(e.getKey()).sameAs(Payee.employer(employer)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static BigDecimal travelOf(Map<String, BigDecimal> travel, String employer) {
        return travel.entrySet().stream().filter(e -> Payee.employer(e.getKey()).sameAs(Payee.employer(employer)))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private List<Period> periods(ProgrammeYear year) {
        return jdbc.query("""
                select * from compensation.period where programme_year = ? order by approved_at, period_id""",
                (rs, row) -> {
                    var paidOn = rs.getDate("paid_on");
                    return new Period(rs.getString("period_id"), rs.getString("label"), rs.getBigDecimal("total"),
                            rs.getTimestamp("approved_at").toInstant(), rs.getString("payroll_reference"),
                            paidOn == null ? null : paidOn.toLocalDate());
                }, year.id());
    }

    /**
     * Payees' names: a mentor's and a person's from the person register (null once erased), an employer's its
     * own. Looked up once per view, for every person it names.
     */
    private final class Names {

        private final Map<String, String> personOfMentor = new HashMap<>();
        private final Map<String, String> names;

        Names(List<Source> owed) {
            jdbc.query("select mentor_id, person_id from compensation.mentor", rs -> {
                personOfMentor.put(rs.getString(1), rs.getString(2));
            });
            var personIds = new ArrayList<String>();
            owed.forEach(source -> {
                if (source.mentorId() != null && personOfMentor.containsKey(source.mentorId())) {
                    personIds.add(personOfMentor.get(source.mentorId()));
                }
                if (source.payee().kind() == PayeeKind.PERSON) {
                    personIds.add(source.payee().id());
                }
            });
            names = find(personIds.stream().distinct().toList());
        }

        String personOfMentor(String mentorId) {
            return personOfMentor.get(mentorId);
        }

        String of(Payee payee) {
            return switch (payee.kind()) {
                case MENTOR -> {
                    var person = personOfMentor.get(payee.id());
                    yield person == null ? null : names.get(person);
                }
                case PERSON -> names.get(payee.id());
                case EMPLOYER -> payee.id();
            };
        }

        private Map<String, String> find(List<String> personIds) {
            if (personIds.isEmpty()) {
                return Map.of();
            }
            return queries.query(new FindPersons(personIds), ResponseTypes.multipleInstancesOf(PersonView.class))
                    .join().stream().collect(Collectors.toMap(PersonView::personId,
                            p -> p.contact().firstName() + " " + p.contact().lastName(), (a, b) -> a));
        }
    }
}
