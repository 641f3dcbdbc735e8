// Compensation (finance): who is owed what and the lines behind it, each mentor's work, claims to decide, the
// employer report, payment periods and their payroll files.
import {
    get, post, put, h, t, fmt, label, field, onSubmit, table, button, announce, problemTitle, today, refresh, hasRole,
    yearPath, enumOptions, codes, fileLink, formNumber,
} from './core.js';

export async function compensation(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const finance = hasRole('FINANCE');
    const coordinator = hasRole('COORDINATOR');
    const [view, pending, mentors, enrolments] = await Promise.all([get(`${base}/compensation`),
        get(`${base}/claims?status=PENDING`), get('/api/mentors').catch(() => []),
        hasRole('COORDINATOR', 'AUDITOR') ? get(`${base}/enrolments`).catch(() => []) : []]);
    const mentorNames = new Map(view.mentors.map((m) => [m.mentorId, m.name]));
    mentors.forEach((m) => mentorNames.set(m.mentorId, `${m.name.firstName} ${m.name.lastName}`));
    const personNames = new Map(enrolments.filter((e) => !e.erased && e.person)
        .map((e) => [e.personId, `${e.person.lastName}, ${e.person.firstName}`]));
    view.payees.filter((p) => p.payee.kind === 'PERSON' && p.name && !personNames.has(p.payee.id))
        .forEach((p) => personNames.set(p.payee.id, p.name));
    const payeeName = (payee) => {
        if (!payee) {
            return '';
        }
        if (payee.kind === 'MENTOR') {
            return mentorNames.get(payee.id) || t('common.erased');
        }
        return payee.kind === 'EMPLOYER' ? payee.id : (personNames.get(payee.id) || label('PayeeKind', payee.kind));
    };
    const content = [
        h('h1', { tabindex: '-1' }, t('money.title')),
        yearNote(view),
        h('ul', { class: 'figures', 'aria-label': t('money.totals') },
            h('li', {}, h('span', { class: 'figure', id: 'money-total' }, fmt.money(view.total)), t('money.total')),
            h('li', {}, h('span', { class: 'figure' }, fmt.money(view.accruing)), t('money.accruing')),
            h('li', {}, h('span', { class: 'figure' }, fmt.money(view.approved)), t('money.approved')),
            h('li', {}, h('span', { class: 'figure' }, fmt.money(view.paid)), t('money.paid'))),
        view.missingRates.length ? h('p', { class: 'warning' }, t('money.missingRates', { rates: view.missingRates.join(', ') })) : null,
        h('p', { class: 'actions' }, fileLink(`${base}/compensation.csv`, t('money.csv'), { class: 'button-link', id: 'csv' }),
            fileLink(`${base}/compensation.xlsx`, t('money.xlsx'), { class: 'button-link', id: 'xlsx' })),
        table({
            caption: t('money.payeesCaption'),
            columns: [t('money.payee'), t('money.payeeKind'), t('money.taxablePay'), t('money.reimbursements'),
                t('money.total'), t('money.accruing'), t('money.approved'), t('money.paid')],
            numeric: [2, 3, 4, 5, 6, 7],
            rows: view.payees.map((payee) => [payee.name || t('common.erased'), label('PayeeKind', payee.payee.kind),
                fmt.money(payee.taxablePay), fmt.money(payee.reimbursements),
                h('span', { class: 'payee-total', 'data-payee': payee.payee.id }, fmt.money(payee.total)),
                fmt.money(payee.accruing), fmt.money(payee.approved), fmt.money(payee.paid)]),
        }),
        table({
            caption: t('money.mentorsCaption'),
            columns: [t('money.mentor'), t('money.feeHours'), t('money.meetings'), t('money.organising'), t('money.expenses'),
                t('money.total'), t('money.accruing'), t('money.approved'), t('money.paid')],
            numeric: [1, 2, 3, 4, 5, 6, 7, 8],
            rows: view.mentors.map((mentor) => [mentor.name || t('common.erased'), fmt.number(mentor.feeHours), String(mentor.meetingsPaid),
                fmt.number(mentor.organisingHours), fmt.money(Number(mentor.expenses) + Number(mentor.substituteCosts)),
                h('span', { class: 'mentor-total', 'data-mentor': mentor.mentorId }, fmt.money(mentor.total)),
                fmt.money(mentor.accruing), fmt.money(mentor.approved), fmt.money(mentor.paid)]),
        }),
        h('h2', {}, t('money.linesTitle')),
        view.payees.map((payee) => h('details', {},
            h('summary', {}, t('money.linesOf', { name: payee.name || t('common.erased'), total: fmt.money(payee.total) })),
            table({
                caption: t('money.linesCaption', { name: payee.name || t('common.erased') }),
                columns: [t('money.line'), t('money.date'), t('money.quantity'), t('money.amount'), t('money.paymentType'),
                    t('money.status'), t('money.events')],
                numeric: [2, 3],
                rows: payee.lines.map((line) => [
                    `${label('LineKind', line.kind)}${line.adjustment ? ` (${t('money.adjustment')})` : ''}: ${line.description || ''}`,
                    fmt.date(line.date), fmt.number(line.quantity), fmt.money(line.amount), label('PaymentType', line.paymentType),
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
        content.push(employerSection(base, view.employers, finance));
    }
    if (hasRole('COORDINATOR', 'AUDITOR')) {
        content.push(vesoSection(base, view.participants, personNames));
    }

    content.push(h('h2', {}, t('money.claimsTitle')), table({
        caption: t('money.pendingCaption', { count: pending.length }),
        columns: [t('money.mentor'), t('money.claimKind'), t('money.payee'), t('money.date'), t('money.quantity'), t('money.amount'),
            t('common.actions')],
        numeric: [4, 5],
        rows: pending.map((claim) => [claim.mentorId ? (mentorNames.get(claim.mentorId) || claim.mentorId) : '',
            claim.kind ? label('ExpenseKind', claim.kind) : `${t('money.organisingHours')}: ${claim.description || ''}`,
            payeeName(claim.payee), fmt.date(claim.date),
            claim.hours != null ? fmt.number(claim.hours) : (claim.days != null ? fmt.number(claim.days) : ''),
            claim.amount != null ? fmt.money(claim.amount) : '',
            finance ? claimActions(claim, payeeName(claim.payee)) : '']),
    }));
    if (finance || coordinator) {
        content.push(h('details', { class: 'card' }, h('summary', {}, t('money.expenseTitle')),
            expenseForm(base, view, mentorNames, coordinator ? personNames : new Map())));
    }

    content.push(h('h2', {}, t('money.periodsTitle')), table({
        caption: t('money.periodsCaption'),
        columns: [t('money.period'), t('money.total'), t('money.approvedAt'), t('money.payroll'), t('money.paidOn'),
            t('money.payrollFile'), t('common.actions')],
        numeric: [1],
        rows: view.periods.map((period) => [period.period, fmt.money(period.total), fmt.dateTime(period.approvedAt),
            period.payrollReference || '', fmt.date(period.paidOn),
            h('span', { class: 'actions' },
                fileLink(`/api/payment-periods/${period.periodId}/payroll.csv`,
                    t('money.payrollFileOf', { period: period.period }), { class: 'period-csv' }),
                fileLink(`/api/payment-periods/${period.periodId}/payroll.xlsx`,
                    t('money.periodXlsxOf', { period: period.period }), { class: 'period-xlsx' }),
                finance ? fileLink(`/api/payment-periods/${period.periodId}/payroll-file`,
                    t('money.payrollProfileFileOf', { period: period.period }), { class: 'period-file' }) : null),
            finance && !period.paidOn ? paidForm(period) : '']),
    }));
    if (finance && view.rulesVersion > 0 && !view.paysNothing) {
        const form = h('form', { class: 'card narrow', novalidate: true },
            h('h3', {}, t('money.approvePeriod')),
            h('p', {}, Number(view.accruing) === 0 ? t('money.nothingAccruing') : t('money.approveIntro', { amount: fmt.money(view.accruing) })),
            field({ name: 'period', labelText: t('money.period'), required: true, hint: t('money.periodHint'), value: today().substring(0, 7) }),
            h('button', { type: 'submit', class: 'primary' }, t('money.approve')));
        onSubmit(form, async (data) => {
            await post(`${base}/payment-periods`, { period: data.get('period') });
            await refresh(t('money.periodApproved', { period: data.get('period') }));
        });
        content.push(form);
    }
    if (finance) {
        content.push(await payrollSection(organiser, view, payeeName));
    }
    return content;
}

/**
 * How the organiser's payroll system wants its file (finance): the layout (Verme's own, the municipal import or
 * custom columns and formats), the pay type code of each kind of line, and each payee's employee number.
 */
async function payrollSection(organiser, view, payeeName) {
    const base = `/api/organisers/${encodeURIComponent(organiser)}`;
    const [profile, numbers] = await Promise.all([get(`${base}/payroll-profile`), get(`${base}/payroll-numbers`)]);
    const section = h('section', { class: 'card', 'aria-labelledby': 'payroll-title', id: 'payroll-profile' },
        h('h2', { id: 'payroll-title' }, t('money.payrollProfileTitle')), h('p', {}, t('money.payrollProfileIntro')));
    const custom = profile.layout === 'CUSTOM';
    const columns = [...(profile.columns || [])];
    while (columns.length < 8) {
        columns.push({ field: '', heading: '' });
    }
    const form = h('form', { novalidate: true },
        field({ name: 'layout', labelText: t('money.payrollLayout'), required: true, value: profile.layout, options: enumOptions('PayrollLayout') }),
        h('fieldset', { class: 'pay-types' }, h('legend', {}, t('money.payTypeCodes')),
            h('p', { class: 'hint' }, t('money.payTypeCodesHint')),
            codes('LineKind').map((kind) => field({ name: `code-${kind}`, labelText: label('LineKind', kind),
                value: (profile.payTypeCodes || {})[kind] || '', attrs: { maxlength: 16, autocomplete: 'off' } }))),
        h('details', { class: 'custom-layout', open: custom }, h('summary', {}, t('money.customLayout')),
            h('p', { class: 'hint' }, t('money.customLayoutHint')),
            h('div', { class: 'columns-grid' }, columns.map((column, index) => h('div', { class: 'column-choice' },
                field({ name: `field-${index}`, labelText: t('money.columnN', { n: index + 1 }), value: column.field,
                    options: [{ value: '', text: t('money.noColumn') }, ...enumOptions('PayrollField')] }),
                field({ name: `heading-${index}`, labelText: t('money.columnHeading', { n: index + 1 }), value: column.heading,
                    attrs: { maxlength: 64 } })))),
            field({ name: 'dateFormat', labelText: t('money.dateFormat'), value: profile.dateFormat, options: enumOptions('PayrollDateFormat') }),
            field({ name: 'decimal', labelText: t('money.decimal'), value: profile.decimal, options: enumOptions('PayrollDecimal') }),
            field({ name: 'separator', labelText: t('money.separator'), value: profile.separator, options: enumOptions('PayrollSeparator') }),
            field({ name: 'encoding', labelText: t('money.encoding'), value: profile.encoding, options: enumOptions('PayrollEncoding') }),
            h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'header', checked: profile.header !== false }),
                ' ', t('money.headerRow'))),
        h('button', { type: 'submit', class: 'primary' }, t('money.saveProfile')));
    onSubmit(form, async (data) => {
        const payTypeCodes = Object.fromEntries(codes('LineKind').map((kind) => [kind, String(data.get(`code-${kind}`) || '').trim()])
            .filter(([, code]) => code));
        const body = { layout: data.get('layout'), payTypeCodes };
        if (body.layout === 'CUSTOM') {
            body.columns = columns.map((_, index) => ({ field: data.get(`field-${index}`), heading: String(data.get(`heading-${index}`) || '').trim() }))
                .filter((column) => column.field);
            Object.assign(body, { dateFormat: data.get('dateFormat'), decimal: data.get('decimal'), separator: data.get('separator'),
                encoding: data.get('encoding'), header: data.get('header') === 'on' });
        }
        await put(`${base}/payroll-profile`, body);
        await refresh(t('money.profileSaved'));
    });
    section.append(form);

    // Employee numbers: the year's mentors and persons paid (an employer is invoiced and has none).
    const numberOf = new Map(numbers.map((n) => [`${n.payee.kind}/${n.payee.id}`, n.employeeNumber]));
    const payees = view.payees.filter((p) => p.payee.kind !== 'EMPLOYER');
    section.append(h('h3', {}, t('money.employeeNumbers')), h('p', { class: 'hint' }, t('money.employeeNumbersHint')),
        table({
            caption: t('money.employeeNumbersCaption', { count: payees.length }),
            columns: [t('money.payee'), t('money.payeeKind'), t('money.employeeNumber')],
            rows: payees.map((payee) => {
                const name = payee.name || payeeName(payee.payee);
                const numberForm = h('form', { class: 'inline', novalidate: true },
                    field({ name: 'employeeNumber', labelText: t('money.employeeNumberOf', { name }),
                        value: numberOf.get(`${payee.payee.kind}/${payee.payee.id}`) || '', attrs: { maxlength: 32, autocomplete: 'off' } }),
                    h('button', { type: 'submit' }, t('money.saveNumber')));
                onSubmit(numberForm, async (data) => {
                    await put(`${base}/payroll-numbers`, { payeeKind: payee.payee.kind, payeeId: payee.payee.id,
                        employeeNumber: String(data.get('employeeNumber') || '').trim() });
                    announce(t('money.numberSaved', { name }));
                });
                return [name, label('PayeeKind', payee.payee.kind), numberForm];
            }),
        }));
    return section;
}

/** What the year's rules mean for money, when they mean that nothing is owed. */
function yearNote(view) {
    if (view.rulesVersion === 0) {
        return h('p', { class: 'note', id: 'money-note' }, t('money.noRules'));
    }
    return view.paysNothing ? h('p', { class: 'note', id: 'money-note' }, t('money.paysNothing')) : null;
}

/** The employer report (Opelix): meeting hours at each employer's hourly salary cost, and travel; finance sets the rates. */
function employerSection(base, employers, finance) {
    const section = h('section', { 'aria-labelledby': 'employers-title' },
        h('h2', { id: 'employers-title' }, t('money.employersTitle')), h('p', {}, t('money.employersIntro')),
        h('p', { class: 'actions' }, fileLink(`${base}/employer-costs.csv`, t('money.employersCsv'), { class: 'button-link', id: 'employer-csv' }),
            fileLink(`${base}/employer-costs.xlsx`, t('money.employersXlsx'), { class: 'button-link', id: 'employer-xlsx' })),
        table({
            caption: t('money.employersCaption'),
            columns: [t('enrolments.employer'), t('money.participants'), t('money.meetingHours'), t('money.hourlySalaryCost'),
                t('money.salaryCost'), t('money.travel'), t('money.total')],
            numeric: [1, 2, 3, 4, 5, 6],
            rows: employers.map((employer) => [employer.employer, String(employer.participants), fmt.number(employer.meetingHours),
                employer.hourlySalaryCost == null ? t('money.rateNotSet') : fmt.money(employer.hourlySalaryCost),
                fmt.money(employer.salaryCost), fmt.money(employer.travelCosts), fmt.money(employer.total)]),
        }));
    if (finance) {
        const form = h('form', { class: 'card narrow', novalidate: true },
            h('h3', {}, t('money.rateTitle')),
            field({ name: 'employer', labelText: t('enrolments.employer'), required: true,
                options: employers.map((e) => ({ value: e.employer, text: e.employer })) }),
            field({ name: 'hourlySalaryCost', labelText: t('money.hourlySalaryCost'), type: 'number', required: true,
                hint: t('money.rateHint'), attrs: { step: '0.01', min: 0 } }),
            h('button', { type: 'submit', class: 'primary' }, t('money.saveRate')));
        onSubmit(form, async (data) => {
            await put(`${base}/employer-rates`, { employer: data.get('employer'),
                hourlySalaryCost: data.get('hourlySalaryCost') ? Number(data.get('hourlySalaryCost')) : null });
            await refresh(t('money.rateSaved', { employer: data.get('employer') }));
        });
        section.append(form);
    }
    return section;
}

/** VESO days per participant (continuing-education days their employer counts), their employer and travel, by name. */
function vesoSection(base, participants, names) {
    const rows = participants.map((p) => ({ name: names.get(p.personId) || t('common.erased'), ...p }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
    return h('section', { 'aria-labelledby': 'veso-title' },
        h('h2', { id: 'veso-title' }, t('money.vesoTitle')),
        h('p', { class: 'actions' }, fileLink(`${base}/veso.xlsx`, t('money.vesoXlsx'), { class: 'button-link', id: 'veso-xlsx' }),
            fileLink(`${base}/veso.csv`, t('money.vesoCsv'), { class: 'button-link', id: 'veso-csv' })),
        table({
            caption: t('money.vesoCaption', { count: rows.length }),
            columns: [t('enrolments.name'), t('enrolments.employer'), t('money.meetingsAttended'), t('money.hoursAttended'),
                t('money.vesoDays'), t('money.travel')],
            numeric: [2, 3, 4, 5],
            rows: rows.map((p) => [p.name, p.employer || '', String(p.meetingsAttended), fmt.hours(p.minutesAttended),
                String(p.vesoDays), fmt.money(p.travelCosts)]),
        }));
}

/**
 * An expense recorded by the coordinator or finance: a substitute (for a group's meeting, or for the mentors' joint
 * planning meeting, which belongs to no group) owed to the employer that hired them or to the substitute; a
 * participant's travel, owed to them and booked to their employer; arrangements. Finance then decides it.
 */
function expenseForm(base, view, mentorNames, participants) {
    const none = { value: '', text: t('common.none') };
    const form = h('form', { novalidate: true, id: 'expense-form' },
        h('p', { class: 'hint' }, t('money.expenseIntro')),
        field({ name: 'kind', labelText: t('money.claimKind'), required: true, options: enumOptions('ExpenseKind') }),
        field({ name: 'date', labelText: t('money.date'), type: 'date', required: true, value: today() }),
        field({ name: 'mentorId', labelText: t('money.mentor'), options: [none, ...[...mentorNames].filter(([, name]) => name)
            .map(([id, name]) => ({ value: id, text: name }))] }),
        field({ name: 'groupId', labelText: t('placement.group'), hint: t('money.noGroupHint'),
            options: [{ value: '', text: t('money.planningMeeting') }, ...view.groups.map((g) => ({ value: g.groupId, text: g.name }))] }),
        participants.size ? field({ name: 'participantId', labelText: t('money.participant'), hint: t('money.participantHint'),
            options: [none, ...[...participants].sort((a, b) => a[1].localeCompare(b[1], 'fi')).map(([id, name]) => ({ value: id, text: name }))] }) : null,
        field({ name: 'amount', labelText: t('money.amount'), type: 'number', attrs: { step: '0.01', min: 0 } }),
        field({ name: 'days', labelText: t('money.days'), type: 'number', attrs: { step: '0.5', min: 0 } }),
        field({ name: 'receiptReference', labelText: t('money.receipt') }),
        field({ name: 'payee', labelText: t('money.payee'), hint: t('money.payeeHint'), options: [
            { value: '', text: t('money.payeeDefault') },
            { value: 'EMPLOYER', text: label('PayeeKind', 'EMPLOYER') },
            { value: 'NEW_PERSON', text: t('money.payeeNewPerson') },
            { value: 'MENTOR', text: label('PayeeKind', 'MENTOR') }] }),
        field({ name: 'employer', labelText: t('money.employer'), hint: t('money.employerHint') }),
        h('fieldset', {}, h('legend', {}, t('money.substituteTitle')),
            field({ name: 'firstName', labelText: t('money.firstName') }),
            field({ name: 'lastName', labelText: t('money.lastName') }),
            field({ name: 'email', labelText: t('money.email'), type: 'email' })),
        h('button', { type: 'submit', class: 'primary' }, t('money.recordExpense')));
    onSubmit(form, async (data) => {
        const text = (name) => data.get(name) || null;
        let payee = null;
        if (data.get('payee') === 'NEW_PERSON') {
            const created = await post(`${base}/payees`, { firstName: text('firstName'), lastName: text('lastName'), email: text('email') });
            payee = created.payee;
        } else if (data.get('payee')) {
            payee = { kind: data.get('payee'), id: data.get('payee') === 'MENTOR' ? text('mentorId') : text('employer') };
        }
        await post(`${base}/claims`, {
            kind: text('kind'), date: text('date'), mentorId: text('mentorId'), groupId: text('groupId'),
            participantId: text('participantId'), amount: formNumber(data, 'amount'), days: formNumber(data, 'days'),
            receiptReference: text('receiptReference'), employer: text('employer'), payee,
        });
        await refresh(t('money.expenseRecorded'));
    });
    return form;
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
