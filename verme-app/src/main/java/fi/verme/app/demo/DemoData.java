package fi.verme.app.demo;

import fi.verme.app.platform.storage.DatabaseMode;
import fi.verme.compensation.api.ApproveClaim;
import fi.verme.compensation.api.ClaimOrganisingHours;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.api.SetCompensationRules;
import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.LateReason;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.RegisterPerson;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.SubmitEnrolment;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.enrolment.api.WithdrawalReason;
import fi.verme.groups.api.AcceptPlacementProposal;
import fi.verme.groups.api.AnswerSurvey;
import fi.verme.groups.api.Commitment;
import fi.verme.groups.api.CompleteGroup;
import fi.verme.groups.api.DefineSurvey;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindPlacementProposal;
import fi.verme.groups.api.FormGroup;
import fi.verme.groups.api.GroupType;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListWaitlist;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.PlacementProposalView;
import fi.verme.groups.api.ProposePlacement;
import fi.verme.groups.api.RecordActionAgreement;
import fi.verme.groups.api.RegisterMentor;
import fi.verme.groups.api.SetGroupSizeRule;
import fi.verme.groups.api.StartGroup;
import fi.verme.groups.api.WaitlistPage;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.RecordJointMeeting;
import fi.verme.meetings.api.RecordMeetingHeld;
import fi.verme.meetings.api.RecordMinutes;
import fi.verme.meetings.api.ScheduleMeeting;
import fi.verme.meetings.api.ScheduleMeetingSeries;
import fi.verme.meetings.api.SchoolBreak;
import fi.verme.meetings.api.SetHoursCap;
import fi.verme.meetings.api.SetSchoolBreaks;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A realistic demo, issued as real commands so that its events exist: Seinäjoki's basic education
 * in the current school year, the brochure's kinds of groups, about 50 enrolments of teachers,
 * special-education teachers and school assistants, and their mentors and groups. The call is open around today, so that a new
 * user can enrol someone at once.
 *
 * <p>Seeding runs until it has finished once ({@code app.demo_seed}); a later start finds it there and
 * seeds nothing. Any step that fails stops the start-up, saying which step and why: a demo that is
 * silently short is worse than none. So does a demo programme that has a call but no finished seeding
 * (an earlier start stopped half-way, or the programme is real): the demo is not seeded on top of it.
 */
@Component
@Order(1) // after its organiser, before ProjectionBarrier's start-up wait (so the audit index has the demo then)
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Map<String, Object> ACTING = Map.of("actingUser", "demo-data");
    static final String ORGANISER = "seinajoki";
    static final int ENROLMENTS = 50;

    private static final List<Theme> THEMES = List.of(
            new Theme("UUDET", "Uudet opettajat – ensimmäiset vuodet"),
            new Theme("ERITYIS", "Erityisopetus ja tuki"),
            new Theme("OHJAAJAT", "Koulunkäynnin ohjaajien verme"),
            new Theme("ALAKOULU", "Alakoulun arki ja yhteistyö"),
            new Theme("YLAKOULU", "Yläkoulun aineenopettajat"),
            new Theme("K55", "K55 – kokeneet konkarit"));
    private static final List<String> FIRST_NAMES = List.of("Aino", "Eeva", "Elina", "Hanna", "Heidi", "Johanna",
            "Katja", "Laura", "Liisa", "Marja", "Minna", "Päivi", "Riikka", "Sari", "Tiina", "Sanna", "Jyrki",
            "Juha", "Jussi", "Kari", "Markku", "Matti", "Mikko", "Pekka", "Sami", "Timo", "Väinö", "Åsa", "Jönsä",
            "Ilkka");
    private static final List<String> LAST_NAMES = List.of("Mäkelä", "Hämäläinen", "Järvinen", "Koskinen",
            "Heikkilä", "Mäkinen", "Ylä-Mononen", "Kivistö", "Hietala", "Ketola", "Ojala", "Rintamäki", "Yli-Äyhö",
            "Kärkkäinen", "Niemelä", "Seppälä", "Lähdesmäki", "Björkqvist", "Östman", "Peltoniemi");
    private static final List<String> UNITS = List.of("Kasperin koulu", "Joupin koulu", "Kärjen koulu",
            "Nurmon yläkoulu", "Pohjan koulu", "Törnävän koulu", "Ylistaron yhtenäiskoulu", "Peräseinäjoen koulu",
            "Marttilan koulu", "Hyllykallion koulu");

    private static final List<String> MENTORS = List.of("Anneli Kangas", "Helena Rinne", "Pirjo Saarinen",
            "Tuula Vainio", "Ulla Länsimäki", "Jarmo Hautala", "Seppo Kuusisto");
    private static final String TRAINING_PROVIDER = "Verme-mentorikoulutus, Jyväskylän yliopisto";


    /** A demo mentor: the mentor id, and the person id that minutes are written by. */
    private record Mentor(String mentorId, String personId) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;

    DemoData(CommandGateway commands, QueryGateway queries, JdbcTemplate jdbc, Clock clock,
             DatabaseMode mode, @Value("${verme.demo.enabled:#{null}}") Boolean enabled) {
        this.commands = commands;
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = mode.hasDemo(enabled);
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.now(clock);
        var programmeYear = new ProgrammeYear(ORGANISER, ProgrammeYear.schoolYearOf(today));
        if (!enabled || seeded(programmeYear)) {
            return;
        }
        requireNoCall(programmeYear);
        LOG.info("Seeding the demo programme {} with {} enrolments", programmeYear, ENROLMENTS);
        enrolments(programmeYear, today);
        var started = formGroups(programmeYear, today);
        holdMeetings(programmeYear, today, started);
        compensation(programmeYear, today);
        closedYear(programmeYear);
        jdbc.update("insert into app.demo_seed (programme_year) values (?)", programmeYear.id());
    }

    /**
     * The demo's programme year must be new: its call is the demo's first step. The call's terms are kept
     * in the transaction of its events, so the answer is never stale.
     */
    private void requireNoCall(ProgrammeYear programmeYear) {
        var call = queries.query(new FindEnrolmentCall(programmeYear),
                ResponseTypes.optionalInstanceOf(EnrolmentCallView.class)).join();
        if (call.isPresent()) {
            throw new IllegalStateException(("The demo programme %s already has an enrolment call, but its demo "
                    + "seeding never finished: an earlier start stopped while seeding it, or the programme is real. "
                    + "The demo is not seeded on top of it. Start with an empty data directory, or turn the demo off "
                    + "(VERME_DEMO_ENABLED=false).").formatted(programmeYear));
        }
    }

    /** The call, open around today, the enrolments, and two of them withdrawn. */
    private void enrolments(ProgrammeYear programmeYear, LocalDate today) {
        var opensOn = max(programmeYear.firstDay(), today.minusDays(21));
        var closesOn = min(programmeYear.lastDay(), today.plusDays(30));
        send(new OpenEnrolmentCall(programmeYear, THEMES, List.of(Role.TEACHER, Role.SPECIAL_EDUCATION_TEACHER,
                Role.SCHOOL_ASSISTANT, Role.PRINCIPAL, Role.STUDENT_TEACHER), opensOn, closesOn));
        var random = new Random(2026);
        var enrolmentIds = new ArrayList<String>();
        for (int i = 0; i < ENROLMENTS; i++) {
            enrolmentIds.add(enrol(programmeYear, i, random));
        }
        send(new WithdrawEnrolment(enrolmentIds.get(7), WithdrawalReason.WORKLOAD));
        send(new WithdrawEnrolment(enrolmentIds.get(31), WithdrawalReason.SCHEDULE));
    }

    private String enrol(ProgrammeYear programmeYear, int index, Random random) {
        var firstName = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        var lastName = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        var email = ascii(firstName + "." + lastName) + index + "@edu.seinajoki.example";
        var roll = random.nextInt(10);
        var role = roll < 6 ? Role.TEACHER : roll < 8 ? Role.SPECIAL_EDUCATION_TEACHER : Role.SCHOOL_ASSISTANT;
        var stage = CareerStage.values()[1 + random.nextInt(3)];
        var wishes = new LinkedHashSet<String>();
        wishes.add(firstWish(role, stage, random));
        int more = random.nextInt(3);
        while (wishes.size() < 1 + more) {
            wishes.add(THEMES.get(random.nextInt(THEMES.size())).code());
        }
        var slots = new ArrayList<>(List.of(AvailabilitySlot.values()));
        Collections.shuffle(slots, random);
        var enrolmentId = demoId(programmeYear + "-" + index);
        send(new SubmitEnrolment(enrolmentId, demoId("person-" + email), programmeYear,
                new ContactDetails(firstName, lastName, email, random.nextBoolean() ? null
                        : "040 " + (1000000 + random.nextInt(8999999))),
                role, "Seinäjoen kaupunki", UNITS.get(random.nextInt(UNITS.size())), stage, List.copyOf(wishes),
                List.copyOf(slots.subList(0, 2 + random.nextInt(3))), true, null, false));
        return enrolmentId;
    }

    /**
     * Seven mentors and six groups, one per theme (with co-mentors in one), placed by an accepted
     * placement proposal; the groups that reached their minimum start, one records its action
     * agreement, and a late-formed evening group holds two people from the waiting list, short of its minimum.
     * Answers the started groups, each with its first mentor's person id.
     */
    private Map<String, String> formGroups(ProgrammeYear programmeYear, LocalDate today) {
        send(new SetGroupSizeRule(programmeYear, 4, 7));
        var mentors = registerMentors(programmeYear);
        var groupIds = themeGroups(programmeYear, mentors);
        var proposal = placeByProposal(programmeYear);
        var started = new LinkedHashMap<String, String>();
        for (var group : proposal.groups()) {
            if (group.reachesMinimum()) {
                send(new StartGroup(group.groupId()));
                started.put(group.groupId(), mentors.get(groupIds.indexOf(group.groupId())).personId());
            }
        }
        eveningGroup(programmeYear, mentors.get(2));
        actionAgreement(programmeYear, today, groupIds.get(0), proposal);
        return started;
    }

    private List<Mentor> registerMentors(ProgrammeYear programmeYear) {
        var mentors = new ArrayList<Mentor>();
        for (int i = 0; i < MENTORS.size(); i++) {
            var name = MENTORS.get(i).split(" ");
            var email = ascii(name[0] + "." + name[1]) + ".mentori@edu.seinajoki.example";
            String personId = send(new RegisterPerson(demoId("person-" + email),
                    new ContactDetails(name[0], name[1], email, null)));
            var mentorId = demoId(programmeYear + "-mentor-" + i);
            send(new RegisterMentor(mentorId, personId, "Seinäjoen kaupunki", 2012 + i, TRAINING_PROVIDER,
                    programmeYear.organiser()));
            mentors.add(new Mentor(mentorId, personId));
        }
        return mentors;
    }

    /** One group per theme, the i-th mentor leading the i-th; the second group has co-mentors. */
    private List<String> themeGroups(ProgrammeYear programmeYear, List<Mentor> mentors) {
        var groupIds = new ArrayList<String>();
        for (int i = 0; i < THEMES.size(); i++) {
            var theme = THEMES.get(i);
            var led = i == 1 ? List.of(mentors.get(1).mentorId(), mentors.get(6).mentorId())
                    : List.of(mentors.get(i).mentorId());
            var groupId = demoId(programmeYear + "-group-" + i);
            send(new FormGroup(groupId, programmeYear, theme.code(), theme.name(), led, null, null,
                    i == 4 ? "https://teams.example/verme-ylakoulu" : UNITS.get(i) + ", opettajainhuone", i == 4,
                    theme.code().equals("K55") ? GroupType.K55 : null));
            groupIds.add(groupId);
        }
        return groupIds;
    }

    private PlacementProposalView placeByProposal(ProgrammeYear programmeYear) {
        var proposalId = demoId(programmeYear + "-proposal");
        send(new ProposePlacement(proposalId, programmeYear));
        send(new AcceptPlacementProposal(proposalId));
        return queries.query(new FindPlacementProposal(proposalId),
                ResponseTypes.optionalInstanceOf(PlacementProposalView.class)).join().orElseThrow();
    }

    /** A group formed late, for two of those waiting who wished for its theme: short of its minimum. */
    private void eveningGroup(ProgrammeYear programmeYear, Mentor mentor) {
        var groupId = demoId(programmeYear + "-group-evening");
        send(new FormGroup(groupId, programmeYear, "ERITYIS", "Erityisopetuksen iltaryhmä",
                List.of(mentor.mentorId()), null, null, "Joupin koulu, luokka 12", false, null));
        queries.query(new ListWaitlist(programmeYear), WaitlistPage.class).join().entries().stream()
                .filter(waiting -> waiting.themeWishes().contains("ERITYIS"))
                .limit(2)
                .forEach(waiting -> send(new PlaceParticipant(groupId, waiting.enrolmentId())));
    }

    /** The group's action agreement, accepted by every member the proposal placed in it. */
    private void actionAgreement(ProgrammeYear programmeYear, LocalDate today, String groupId,
                                 PlacementProposalView proposal) {
        var members = proposal.placements().stream()
                .filter(placement -> placement.groupId().equals(groupId))
                .map(PlacementProposalView.Placement::enrolmentId)
                .toList();
        if (!members.isEmpty()) {
            send(new RecordActionAgreement(groupId, max(programmeYear.firstDay(), today),
                    List.of(Commitment.ACTIVE_PARTICIPATION, Commitment.CONFIDENTIALITY, Commitment.NOTICE_OF_ABSENCE),
                    members));
        }
    }

    /**
     * Each started group held its first meeting today, with all but one member present, and wrote
     * its minutes; four more meetings are scheduled three weeks apart; the joint kickoff was today.
     */
    private void holdMeetings(ProgrammeYear programmeYear, LocalDate today, Map<String, String> started) {
        send(new SetHoursCap(programmeYear, 18));
        send(new SetSchoolBreaks(programmeYear, schoolBreaks(programmeYear)));
        var everyone = new ArrayList<String>();
        for (var entry : started.entrySet()) {
            var group = queries.query(new FindGroup(entry.getKey()), ResponseTypes.optionalInstanceOf(GroupView.class))
                    .join().orElseThrow();
            everyone.addAll(firstMeeting(group, today, entry.getValue()));
            laterMeetings(programmeYear, group, today);
        }
        send(new RecordJointMeeting(demoId(programmeYear + "-kickoff"), programmeYear, JointMeetingKind.KICKOFF,
                today, 120, List.copyOf(started.keySet()), everyone));
    }

    /** The first meeting, held today without the last member, and its minutes; answers the members. */
    private List<String> firstMeeting(GroupView group, LocalDate today, String mentorPerson) {
        var members = group.members().stream().map(GroupView.Member::personId).toList();
        var meetingId = demoId(group.groupId() + "-meeting-0");
        send(new ScheduleMeeting(group.groupId(), meetingId, today, LocalTime.of(14, 0), 90, group.place(),
                group.online()));
        send(new RecordMeetingHeld(group.groupId(), meetingId, 90, members.subList(0, members.size() - 1), null));
        send(new RecordMinutes(group.groupId(), meetingId, mentorPerson, List.of("Tutustuminen", "Toimintasopimus",
                "Vuoden teemat"), "Tutustuimme toisiimme ja sovimme ryhmän toimintatavoista. "
                + "Seuraavalla kerralla jatketaan ryhmäläisten toivomista aiheista."));
        return members;
    }

    /**
     * Four more meetings three weeks apart, as far as the school year reaches: planned as a series, as a coordinator
     * would, so that none falls on a public holiday or in a school break (a date that does moves on a week). Near the
     * year's end, where a moved date could pass it, each is planned on its own.
     */
    private void laterMeetings(ProgrammeYear programmeYear, GroupView group, LocalDate today) {
        var ids = new ArrayList<String>();
        var dates = new ArrayList<LocalDate>();
        for (int n = 1; n <= 4 && !today.plusWeeks(3L * n).isAfter(programmeYear.lastDay()); n++) {
            ids.add(demoId(group.groupId() + "-meeting-" + n));
            dates.add(today.plusWeeks(3L * n));
        }
        if (ids.size() >= 2 && !dates.get(dates.size() - 1).plusWeeks(6).isAfter(programmeYear.lastDay())) {
            send(new ScheduleMeetingSeries(group.groupId(), ids, dates.get(0), 3, LocalTime.of(14, 0), 90,
                    group.place(), group.online()));
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            send(new ScheduleMeeting(group.groupId(), ids.get(i), dates.get(i), LocalTime.of(14, 0), 90, group.place(),
                    group.online()));
        }
    }

    /**
     * Seinäjoki's rules with the amounts the seeds leave open filled in for the demo (an hourly fee of
     * 50 € and a substitute at 120 € a day), and one mentor's approved organising hours.
     */
    private void compensation(ProgrammeYear programmeYear, LocalDate today) {
        send(new SetCompensationRules(programmeYear, CompensationRules.builder().preset(Preset.SEINAJOKI)
                .hourlyFee(new BigDecimal("50.00")).substituteDayRate(new BigDecimal("120.00")).build()));
        var claimId = demoId(programmeYear + "-organising-claim");
        send(new ClaimOrganisingHours(claimId, programmeYear, demoId(programmeYear + "-mentor-0"), new BigDecimal("2"),
                today, "Ryhmän syksyn suunnittelu ja yhteydenpito"));
        send(new ApproveClaim(programmeYear, claimId));
    }

    static final List<String> SURVEY_STATEMENTS = List.of(
            "Sain ryhmästä vertaistukea työhöni",
            "Ryhmässä oli luottamuksellinen ilmapiiri",
            "Sain uusia näkökulmia omaan työhöni",
            "Suosittelisin vermeä kollegalleni");

    /**
     * The year before, already closed: two groups that completed their year, and its feedback survey
     * answered by their members, so that the results read as the brochure's agreement table.
     */
    private void closedYear(ProgrammeYear current) {
        var start = Integer.parseInt(current.schoolYear().substring(0, 4)) - 1;
        var year = new ProgrammeYear(ORGANISER, start + "-" + (start + 1));
        send(new OpenEnrolmentCall(year, THEMES, List.of(), year.firstDay().plusDays(14), year.firstDay().plusDays(45)));
        var enrolments = lateEnrolments(year);
        for (int g = 0; g < 2; g++) {
            completedGroup(year, g, demoId(current + "-mentor-" + (3 + g)), enrolments.subList(g * 6, g * 6 + 6));
        }
        answeredSurvey(year, enrolments);
    }

    /** Twelve teachers the coordinator enrolled after the call had closed. */
    private List<String> lateEnrolments(ProgrammeYear year) {
        var random = new Random(2025);
        var enrolments = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            var first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            var last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            var email = ascii(first + "." + last) + ".edellinen" + i + "@edu.seinajoki.example";
            var enrolmentId = demoId(year + "-" + i);
            send(new SubmitEnrolment(enrolmentId, demoId("person-" + email), year,
                    new ContactDetails(first, last, email, null), Role.TEACHER, "Seinäjoen kaupunki",
                    UNITS.get(i % UNITS.size()), CareerStage.EXPERIENCED, List.of(i < 6 ? "ALAKOULU" : "YLAKOULU"),
                    List.of(), true, LateReason.COORDINATOR_DECISION, true));
            enrolments.add(enrolmentId);
        }
        return enrolments;
    }

    private void completedGroup(ProgrammeYear year, int index, String mentorId, List<String> enrolments) {
        var groupId = demoId(year + "-group-" + index);
        var theme = index == 0 ? THEMES.get(3) : THEMES.get(4);
        send(new FormGroup(groupId, year, theme.code(), theme.name(), List.of(mentorId), null, null,
                UNITS.get(index) + ", opettajainhuone", false, null));
        for (var enrolmentId : enrolments) {
            send(new PlaceParticipant(groupId, enrolmentId));
        }
        send(new StartGroup(groupId));
        send(new CompleteGroup(groupId));
    }

    private void answeredSurvey(ProgrammeYear year, List<String> enrolments) {
        var surveyId = demoId(year + "-survey");
        send(new DefineSurvey(surveyId, year, SURVEY_STATEMENTS, "Mitä muuta haluat sanoa vermestä?"));
        for (int i = 0; i < enrolments.size(); i++) {
            // mostly agreeing, as the brochure's groups did
            var scores = List.of(4 + (i % 4 == 0 ? 0 : 1), i % 6 == 5 ? 3 : 5, 3 + (i % 3), i % 5 == 4 ? 2 : 5);
            send(new AnswerSurvey(surveyId, enrolments.get(i), scores, i == 0 ? "Paras täydennyskoulutus pitkään aikaan"
                    : null));
        }
    }

    static String demoId(String name) {
        return UUID.nameUUIDFromBytes(("demo-" + name).getBytes()).toString();
    }

    private static String firstWish(Role role, CareerStage stage, Random random) {
        if (role == Role.SCHOOL_ASSISTANT) {
            return "OHJAAJAT";
        }
        if (role == Role.SPECIAL_EDUCATION_TEACHER) {
            return "ERITYIS";
        }
        if (stage == CareerStage.NEW) {
            return "UUDET";
        }
        if (stage == CareerStage.SENIOR && random.nextBoolean()) {
            return "K55";
        }
        return random.nextBoolean() ? "ALAKOULU" : "YLAKOULU";
    }

    private boolean seeded(ProgrammeYear programmeYear) {
        return !jdbc.queryForList("select 1 from app.demo_seed where programme_year = ?", Integer.class,
                programmeYear.id()).isEmpty();
    }

    /** Sends one seeding step; one that fails stops the start-up, naming the step. */
    private <R> R send(Object command) {
        try {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ACTING));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Seeding the demo failed at " + command.getClass().getSimpleName() + ": "
                    + e.getMessage() + ". The demo programme may be left partly seeded: once the cause is fixed, "
                    + "start with an empty data directory, or turn the demo off (VERME_DEMO_ENABLED=false).", e);
        }
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replaceAll("[^a-z.]", "");
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Seinäjoki's breaks as its schools keep them: autumn in week 42, Christmas to Epiphany, winter in week 9. */
    static List<SchoolBreak> schoolBreaks(ProgrammeYear year) {
        int autumn = year.firstDay().getYear();
        var week = java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR;
        var autumnMonday = LocalDate.of(autumn, 10, 15).with(week, 42).with(java.time.DayOfWeek.MONDAY);
        var winterMonday = LocalDate.of(autumn + 1, 3, 1).with(week, 9).with(java.time.DayOfWeek.MONDAY);
        return List.of(new SchoolBreak("Syysloma", autumnMonday, autumnMonday.plusDays(4)),
                new SchoolBreak("Joululoma", LocalDate.of(autumn, 12, 22), LocalDate.of(autumn + 1, 1, 6)),
                new SchoolBreak("Talviloma", winterMonday, winterMonday.plusDays(4)));
    }
}
