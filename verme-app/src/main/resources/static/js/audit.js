// Audit (auditor): the year's events, its signed checkpoint and chain, rebuilding views, the state on a date.
import {
    get, post, h, t, fmt, label, field, choices, checkedValues, onSubmit, table, announce, today, ApiError,
    hasRole, yearPath, organiserName, schoolYearText, language, serverList,
} from './core.js';

export async function audit(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const auditor = hasRole('AUDITOR');
    const content = [h('h1', { tabindex: '-1' }, t('audit.title', { organiser: organiserName(organiser), year: schoolYearText(schoolYear) }))];
    if (auditor) {
        let checkpoint = null;
        let chainProblem = null;
        try {
            checkpoint = await get(`${base}/checkpoint`);
        } catch (failure) {
            if (!(failure instanceof ApiError)) {
                throw failure;
            }
            chainProblem = failure.message;
        }
        content.push(h('section', { class: 'card', 'aria-labelledby': 'chain-title' },
            h('h2', { id: 'chain-title' }, t('audit.chainTitle')),
            checkpoint ? h('dl', { class: 'facts', id: 'chain-status' },
                h('dt', {}, t('audit.events')), h('dd', {}, fmt.number(checkpoint.count)),
                h('dt', {}, t('audit.position')), h('dd', {}, String(checkpoint.position)),
                h('dt', {}, t('audit.time')), h('dd', {}, fmt.dateTime(checkpoint.time)),
                h('dt', {}, t('audit.head')), h('dd', { class: 'hash' }, checkpoint.link || ''),
                h('dt', {}, t('audit.signed')), h('dd', {}, checkpoint.signature ? t('audit.signedYes') : t('common.no')))
                : h('p', { class: 'warning' }, chainProblem || t('audit.noChain')),
            h('p', { class: 'hint' }, t('audit.verifyHint'))));
        content.push(verifySection(base, organiser, schoolYear, checkpoint));
    }
    if (auditor) {
        content.push(await timelineSection(base));
    }
    content.push(await rebuildSection());
    if (auditor) {
        content.push(asOfSection(base));
    }
    return content;
}

/** A view as people know it: what it shows, in the reader's language (its internal name only when unnamed). */
function viewName(view) {
    const known = t(`audit.view.${view}`);
    return known.startsWith('audit.view.') ? view : known;
}

/** An event's kind in words ("Ilmoittautuminen vastaanotettu"); its name when there are none. */
function eventName(type) {
    const known = t(`events.${type}`);
    return known.startsWith('events.') ? type : known;
}

/**
 * How an auditor checks the year on their own machine, without Verme: the three files and the stand-alone verifier,
 * each a download, and the one command, with the files' own names. The checkpoint is the one this page shows, and
 * the export goes up to its position, so that the checkpoint covers every event the export holds (one taken
 * later would go past the export's end, and events stored after it would be covered by nothing).
 */
function verifySection(base, organiser, schoolYear, checkpoint) {
    const files = {
        checkpoint: `checkpoint-${organiser}-${schoolYear}.json`,
        events: `verme-${organiser}-${schoolYear}-events.ndjson`, // as the export's Content-Disposition names it
        key: 'public-key.pem',
    };
    const download = (href, file, text, id) => h('a', { href, class: 'button-link', download: file, id }, text);
    return h('section', { class: 'card', 'aria-labelledby': 'verify-title' },
        h('h2', { id: 'verify-title' }, t('audit.verifyTitle')),
        h('p', {}, t('audit.verifyIntro')),
        h('ol', { class: 'steps' },
            h('li', {}, t('audit.stepKey'), ' ', download('/api/audit/public-key.pem', files.key, t('audit.publicKey'), 'public-key')),
            h('li', {}, t('audit.stepCheckpoint'), ' ', download(checkpoint
                ? URL.createObjectURL(new Blob([JSON.stringify(checkpoint)], { type: 'application/json' }))
                : `${base}/checkpoint`, files.checkpoint, t('audit.downloadCheckpoint'), 'checkpoint')),
            h('li', {}, t('audit.stepExport'), ' ', download(checkpoint ? `${base}/events?through=${checkpoint.position}`
                : `${base}/events`, files.events, t('audit.export'), 'export')),
            h('li', {}, t('audit.stepVerifier'), ' ', download('/api/audit/verifier.jar', 'verme-verifier.jar', t('audit.downloadVerifier'), 'verifier')),
            h('li', {}, t('audit.stepRun'),
                h('pre', { class: 'command' }, h('code', { id: 'verify-command' },
                    `java -jar verme-verifier.jar ${files.events} ${files.checkpoint} ${files.key}`)),
                t('audit.stepResult'))),
        h('p', { class: 'hint' }, t('audit.formatHint')));
}

/** The year month by month: how many events of each kind; then every event, who caused it and under which request. */
async function timelineSection(base) {
    const timeline = await get(`${base}/timeline`);
    const types = [...new Set(timeline.months.flatMap((month) => month.byType.map((each) => each.type)))]
        .map((type) => ({ value: type, text: eventName(type) }))
        .sort((a, b) => a.text.localeCompare(b.text, language()));
    return h('section', { class: 'card', 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title' }, t('audit.timelineTitle')),
        h('p', {}, t('audit.timelineIntro', { count: fmt.number(timeline.events) })),
        table({
            caption: t('audit.monthsCaption'),
            columns: [t('audit.month'), t('audit.eventCount'), t('audit.whatHappened')],
            numeric: [1],
            rows: timeline.months.map((month) => [new Intl.DateTimeFormat(language(), { month: 'long', year: 'numeric' }).format(new Date(`${month.month}-01T12:00:00`)), fmt.number(month.events),
                month.byType.map((each) => `${eventName(each.type)} ${fmt.number(each.count)}`).join(', ')]),
        }),
        h('h3', {}, t('audit.allEventsTitle')),
        await serverList({
            id: 'year-events',
            path: `${base}/timeline/events`,
            caption: (total) => t('audit.allEventsCaption', { count: fmt.number(total) }),
            searchLabel: t('audit.searchEvents'),
            searchHint: t('audit.searchEventsHint'),
            sort: 'position',
            filters: [{ name: 'type', text: t('audit.eventType'), options: types }],
            columns: [
                { key: 'position', text: t('audit.eventPosition'), sort: 'position', cell: (event) => String(event.position) },
                { key: 'time', text: t('audit.time'), phone: true, cell: (event) => fmt.dateTime(event.time) },
                { key: 'what', text: t('audit.whatHappened'), fixed: true, cell: (event) => eventName(event.type) },
                { key: 'who', text: t('audit.who'), phone: true, cell: (event) => event.actingUser || t('audit.noUser') },
                { key: 'correlation', text: t('audit.correlation'), cell: (event) => h('span', { class: 'hash' }, event.correlationId || '') },
            ],
        }));
}

async function rebuildSection() {
    const views = await get('/api/admin/replays');
    const progressArea = h('div', { id: 'replay-progress', 'aria-live': 'polite' });
    const form = h('form', { novalidate: true },
        choices({ name: 'views', legend: t('audit.views'), items: views.map((view) => ({ value: view, text: viewName(view) })) }),
        h('p', { class: 'hint' }, t('audit.viewsHint')),
        h('button', { type: 'submit', class: 'primary' }, t('audit.rebuild')));
    onSubmit(form, async () => {
        const started = await post('/api/admin/replays', { views: checkedValues(form, 'views') });
        announce(t('audit.rebuildStarted'));
        await follow(started, progressArea);
    });
    return h('section', { class: 'card', 'aria-labelledby': 'rebuild-title' },
        h('h2', { id: 'rebuild-title' }, t('audit.rebuildTitle')),
        h('p', {}, t('audit.rebuildIntro')), form, progressArea);
}

async function follow(progress, area) {
    let current = progress;
    for (;;) {
        const total = Math.max(1, current.eventsTotal);
        const bar = h('progress', { max: total, value: Math.min(current.eventsDone, total), 'aria-labelledby': 'progress-label' });
        area.replaceChildren(
            h('p', { id: 'progress-label' }, t('audit.progress', {
                done: fmt.number(current.eventsDone), total: fmt.number(current.eventsTotal),
                rate: fmt.number(Math.round(current.eventsPerSecond || 0)),
                left: current.secondsLeft == null ? '–' : fmt.number(current.secondsLeft),
            })),
            bar,
            h('p', { class: 'replay-status' }, label('ReplayStatus', current.status)));
        if (current.status !== 'RUNNING') {
            announce(label('ReplayStatus', current.status));
            return;
        }
        await new Promise((resolve) => { window.setTimeout(resolve, 500); });
        current = await get(`/api/admin/replays/${current.replayId}`);
    }
}

function asOfSection(base) {
    const result = h('div', { id: 'as-of-result' });
    const form = h('form', { class: 'narrow', novalidate: true },
        field({ name: 'date', labelText: t('audit.date'), type: 'date', required: true, value: today() }),
        h('button', { type: 'submit', class: 'primary' }, t('audit.show')));
    onSubmit(form, async (data) => {
        if (!data.get('date')) {
            // The date is part of the address: without one there is nothing to ask, so nothing is sent.
            throw new ApiError(400, { title: t('form.dateTitle'), errors: [{ field: 'date', message: t('form.dateFormat'), fromForm: true }] });
        }
        const state = await get(`${base}/as-of/${data.get('date')}`);
        result.replaceChildren(
            h('p', {}, t('audit.asOfLine', { date: fmt.date(state.date), events: fmt.number(state.eventsReplayed) })),
            table({
                caption: t('audit.groupsCaption'),
                columns: [t('groups.name'), t('groups.status'), t('audit.members'), t('group.used')],
                numeric: [2, 3],
                rows: state.groups.map((group) => [group.name, label('GroupStatus', group.status), String(group.members.length),
                    fmt.hours(group.heldMinutes + group.jointMinutes)]),
            }),
            h('p', {}, t('audit.moneyLine', { owed: fmt.money(state.owed), approved: fmt.money(state.approved), paid: fmt.money(state.paid) })));
        announce(t('audit.asOfReady', { date: fmt.date(state.date) }));
    });
    return h('section', { class: 'card', 'aria-labelledby': 'asof-title' },
        h('h2', { id: 'asof-title' }, t('audit.asOfTitle')), form, result);
}
