// The pages anyone may open: the open calls, the public enrolment form, a person's own enrolment and contact details
// through their personal link, the confirmation of a new address, the feedback survey and a person's notice
// preferences through their links.
import {
    get, post, put, h, t, fmt, label, field, choices, checkedValues, onSubmit, announce, nextId, enumOptions, organiserName,
    schoolYearText, programmeTitle, ApiError, language, calendarFeed,
} from './core.js';
import { enrolmentForm } from './enrolment-form.js';


export async function landing() {
    const calls = await get('/api/enrolment-calls');
    return [
        h('h1', { tabindex: '-1' }, t('landing.title')),
        h('p', { class: 'lead' }, t('landing.intro')),
        h('section', { class: 'card', 'aria-labelledby': 'open-calls' },
            h('h2', { id: 'open-calls' }, t('landing.openCalls')),
            calls.length === 0 ? h('p', {}, t('landing.noCalls')) : h('ul', {}, calls.map((call) => h('li', {},
                h('a', { href: `#/ilmoittaudu/${call.programmeYear.organiser}/${call.programmeYear.schoolYear}` },
                    t('landing.enrolTo', { organiser: organiserName(call.programmeYear.organiser), year: schoolYearText(call.programmeYear.schoolYear) })),
                ` – ${t('landing.closes', { date: fmt.date(call.closesOn) })}`)))),
        h('section', { class: 'card' },
            h('h2', {}, t('landing.staffTitle')),
            h('p', {}, t('landing.staff')),
            h('a', { href: '#/login', class: 'button-link' }, t('app.login'))),
    ];
}

export async function enrolForm(organiser, schoolYear) {
    const call = await get(`/api/programmes/${organiser}/${schoolYear}/enrolment-call`);
    const heading = h('h1', { tabindex: '-1' }, t('enrol.title', { organiser: organiserName(organiser), year: schoolYearText(schoolYear) }));
    if (call.status !== 'OPEN') {
        return [heading, h('p', { class: 'warning' }, t(`enrol.status.${call.status}`, { opens: fmt.date(call.opensOn), closes: fmt.date(call.closesOn) }))];
    }
    // The form is published only with the organiser's privacy notice, which it links to.
    if (!(await privacyNotice(organiser))) {
        return [heading, h('p', { class: 'warning', id: 'not-published' }, t('enrol.notPublished', { organiser: organiserName(organiser) }))];
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

/** The organiser's privacy notice, or null when it has none yet. */
async function privacyNotice(organiser) {
    try {
        return await get(`/api/organisers/${encodeURIComponent(organiser)}/privacy-notice`);
    } catch (failure) {
        if (failure instanceof ApiError && failure.status === 404) {
            return null;
        }
        throw failure;
    }
}

/** The organiser's privacy notice in the reader's language (in Finnish when it has none in it). */
export async function privacyPage(organiser) {
    const notice = await privacyNotice(organiser);
    const heading = h('h1', { tabindex: '-1' }, t('privacy.title', { organiser: organiserName(organiser) }));
    if (!notice) {
        return [heading, h('p', { class: 'warning' }, t('privacy.none'))];
    }
    const text = notice[language()] || notice.fi;
    return [heading, h('div', { class: 'card privacy-notice' }, text.split(/\n\s*\n|\n/).map((line) => h('p', {}, line))),
        h('p', { class: 'hint' }, t('privacy.changed', { date: fmt.date(notice.changedAt) }))];
}

export async function personalLink(token) {
    const enrolment = await get(`/api/enrolment-links/${token}`);
    // The wishes by the names the call gave its themes, as the form offered them (the codes if it cannot be read).
    const year = enrolment.programmeYear;
    const call = await get(`/api/programmes/${year.organiser}/${year.schoolYear}/enrolment-call`).catch(() => null);
    const themeNames = new Map((call ? call.themes : []).map((theme) => [theme.code, theme.name]));
    const heading = h('h1', { tabindex: '-1' }, t('own.title'));
    const facts = h('dl', { class: 'facts' },
        enrolment.person ? [h('dt', {}, t('own.name')), h('dd', {}, `${enrolment.person.firstName} ${enrolment.person.lastName}`)] : null,
        h('dt', {}, t('own.programme')), h('dd', {}, programmeTitle(enrolment.programmeYear.organiser, enrolment.programmeYear.schoolYear)),
        h('dt', {}, t('own.status')), h('dd', {}, h('span', { class: `badge status-${enrolment.status}` }, label('EnrolmentStatus', enrolment.status))),
        h('dt', {}, t('own.wishes')), h('dd', {}, enrolment.themeWishes.map((code) => themeNames.get(code) || code).join(', ')),
        h('dt', {}, t('own.submitted')), h('dd', {}, fmt.dateTime(enrolment.submittedAt)),
        enrolment.waitlistReason ? [h('dt', {}, t('own.waitlistReason')), h('dd', {}, label('WaitlistReason', enrolment.waitlistReason))] : null);
    const content = [heading, facts];
    if (enrolment.status !== 'WITHDRAWN') {
        const form = h('form', { class: 'card narrow', novalidate: true },
            h('h2', {}, t('own.withdrawTitle')),
            field({ name: 'reason', labelText: t('own.reason'), required: true, options: enumOptions('WithdrawalReason', { empty: t('form.choose') }) }),
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
    if (enrolment.person) {
        content.push(await ownContactDetails(token));
        content.push(await calendarFeed(`/api/enrolment-links/${token}`));
    } else if (!enrolment.erased) {
        // The form's receipt: the person's own link, with their details and calendar, comes by e-mail.
        content.push(h('p', { class: 'hint' }, t('own.receiptHint')));
    }
    return content;
}

/**
 * "My contact details" on the personal link's page: the details Verme reaches the person by, the phone corrected at
 * once, and a new address asked for, which changes only when the link sent to it is confirmed.
 */
async function ownContactDetails(token) {
    const base = `/api/enrolment-links/${token}/contact-details`;
    const details = await get(base);
    const facts = (shown) => h('dl', { class: 'facts' },
        h('dt', {}, t('contact.name')), h('dd', {}, `${shown.firstName} ${shown.lastName}`),
        h('dt', {}, t('contact.email')), h('dd', {}, shown.email),
        h('dt', {}, t('contact.phone')), h('dd', {}, shown.phone || t('contact.noPhone')));
    let current = facts(details);
    const phoneForm = h('form', { novalidate: true, 'aria-labelledby': 'contact-phone' },
        h('h3', { id: 'contact-phone' }, t('contact.phoneTitle')),
        field({ name: 'phone', labelText: t('contact.phone'), type: 'tel', value: details.phone, hint: t('contact.phoneHint'),
            attrs: { autocomplete: 'tel' } }),
        h('button', { type: 'submit', class: 'primary' }, t('contact.savePhone')));
    onSubmit(phoneForm, async (data) => {
        const changed = await put(`${base}/phone`, { phone: data.get('phone') || '' });
        const shown = facts(changed);
        current.replaceWith(shown);
        current = shown;
        announce(t('contact.phoneSaved'));
    });
    const emailForm = h('form', { novalidate: true, 'aria-labelledby': 'contact-email' },
        h('h3', { id: 'contact-email' }, t('contact.emailTitle')),
        h('p', {}, t('contact.emailIntro')),
        field({ name: 'email', labelText: t('contact.newEmail'), type: 'email', required: true, attrs: { autocomplete: 'email' } }),
        h('button', { type: 'submit', class: 'primary' }, t('contact.requestEmail')));
    onSubmit(emailForm, async (data) => {
        const pending = await post(`${base}/email`, { email: data.get('email') });
        emailForm.replaceWith(h('p', { class: 'notice', role: 'status' },
            t('contact.emailSent', { email: pending.email, until: fmt.dateTime(pending.confirmBy) })));
    });
    return h('section', { class: 'card narrow', 'aria-labelledby': 'own-contact' },
        h('h2', { id: 'own-contact' }, t('contact.title')), h('p', {}, t('contact.intro')), current, phoneForm, emailForm);
}

/** The page of the link sent to a new address: a button confirms it, so that a mail scanner opening it changes nothing. */
export async function contactConfirmation(token) {
    const form = h('form', { class: 'card narrow', novalidate: true },
        h('p', {}, t('contact.confirmIntro')),
        h('button', { type: 'submit', class: 'primary' }, t('contact.confirm')));
    onSubmit(form, async () => {
        const confirmed = await post(`/api/contact-confirmations/${token}`);
        const done = h('p', { class: 'notice', tabindex: '-1' }, t('contact.confirmed', { email: confirmed.email }));
        form.replaceWith(done);
        done.focus();
    });
    return [h('h1', { tabindex: '-1' }, t('contact.confirmTitle')), form];
}

/** A person's notice preferences through the link every notice ends with: each kind on or off, the required ones fixed. */
export async function noticePreferences(token) {
    const preferences = await get(`/api/notice-preferences/${token}`);
    const items = (kinds) => kinds.map((kind) => ({
        value: kind.kind,
        text: kind.required ? `${label('MessageKind', kind.kind)} (${t('preferences.required')})` : label('MessageKind', kind.kind),
        disabled: kind.required,
    }));
    const form = h('form', { class: 'card narrow', novalidate: true },
        choices({ name: 'on', legend: t('preferences.legend'), items: items(preferences.kinds),
            checked: preferences.kinds.filter((kind) => kind.on).map((kind) => kind.kind) }),
        h('p', { class: 'hint' }, t('preferences.requiredHint')),
        h('button', { type: 'submit', class: 'primary' }, t('preferences.save')));
    onSubmit(form, async () => {
        const on = checkedValues(form, 'on');
        const off = preferences.kinds.filter((kind) => !kind.required && !on.includes(kind.kind)).map((kind) => kind.kind);
        await put(`/api/notice-preferences/${token}`, { off });
        announce(t('preferences.saved'));
    });
    return [h('h1', { tabindex: '-1' }, t('preferences.title')), h('p', {}, t('preferences.intro')), form];
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
