// Setting up a year (coordinator): open a call, import enrolments, the year's rules, mentors (one by one or from a
// file), compensation rules.
import {
    get, post, put, upload, h, t, fmt, label, field, choices, checkedValues, onSubmit, table, session, setSession,
    personName, problemTitle, announce, refresh, yearPath, enumOptions, organiserName, schoolYearText, formNumber,
} from './core.js';

export async function setup(organiser, schoolYear) {
    const content = [h('h1', { tabindex: '-1' }, t('setup.title'))];
    content.push(h('details', { class: 'card', open: !organiser }, h('summary', {}, t('setup.openTitle')), openCallForm()));
    if (organiser) {
        const base = yearPath(organiser, schoolYear);
        const [call, rules, mentors, notice, breaks, jointLimits, reminders, sizeRule, cap] = await Promise.all([get(`${base}/enrolment-call`), get(`${base}/compensation-rules`).catch(() => null),
            get('/api/mentors'), get(`/api/organisers/${encodeURIComponent(organiser)}/privacy-notice`).catch(() => null),
            get(`${base}/school-breaks`), get(`${base}/joint-meeting-limits`), get(`${base}/reminders`),
            get(`${base}/group-size-rule`), get(`${base}/hours-cap`)]);
        content.push(h('section', { class: 'card', 'aria-labelledby': 'call-title' },
            h('h2', { id: 'call-title' }, t('setup.callTitle', { organiser: organiserName(organiser), year: schoolYearText(schoolYear) })),
            h('p', {}, t('enrolments.call', { status: label('CallStatus', call.status), opens: fmt.date(call.opensOn), closes: fmt.date(call.closesOn) })),
            h('p', {}, t('setup.publicLink'), ' ', h('a', { href: `#/ilmoittaudu/${organiser}/${schoolYear}`, class: 'long-link' }, `${location.origin}/#/ilmoittaudu/${organiser}/${schoolYear}`)),
            h('h3', {}, t('setup.themesOffered')),
            h('ul', { class: 'themes' }, call.themes.map((theme) => h('li', {}, theme.name))),
            call.closedOn ? null : changeCallForms(base, call),
            call.status === 'OPEN' ? h('button', {
                type: 'button',
                class: 'danger',
                onClick: async () => {
                    if (!window.confirm(t('setup.confirmClose'))) {
                        return;
                    }
                    try {
                        await post(`${base}/enrolment-call/close`);
                        await refresh(t('setup.closed'));
                    } catch (failure) {
                        announce(problemTitle(failure));
                    }
                },
            }, t('setup.close')) : null));
        content.push(privacySection(organiser, notice));
        content.push(h('section', { class: 'card', 'aria-labelledby': 'import-title' },
            h('h2', { id: 'import-title' }, t('import.title')), importParts(enrolmentImport(base, call))));
        content.push(h('section', { class: 'card' }, h('h2', {}, t('setup.rulesTitle')), h('div', { class: 'grid' }, sizeForm(base, sizeRule), capForm(base, cap.hours), jointLimitsForm(base, jointLimits))));
        content.push(breaksSection(base, breaks));
        content.push(remindersSection(base, reminders));
        content.push(h('section', { class: 'card', 'aria-labelledby': 'comp-title' },
            h('h2', { id: 'comp-title' }, t('setup.compensationTitle')),
            rules ? h('p', {}, t('setup.rulesVersion', { version: rules.version, missing: rules.missingRates.length ? rules.missingRates.join(', ') : t('common.none') })) : null,
            compensationForm(base, rules)));
        // The organiser's own mentors; another organiser's may lead a group too, when the coordinator invites them.
        const own = mentors.filter((m) => m.organiser === organiser);
        const shared = mentors.filter((m) => m.organiser !== organiser);
        content.push(h('section', { class: 'card', 'aria-labelledby': 'mentors-title' },
            h('h2', { id: 'mentors-title' }, t('setup.mentorsTitle')),
            mentorTable(t('setup.mentorsCaption', { count: own.length }), own),
            shared.length ? h('details', {}, h('summary', {}, t('setup.sharedMentorsTitle', { count: shared.length })),
                h('p', {}, t('setup.sharedMentorsIntro')),
                mentorTable(t('setup.sharedMentorsCaption'), shared, true)) : null,
            h('details', {}, h('summary', {}, t('setup.mentorTitle')), mentorForm(organiser)),
            h('details', { id: 'mentor-import' }, h('summary', {}, t('mentorImport.title')), importParts(mentorImport(organiser)))));
    }
    return content;
}

function mentorTable(caption, mentors, withOrganiser = false) {
    return table({
        caption,
        columns: [t('enrolments.name'), t('setup.organisation'), withOrganiser ? t('setup.mentorOrganiser') : null, t('setup.training'),
            t('nav.groups')].filter(Boolean),
        rows: mentors.map((m) => [personName(m.name), m.organisation, withOrganiser ? (m.organiser ? organiserName(m.organiser) : t('setup.legacyMentor')) : null,
            `${m.trainingProvider} ${m.trainingYear}`, String(m.groups.length)].filter((cell) => cell !== null)),
    });
}

/** The organiser's privacy notice, without which its public form is not published. */
function privacySection(organiser, notice) {
    const form = h('form', { novalidate: true },
        field({ name: 'fi', labelText: t('setup.privacyFi'), type: 'textarea', required: true, value: notice ? notice.fi : '', attrs: { rows: 8 } }),
        field({ name: 'sv', labelText: t('setup.privacySv'), type: 'textarea', value: notice ? notice.sv : '', attrs: { rows: 8 } }),
        field({ name: 'en', labelText: t('setup.privacyEn'), type: 'textarea', value: notice ? notice.en : '', attrs: { rows: 8 } }),
        h('button', { type: 'submit', class: 'primary' }, t('setup.privacySave')));
    onSubmit(form, async (data) => {
        await put(`/api/organisers/${encodeURIComponent(organiser)}/privacy-notice`, {
            fi: data.get('fi'), sv: data.get('sv') || null, en: data.get('en') || null,
        });
        await refresh(t('setup.privacySaved'));
    });
    return h('section', { class: 'card', 'aria-labelledby': 'privacy-title' },
        h('h2', { id: 'privacy-title' }, t('setup.privacyTitle')),
        h('p', {}, t('setup.privacyIntro')),
        notice ? h('p', {}, h('a', { href: `#/tietosuoja/${organiser}` }, t('setup.privacyShow')))
            : h('p', { class: 'warning', id: 'privacy-missing' }, t('setup.privacyMissing')),
        h('details', { open: !notice }, h('summary', {}, t('setup.privacyTitle')), form));
}

/**
 * The call's changes while it runs, each its own event: a theme more while people may still enrol (or before they
 * may), and a later closing date until the coordinator closes the call (a call past its date opens again).
 */
function changeCallForms(base, call) {
    const themeForm = h('form', { novalidate: true },
        h('h3', {}, t('setup.addThemeTitle')),
        field({ name: 'code', labelText: t('setup.themeCode'), required: true, hint: t('setup.themeCodeHint') }),
        field({ name: 'name', labelText: t('setup.themeName'), required: true }),
        h('button', { type: 'submit' }, t('setup.addTheme')));
    onSubmit(themeForm, async (data) => {
        const name = String(data.get('name') || '').trim();
        await post(`${base}/enrolment-call/themes`, { code: String(data.get('code') || '').trim(), name });
        await refresh(t('setup.themeAdded', { name }));
    });
    const extendForm = h('form', { novalidate: true },
        h('h3', {}, t('setup.extendTitle')),
        field({ name: 'closesOn', labelText: t('setup.newClosesOn'), type: 'date', required: true,
            hint: t('setup.extendHint', { date: fmt.date(call.closesOn) }) }),
        h('button', { type: 'submit' }, t('setup.extend')));
    onSubmit(extendForm, async (data) => {
        const changed = await post(`${base}/enrolment-call/extend`, { closesOn: data.get('closesOn') || null });
        await refresh(t('setup.extended', { date: fmt.date(changed.closesOn) }));
    });
    return h('details', { class: 'call-changes' }, h('summary', {}, t('setup.changeTitle')),
        h('p', {}, t('setup.changeIntro')),
        h('div', { class: 'grid' }, call.status === 'CLOSED' ? null : themeForm, extendForm));
}

function openCallForm() {
    const me = session();
    const organisers = [...new Set(me.grants.filter((g) => g.role === 'COORDINATOR').map((g) => g.organiser))];
    const anyOrganiser = organisers.includes('*');
    const now = new Date();
    const startYear = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
    const form = h('form', { novalidate: true },
        anyOrganiser
            ? field({ name: 'organiser', labelText: t('setup.organiser'), required: true, hint: t('setup.organiserHint') })
            : field({ name: 'organiser', labelText: t('setup.organiser'), required: true, options: organisers.map((o) => ({ value: o, text: organiserName(o) })) }),
        field({ name: 'schoolYear', labelText: t('setup.schoolYear'), required: true, value: `${startYear}-${startYear + 1}`, hint: t('setup.schoolYearHint') }),
        field({ name: 'themes', labelText: t('setup.themes'), type: 'textarea', required: true, hint: t('setup.themesHint') }),
        choices({ name: 'targetRoles', legend: t('setup.targetRoles'), items: enumOptions('Role'), checked: ['TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SCHOOL_ASSISTANT'] }),
        field({ name: 'opensOn', labelText: t('setup.opensOn'), type: 'date', required: true }),
        field({ name: 'closesOn', labelText: t('setup.closesOn'), type: 'date', required: true }),
        h('button', { type: 'submit', class: 'primary' }, t('setup.open')));
    onSubmit(form, async (data) => {
        const themes = String(data.get('themes') || '').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
            const [code, ...name] = line.split(/\s+/);
            return { code, name: name.join(' ') || code };
        });
        const organiser = data.get('organiser');
        const schoolYear = data.get('schoolYear');
        await post(`${yearPath(organiser, schoolYear)}/enrolment-call`, {
            themes, targetRoles: checkedValues(form, 'targetRoles'), opensOn: data.get('opensOn') || null, closesOn: data.get('closesOn') || null,
        });
        setSession(await get('/api/me'));
        localStorage.setItem('verme.programme', `${organiser}/${schoolYear}`);
        location.hash = `#/p/${organiser}/${schoolYear}/setup`;
        announce(t('setup.opened'));
    });
    return form;
}

/**
 * The organiser's school breaks of the year (autumn, Christmas, winter, Easter…), which meeting series skip, with
 * the public holidays that fall on weekdays shown beside them; a row left without a name is not a break.
 */
function breaksSection(base, current) {
    const rows = [...current.breaks, ...Array(Math.max(2, 6 - current.breaks.length)).fill({ name: '', firstDay: '', lastDay: '' })];
    const form = h('form', { novalidate: true, id: 'school-breaks' },
        rows.map((row, index) => h('fieldset', { class: 'break-row' },
            h('legend', {}, t('setup.breakLegend', { number: index + 1 })),
            field({ name: `name-${index}`, labelText: t('setup.breakName'), value: row.name }),
            field({ name: `first-${index}`, labelText: t('setup.breakFirst'), type: 'date', value: row.firstDay }),
            field({ name: `last-${index}`, labelText: t('setup.breakLast'), type: 'date', value: row.lastDay }))),
        h('button', { type: 'submit' }, t('setup.save')));
    onSubmit(form, async (data) => {
        const filled = rows.map((row, index) => ({
            index,
            name: data.get(`name-${index}`).trim(),
            firstDay: data.get(`first-${index}`) || null,
            lastDay: data.get(`last-${index}`) || null,
        })).filter((each) => each.name || each.firstDay || each.lastDay);
        // Rows left empty are not sent, so the API's breaks[k] is the k-th filled row: each row is marked with
        // the name the API gives it, for a refusal to be shown under the row's own legend.
        const rowSets = form.querySelectorAll('fieldset.break-row');
        rowSets.forEach((set) => set.removeAttribute('data-field'));
        filled.forEach(({ index }, k) => rowSets[index].setAttribute('data-field', `breaks[${k}]`));
        const breaks = filled.map(({ name, firstDay, lastDay }) => ({ name, firstDay, lastDay }));
        await put(`${base}/school-breaks`, { breaks });
        await refresh(t('setup.saved'));
    });
    return h('section', { class: 'card', 'aria-labelledby': 'breaks-title' },
        h('h2', { id: 'breaks-title' }, t('setup.breaksTitle')),
        h('p', { class: 'hint' }, t('setup.breaksHint')),
        form,
        h('p', {}, t('setup.publicHolidays', { days: current.publicHolidays.map((day) => `${fmt.date(day.date)} ${day.name}`).join(', ') })));
}

/** Which reminders the year sends: each kind on or off. */
function remindersSection(base, reminders) {
    const kinds = ['meetingDayBefore', 'recordHeld', 'survey'];
    const form = h('form', { novalidate: true },
        choices({ name: 'reminders', legend: t('reminders.legend'), items: kinds.map((kind) => ({ value: kind, text: t(`reminders.${kind}`) })),
            checked: kinds.filter((kind) => reminders[kind]) }),
        h('button', { type: 'submit' }, t('setup.save')));
    onSubmit(form, async () => {
        const on = checkedValues(form, 'reminders');
        await put(`${base}/reminders`, Object.fromEntries(kinds.map((kind) => [kind, on.includes(kind)])));
        await refresh(t('setup.saved'));
    });
    return h('section', { class: 'card', 'aria-labelledby': 'reminders-title' },
        h('h2', { id: 'reminders-title' }, t('reminders.title')),
        h('p', { class: 'hint' }, t('reminders.hint')),
        form,
        reminders.changedAt ? h('p', {}, t('reminders.changed', { by: reminders.changedBy, at: fmt.dateTime(reminders.changedAt) })) : null);
}

/** The year's size for new groups, as set (4 to 8 until it is). */
function sizeForm(base, current) {
    const form = h('form', { novalidate: true, id: 'group-size-rule' },
        h('h3', {}, t('setup.sizeTitle')),
        field({ name: 'minSize', labelText: t('groups.minSize'), type: 'number', required: true, value: current.minSize, attrs: { min: 1 } }),
        field({ name: 'maxSize', labelText: t('groups.maxSize'), type: 'number', required: true, value: current.maxSize, attrs: { min: 1 } }),
        h('button', { type: 'submit' }, t('setup.save')));
    onSubmit(form, async (data) => {
        await put(`${base}/group-size-rule`, { minSize: formNumber(data, 'minSize'), maxSize: formNumber(data, 'maxSize') });
        await refresh(t('setup.saved'));
    });
    return form;
}

/** The year's cap on a group's hours, as set (18 until it is). */
function capForm(base, currentHours) {
    const form = h('form', { novalidate: true, id: 'hours-cap' },
        h('h3', {}, t('setup.capTitle')),
        field({ name: 'hours', labelText: t('setup.capHours'), type: 'number', required: true, value: currentHours, problem: 'setup.capProblem', attrs: { min: 1 } }),
        h('button', { type: 'submit' }, t('setup.save')));
    onSubmit(form, async (data) => {
        await put(`${base}/hours-cap`, { hours: formNumber(data, 'hours') });
        await refresh(t('setup.saved'));
    });
    return form;
}

/** How many kickoffs and closings each group may take part in: one of each unless the year's rules allow more. */
function jointLimitsForm(base, current) {
    const form = h('form', { novalidate: true, id: 'joint-meeting-limits' },
        h('h3', {}, t('setup.jointLimitsTitle')),
        h('p', { class: 'hint' }, t('setup.jointLimitsHint')),
        field({ name: 'kickoffs', labelText: t('setup.jointKickoffs'), type: 'number', required: true, value: current.kickoffs, attrs: { min: 1, max: 10 } }),
        field({ name: 'closings', labelText: t('setup.jointClosings'), type: 'number', required: true, value: current.closings, attrs: { min: 1, max: 10 } }),
        h('button', { type: 'submit' }, t('setup.save')));
    onSubmit(form, async (data) => {
        await put(`${base}/joint-meeting-limits`, { kickoffs: formNumber(data, 'kickoffs'), closings: formNumber(data, 'closings') });
        await refresh(t('setup.saved'));
    });
    return form;
}

/** Every compensation rule of the year: a preset to start from, and each field, shown with its current value. */
function compensationForm(base, current) {
    const rules = current ? current.rules : {};
    const money = (name, labelKey) => field({ name, labelText: t(labelKey), type: 'number', value: rules[name], attrs: { step: '0.01', min: 0 } });
    const hours = (name) => field({ name, labelText: t(`setup.rule.${name}`), type: 'number', value: rules[name], attrs: { step: '0.25', min: 0 } });
    const yesNo = (name) => field({ name, labelText: t(`setup.rule.${name}`), value: rules[name] == null ? '' : String(rules[name]),
        options: [{ value: '', text: t('setup.notSet') }, { value: 'true', text: t('common.yes') }, { value: 'false', text: t('common.no') }] });
    const form = h('form', { novalidate: true },
        field({ name: 'preset', labelText: t('setup.preset'), options: enumOptions('Preset', { empty: t('setup.noPreset') }), value: rules.preset, hint: t('setup.presetHint') }),
        h('fieldset', {}, h('legend', {}, t('setup.feesTitle')),
            money('hourlyFee', 'setup.hourlyFee'),
            hours('meetingFeeHours'),
            field({ name: 'meetingPayment', labelText: t('setup.rule.meetingPayment'), value: rules.meetingPayment,
                options: enumOptions('MeetingPayment', { empty: t('setup.notSet') }) }),
            hours('planningFeeHours'),
            hours('organisingHoursCap')),
        h('fieldset', {}, h('legend', {}, t('setup.costsTitle')),
            yesNo('substitutesAllowed'),
            money('substituteDayRate', 'setup.substituteDayRate'),
            yesNo('arrangementsReimbursed'),
            money('arrangementsBudgetPerGroup', 'setup.arrangementsBudget'),
            yesNo('travelReimbursed'),
            yesNo('employerCostReport')),
        h('fieldset', {}, h('legend', {}, t('setup.vesoTitle')),
            field({ name: 'meetingsPerVesoDay', labelText: t('setup.rule.meetingsPerVesoDay'), type: 'number', value: rules.meetingsPerVesoDay, attrs: { step: 1, min: 1 } })),
        h('button', { type: 'submit', class: 'primary' }, t('setup.saveRules')));
    // Sends what the user changed (and the preset, when another is chosen): a field left as shown stays as it is,
    // so choosing a preset and filling in its euros at once takes the preset's rules with those euros.
    onSubmit(form, async (data) => {
        const change = {};
        const preset = data.get('preset') || null;
        if (preset && preset !== rules.preset) {
            change.preset = preset;
        }
        for (const name of ['hourlyFee', 'planningFeeHours', 'organisingHoursCap', 'meetingFeeHours', 'meetingsPerVesoDay',
            'substituteDayRate', 'arrangementsBudgetPerGroup']) {
            const value = data.get(name) ? Number(data.get(name)) : null;
            if (value !== null && value !== (rules[name] == null ? null : Number(rules[name]))) {
                change[name] = value;
            }
        }
        for (const name of ['substitutesAllowed', 'arrangementsReimbursed', 'travelReimbursed', 'employerCostReport']) {
            const value = data.get(name) === '' ? null : data.get(name) === 'true';
            if (value !== null && value !== rules[name]) {
                change[name] = value;
            }
        }
        if (data.get('meetingPayment') && data.get('meetingPayment') !== rules.meetingPayment) {
            change.meetingPayment = data.get('meetingPayment');
        }
        await put(`${base}/compensation-rules`, change);
        await refresh(t('setup.rulesSaved'));
    });
    return form;
}

// The mentor belongs to the programme's organiser: only its coordinators edit them.
function mentorForm(organiser) {
    const form = h('form', { novalidate: true },
        field({ name: 'firstName', labelText: t('enrol.firstName'), required: true }),
        field({ name: 'lastName', labelText: t('enrol.lastName'), required: true }),
        field({ name: 'email', labelText: t('enrol.email'), type: 'email', required: true }),
        field({ name: 'phone', labelText: t('enrol.phone'), type: 'tel' }),
        field({ name: 'organisation', labelText: t('setup.organisation'), required: true }),
        field({ name: 'trainingYear', labelText: t('setup.trainingYear'), type: 'number', required: true, attrs: { min: 1990, max: 2100 } }),
        field({ name: 'trainingProvider', labelText: t('setup.trainingProvider'), required: true }),
        h('button', { type: 'submit', class: 'primary' }, t('setup.register')));
    onSubmit(form, async (data) => {
        await post(`/api/mentors?organiser=${encodeURIComponent(organiser)}`, {
            firstName: data.get('firstName'), lastName: data.get('lastName'), email: data.get('email'),
            phone: data.get('phone') || null, organisation: data.get('organisation'),
            trainingYear: data.get('trainingYear') ? Number(data.get('trainingYear')) : null,
            trainingProvider: data.get('trainingProvider'),
        });
        await refresh(t('setup.registered', { name: `${data.get('firstName')} ${data.get('lastName')}` }));
    });
    return form;
}

/**
 * Importing from a spreadsheet or a form tool's export, the same way for enrolments and mentors: choose the file, see
 * the guessed mapping of its columns with the preview of every row (rejected ones with their line, column and reason),
 * correct the mapping, and commit; then what became of each row. Nothing is recorded before the commit. What differs
 * is said by the kind (enrolmentImport, mentorImport): its paths, words, fields, row cells and commit.
 */
function importParts(kind) {
    const result = h('div', { id: `${kind.id}-result`, 'aria-live': 'polite' });
    const form = h('form', { novalidate: true, id: `${kind.id}-upload` },
        field({ name: 'file', labelText: t('import.file'), type: 'file', required: true,
            attrs: { accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
        h('button', { type: 'submit', class: 'primary' }, t('import.preview')));
    onSubmit(form, async (data) => {
        showImport(kind, result, await upload(kind.path, data));
    });
    return [h('p', { class: 'hint' }, t(`${kind.texts}.intro`)), form, result];
}

/** Enrolments into the year's call: the file's words for themes, roles and career stages are mapped too. */
function enrolmentImport(base, call) {
    const themeOptions = [{ value: '', text: t('import.unknown') }, ...call.themes.map((theme) => ({ value: theme.code, text: `${theme.code} – ${theme.name}` }))];
    return {
        id: 'import',
        texts: 'import',
        path: `${base}/imports`,
        fields: 'ImportField',
        statuses: 'ImportRowStatus',
        values: (imported) => (imported.themeValues.length || imported.roleValues.length || imported.careerStageValues.length
            ? h('fieldset', {}, h('legend', {}, t('import.valuesTitle')), h('div', { class: 'grid' },
                imported.themeValues.map((each, i) => field({ name: `theme-${i}`, labelText: t('import.themeValue', { value: each.value }),
                    options: themeOptions, value: each.code || '' })),
                imported.roleValues.map((each, i) => field({ name: `role-${i}`, labelText: t('import.roleValue', { value: each.value }),
                    options: enumOptions('Role', { empty: t('import.unknown') }), value: each.role || '' })),
                imported.careerStageValues.map((each, i) => field({ name: `stage-${i}`, labelText: t('import.stageValue', { value: each.value }),
                    options: enumOptions('CareerStage', { empty: t('import.unknown') }), value: each.careerStage || '' }))))
            : null),
        chosenValues: (imported, data) => {
            const chosen = (values, prefix, key) => Object.fromEntries(values.map((each, i) => [each.value, data.get(`${prefix}-${i}`) || null])
                .filter(([value, code]) => code !== null && code !== (values.find((v) => v.value === value) || {})[key]));
            return {
                themes: chosen(imported.themeValues, 'theme', 'code'),
                roles: chosen(imported.roleValues, 'role', 'role'),
                careerStages: chosen(imported.careerStageValues, 'stage', 'careerStage'),
            };
        },
        detail: t('import.themes'),
        cells: (enrolment) => [[enrolment.firstName, enrolment.lastName].filter(Boolean).join(' '), enrolment.email || '',
            enrolment.themeWishes.join(', ')],
        request: (row) => row.enrolment,
        // The explicit choice of mailing the people imported (off: last year's list needs no mail).
        commitFields: (imported) => [
            field({ name: 'sendNotices', labelText: t('import.sendNotices'), type: 'checkbox', attrs: { value: 'true' } }),
            imported.callOpen ? null : field({ name: 'lateReason', labelText: t('import.lateReason'), required: true,
                options: enumOptions('LateReason', { empty: '' }) })],
        commitBody: (data) => ({ sendNotices: data.get('sendNotices') === 'true', lateReason: data.get('lateReason') || null }),
    };
}

/** The organiser's mentors: only the columns are mapped; a mentor already registered anywhere is matched. */
function mentorImport(organiser) {
    return {
        id: 'mentor-import',
        texts: 'mentorImport',
        path: `/api/organisers/${encodeURIComponent(organiser)}/mentor-imports`,
        fields: 'MentorImportField',
        statuses: 'MentorImportRowStatus',
        values: () => null,
        chosenValues: () => ({}),
        detail: t('setup.organisation'),
        cells: (mentor) => [[mentor.firstName, mentor.lastName].filter(Boolean).join(' '), mentor.email || '',
            [mentor.organisation, mentor.trainingProvider, mentor.trainingYear].filter(Boolean).join(', ')],
        request: (row) => row.mentor,
        commitFields: () => [],
        commitBody: () => ({}),
    };
}

function showImport(kind, target, imported) {
    const summary = imported.summary;
    const parts = [
        h('p', { class: 'hint' }, t('import.fileInfo', { name: imported.fileName, user: imported.uploadedBy,
            time: fmt.dateTime(imported.uploadedAt), sha: imported.fileSha256 })),
    ];
    // People who withdrew from the year are not enrolled again by a file: said apart, only when there are some.
    const withdrawn = summary.withdrawn ? h('p', { class: 'hint', id: `${kind.id}-withdrawn` },
        t('import.withdrawnNote', summary)) : null;
    if (imported.state === 'COMMITTED') {
        parts.push(h('p', { class: 'notice', id: `${kind.id}-outcome` }, t(`${kind.texts}.result`, summary)), withdrawn);
    } else if (imported.state === 'DISCARDED') {
        parts.push(h('p', { class: 'warning' }, t('import.discarded', { reason: t(`import.discardedReason.${imported.discardedReason}`) })));
    } else {
        parts.push(h('p', { id: `${kind.id}-summary` }, t(`${kind.texts}.summary`, summary)), withdrawn,
            mappingForm(kind, target, imported));
    }
    parts.push(importTable(kind, imported));
    if (imported.state === 'PENDING') {
        parts.push(commitForm(kind, target, imported));
    }
    target.replaceChildren(...parts.filter(Boolean));
}

/** The field of each column (and, for enrolments, the reading of each of the file's words), as selects; sent as a whole. */
function mappingForm(kind, target, imported) {
    const path = `${kind.path}/${imported.importId}`;
    const fieldOptions = enumOptions(kind.fields, { empty: t('import.ignore') });
    const form = h('form', { novalidate: true, id: `${kind.id}-mapping` },
        h('h3', {}, t('import.mappingTitle')),
        h('p', { class: 'hint' }, t(`${kind.texts}.mappingHint`)),
        h('div', { class: 'grid' }, imported.columns.map((column) => field({ name: `column-${column.index}`,
            labelText: t('import.column', { header: column.header }), options: fieldOptions, value: column.field || '' }))),
        kind.values(imported),
        h('button', { type: 'submit' }, t('import.remap')));
    onSubmit(form, async (data) => {
        const remapped = await put(`${path}/mapping`, {
            columns: imported.columns.map((column) => data.get(`column-${column.index}`) || null),
            ...kind.chosenValues(imported, data),
        });
        showImport(kind, target, remapped);
        announce(t(`${kind.texts}.summary`, remapped.summary));
    });
    return form;
}

/** Every row: as it would be recorded, or what became of it; a rejected row's reasons with their columns. */
function importTable(kind, imported) {
    const reason = (problem) => {
        const known = t(`import.reason.${problem.code}`);
        // A value the form's own rules refuse: the form's words for what the field takes, as on the form itself.
        const field = problem.code === 'invalid' && problem.field
            ? t(`problem.field.${String(problem.field).split(/[[.]/)[0]}`) : 'problem.';
        const text = !known.startsWith('import.') ? known : !field.startsWith('problem.') ? field : problem.message;
        return problem.column ? t('import.problemAt', { column: problem.column, reason: text }) : text;
    };
    return table({
        caption: t(imported.state === 'PENDING' ? 'import.previewCaption' : 'import.resultCaption'),
        columns: [t('import.line'), t('import.status'), t('import.name'), t('import.email'), kind.detail, t('import.problems')],
        numeric: [0],
        rows: imported.rows.map((row) => [String(row.line), label(kind.statuses, row.status),
            ...(kind.request(row) ? kind.cells(kind.request(row)) : ['', '', '']),
            row.problems.length ? h('ul', { class: 'problems' }, row.problems.map((problem) => h('li', {}, reason(problem)))) : '']),
    });
}

function commitForm(kind, target, imported) {
    const form = h('form', { novalidate: true, id: `${kind.id}-commit` },
        kind.commitFields(imported),
        h('button', { type: 'submit', class: 'primary' }, t(`${kind.texts}.commit`, { count: imported.summary.toRecord })));
    onSubmit(form, async (data) => {
        const committed = await post(`${kind.path}/${imported.importId}/commit`, kind.commitBody(data));
        showImport(kind, target, committed);
        announce(t(`${kind.texts}.committed`));
    });
    return form;
}
