// Feedback and messages (coordinator): the survey, its results as the brochure's agreement table, the outbox.
import {
    get, post, h, t, fmt, label, field, onSubmit, table, barChart, ApiError, refresh, hasRole, yearPath,
    serverList, enumOptions,
} from './core.js';

export async function feedback(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const coordinator = hasRole('COORDINATOR');
    const content = [h('h1', { tabindex: '-1' }, t('feedback.title'))];
    let surveys = [];
    if (coordinator || hasRole('AUDITOR')) {
        surveys = await get(`${base}/surveys`);
        for (const survey of surveys) {
            content.push(await results(base, survey, coordinator));
        }
        if (surveys.length === 0) {
            content.push(h('p', {}, t('feedback.noSurvey')));
        }
    }
    // A year has one survey (a second would invite every member twice): the form is there until it is defined.
    if (coordinator && surveys.length === 0) {
        content.push(h('details', { class: 'card' }, h('summary', {}, t('feedback.defineTitle')), defineForm(base)));
    }
    if (coordinator || hasRole('ADMIN')) {
        content.push(await outbox(organiser, schoolYear));
    }
    return content;
}

async function results(base, survey, coordinator) {
    const view = await get(`${base}/surveys/${survey.surveyId}/results`);
    const section = h('section', { class: 'card', 'aria-label': t('feedback.resultsTitle') },
        h('h2', {}, t('feedback.resultsTitle')),
        h('p', {}, t('feedback.respondents', { n: view.programme.respondents, min: view.minimumRespondents })));
    const slice = (title, data) => {
        if (!data.shown) {
            // Hidden for its own few answers, or so that the year minus the shown groups does not give a small group's.
            const reason = data.hiddenBecause === 'PROTECTS_ANOTHER_GROUP' ? 'feedback.hiddenProtects' : 'feedback.hidden';
            return h('p', {}, t(reason, { title, n: data.respondents, min: view.minimumRespondents }));
        }
        return [table({
            caption: title,
            columns: [t('feedback.statement'), t('feedback.n'), '1', '2', '3', '4', '5', t('feedback.agree')],
            numeric: [1, 2, 3, 4, 5, 6, 7],
            rows: data.statements.map((s) => [s.statement, String(s.n), ...s.distribution.map(String), fmt.percent(s.agreePercent)]),
        }), barChart({
            title: t('feedback.agreeChart', { title }),
            items: data.statements.map((s) => ({ label: s.statement, value: Number(s.agreePercent) || 0, text: fmt.percent(s.agreePercent) })),
            max: 100,
        })];
    };
    section.append(...[slice(t('feedback.wholeYear'), view.programme)].flat());
    for (const group of view.groups) {
        section.append(h('h3', {}, group.name), ...[slice(group.name, group.results)].flat());
    }
    if (coordinator && survey.freeTextQuestion) {
        try {
            const texts = await get(`${base}/surveys/${survey.surveyId}/free-texts`);
            section.append(h('h3', {}, survey.freeTextQuestion),
                texts.length ? h('ul', {}, texts.map((text) => h('li', {}, text))) : h('p', {}, t('common.none')));
        } catch (failure) {
            if (!(failure instanceof ApiError)) {
                throw failure;
            }
            section.append(h('p', {}, failure.message));
        }
    }
    return section;
}

function defineForm(base) {
    const form = h('form', { novalidate: true },
        field({ name: 'statements', labelText: t('feedback.statements'), type: 'textarea', required: true, hint: t('feedback.statementsHint'), problem: 'feedback.statementsProblem',
            value: t('feedback.defaultStatements').split('|').join('\n') }),
        field({ name: 'freeTextQuestion', labelText: t('feedback.freeTextQuestion'), value: t('feedback.defaultFreeText') }),
        h('button', { type: 'submit', class: 'primary' }, t('feedback.define')));
    onSubmit(form, async (data) => {
        await post(`${base}/surveys`, {
            statements: String(data.get('statements') || '').split('\n').map((s) => s.trim()).filter(Boolean),
            freeTextQuestion: data.get('freeTextQuestion') || null,
        });
        await refresh(t('feedback.defined'));
    });
    return form;
}

async function outbox(organiser, schoolYear) {
    const programme = `programme=${organiser}/${schoolYear}`;
    return h('section', { 'aria-labelledby': 'outbox-title' },
        h('h2', { id: 'outbox-title' }, t('feedback.outboxTitle')),
        await serverList({
            id: 'outbox',
            path: `/api/admin/outbox?${programme}`,
            exportPath: `/api/admin/outbox?${programme}`,
            caption: (total) => t('feedback.outboxCaption', { count: fmt.number(total) }),
            searchLabel: t('list.searchOutbox'),
            searchHint: t('list.searchOutboxHint'),
            sort: 'createdAt,desc',
            filters: [{ name: 'status', text: t('feedback.status'), options: enumOptions('MessageStatus') }],
            columns: [
                { key: 'subject', text: t('feedback.subject'), sort: 'subject', fixed: true, cell: (m) => m.subject },
                { key: 'recipient', text: t('feedback.recipient'), sort: 'recipientEmail', phone: true, cell: (m) => m.recipientEmail },
                { key: 'kind', text: t('feedback.kind'), sort: 'kind', cell: (m) => label('MessageKind', m.kind) },
                { key: 'created', text: t('feedback.created'), sort: 'createdAt', cell: (m) => fmt.dateTime(m.createdAt) },
                { key: 'status', text: t('feedback.status'), sort: 'status', phone: true,
                    cell: (m) => `${label('MessageStatus', m.status)}${m.lastError ? ` – ${m.lastError}` : ''}` },
                { key: 'sent', text: t('list.sentAt'), sort: 'sentAt', optional: true, cell: (m) => fmt.dateTime(m.sentAt) },
                { key: 'attempts', text: t('list.attempts'), sort: 'attempts', optional: true, cell: (m) => String(m.attempts) },
            ],
        }));
}
