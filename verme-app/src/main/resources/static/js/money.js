// Compensation (finance): what each mentor is owed and the lines behind it, claims to decide, payment periods.
import {
    get, post, h, t, fmt, label, field, onSubmit, table, button, announce, problemTitle, today, refresh, hasRole,
    yearPath, enumOptions,
} from './core.js';

export async function compensation(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const finance = hasRole('FINANCE');
    const [view, pending, mentors] = await Promise.all([get(`${base}/compensation`), get(`${base}/claims?status=PENDING`),
        get('/api/mentors').catch(() => [])]);
    const mentorNames = new Map(view.mentors.map((m) => [m.mentorId, m.name]));
    mentors.forEach((m) => mentorNames.set(m.mentorId, `${m.name.firstName} ${m.name.lastName}`));
    const content = [
        h('h1', { tabindex: '-1' }, t('money.title')),
        h('ul', { class: 'figures', 'aria-label': t('money.totals') },
            h('li', {}, h('span', { class: 'figure', id: 'money-total' }, fmt.money(view.total)), t('money.total')),
            h('li', {}, h('span', { class: 'figure' }, fmt.money(view.accruing)), t('money.accruing')),
            h('li', {}, h('span', { class: 'figure' }, fmt.money(view.approved)), t('money.approved')),
            h('li', {}, h('span', { class: 'figure' }, fmt.money(view.paid)), t('money.paid'))),
        view.missingRates.length ? h('p', { class: 'warning' }, t('money.missingRates', { rates: view.missingRates.join(', ') })) : null,
        h('p', {}, h('a', { href: `${base}/compensation.csv`, class: 'button-link', download: true, id: 'csv' }, t('money.csv'))),
        table({
            caption: t('money.mentorsCaption'),
            columns: [t('money.mentor'), t('money.feeHours'), t('money.meetings'), t('money.organising'), t('money.expenses'),
                t('money.total'), t('money.accruing'), t('money.approved'), t('money.paid')],
            numeric: [1, 2, 3, 4, 5, 6, 7, 8],
            rows: view.mentors.map((mentor) => [mentor.name, fmt.number(mentor.feeHours), String(mentor.meetingsPaid),
                fmt.number(mentor.organisingHours), fmt.money(Number(mentor.expenses) + Number(mentor.substituteCosts)),
                h('span', { class: 'mentor-total', 'data-mentor': mentor.mentorId }, fmt.money(mentor.total)),
                fmt.money(mentor.accruing), fmt.money(mentor.approved), fmt.money(mentor.paid)]),
        }),
        h('h2', {}, t('money.linesTitle')),
        view.mentors.map((mentor) => h('details', {},
            h('summary', {}, t('money.linesOf', { name: mentor.name, total: fmt.money(mentor.total) })),
            table({
                caption: t('money.linesCaption', { name: mentor.name }),
                columns: [t('money.line'), t('money.date'), t('money.quantity'), t('money.amount'), t('money.status'), t('money.events')],
                numeric: [2, 3],
                rows: mentor.lines.map((line) => [
                    `${label('LineKind', line.kind)}${line.adjustment ? ` (${t('money.adjustment')})` : ''}: ${line.description || ''}`,
                    fmt.date(line.date), fmt.number(line.quantity), fmt.money(line.amount),
                    label('LineStatus', line.status), h('span', { class: 'event-ids' }, (line.eventIds || []).map((id) => id.substring(0, 8)).join(' '))]),
            }))),
    ];

    content.push(h('h2', {}, t('money.groupsTitle')), table({
        caption: t('money.groupsCaption'),
        columns: [t('groups.name'), t('money.arrangements'), t('money.travel'), t('money.budget'), t('money.budgetLeft')],
        numeric: [1, 2, 3, 4],
        rows: view.groups.map((group) => [group.name, fmt.money(group.arrangements), fmt.money(group.travel),
            group.arrangementsBudget == null ? t('money.noBudget') : fmt.money(group.arrangementsBudget),
            group.budgetLeft == null ? '' : h('span', { class: Number(group.budgetLeft) < 0 ? 'warning' : null }, fmt.money(group.budgetLeft))]),
    }));
    if (view.employers.length) {
        content.push(h('h2', {}, t('money.employersTitle')), h('p', {}, t('money.employersIntro')), table({
            caption: t('money.employersCaption'),
            columns: [t('enrolments.employer'), t('money.participants'), t('money.meetingHours'), t('money.travel')],
            numeric: [1, 2, 3],
            rows: view.employers.map((employer) => [employer.employer, String(employer.participants), fmt.number(employer.meetingHours),
                fmt.money(employer.travelCosts)]),
        }));
    }
    if (hasRole('COORDINATOR', 'AUDITOR')) {
        content.push(await vesoSection(base, view.participants));
    }

    content.push(h('h2', {}, t('money.claimsTitle')), table({
        caption: t('money.pendingCaption', { count: pending.length }),
        columns: [t('money.mentor'), t('money.claimKind'), t('money.date'), t('money.quantity'), t('money.amount'), t('common.actions')],
        numeric: [3, 4],
        rows: pending.map((claim) => [mentorNames.get(claim.mentorId) || claim.mentorId,
            claim.kind ? label('ExpenseKind', claim.kind) : `${t('money.organisingHours')}: ${claim.description || ''}`,
            fmt.date(claim.date), claim.hours != null ? fmt.number(claim.hours) : (claim.days != null ? fmt.number(claim.days) : ''),
            claim.amount != null ? fmt.money(claim.amount) : '',
            finance ? claimActions(claim, mentorNames.get(claim.mentorId) || '') : '']),
    }));

    content.push(h('h2', {}, t('money.periodsTitle')), table({
        caption: t('money.periodsCaption'),
        columns: [t('money.period'), t('money.total'), t('money.approvedAt'), t('money.payroll'), t('money.paidOn'), t('common.actions')],
        numeric: [1],
        rows: view.periods.map((period) => [period.period, fmt.money(period.total), fmt.dateTime(period.approvedAt),
            period.payrollReference || '', fmt.date(period.paidOn), finance && !period.paidOn ? paidForm(period) : '']),
    }));
    if (finance) {
        const form = h('form', { class: 'card narrow', novalidate: true },
            h('h3', {}, t('money.approvePeriod')),
            h('p', {}, t('money.approveIntro', { amount: fmt.money(view.accruing) })),
            field({ name: 'period', labelText: t('money.period'), required: true, hint: t('money.periodHint'), value: today().substring(0, 7) }),
            h('button', { type: 'submit', class: 'primary' }, t('money.approve')));
        onSubmit(form, async (data) => {
            await post(`${base}/payment-periods`, { period: data.get('period') });
            await refresh(t('money.periodApproved', { period: data.get('period') }));
        });
        content.push(form);
    }
    return content;
}

/** VESO days per participant (continuing-education days their employer counts), by name. */
async function vesoSection(base, participants) {
    const enrolments = await get(`${base}/enrolments`);
    const names = new Map(enrolments.filter((e) => !e.erased && e.person).map((e) => [e.personId, `${e.person.lastName}, ${e.person.firstName}`]));
    const rows = participants.map((p) => ({ name: names.get(p.personId) || t('common.erased'), ...p }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
    return h('section', { 'aria-labelledby': 'veso-title' },
        h('h2', { id: 'veso-title' }, t('money.vesoTitle')),
        table({
            caption: t('money.vesoCaption', { count: rows.length }),
            columns: [t('enrolments.name'), t('money.meetingsAttended'), t('money.hoursAttended'), t('money.vesoDays')],
            numeric: [1, 2, 3],
            rows: rows.map((p) => [p.name, String(p.meetingsAttended), fmt.hours(p.minutesAttended), String(p.vesoDays)]),
        }));
}

function claimActions(claim, who) {
    const reason = h('select', { 'aria-label': t('money.rejectReasonFor', { name: who }) },
        enumOptions('RejectionReason').map((o) => h('option', { value: o.value }, o.text)));
    const decide = async (path, body, message) => {
        try {
            await post(`/api/claims/${claim.claimId}/${path}`, body);
            await refresh(message);
        } catch (failure) {
            announce(problemTitle(failure));
        }
    };
    return h('div', { class: 'actions' },
        button(t('money.approveClaim'), () => decide('approve', {}, t('money.claimApproved')), { 'aria-label': t('money.approveClaimOf', { name: who }) }),
        reason,
        button(t('money.reject'), () => decide('reject', { reason: reason.value }, t('money.claimRejected')), { class: 'danger', 'aria-label': t('money.rejectClaimOf', { name: who }) }));
}

function paidForm(period) {
    const form = h('form', { class: 'actions', novalidate: true },
        field({ name: 'payrollReference', labelText: t('money.payrollFor', { period: period.period }), required: true }),
        h('button', { type: 'submit' }, t('money.markPaid')));
    onSubmit(form, async (data) => {
        await post(`/api/payment-periods/${period.periodId}/paid`, { payrollReference: data.get('payrollReference') });
        await refresh(t('money.markedPaid', { period: period.period }));
    });
    return form;
}
