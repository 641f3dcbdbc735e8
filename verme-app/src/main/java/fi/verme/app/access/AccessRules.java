package fi.verme.app.access;

import static fi.verme.app.access.Access.PUBLIC;
import static fi.verme.app.access.Access.any;
import static fi.verme.app.access.Access.installation;
import static fi.verme.app.access.Access.organiser;
import static fi.verme.app.access.Access.own;
import static fi.verme.app.access.AccessRole.ADMIN;
import static fi.verme.app.access.AccessRole.AUDITOR;
import static fi.verme.app.access.AccessRole.COORDINATOR;
import static fi.verme.app.access.AccessRole.FINANCE;
import static fi.verme.app.access.AccessRole.MENTOR;
import static fi.verme.app.access.AccessRole.MONITOR;
import static fi.verme.app.access.AccessRole.PARTICIPANT;

import fi.verme.app.access.Access.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every endpoint of the API and who may call it, in one table: method and path pattern exactly as the
 * controllers declare them. An endpoint missing from this table is refused to everyone (and the
 * authorization matrix test fails). The minutes text is for the group alone: no coordinator,
 * finance or auditor permit reaches it.
 */
public final class AccessRules {

    private static final String YEAR = "/api/programmes/{organiser}/{schoolYear}";
    /** The query parameters that can name an organiser: a programme id ({@code organiser/schoolYear}) or a slug. */
    static final String PROGRAMME = "programme";
    static final String ORGANISER = "organiser";

    public static final Map<String, Access> RULES = build();

    private AccessRules() {
    }

    private static Map<String, Access> build() {
        var rules = new LinkedHashMap<String, Access>();
        var coordinator = organiser(COORDINATOR);
        var auditor = organiser(AUDITOR);
        var finance = organiser(FINANCE);
        var groupMentor = own(MENTOR, Scope.GROUP_MENTOR);
        var groupMember = own(PARTICIPANT, Scope.GROUP_MEMBER);
        var self = own(PARTICIPANT, Scope.SELF);

        // Enrolment: the public form, the coordinator's roster, a person's own enrolment.
        rules.put("POST " + YEAR + "/enrolment-call", Access.of(coordinator));
        rules.put("POST " + YEAR + "/enrolment-call/close", Access.of(coordinator));
        rules.put("POST " + YEAR + "/enrolment-call/themes", Access.of(coordinator));
        rules.put("POST " + YEAR + "/enrolment-call/extend", Access.of(coordinator));
        rules.put("GET " + YEAR + "/enrolment-call", Access.of(PUBLIC));
        rules.put("GET /api/enrolment-calls", Access.of(PUBLIC));
        // Anyone enrols; a coordinator of the organiser is recognised as one (only they may enrol late).
        rules.put("POST " + YEAR + "/enrolments", Access.of(coordinator, PUBLIC));
        rules.put("GET /api/enrolments/{enrolmentId}", Access.of(coordinator, auditor,
                own(PARTICIPANT, Scope.OWN_ENROLMENT)));
        rules.put("POST /api/enrolments/{enrolmentId}/withdraw", Access.of(coordinator,
                own(PARTICIPANT, Scope.OWN_ENROLMENT)));
        rules.put("GET " + YEAR + "/enrolments", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/enrolments.csv", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/enrolments.xlsx", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/enrolments/summary", Access.of(coordinator, auditor));
        // Importing enrolments from a file: the coordinator's own work, its rows naming people until the commit.
        rules.put("POST " + YEAR + "/imports", Access.of(coordinator));
        rules.put("GET " + YEAR + "/imports/{importId}", Access.of(coordinator));
        rules.put("PUT " + YEAR + "/imports/{importId}/mapping", Access.of(coordinator));
        rules.put("POST " + YEAR + "/imports/{importId}/commit", Access.of(coordinator));
        // Which reminders the year sends.
        rules.put("GET " + YEAR + "/reminders", Access.of(coordinator, auditor));
        rules.put("PUT " + YEAR + "/reminders", Access.of(coordinator));
        rules.put("DELETE /api/persons/{personId}", Access.of(installation(ADMIN)));
        // A person's own enrolment through their signed personal link; the coordinator hands it out.
        rules.put("GET /api/enrolments/{enrolmentId}/link", Access.of(coordinator));
        rules.put("GET /api/enrolment-links/{token}", Access.of(PUBLIC));
        rules.put("POST /api/enrolment-links/{token}/withdraw", Access.of(PUBLIC));
        // A person's calendar feed over all their groups: made and renewed on their own page, signed in or through
        // their personal link; the feed itself opens by its secret address alone (random, kept hashed, never logged).
        var ownGroups = Access.of(own(MENTOR, Scope.OWN_GROUPS), own(PARTICIPANT, Scope.OWN_GROUPS));
        rules.put("GET /api/me/calendar-feed", ownGroups);
        rules.put("POST /api/me/calendar-feed", ownGroups);
        rules.put("GET /api/enrolment-links/{token}/calendar-feed", Access.of(PUBLIC));
        rules.put("POST /api/enrolment-links/{token}/calendar-feed", Access.of(PUBLIC));
        rules.put("GET /api/calendar-feeds/{secret}.ics", Access.of(PUBLIC));
        // A person's own contact details through their personal link (ContactDetailsController verifies it): seen,
        // the phone corrected, a new address asked for; the new address confirmed by the link sent to it alone.
        rules.put("GET /api/enrolment-links/{token}/contact-details", Access.of(PUBLIC));
        rules.put("PUT /api/enrolment-links/{token}/contact-details/phone", Access.of(PUBLIC));
        rules.put("POST /api/enrolment-links/{token}/contact-details/email", Access.of(PUBLIC));
        rules.put("POST /api/contact-confirmations/{token}", Access.of(PUBLIC));
        // A person's notice preferences, through the signed link every notice carries (NoticePreferencesController
        // verifies it): the page, and the one-click unsubscribe of a mail program.
        rules.put("GET /api/notice-preferences/{token}", Access.of(PUBLIC));
        rules.put("PUT /api/notice-preferences/{token}", Access.of(PUBLIC));
        rules.put("POST /api/notice-preferences/{token}/unsubscribe/{kind}", Access.of(PUBLIC));
        // A coordinator's own weekly digest.
        rules.put("GET /api/me/digest", Access.of(any(COORDINATOR)));
        rules.put("PUT /api/me/digest", Access.of(any(COORDINATOR)));

        // A mentor belongs to the organiser that registers them (?organiser=): only its coordinators change
        // them; every organiser's coordinators see them (to place them in a group); finance sees them as payees.
        // A mentor registered before mentors had an organiser is changed only by a coordinator of all (*).
        rules.put("POST /api/mentors", Access.of(coordinator).scopedBy(ORGANISER));
        rules.put("GET /api/mentors", Access.of(any(COORDINATOR), any(FINANCE), any(AUDITOR)));
        rules.put("GET /api/mentors/{mentorId}", Access.of(any(COORDINATOR), any(FINANCE), any(AUDITOR),
                own(MENTOR, Scope.MENTOR_SELF)));
        rules.put("PUT /api/mentors/{mentorId}", Access.of(coordinator));
        // A mentor's own claims of every year, for their own page; staff read a year's claims instead.
        rules.put("GET /api/mentors/{mentorId}/claims", Access.of(own(MENTOR, Scope.MENTOR_SELF)));
        // Importing the organiser's mentors from a file: its coordinators' work, its rows naming people until the commit.
        var mentorImports = "/api/organisers/{organiser}/mentor-imports";
        rules.put("POST " + mentorImports, Access.of(coordinator));
        rules.put("GET " + mentorImports + "/{mentorImportId}", Access.of(coordinator));
        rules.put("PUT " + mentorImports + "/{mentorImportId}/mapping", Access.of(coordinator));
        rules.put("POST " + mentorImports + "/{mentorImportId}/commit", Access.of(coordinator));

        // Groups and placement.
        rules.put("GET " + YEAR + "/group-size-rule", Access.of(coordinator, auditor));
        rules.put("PUT " + YEAR + "/group-size-rule", Access.of(coordinator));
        rules.put("POST " + YEAR + "/groups", Access.of(coordinator));
        rules.put("GET " + YEAR + "/groups", Access.of(coordinator, auditor, finance));
        rules.put("GET " + YEAR + "/groups/overview", Access.of(coordinator, auditor, finance));
        rules.put("GET " + YEAR + "/waitlist", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/waitlist.csv", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/waitlist.xlsx", Access.of(coordinator, auditor));
        rules.put("GET /api/groups/{groupId}", Access.of(coordinator, auditor, groupMentor));
        rules.put("GET /api/groups/{groupId}/roster.xlsx", Access.of(coordinator, auditor, groupMentor));
        rules.put("GET /api/groups/{groupId}/roster.csv", Access.of(coordinator, auditor, groupMentor));
        rules.put("GET /api/groups/{groupId}/attendance.xlsx", Access.of(coordinator, auditor, groupMentor));
        rules.put("GET /api/groups/{groupId}/attendance.csv", Access.of(coordinator, auditor, groupMentor));
        rules.put("POST /api/groups/{groupId}/participants", Access.of(coordinator));
        rules.put("DELETE /api/groups/{groupId}/participants/{enrolmentId}", Access.of(coordinator));
        rules.put("POST /api/groups/{groupId}/start", Access.of(coordinator));
        rules.put("POST /api/groups/{groupId}/agreement", Access.of(coordinator, groupMentor));
        rules.put("POST /api/groups/{groupId}/complete", Access.of(coordinator));
        rules.put("POST /api/groups/{groupId}/cancel", Access.of(coordinator));
        rules.put("POST " + YEAR + "/placement-proposals", Access.of(coordinator));
        rules.put("GET " + YEAR + "/placement-proposals/{proposalId}", Access.of(coordinator, auditor));
        rules.put("PUT " + YEAR + "/placement-proposals/{proposalId}/placements/{enrolmentId}", Access.of(coordinator));
        rules.put("POST " + YEAR + "/placement-proposals/{proposalId}/accept", Access.of(coordinator));

        // Meetings: the group's mentor runs them; members see the schedule; the minutes text is the group's.
        rules.put("POST /api/groups/{groupId}/meetings", Access.of(coordinator, groupMentor));
        rules.put("POST /api/groups/{groupId}/meeting-series", Access.of(coordinator, groupMentor));
        rules.put("GET /api/groups/{groupId}/meetings", Access.of(coordinator, auditor, groupMentor, groupMember));
        rules.put("GET /api/groups/{groupId}/meetings.ics", Access.of(coordinator, auditor, groupMentor, groupMember));
        rules.put("GET /api/meetings/{meetingId}", Access.of(coordinator, auditor, groupMentor, groupMember));
        rules.put("POST /api/meetings/{meetingId}/reschedule", Access.of(coordinator, groupMentor));
        rules.put("POST /api/meetings/{meetingId}/cancel", Access.of(coordinator, groupMentor));
        rules.put("POST /api/meetings/{meetingId}/held", Access.of(coordinator, groupMentor));
        rules.put("POST /api/meetings/{meetingId}/minutes", Access.of(groupMentor));
        rules.put("GET /api/meetings/{meetingId}/minutes", Access.of(groupMentor, groupMember));
        rules.put("GET /api/groups/{groupId}/minutes", Access.of(groupMentor, groupMember));
        rules.put("POST " + YEAR + "/joint-meetings", Access.of(coordinator));
        rules.put("POST " + YEAR + "/joint-meetings/planned", Access.of(coordinator));
        rules.put("POST " + YEAR + "/joint-meetings/{jointMeetingId}/held", Access.of(coordinator));
        rules.put("POST " + YEAR + "/joint-meetings/{jointMeetingId}/reschedule", Access.of(coordinator));
        rules.put("POST " + YEAR + "/joint-meetings/{jointMeetingId}/cancel", Access.of(coordinator));
        // The year's joint meetings as one list: the coordinator plans and records them, the auditor reads; a mentor
        // sees those of their own group on its calendar, not which other groups take part.
        rules.put("GET " + YEAR + "/joint-meetings", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/joint-meeting-limits", Access.of(coordinator, auditor));
        rules.put("PUT " + YEAR + "/joint-meeting-limits", Access.of(coordinator));
        rules.put("PUT " + YEAR + "/hours-cap", Access.of(coordinator));
        rules.put("GET " + YEAR + "/hours-cap", Access.of(coordinator, auditor));
        // The organiser's school breaks, which meeting series skip; every mentor may read them to plan.
        rules.put("PUT " + YEAR + "/school-breaks", Access.of(coordinator));
        rules.put("GET " + YEAR + "/school-breaks", Access.of(coordinator, auditor, organiser(MENTOR)));
        rules.put("GET /api/groups/{groupId}/hours", Access.of(coordinator, auditor, finance, groupMentor,
                groupMember));
        rules.put("GET " + YEAR + "/hours", Access.of(coordinator, auditor, finance));
        rules.put("GET /api/persons/{personId}/attendance", Access.of(coordinator, auditor, finance, self)
                .scopedBy(PROGRAMME));

        // Compensation: finance decides; coordinators set the rules; mentors claim for themselves.
        rules.put("PUT " + YEAR + "/compensation-rules", Access.of(coordinator, finance));
        rules.put("GET " + YEAR + "/compensation-rules", Access.of(coordinator, finance, auditor));
        // A mentor claims in their organiser's years, and in any year in which they lead a group (a visiting mentor).
        rules.put("POST " + YEAR + "/claims", Access.of(coordinator, finance, organiser(MENTOR),
                own(MENTOR, Scope.YEAR_GROUP_MENTOR)));
        // A person to pay (a substitute) goes to the register; finance enters each employer's hourly salary cost.
        rules.put("POST " + YEAR + "/payees", Access.of(coordinator, finance));
        rules.put("PUT " + YEAR + "/employer-rates", Access.of(finance));
        rules.put("GET " + YEAR + "/employer-costs.csv", Access.of(coordinator, finance, auditor));
        rules.put("GET " + YEAR + "/employer-costs.xlsx", Access.of(coordinator, finance, auditor));
        rules.put("GET " + YEAR + "/veso.xlsx", Access.of(coordinator, finance, auditor));
        rules.put("GET " + YEAR + "/veso.csv", Access.of(coordinator, finance, auditor));
        rules.put("GET " + YEAR + "/claims", Access.of(coordinator, finance, auditor));
        rules.put("GET /api/claims/{claimId}", Access.of(coordinator, finance, auditor, own(MENTOR, Scope.OWN_CLAIM)));
        rules.put("POST /api/claims/{claimId}/approve", Access.of(finance));
        rules.put("POST /api/claims/{claimId}/reject", Access.of(finance));
        rules.put("GET " + YEAR + "/compensation", Access.of(coordinator, finance, auditor));
        rules.put("GET " + YEAR + "/compensation.csv", Access.of(coordinator, finance, auditor));
        rules.put("GET " + YEAR + "/compensation.xlsx", Access.of(coordinator, finance, auditor));
        rules.put("POST " + YEAR + "/payment-periods", Access.of(finance));
        rules.put("GET /api/payment-periods/{periodId}", Access.of(coordinator, finance, auditor));
        rules.put("POST /api/payment-periods/{periodId}/paid", Access.of(finance));
        rules.put("GET /api/payment-periods/{periodId}/payroll.csv", Access.of(coordinator, finance, auditor));
        // The payroll file in the organiser's profile names each payee's employee number: for finance alone.
        rules.put("GET /api/payment-periods/{periodId}/payroll-file", Access.of(finance));
        rules.put("GET /api/payment-periods/{periodId}/payroll.xlsx", Access.of(coordinator, finance, auditor));
        rules.put("GET /api/persons/{personId}/veso", Access.of(coordinator, auditor, finance, self)
                .scopedBy(PROGRAMME));

        // Audit: a year's events, signed checkpoints of its hash chain, the key that signs them.
        rules.put("GET " + YEAR + "/events", Access.of(auditor));
        rules.put("GET " + YEAR + "/timeline", Access.of(auditor));
        rules.put("GET " + YEAR + "/timeline/events", Access.of(auditor));
        rules.put("GET " + YEAR + "/checkpoint", Access.of(auditor));
        rules.put("GET " + YEAR + "/as-of/{date}", Access.of(coordinator, finance, auditor));
        rules.put("GET /api/audit/public-key", Access.of(PUBLIC));
        rules.put("GET /api/audit/public-key.pem", Access.of(PUBLIC));
        rules.put("GET /api/audit/verifier.jar", Access.of(any(AUDITOR)));

        // The feedback survey: the coordinator defines it and reads free texts; answers come through personal links.
        rules.put("POST " + YEAR + "/surveys", Access.of(coordinator));
        rules.put("GET " + YEAR + "/surveys", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/surveys/{surveyId}/results", Access.of(coordinator, auditor));
        rules.put("GET " + YEAR + "/surveys/{surveyId}/free-texts", Access.of(coordinator));
        rules.put("GET /api/surveys/answers/{token}", Access.of(PUBLIC));
        rules.put("POST /api/surveys/answers/{token}", Access.of(PUBLIC));

        // Certificates (?organiser=): a participant's or mentor's own, or any from their coordinator; checked by anyone.
        rules.put("GET /api/persons/{personId}/certificates/{schoolYear}.pdf", Access.of(coordinator, self,
                own(MENTOR, Scope.SELF)).scopedBy(ORGANISER));
        rules.put("GET /api/certificates/verify/{code}", Access.of(PUBLIC));

        // The e-mail outbox of a programme year (?programme=organiser/schoolYear).
        rules.put("GET /api/admin/outbox", Access.of(coordinator, organiser(ADMIN)).scopedBy(PROGRAMME));
        rules.put("GET /api/admin/outbox.csv", Access.of(coordinator, organiser(ADMIN)).scopedBy(PROGRAMME));
        rules.put("GET /api/admin/outbox.xlsx", Access.of(coordinator, organiser(ADMIN)).scopedBy(PROGRAMME));

        // Rebuilding views from the events touches every organiser: the installation's admins and auditors (*).
        rules.put("POST /api/admin/replays", Access.of(installation(ADMIN), installation(AUDITOR)));
        rules.put("GET /api/admin/replays", Access.of(installation(ADMIN), installation(AUDITOR)));
        rules.put("GET /api/admin/replays/{replayId}", Access.of(installation(ADMIN), installation(AUDITOR)));

        // The codes of the API's enumerations, for the UI's choices (the anonymous enrolment form among them).
        rules.put("GET /api/vocabulary", Access.of(PUBLIC));

        // The identity providers one can sign in through, for the login page.
        rules.put("GET /api/login/providers", Access.of(PUBLIC));

        // Who am I: any signed-in user with a role, for the UI to show what they may do.
        rules.put("GET /api/me", Access.of(any(COORDINATOR), any(MENTOR), any(PARTICIPANT), any(FINANCE), any(AUDITOR),
                any(ADMIN)));

        // Users and grants: an installation's admin (ADMIN for every organiser, "*") manages every account; an
        // admin of one organiser the accounts whose every grant is for it (the account's organiser; a new one's
        // is named by ?organiser=), and grants roles for that organiser only (AdminController holds the body to
        // it), so that they can neither grant themselves more nor change an installation's admin.
        var userAdmins = Access.of(installation(ADMIN), organiser(ADMIN));
        rules.put("GET /api/admin/users", userAdmins.scopedBy(ORGANISER));
        rules.put("GET /api/admin/users/{userId}", userAdmins);
        rules.put("PUT /api/admin/users/{userId}", userAdmins.scopedBy(ORGANISER));

        // Organisers: installation configuration, registered and changed by the installation's admins. Anyone
        // with a grant for an organiser reads it and its programme years; the list holds the organisers the
        // caller's grants reach. Their names are public: the public form and every page show them.
        var anyRole = Access.of(any(COORDINATOR), any(MENTOR), any(PARTICIPANT), any(FINANCE), any(AUDITOR), any(ADMIN));
        var organiserReaders = Access.of(organiser(COORDINATOR), organiser(MENTOR), organiser(PARTICIPANT),
                organiser(FINANCE), organiser(AUDITOR), organiser(ADMIN));
        rules.put("POST /api/organisers", Access.of(installation(ADMIN)));
        rules.put("GET /api/organisers", anyRole);
        rules.put("GET /api/organisers/{organiser}", organiserReaders);
        rules.put("PUT /api/organisers/{organiser}", Access.of(installation(ADMIN)));
        rules.put("GET /api/organisers/{organiser}/years", organiserReaders);
        // Its privacy notice: written by its coordinators and admins, read by anyone (the public form links it).
        rules.put("GET /api/organisers/{organiser}/privacy-notice", Access.of(PUBLIC));
        rules.put("PUT /api/organisers/{organiser}/privacy-notice", Access.of(organiser(COORDINATOR),
                organiser(ADMIN)));
        // Its logo, printed on its certificates: uploaded and removed by its admins and the installation's, seen by anyone.
        rules.put("PUT /api/organisers/{organiser}/logo", Access.of(installation(ADMIN), organiser(ADMIN)));
        rules.put("DELETE /api/organisers/{organiser}/logo", Access.of(installation(ADMIN), organiser(ADMIN)));
        rules.put("GET /api/organisers/{organiser}/logo", Access.of(PUBLIC));
        // Finance's payroll settings: the profile names nobody (coordinators and auditors read it); employee numbers
        // are personal data, for finance alone.
        rules.put("GET /api/organisers/{organiser}/payroll-profile", Access.of(finance, coordinator, auditor));
        rules.put("PUT /api/organisers/{organiser}/payroll-profile", Access.of(finance));
        rules.put("GET /api/organisers/{organiser}/payroll-numbers", Access.of(finance));
        rules.put("PUT /api/organisers/{organiser}/payroll-numbers", Access.of(finance));
        rules.put("GET /api/organiser-names", Access.of(PUBLIC));
        // The demo's accounts where the installation has the demo (its login page names them only then).
        rules.put("GET /api/login/demo-accounts", Access.of(PUBLIC));

        // The metrics: the installation's admins, and the account the operator's Prometheus scrapes with.
        rules.put("GET /actuator/prometheus", Access.of(installation(ADMIN), installation(MONITOR)));
        return Map.copyOf(rules);
    }
}
