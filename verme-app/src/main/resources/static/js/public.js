// The pages anyone may open: the open calls, the public enrolment form, a person's own enrolment through
// their personal link, and the feedback survey through its link.
import {
    get, post, h, t, fmt, label, field, choices, checkedValues, onSubmit, announce, nextId, } from './core.js';

export const ROLES = ['TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SCHOOL_ASSISTANT', 'STUDY_COUNSELLOR', 'WORK_LIFE_COORDINATOR',
    'PRINCIPAL', 'EARLY_CHILDHOOD_EDUCATOR', 'STUDENT_TEACHER', 'OTHER'];
const CAREER_STAGES = ['STUDENT', 'NEW', 'EXPERIENCED', 'SENIOR'];
const SLOTS = ['MONDAY_AFTERNOON', 'MONDAY_EVENING', 'TUESDAY_AFTERNOON', 'TUESDAY_EVENING', 'WEDNESDAY_AFTERNOON',
    'WEDNESDAY_EVENING', 'THURSDAY_AFTERNOON', 'THURSDAY_EVENING', 'FRIDAY_AFTERNOON', 'FRIDAY_EVENING', 'ONLINE'];
const LATE_REASONS = ['NEW_EMPLOYEE', 'RETURNED_FROM_LEAVE', 'MISSED_DEADLINE', 'COORDINATOR_DECISION'];
export const WITHDRAWAL_REASONS = ['WORKLOAD', 'SCHEDULE', 'CHANGED_EMPLOYER', 'HEALTH_OR_LEAVE', 'OTHER'];

export const enumOptions = (name, values, empty) => [
    ...(empty ? [{ value: '', text: empty }] : []),
    ...values.map((value) => ({ value, text: label(name, value) })),
];

export async function landing() {
    const calls = await get('/api/enrolment-calls');
    return [
        h('h1', { tabindex: '-1' }, t('landing.title')),
        h('p', { class: 'lead' }, t('landing.intro')),
        h('section', { class: 'card', 'aria-labelledby': 'open-calls' },
            h('h2', { id: 'open-calls' }, t('landing.openCalls')),
            calls.length === 0 ? h('p', {}, t('landing.noCalls')) : h('ul', {}, calls.map((call) => h('li', {},
                h('a', { href: `#/ilmoittaudu/${call.programmeYear.organiser}/${call.programmeYear.schoolYear}` },
                    t('landing.enrolTo', { organiser: call.programmeYear.organiser, year: call.programmeYear.schoolYear })),
                ` – ${t('landing.closes', { date: fmt.date(call.closesOn) })}`)))),
        h('section', { class: 'card' },
            h('h2', {}, t('landing.staffTitle')),
            h('p', {}, t('landing.staff')),
            h('a', { href: '#/login', class: 'button-link' }, t('app.login'))),
    ];
}

/** The enrolment form of a call: public, or the coordinator's late enrolment when {@code late}. */
export function enrolmentForm(call, { late = false, onDone }) {
    const themes = call.themes.map((theme) => ({ value: theme.code, text: theme.name }));
    const roles = call.targetRoles && call.targetRoles.length ? call.targetRoles : ROLES;
    const wishes = h('fieldset', { class: 'choices', 'data-name': 'themeWishes' },
        h('legend', {}, t('enrol.themeWishes'), h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
        h('p', { class: 'hint' }, t('enrol.themeWishesHint')),
        [1, 2, 3].map((rank) => {
            const id = nextId('wish');
            return h('div', { class: 'field' }, h('label', { for: id }, t('enrol.wish', { rank })),
                h('select', { id, name: 'themeWishes', required: rank === 1 },
                    h('option', { value: '' }, rank === 1 ? t('enrol.chooseTheme') : t('enrol.noWish')),
                    themes.map((theme) => h('option', { value: theme.value }, theme.text))));
        }),
        h('p', { class: 'field-error', id: nextId('wish-error'), hidden: true }));
    const form = h('form', { class: 'card', novalidate: true },
        h('p', { class: 'hint' }, t('form.requiredNote')),
        field({ name: 'firstName', labelText: t('enrol.firstName'), required: true, attrs: { autocomplete: 'given-name' } }),
        field({ name: 'lastName', labelText: t('enrol.lastName'), required: true, attrs: { autocomplete: 'family-name' } }),
        field({ name: 'email', labelText: t('enrol.email'), type: 'email', required: true, attrs: { autocomplete: 'email' } }),
        field({ name: 'phone', labelText: t('enrol.phone'), type: 'tel', hint: t('enrol.phoneHint'), attrs: { autocomplete: 'tel' } }),
        field({ name: 'employer', labelText: t('enrol.employer'), required: true, hint: t('enrol.employerHint'), attrs: { autocomplete: 'organization' } }),
        field({ name: 'unit', labelText: t('enrol.unit'), required: true, hint: t('enrol.unitHint') }),
        field({ name: 'role', labelText: t('enrol.role'), required: true, options: enumOptions('Role', roles, t('form.choose')) }),
        field({ name: 'careerStage', labelText: t('enrol.careerStage'), required: true, options: enumOptions('CareerStage', CAREER_STAGES, t('form.choose')) }),
        wishes,
        choices({ name: 'availability', legend: t('enrol.availability'), items: SLOTS.map((slot) => ({ value: slot, text: label('AvailabilitySlot', slot) })) }),
        late ? field({ name: 'lateReason', labelText: t('enrol.lateReason'), required: true, options: enumOptions('LateReason', LATE_REASONS, t('form.choose')) }) : null,
        choices({ name: 'consentToProcessing', legend: t('enrol.consentTitle'), items: [{ value: 'true', text: t('enrol.consent') }], required: true }),
        h('button', { type: 'submit', class: 'primary' }, late ? t('enrol.submitLate') : t('enrol.submit')));
    onSubmit(form, async (data) => {
        const body = {
            firstName: data.get('firstName'),
            lastName: data.get('lastName'),
            email: data.get('email'),
            phone: data.get('phone') || null,
            employer: data.get('employer'),
            unit: data.get('unit'),
            role: data.get('role') || null,
            careerStage: data.get('careerStage') || null,
            themeWishes: data.getAll('themeWishes').filter(Boolean),
            availability: checkedValues(form, 'availability'),
            consentToProcessing: checkedValues(form, 'consentToProcessing').includes('true'),
        };
        if (late) {
            body.lateReason = data.get('lateReason') || null;
        }
        const year = call.programmeYear;
        const created = await post(`/api/programmes/${year.organiser}/${year.schoolYear}/enrolments`, body);
        await onDone(created, body);
    });
    return form;
}

export async function enrolForm(organiser, schoolYear) {
    const call = await get(`/api/programmes/${organiser}/${schoolYear}/enrolment-call`);
    const heading = h('h1', { tabindex: '-1' }, t('enrol.title', { organiser, year: schoolYear }));
    if (call.status !== 'OPEN') {
        return [heading, h('p', { class: 'warning' }, t(`enrol.status.${call.status}`, { opens: fmt.date(call.opensOn), closes: fmt.date(call.closesOn) }))];
    }
    const container = h('div', {});
    const form = enrolmentForm(call, {
        onDone: async (created, body) => {
            const confirmation = h('section', { class: 'notice', tabindex: '-1', 'aria-labelledby': 'confirmation' },
                h('h2', { id: 'confirmation' }, t('enrol.thanks', { name: body.firstName })),
                h('p', {}, t('enrol.received', { email: body.email })),
                created.personalLink ? h('p', {}, t('enrol.linkIntro'), ' ',
                    h('a', { href: created.personalLink, id: 'personal-link' }, t('enrol.link'))) : null);
            container.replaceChildren(confirmation);
            confirmation.focus();
            announce(t('enrol.thanks', { name: body.firstName }));
        },
    });
    container.append(form);
    return [heading,
        h('p', {}, t('enrol.intro', { closes: fmt.date(call.closesOn) })),
        h('ul', { class: 'themes' }, call.themes.map((theme) => h('li', {}, theme.name))),
        container];
}

export async function personalLink(token) {
    const enrolment = await get(`/api/enrolment-links/${token}`);
    const heading = h('h1', { tabindex: '-1' }, t('own.title'));
    const facts = h('dl', { class: 'facts' },
        h('dt', {}, t('own.name')), h('dd', {}, enrolment.person ? `${enrolment.person.firstName} ${enrolment.person.lastName}` : ''),
        h('dt', {}, t('own.programme')), h('dd', {}, `${enrolment.programmeYear.organiser} ${enrolment.programmeYear.schoolYear}`),
        h('dt', {}, t('own.status')), h('dd', {}, h('span', { class: `badge status-${enrolment.status}` }, label('EnrolmentStatus', enrolment.status))),
        h('dt', {}, t('own.wishes')), h('dd', {}, enrolment.themeWishes.join(', ')),
        h('dt', {}, t('own.submitted')), h('dd', {}, fmt.dateTime(enrolment.submittedAt)),
        enrolment.waitlistReason ? [h('dt', {}, t('own.waitlistReason')), h('dd', {}, label('WaitlistReason', enrolment.waitlistReason))] : null);
    const content = [heading, facts];
    if (enrolment.status !== 'WITHDRAWN') {
        const form = h('form', { class: 'card narrow', novalidate: true },
            h('h2', {}, t('own.withdrawTitle')),
            field({ name: 'reason', labelText: t('own.reason'), required: true, options: enumOptions('WithdrawalReason', WITHDRAWAL_REASONS, t('form.choose')) }),
            h('button', { type: 'submit', class: 'danger' }, t('own.withdraw')));
        onSubmit(form, async (data) => {
            if (!window.confirm(t('own.confirm'))) {
                return;
            }
            await post(`/api/enrolment-links/${token}/withdraw`, { reason: data.get('reason') || null });
            form.replaceWith(h('p', { class: 'notice', role: 'status' }, t('own.withdrawn')));
        });
        content.push(form);
    }
    return content;
}

export async function surveyAnswer(token) {
    const survey = await get(`/api/surveys/answers/${token}`);
    const heading = h('h1', { tabindex: '-1' }, t('survey.answerTitle'));
    const statements = survey.statements || (survey.survey && survey.survey.statements) || [];
    const scale = [1, 2, 3, 4, 5];
    const form = h('form', { class: 'card', novalidate: true },
        h('p', {}, t('survey.scale')),
        statements.map((statement, index) => choices({
            name: `score${index}`, legend: statement, type: 'radio',
            items: scale.map((score) => ({ value: String(score), text: `${score} – ${t(`survey.score.${score}`)}` })),
        })),
        survey.freeTextQuestion ? field({ name: 'freeText', labelText: survey.freeTextQuestion, type: 'textarea' }) : null,
        h('button', { type: 'submit', class: 'primary' }, t('survey.send')));
    onSubmit(form, async (data) => {
        const scores = statements.map((statement, index) => Number(data.get(`score${index}`) || 0) || null);
        await post(`/api/surveys/answers/${token}`, { scores, freeText: data.get('freeText') || null });
        const thanks = h('p', { class: 'notice', tabindex: '-1' }, t('survey.thanks'));
        form.replaceWith(thanks);
        thanks.focus();
    });
    return [heading, h('p', {}, t('survey.anonymous')), form];
}
