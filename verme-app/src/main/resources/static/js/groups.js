// Groups and placement (coordinator), and the group page (mentor, members, coordinator).
import {
    api, get, post, put, h, t, fmt, label, field, choices, checkedValues, onSubmit, table, barChart, button,
    announce, personName, session, today, ApiError, problemTitle, refresh, hasRole, yearPath, enumOptions, codes, organiserName, serverList, fileLink, formNumber,
} from './core.js';
import Sortable from '../vendor/sortablejs/sortable.esm.js';

const proposalKey = (organiser, schoolYear) => `verme.proposal.${organiser}/${schoolYear}`;

export async function groups(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const coordinator = hasRole('COORDINATOR');
    const [call, list, mentors] = await Promise.all([
        get(`${base}/enrolment-call`), get(`${base}/groups`),
        coordinator ? get('/api/mentors') : Promise.resolve([])]);
    const themeNames = new Map(call.themes.map((theme) => [theme.code, theme.name]));
    const content = [h('h1', { tabindex: '-1' }, t('groups.title'))];

    content.push(table({
        caption: t('groups.listCaption', { count: list.length }),
        columns: [t('groups.name'), t('groups.theme'), t('groups.status'), t('groups.size'), t('groups.freeSeats'),
            t('groups.agreement'), t('common.actions')],
        numeric: [3, 4],
        rows: list.map((group) => [
            h('a', { href: `#/group/${group.groupId}` }, group.name),
            themeNames.get(group.theme) || group.theme,
            h('span', { class: `badge status-${group.status}` }, label('GroupStatus', group.status)),
            `${group.size} (${group.minSize}–${group.maxSize})`,
            String(group.freeSeats),
            group.agreementRecorded ? t('common.yes') : t('common.no'),
            coordinator ? groupActions(group) : '',
        ]),
    }));

    if (coordinator) {
        content.push(await placementSection(organiser, schoolYear, list));
        content.push(h('details', { class: 'card' }, h('summary', {}, t('groups.formTitle')), formGroupForm(base, call, mentors)));
        content.push(await jointMeetingsSection(base, list));
    }
    if (coordinator || hasRole('AUDITOR')) {
        // The waiting list, searched, filtered, sorted and paged by the server like the enrolments.
        content.push(await serverList({
            id: 'waitlist',
            path: `${base}/waitlist`,
            exportPath: `${base}/waitlist`,
            caption: (n) => t('groups.waitlistCaption', { count: fmt.number(n) }),
            searchLabel: t('list.searchWaitlist'),
            searchHint: t('list.searchHint'),
            sort: 'submittedAt,asc',
            filters: [{ name: 'theme', text: t('enrolments.theme'), options: call.themes.map((x) => ({ value: x.code, text: x.name })) },
                { name: 'reason', text: t('groups.reason'), options: enumOptions('WaitlistReason') }],
            columns: [
                { key: 'name', text: t('enrolments.name'), sort: 'lastName', fixed: true, cell: (e) => personName(e.name) },
                { key: 'email', text: t('list.email'), sort: 'email', optional: true, cell: (e) => e.email || '' },
                { key: 'employer', text: t('enrolments.employer'), sort: 'employer', cell: (e) => e.employer },
                { key: 'themeWishes', text: t('enrolments.wishes'), sort: 'themeWishes', cell: (e) => e.themeWishes.map((c) => themeNames.get(c) || c).join(', ') },
                { key: 'reason', text: t('groups.reason'), sort: 'reason', phone: true, cell: (e) => label('WaitlistReason', e.reason) },
                { key: 'submittedAt', text: t('enrolments.submitted'), sort: 'submittedAt', cell: (e) => fmt.date(e.submittedAt) },
            ],
        }));
    }
    return content;
}

/**
 * The year's joint kickoff and closing meetings: those planned and held, listed; planning one ahead with its time and
 * place (every group still running is chosen to begin with); recording a planned one as held once its day has come
 * (the server refuses a day still ahead, so the form is not offered before), with its planned length and, if the
 * coordinator wishes, who of the groups' members were there; moving or cancelling a planned one for all its groups;
 * and recording one held without having been planned.
 */
async function jointMeetingsSection(base, list) {
    const meetings = await get(`${base}/joint-meetings`);
    const groupNames = new Map(list.map((g) => [g.groupId, g.name]));
    const due = meetings.filter((m) => m.status === 'SCHEDULED' && m.date <= today());
    // The members of the groups whose joint meeting may be recorded now, for its attendance.
    const groupIds = [...new Set(due.flatMap((m) => m.groupIds))];
    const groups = new Map((await Promise.all(groupIds.map((id) => get(`/api/groups/${id}`)))).map((g) => [g.groupId, g]));
    const what = (m) => `${label('JointMeetingKind', m.kind)} ${fmt.date(m.date)}`;
    return h('section', { class: 'card', 'aria-labelledby': 'joint-title', id: 'joint-meetings' },
        h('h2', { id: 'joint-title' }, t('groups.jointMeetingsTitle')),
        meetings.length ? table({
            caption: t('groups.jointListCaption', { count: meetings.length }),
            columns: [t('groups.jointKind'), t('group.date'), t('group.time'), t('group.place'), t('groups.jointGroupsColumn'),
                t('groups.status')],
            rows: meetings.map((m) => [
                label('JointMeetingKind', m.kind),
                fmt.date(m.date),
                m.startTime ? fmt.time(m.startTime) : '',
                m.place || '',
                m.groupIds.map((id) => groupNames.get(id) || id).join(', '),
                m.status === 'HELD' ? t('groups.jointHeld', { hours: fmt.hours(m.heldMinutes) })
                    : m.status === 'CANCELLED' ? t('groups.jointStatusCancelled')
                        : m.date > today() ? t('groups.jointStatusPlanned') : t('groups.jointToRecord'),
            ]),
        }) : h('p', {}, t('groups.jointNone')),
        due.map((m) => h('details', { class: 'joint-held', 'data-joint-meeting': m.jointMeetingId },
            h('summary', {}, t('groups.jointHeldTitle', { what: what(m) })), jointHeldForm(base, m, groups, what(m)))),
        meetings.filter((m) => m.status === 'SCHEDULED').map((m) => h('details', { class: 'joint-change', 'data-joint-meeting': m.jointMeetingId },
            h('summary', {}, t('groups.jointChangeTitle', { what: what(m) })), jointChange(base, m, what(m)))),
        h('details', {}, h('summary', {}, t('groups.jointPlanTitle')), jointPlanForm(base, list)),
        h('details', {}, h('summary', {}, t('groups.jointTitle')), jointMeetingForm(base, list)));
}

/** Plans a kickoff or closing ahead: it goes on each chosen group's calendar, and their members are told. */
function jointPlanForm(base, list) {
    const running = list.filter((g) => g.status === 'STARTED' || g.status === 'FORMING');
    const form = h('form', { novalidate: true, id: 'joint-plan' },
        h('p', {}, t('groups.jointPlanIntro')),
        field({ name: 'kind', labelText: t('groups.jointKind'), required: true, options: enumOptions('JointMeetingKind') }),
        field({ name: 'date', labelText: t('group.date'), type: 'date', required: true, value: today() }),
        field({ name: 'startTime', labelText: t('group.time'), type: 'time', required: true, value: '14:00' }),
        field({ name: 'plannedMinutes', labelText: t('group.plannedMinutes'), type: 'number', required: true, value: 120, attrs: { min: 15, max: 480, step: 15 } }),
        field({ name: 'place', labelText: t('group.place'), required: true }),
        choices({ name: 'groups', legend: t('groups.jointPlanGroups'), required: true, items: running.map((g) => ({ value: g.groupId, text: g.name })),
            checked: running.map((g) => g.groupId) }),
        h('button', { type: 'submit', class: 'primary' }, t('groups.jointPlan')));
    onSubmit(form, async (data) => {
        await post(`${base}/joint-meetings/planned`, {
            kind: data.get('kind'),
            date: data.get('date') || null,
            startTime: data.get('startTime') || null,
            plannedMinutes: data.get('plannedMinutes') ? Number(data.get('plannedMinutes')) : null,
            place: data.get('place'),
            groups: checkedValues(form, 'groups'),
        });
        await refresh(t('groups.jointPlanDone', { kind: label('JointMeetingKind', data.get('kind')), date: fmt.date(data.get('date')) }));
    });
    return form;
}

/** Records a planned joint meeting as held: its length (as planned, unless changed) and, optionally, who was there. */
function jointHeldForm(base, meeting, groups, what) {
    const members = meeting.groupIds.flatMap((id) => (groups.get(id) ? groups.get(id).members : [])
        .map((member) => ({ value: member.personId, text: `${personName(member.name)} (${groups.get(id).name})` })));
    const form = h('form', { novalidate: true },
        field({ name: 'durationMinutes', labelText: t('group.duration'), type: 'number', required: true, value: meeting.plannedMinutes, attrs: { min: 15, max: 480 } }),
        choices({ name: 'attendees', legend: t('groups.jointAttendees'), items: members }),
        h('button', { type: 'submit', class: 'primary' }, t('group.recordHeld')));
    onSubmit(form, async (data) => {
        await post(`${base}/joint-meetings/${meeting.jointMeetingId}/held`, {
            durationMinutes: data.get('durationMinutes') ? Number(data.get('durationMinutes')) : null,
            attendees: checkedValues(form, 'attendees'),
        });
        await refresh(t('groups.jointHeldDone', { what }));
    });
    return form;
}

/** Moves a planned joint meeting (given in full, as planned unless changed) or cancels it, for all its groups. */
function jointChange(base, meeting, what) {
    const path = `${base}/joint-meetings/${meeting.jointMeetingId}`;
    const form = h('form', { novalidate: true, class: 'reschedule-form' },
        h('h3', {}, t('group.rescheduleTitle')),
        field({ name: 'date', labelText: t('group.date'), type: 'date', required: true, value: meeting.date }),
        field({ name: 'startTime', labelText: t('group.time'), type: 'time', required: true, value: String(meeting.startTime).substring(0, 5) }),
        field({ name: 'plannedMinutes', labelText: t('group.plannedMinutes'), type: 'number', required: true, value: meeting.plannedMinutes, attrs: { min: 15, max: 480, step: 15 } }),
        field({ name: 'place', labelText: t('group.place'), required: true, value: meeting.place }),
        h('button', { type: 'submit', class: 'primary' }, t('group.reschedule')));
    onSubmit(form, async (data) => {
        await post(`${path}/reschedule`, {
            date: data.get('date') || null,
            startTime: data.get('startTime') || null,
            plannedMinutes: data.get('plannedMinutes') ? Number(data.get('plannedMinutes')) : null,
            place: data.get('place'),
        });
        await refresh(t('groups.jointMoved', { what: `${label('JointMeetingKind', meeting.kind)} ${fmt.date(data.get('date'))}` }));
    });
    const reason = h('select', { 'aria-label': t('group.cancelReason', { when: what }) },
        enumOptions('MeetingCancellationReason', { values: codes('MeetingCancellationReason').filter((code) => code !== 'GROUP_CLOSED') })
            .map((o) => h('option', { value: o.value }, o.text)));
    const cancel = h('div', { class: 'actions' }, reason, button(t('group.cancelMeeting'), async () => {
        if (!window.confirm(t('group.confirmCancelMeeting', { when: what }))) {
            return;
        }
        try {
            await post(`${path}/cancel`, { reason: reason.value });
            await refresh(t('groups.jointCancelDone', { what }));
        } catch (failure) {
            announce(problemTitle(failure));
        }
    }, { class: 'danger' }));
    return h('div', {}, form, cancel);
}

/**
 * A joint kickoff or closing meeting of several groups recorded after the fact, without having been planned: it
 * counts towards each group's hours, and those who attended are recorded on each group's page.
 */
function jointMeetingForm(base, list) {
    const running = list.filter((g) => g.status === 'STARTED' || g.status === 'FORMING');
    const form = h('form', { novalidate: true },
        h('p', {}, t('groups.jointIntro')),
        field({ name: 'kind', labelText: t('groups.jointKind'), required: true, options: enumOptions('JointMeetingKind') }),
        field({ name: 'date', labelText: t('group.date'), type: 'date', required: true, value: today() }),
        field({ name: 'durationMinutes', labelText: t('group.duration'), type: 'number', required: true, value: 120, attrs: { min: 1, max: 600 } }),
        choices({ name: 'groups', legend: t('groups.jointGroups'), required: true, items: running.map((g) => ({ value: g.groupId, text: g.name })),
            checked: running.map((g) => g.groupId) }),
        h('button', { type: 'submit', class: 'primary' }, t('groups.jointRecord')));
    onSubmit(form, async (data) => {
        await post(`${base}/joint-meetings`, {
            kind: data.get('kind'),
            date: data.get('date') || null,
            durationMinutes: data.get('durationMinutes') ? Number(data.get('durationMinutes')) : null,
            groups: checkedValues(form, 'groups'),
        });
        await refresh(t('groups.jointRecorded', { kind: label('JointMeetingKind', data.get('kind')) }));
    });
    return form;
}

function groupActions(group) {
    const actions = h('div', { class: 'actions' });
    const act = async (path, body, message) => {
        try {
            await post(`/api/groups/${group.groupId}/${path}`, body);
            await refresh(message);
        } catch (failure) {
            announce(problemTitle(failure));
            actions.append(h('p', { class: 'field-error', role: 'alert' }, problemTitle(failure)));
        }
    };
    if (group.status === 'FORMING') {
        actions.append(button(t('groups.start'), () => act('start', {}, t('groups.started', { name: group.name })),
            { 'aria-label': t('groups.startWho', { name: group.name }) }));
    }
    if (group.status === 'STARTED') {
        actions.append(button(t('groups.complete'), () => {
            if (window.confirm(t('groups.confirmComplete', { name: group.name }))) {
                act('complete', {}, t('groups.completed', { name: group.name }));
            }
        }, { 'aria-label': t('groups.completeWho', { name: group.name }) }));
    }
    if (group.status === 'FORMING' || group.status === 'STARTED') {
        const reason = h('select', { 'aria-label': t('groups.cancelReasonFor', { name: group.name }) },
            enumOptions('CancellationReason').map((o) => h('option', { value: o.value }, o.text)));
        actions.append(h('details', {}, h('summary', { 'aria-label': t('groups.cancelWho', { name: group.name }) }, t('groups.cancelMore')),
            reason, button(t('groups.cancel'), () => {
                if (window.confirm(t('groups.confirmCancel', { name: group.name }))) {
                    act('cancel', { reason: reason.value }, t('groups.cancelled', { name: group.name }));
                }
            }, { class: 'danger', 'aria-label': t('groups.cancelWho', { name: group.name }) })));
    }
    return actions;
}

function formGroupForm(base, call, mentors) {
    // The organiser's own mentors first; another organiser's mentor is invited from the list below them.
    const organiser = call.programmeYear.organiser;
    const own = mentors.filter((m) => m.organiser === organiser);
    const shared = mentors.filter((m) => m.organiser !== organiser);
    const form = h('form', { novalidate: true },
        field({ name: 'theme', labelText: t('groups.theme'), required: true, options: [{ value: '', text: t('form.choose') }, ...call.themes.map((theme) => ({ value: theme.code, text: theme.name }))] }),
        field({ name: 'name', labelText: t('groups.name'), required: true }),
        choices({ name: 'mentorIds', legend: t('groups.mentors'), required: true, items: own.map((mentor) => ({ value: mentor.mentorId, text: `${personName(mentor.name)} (${mentor.organisation})` })) }),
        shared.length ? h('details', {}, h('summary', {}, t('groups.inviteMentor', { count: shared.length })),
            choices({ name: 'mentorIds', legend: t('groups.sharedMentors'), items: shared.map((mentor) => ({ value: mentor.mentorId,
                text: `${personName(mentor.name)} (${mentor.organisation}; ${mentor.organiser ? organiserName(mentor.organiser) : t('setup.legacyMentor')})` })) })) : null,
        field({ name: 'place', labelText: t('groups.place'), required: true }),
        choices({ name: 'online', legend: t('groups.onlineTitle'), items: [{ value: 'true', text: t('groups.online') }] }),
        field({ name: 'minSize', labelText: t('groups.minSize'), type: 'number', hint: t('groups.sizeHint'), attrs: { min: 1, max: 20 } }),
        field({ name: 'maxSize', labelText: t('groups.maxSize'), type: 'number', attrs: { min: 1, max: 20 } }),
        field({ name: 'groupType', labelText: t('groups.type'), options: enumOptions('GroupType', { empty: t('groups.noType') }) }),
        h('button', { type: 'submit', class: 'primary' }, t('groups.form')));
    onSubmit(form, async (data) => {
        await post(`${base}/groups`, {
            theme: data.get('theme') || null,
            name: data.get('name'),
            mentorIds: checkedValues(form, 'mentorIds'),
            place: data.get('place'),
            online: checkedValues(form, 'online').includes('true'),
            minSize: data.get('minSize') ? Number(data.get('minSize')) : null,
            maxSize: data.get('maxSize') ? Number(data.get('maxSize')) : null,
            groupType: data.get('groupType') || null,
        });
        await refresh(t('groups.formed', { name: data.get('name') }));
    });
    return form;
}

async function placementSection(organiser, schoolYear, groupList) {
    const base = yearPath(organiser, schoolYear);
    const section = h('section', { class: 'card', 'aria-labelledby': 'placement-title' },
        h('h2', { id: 'placement-title' }, t('placement.title')),
        h('p', {}, t('placement.intro')));
    const area = h('div', { id: 'proposal' });
    const run = button(t('placement.run'), async () => {
        run.disabled = true;
        try {
            const proposal = await post(`${base}/placement-proposals`);
            sessionStorage.setItem(proposalKey(organiser, schoolYear), proposal.proposalId);
            await showProposal(area, organiser, schoolYear, proposal, groupList);
            announce(t('placement.ready', { ms: proposal.solveMillis }));
        } catch (failure) {
            area.replaceChildren(h('p', { role: 'alert', class: 'form-alert' }, problemTitle(failure)));
        } finally {
            run.disabled = false;
        }
    }, { class: 'primary', id: 'run-proposal' });
    section.append(h('div', { class: 'actions' }, run), area);
    const remembered = sessionStorage.getItem(proposalKey(organiser, schoolYear));
    if (remembered) {
        try {
            const proposal = await get(`${base}/placement-proposals/${remembered}`);
            if (proposal.status === 'PROPOSED') {
                await showProposal(area, organiser, schoolYear, proposal, groupList);
            }
        } catch (ignored) {
            sessionStorage.removeItem(proposalKey(organiser, schoolYear));
        }
    }
    return section;
}

/**
 * The proposal as a board: the groups and the waiting list side by side, each person a card. A card is dragged
 * to another group or the waiting list (SortableJS: mouse and touch), or moved with its select (the keyboard's
 * way); each move is one request, a move to the waiting list is confirmed, and the last move can be undone.
 * The quality measures above the board follow every move.
 */
async function showProposal(area, organiser, schoolYear, first, groupList) {
    const base = yearPath(organiser, schoolYear);
    // Who the people are is read once for the board; each move redraws it from the proposal the move answers.
    const [people, call] = await Promise.all([get(`${base}/enrolments`), get(`${base}/enrolment-call`)]);
    const names = new Map(people.map((e) => [e.enrolmentId, e.erased ? t('common.erased') : `${e.person.lastName}, ${e.person.firstName}`]));
    const themeNames = new Map(call.themes.map((theme) => [theme.code, theme.name]));
    const groupNames = new Map(groupList.map((group) => [group.groupId, group.name]));
    const newest = people.map((e) => e.submittedAt).filter(Boolean)
        .reduce((latest, at) => (!latest || new Date(at) > new Date(latest) ? at : latest), null);
    const measures = [
        ['firstWish', (x) => `${x.firstWish} (${fmt.percent(x.firstWishPercent)})`],
        ['secondWish', (x) => `${x.secondWish} (${fmt.percent(x.secondWishPercent)})`],
        ['thirdWish', (x) => `${x.thirdWish} (${fmt.percent(x.thirdWishPercent)})`],
        ['waitlisted', (x) => `${x.waitlisted} (${fmt.percent(x.waitlistPercent)})`],
        ['groupsUnderMinimum', (x) => String(x.groupsUnderMinimum)],
        ['sameWorkplacePairs', (x) => String(x.sameWorkplacePairs)],
    ];
    const open = groupList.filter((group) => group.status === 'FORMING' || group.status === 'STARTED');
    const nameOf = (enrolmentId) => names.get(enrolmentId) || enrolmentId;
    // After a redraw the focus goes back to the card of the person just moved (or not moved), wherever it now is, and
    // a refused move is told above the board as well as to screen readers.
    const draw = (proposal, undo = null, { focus = null, refused = null } = {}) => {
        const q = proposal.quality;
        const f = proposal.firstComeFirstServed;
        const move = async (enrolmentId, from, to) => {
            if (!to && !window.confirm(t('placement.confirmWaitlist', { name: nameOf(enrolmentId) }))) {
                draw(proposal, undo, { focus: enrolmentId });
                return;
            }
            try {
                const changed = await put(`${base}/placement-proposals/${proposal.proposalId}/placements/${enrolmentId}`, { groupId: to || null });
                draw(changed, { enrolmentId, groupId: from }, { focus: enrolmentId });
                announce(t('placement.moved', { name: nameOf(enrolmentId) }));
            } catch (failure) {
                draw(proposal, undo, { focus: enrolmentId, refused: problemTitle(failure) });
                announce(problemTitle(failure));
            }
        };
        // The select chooses and the button moves: browsing a closed select with the arrow keys moves nobody.
        const card = (enrolmentId, groupId, detail) => {
            const select = h('select', { 'aria-label': t('placement.moveWho', { name: nameOf(enrolmentId) }) },
                h('option', { value: '', selected: !groupId }, t('placement.toWaitlist')),
                open.map((group) => h('option', { value: group.groupId, selected: group.groupId === groupId }, group.name)));
            const go = button(t('group.move'), () => {
                if ((select.value || null) !== (groupId || null)) {
                    move(enrolmentId, groupId, select.value);
                }
            }, { class: 'move', 'aria-label': t('group.moveWho', { name: nameOf(enrolmentId) }) });
            return h('li', { class: 'person', 'data-enrolment': enrolmentId },
                h('span', { class: 'person-name' }, nameOf(enrolmentId)), h('span', { class: 'hint' }, detail),
                h('span', { class: 'person-move' }, select, go));
        };
        const lane = (groupId, title, facts, cards) => h('section', { class: 'lane', 'aria-label': title },
            h('h4', {}, title), facts ? h('p', { class: 'hint' }, facts) : null,
            h('ul', { class: 'lane-cards', 'data-group': groupId || '' }, cards));
        const wishes = (enrolmentId) => {
            const enrolment = people.find((e) => e.enrolmentId === enrolmentId);
            return enrolment ? enrolment.themeWishes.map((code) => themeNames.get(code) || code).join(', ') : '';
        };
        const outcome = new Map(proposal.groups.map((group) => [group.groupId, group]));
        const board = h('div', { class: 'board', id: 'placement-board' },
            open.map((group) => {
                const result = outcome.get(group.groupId);
                const facts = result ? t('placement.laneFacts', { size: result.sizeAfter, min: result.minSize, max: result.maxSize }) : '';
                return lane(group.groupId, group.name, facts, proposal.placements.filter((p) => p.groupId === group.groupId)
                    .map((p) => card(p.enrolmentId, p.groupId, p.wishRank ? t('placement.rank', { rank: p.wishRank }) : t('placement.outside'))));
            }),
            lane(null, t('placement.waitingCaption', { count: proposal.waitlist.length }), null,
                proposal.waitlist.map((w) => card(w.enrolmentId, null, `${label('WaitlistReason', w.reason)} · ${wishes(w.enrolmentId)}`))));
        board.querySelectorAll('.lane-cards').forEach((list) => Sortable.create(list, {
            group: 'placement',
            animation: 150,
            // Pointer events rather than the browser's drag and drop: the same on a touch screen as with a mouse.
            forceFallback: true,
            filter: 'select, button',
            preventOnFilter: false,
            onEnd: (event) => {
                if (event.from !== event.to) {
                    move(event.item.dataset.enrolment, event.from.dataset.group || null, event.to.dataset.group || null);
                }
            },
        }));

        const accept = button(t('placement.accept'), async () => {
            accept.disabled = true;
            try {
                await post(`${base}/placement-proposals/${proposal.proposalId}/accept`);
                sessionStorage.removeItem(proposalKey(organiser, schoolYear));
                await refresh(t('placement.accepted'));
            } catch (failure) {
                accept.disabled = false;
                area.prepend(h('p', { role: 'alert', class: 'form-alert' }, problemTitle(failure)));
            }
        }, { class: 'primary', id: 'accept-proposal' });
        const undoButton = undo ? button(t('placement.undo', { name: nameOf(undo.enrolmentId) }), async () => {
            try {
                const changed = await put(`${base}/placement-proposals/${proposal.proposalId}/placements/${undo.enrolmentId}`,
                    { groupId: undo.groupId || null });
                draw(changed, null, { focus: undo.enrolmentId });
                announce(t('placement.undone', { name: nameOf(undo.enrolmentId) }));
            } catch (failure) {
                announce(problemTitle(failure));
            }
        }, { id: 'undo-move' }) : null;
        area.replaceChildren(...[
            newest && new Date(newest) > new Date(proposal.createdAt) ? h('p', { class: 'warning', id: 'stale-proposal' },
                t('placement.stale', { made: fmt.dateTime(proposal.createdAt), newest: fmt.dateTime(newest) })) : null,
            h('h3', {}, t('placement.qualityTitle')),
            table({
                caption: t('placement.qualityCaption', { people: q.people, ms: proposal.solveMillis }),
                columns: [t('placement.measure'), t('placement.proposal'), t('placement.fcfs')],
                rows: measures.map(([key, show]) => [t(`placement.measures.${key}`), show(q), show(f)]),
            }),
            table({
                caption: t('placement.groupsCaption'),
                columns: [t('groups.name'), t('placement.before'), t('placement.after'), t('placement.limits'), t('placement.suggestion')],
                numeric: [1, 2],
                rows: proposal.groups.map((group) => [group.name, String(group.sizeBefore), String(group.sizeAfter),
                    `${group.minSize}–${group.maxSize}`,
                    group.suggestion === 'NONE' ? (group.reachesMinimum ? t('common.ok') : '')
                        : `${label('Suggestion', group.suggestion)}${group.mergeInto ? ` → ${groupNames.get(group.mergeInto) || group.mergeInto}` : ''}`]),
            }),
            h('h3', {}, t('placement.placementsCaption', { count: proposal.placements.length })),
            h('p', { class: 'hint' }, t('placement.boardHint')),
            refused ? h('p', { class: 'form-alert', role: 'alert', id: 'move-refused' }, refused) : null,
            h('div', { class: 'actions' }, undoButton),
            board,
            h('div', { class: 'actions' }, accept)].filter(Boolean));
        const moved = focus && board.querySelector(`li[data-enrolment="${CSS.escape(focus)}"] select`);
        if (moved) {
            moved.focus();
        }
    };
    draw(first);
}

/** The group page: the mentor's and the coordinator's working view, and the members' schedule. */
export async function groupPage(groupId) {
    const me = session();
    let group = null;
    try {
        group = await get(`/api/groups/${groupId}`);
    } catch (failure) {
        if (!(failure instanceof ApiError) || failure.status !== 403) {
            throw failure;
        }
    }
    const mine = me && me.groups ? me.groups.find((g) => g.groupId === groupId) : null;
    const isMentor = Boolean(mine && mine.mentor) || Boolean(group && me && me.personId && group.mentors.some((m) => m.personId === me.personId));
    const isMember = Boolean(mine && !mine.mentor);
    // The minutes are the group's alone: asked for together with the calendar, in one request for all meetings.
    const [hours, meetings, minutes] = await Promise.all([get(`/api/groups/${groupId}/hours`), get(`/api/groups/${groupId}/meetings`),
        isMentor || isMember ? get(`/api/groups/${groupId}/minutes`) : Promise.resolve([])]);
    const minutesOf = new Map(minutes.map((m) => [m.meetingId, m]));
    const canRun = isMentor || hasRole('COORDINATOR');
    const title = group ? group.name : (mine ? mine.name : t('group.title'));
    const content = [h('h1', { tabindex: '-1' }, title)];
    if (group) {
        content.push(h('p', {}, h('span', { class: `badge status-${group.status}` }, label('GroupStatus', group.status)),
            ` ${group.place}${group.online ? ` · ${t('groups.online')}` : ''} · ${t('group.sizeLine', { size: group.size, min: group.minSize, max: group.maxSize })}`));
    }
    content.push(h('section', { class: 'card', 'aria-labelledby': 'hours-title' },
        h('h2', { id: 'hours-title' }, t('group.hoursTitle')),
        barChart({
            title: t('group.hoursChart'),
            items: [{ label: t('group.used'), value: hours.usedMinutes, text: t('group.usedLine', { used: fmt.hours(hours.usedMinutes), cap: fmt.hours(hours.capMinutes) }) },
                { label: t('group.planned'), value: hours.plannedMinutes, text: fmt.hours(hours.plannedMinutes) }],
            max: Math.max(hours.capMinutes, hours.plannedMinutes),
            warnAbove: hours.capMinutes,
        }),
        h('p', { id: 'hours-left' }, t('group.left', { left: fmt.hours(hours.leftMinutes), held: hours.meetingsHeld, joint: fmt.hours(hours.jointMinutes) })),
        hours.planPassesCap ? h('p', { class: 'warning' }, t('group.planPassesCap')) : null));

    if (group) {
        const manage = hasRole('COORDINATOR') && (group.status === 'FORMING' || group.status === 'STARTED');
        const others = manage ? (await get(`${yearPath(group.programmeYear.organiser, group.programmeYear.schoolYear)}/groups`))
            .filter((g) => g.groupId !== groupId && (g.status === 'FORMING' || g.status === 'STARTED')) : [];
        content.push(table({
            caption: t('group.rosterCaption', { count: group.members.length }),
            columns: [t('enrolments.name'), t('enrolments.employer'), t('enrol.email'), manage ? t('common.actions') : null].filter(Boolean),
            rows: [...group.mentors.map((mentor) => [`${personName(mentor.name)} (${t('group.mentor')})`, mentor.organisation || '', '', manage ? '' : null].filter((c) => c !== null)),
                ...group.members.map((member) => [personName(member.name), `${member.employer}, ${member.unit}`, member.email || '',
                    manage ? memberActions(group, member, others) : null].filter((c) => c !== null))],
        }));
        if (manage && group.freeSeats > 0) {
            content.push(await addFromWaitlist(group));
        }
    }

    if (group && canRun) {
        content.push(h('p', { class: 'no-print actions' }, button(t('group.printRoster'), () => window.print()),
            fileLink(`/api/groups/${groupId}/roster.xlsx`, t('group.rosterXlsx'), { class: 'button-link', id: 'roster-xlsx' }),
            fileLink(`/api/groups/${groupId}/attendance.xlsx`, t('group.attendanceXlsx'), { class: 'button-link', id: 'attendance-xlsx' })));
    }
    const sheets = Boolean(group && canRun);
    content.push(h('h2', {}, t('group.calendarTitle')),
        h('p', {}, h('a', { href: `/api/groups/${groupId}/meetings.ics`, download: `verme-${groupId}.ics` }, t('group.ics'))),
        table({
            caption: t('group.meetingsCaption', { count: meetings.length }),
            columns: [t('group.date'), t('group.time'), t('group.durationColumn'), t('group.place'), t('group.status'), t('group.attendance'),
                sheets ? t('group.signInSheet') : null].filter(Boolean),
            rows: meetings.map((meeting) => [fmt.date(meeting.date),
                meeting.jointKind ? label('JointMeetingKind', meeting.jointKind) : fmt.time(meeting.startTime),
                fmt.hours(meeting.status === 'HELD' ? meeting.heldMinutes : meeting.plannedMinutes),
                meeting.place || '', label('MeetingStatus', meeting.status),
                meeting.status === 'HELD' ? String((meeting.attendees || []).length) : '',
                sheets ? (meeting.jointKind ? '' : h('a', { href: `#/group/${groupId}/sign-in/${meeting.meetingId}`,
                    'aria-label': t('group.signInSheetFor', { date: fmt.date(meeting.date) }) }, t('group.signInSheetLink'))) : null]
                .filter((cell) => cell !== null)),
        }));

    if (canRun && group && (group.status === 'STARTED' || group.status === 'FORMING')) {
        content.push(h('details', { class: 'card' }, h('summary', {}, t('group.scheduleTitle')), scheduleForm(groupId)));
        content.push(h('details', { class: 'card', id: 'series' }, h('summary', {}, t('group.seriesTitle')), seriesForm(groupId)));
        for (const meeting of meetings.filter((m) => m.status === 'SCHEDULED' && !m.jointKind)) {
            content.push(heldForm(meeting, group));
        }
    }
    if (canRun && group && !group.agreement && group.status !== 'CANCELLED') {
        content.push(h('details', { class: 'card' }, h('summary', {}, t('group.agreementTitle')), agreementForm(group)));
    } else if (group && group.agreement) {
        content.push(h('p', {}, t('group.agreed', { date: fmt.date(group.agreement.agreedOn), count: group.agreement.acceptedBy.length })));
    }
    if (isMentor || isMember) {
        // A member sees the minutes of the meetings held while they were one; the rest are not theirs to see.
        const held = meetings.filter((m) => m.status === 'HELD' && !m.jointKind && (!m.minutesVersion || minutesOf.has(m.meetingId)));
        content.push(h('h2', {}, t('minutes.title')));
        if (held.length === 0) {
            content.push(h('p', {}, t('minutes.none')));
        }
        for (const meeting of held) {
            content.push(minutesSection(meeting, minutesOf.get(meeting.meetingId), isMentor));
        }
    }
    return content;
}

/** A meeting's attendance sheet to print: everyone in the group, with room to sign. */
export async function signInSheet(groupId, meetingId) {
    const [group, meeting] = await Promise.all([get(`/api/groups/${groupId}`), get(`/api/meetings/${meetingId}`)]);
    const people = [...group.mentors.map((m) => [`${personName(m.name)} (${t('group.mentor')})`, m.organisation || '']),
        ...group.members.map((m) => [personName(m.name), `${m.employer}, ${m.unit}`])];
    return [h('h1', { tabindex: '-1' }, t('group.sheetTitle', { name: group.name })),
        h('p', {}, t('group.sheetWhen', { date: fmt.date(meeting.date), time: fmt.time(meeting.startTime), place: meeting.place || '' })),
        h('p', { class: 'no-print actions' }, button(t('group.print'), () => window.print(), { class: 'primary' }),
            h('a', { href: `#/group/${groupId}`, class: 'button-link' }, t('group.backToGroup'))),
        h('div', { class: 'table-wrap sign-in' }, h('table', {},
            h('caption', {}, t('group.sheetCaption', { count: people.length })),
            h('thead', {}, h('tr', {}, [t('enrolments.name'), t('enrolments.employer'), t('group.signature')]
                .map((column, i) => h('th', { scope: 'col', class: i === 2 ? 'signature' : null }, column)))),
            h('tbody', {}, people.map(([name, where]) => h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, where),
                h('td', { class: 'signature' }, '')))))),
    ];
}

/** The coordinator moves a member to another group (removed here, placed there) or removes them. */
function memberActions(group, member, others) {
    const who = personName(member.name);
    const target = h('select', { 'aria-label': t('group.moveTarget', { name: who }) },
        h('option', { value: '' }, t('group.toWaitlist')), others.map((g) => h('option', { value: g.groupId }, g.name)));
    const move = button(t('group.move'), async () => {
        try {
            await api('DELETE', `/api/groups/${group.groupId}/participants/${member.enrolmentId}?reason=${target.value ? 'MOVED_TO_ANOTHER_GROUP' : 'COORDINATOR_DECISION'}`);
        } catch (failure) {
            announce(problemTitle(failure));
            return;
        }
        if (target.value) {
            try {
                await post(`/api/groups/${target.value}/participants`, { enrolmentId: member.enrolmentId });
            } catch (failure) {
                await refresh(`${problemTitle(failure)} ${t('group.leftWaiting', { name: who })}`);
                return;
            }
        }
        await refresh(t('group.moved', { name: who }));
    }, { 'aria-label': t('group.moveWho', { name: who }) });
    return h('div', { class: 'actions' }, target, move);
}

async function addFromWaitlist(group) {
    const year = group.programmeYear;
    const base = yearPath(year.organiser, year.schoolYear);
    const [waiting, call] = await Promise.all([get(`${base}/waitlist`), get(`${base}/enrolment-call`)]);
    const themeNames = new Map(call.themes.map((theme) => [theme.code, theme.name]));
    const form = h('form', { novalidate: true, class: 'card narrow' },
        h('h2', {}, t('group.addTitle')),
        field({ name: 'enrolmentId', labelText: t('group.addWho'), required: true, options: [{ value: '', text: t('form.choose') },
            ...waiting.map((entry) => ({ value: entry.enrolmentId, text: `${personName(entry.name)} (${entry.themeWishes.map((code) => themeNames.get(code) || code).join(', ')})` }))] }),
        h('button', { type: 'submit', class: 'primary' }, t('group.add')));
    onSubmit(form, async (data) => {
        await post(`/api/groups/${group.groupId}/participants`, { enrolmentId: data.get('enrolmentId') || null });
        await refresh(t('group.added'));
    });
    return form;
}

/**
 * Plans a series of meetings in one go ("every 4 weeks on Tuesdays 15–17, 6 times"): the server moves a meeting that
 * falls on a public holiday or in one of the organiser's school breaks a week on, and says which days it went past.
 */
function seriesForm(groupId) {
    const form = h('form', { novalidate: true },
        h('p', { class: 'hint' }, t('group.seriesHint')),
        field({ name: 'firstDate', labelText: t('group.seriesFirst'), type: 'date', required: true, value: today() }),
        field({ name: 'everyWeeks', labelText: t('group.seriesEvery'), type: 'number', required: true, value: 4, attrs: { min: 1, max: 8 } }),
        field({ name: 'count', labelText: t('group.seriesCount'), type: 'number', required: true, value: 6, attrs: { min: 2, max: 20 } }),
        field({ name: 'startTime', labelText: t('group.time'), type: 'time', required: true, value: '15:00' }),
        field({ name: 'plannedMinutes', labelText: t('group.plannedMinutes'), type: 'number', required: true, value: 120, attrs: { min: 15, max: 480, step: 15 } }),
        field({ name: 'place', labelText: t('group.place'), required: true }),
        choices({ name: 'online', legend: t('groups.onlineTitle'), items: [{ value: 'true', text: t('groups.online') }], checked: [] }),
        h('button', { type: 'submit', class: 'primary' }, t('group.seriesSchedule')));
    onSubmit(form, async (data) => {
        const series = await post(`/api/groups/${groupId}/meeting-series`, {
            firstDate: data.get('firstDate') || null,
            everyWeeks: formNumber(data, 'everyWeeks'),
            count: formNumber(data, 'count'),
            startTime: data.get('startTime') || null,
            plannedMinutes: formNumber(data, 'plannedMinutes'),
            place: data.get('place'),
            online: checkedValues(form, 'online').includes('true'),
        });
        const skipped = series.skipped.map((day) => `${fmt.date(day.date)} (${day.name})`).join(', ');
        await refresh(t(skipped ? 'group.seriesScheduledSkipping' : 'group.seriesScheduled',
            { count: series.meetings.length, skipped }));
    });
    return form;
}

/** Plans a meeting, or moves a planned one ({@code meeting}) to another time or place. */
function scheduleForm(groupId, meeting) {
    const form = h('form', { novalidate: true, class: meeting ? 'reschedule-form' : null },
        meeting ? h('h3', {}, t('group.rescheduleTitle')) : null,
        field({ name: 'date', labelText: t('group.date'), type: 'date', required: true, value: meeting ? meeting.date : today() }),
        field({ name: 'startTime', labelText: t('group.time'), type: 'time', required: true, value: meeting ? String(meeting.startTime).substring(0, 5) : '15:00' }),
        field({ name: 'plannedMinutes', labelText: t('group.plannedMinutes'), type: 'number', required: true, value: meeting ? meeting.plannedMinutes : 90, attrs: { min: 15, max: 480, step: 15 } }),
        field({ name: 'place', labelText: t('group.place'), required: true, value: meeting ? meeting.place : undefined }),
        choices({ name: 'online', legend: t('groups.onlineTitle'), items: [{ value: 'true', text: t('groups.online') }], checked: meeting && meeting.online ? ['true'] : [] }),
        h('button', { type: 'submit', class: 'primary' }, t(meeting ? 'group.reschedule' : 'group.schedule')));
    onSubmit(form, async (data) => {
        const body = {
            date: data.get('date') || null,
            startTime: data.get('startTime') || null,
            plannedMinutes: data.get('plannedMinutes') ? Number(data.get('plannedMinutes')) : null,
            place: data.get('place'),
            online: checkedValues(form, 'online').includes('true'),
        };
        if (meeting) {
            await post(`/api/meetings/${meeting.meetingId}/reschedule`, body);
            await refresh(t('group.rescheduled', { when: `${fmt.date(body.date)} ${fmt.time(body.startTime)}` }));
        } else {
            await post(`/api/groups/${groupId}/meetings`, body);
            await refresh(t('group.scheduled'));
        }
    });
    return form;
}

function heldForm(meeting, group) {
    const when = `${fmt.date(meeting.date)} ${fmt.time(meeting.startTime)}`;
    const form = h('form', { novalidate: true, class: 'held-form', 'data-meeting': meeting.meetingId },
        field({ name: 'durationMinutes', labelText: t('group.duration'), type: 'number', required: true, value: meeting.plannedMinutes, attrs: { min: 1, max: 600 } }),
        choices({ name: 'attendees', legend: t('group.attendees'), items: group.members.map((member) => ({ value: member.personId, text: personName(member.name) })) }),
        choices({ name: 'mentorsPresent', legend: t('group.mentorsPresent'), checked: group.mentors.map((m) => m.mentorId), items: group.mentors.map((mentor) => ({ value: mentor.mentorId, text: personName(mentor.name) })) }),
        h('button', { type: 'submit', class: 'primary' }, t('group.recordHeld')));
    onSubmit(form, async (data) => {
        await post(`/api/meetings/${meeting.meetingId}/held`, {
            durationMinutes: data.get('durationMinutes') ? Number(data.get('durationMinutes')) : null,
            attendees: checkedValues(form, 'attendees'),
            mentorsPresent: checkedValues(form, 'mentorsPresent'),
        });
        await refresh(t('group.heldDone', { when }));
    });
    const cancelReason = h('select', { 'aria-label': t('group.cancelReason', { when }) },
        enumOptions('MeetingCancellationReason', { values: codes('MeetingCancellationReason').filter((code) => code !== 'GROUP_CLOSED') })
            .map((o) => h('option', { value: o.value }, o.text)));
    const cancel = h('div', { class: 'actions' }, cancelReason, button(t('group.cancelMeeting'), async () => {
        if (!window.confirm(t('group.confirmCancelMeeting', { when }))) {
            return;
        }
        try {
            await post(`/api/meetings/${meeting.meetingId}/cancel`, { reason: cancelReason.value });
            await refresh(t('group.meetingCancelled', { when }));
        } catch (failure) {
            announce(problemTitle(failure));
        }
    }, { class: 'danger' }));
    // A meeting still to come is moved or cancelled, not recorded as held (the server would refuse it).
    const future = meeting.date > today();
    return h('details', { class: 'card' }, h('summary', {}, t(future ? 'group.futureTitle' : 'group.heldTitle', { when })),
        future ? null : form, cancel, scheduleForm(group.groupId, meeting));
}

function agreementForm(group) {
    const form = h('form', { novalidate: true },
        field({ name: 'agreedOn', labelText: t('group.agreedOn'), type: 'date', required: true, value: today() }),
        choices({ name: 'commitments', legend: t('group.commitments'), required: true, checked: codes('Commitment').slice(0, 2), items: enumOptions('Commitment') }),
        choices({ name: 'acceptedBy', legend: t('group.acceptedBy'), required: true, checked: group.members.map((m) => m.enrolmentId), items: group.members.map((member) => ({ value: member.enrolmentId, text: personName(member.name) })) }),
        h('button', { type: 'submit', class: 'primary' }, t('group.recordAgreement')));
    onSubmit(form, async (data) => {
        await post(`/api/groups/${group.groupId}/agreement`, {
            agreedOn: data.get('agreedOn') || null,
            commitments: checkedValues(form, 'commitments'),
            acceptedBy: checkedValues(form, 'acceptedBy'),
        });
        await refresh(t('group.agreementDone'));
    });
    return form;
}

/** A held meeting's minutes ({@code minutes}: none yet when undefined), and for its mentor the form to write them. */
function minutesSection(meeting, minutes, editable) {
    // With its time: two meetings of one day are told apart.
    const when = meeting.startTime ? `${fmt.date(meeting.date)} ${fmt.time(meeting.startTime)}` : fmt.date(meeting.date);
    const section = h('section', { class: 'card', 'aria-label': t('minutes.of', { when }) },
        h('h3', {}, t('minutes.of', { when })));
    if (minutes) {
        section.append(minutes.topics && minutes.topics.length ? h('p', {}, `${t('minutes.topics')}: ${minutes.topics.join(', ')}`) : null,
            h('pre', { class: 'minutes' }, minutes.text),
            h('details', {}, h('summary', {}, t('minutes.versions', { count: minutes.versions.length })),
                h('ol', {}, minutes.versions.map((version) => h('li', {},
                    h('p', {}, t('minutes.versionLine', { version: version.version, at: fmt.dateTime(version.recordedAt) })),
                    h('pre', { class: 'minutes' }, version.text))))));
    } else {
        section.append(h('p', {}, t('minutes.notWritten')));
    }
    if (editable) {
        const form = h('form', { novalidate: true },
            field({ name: 'topics', labelText: t('minutes.topics'), hint: t('minutes.topicsHint'), value: minutes ? minutes.topics.join(', ') : '' }),
            field({ name: 'text', labelText: t('minutes.text'), type: 'textarea', required: true, value: minutes ? minutes.text : '', attrs: { rows: 8 } }),
            h('button', { type: 'submit', class: 'primary' }, minutes ? t('minutes.saveVersion') : t('minutes.save')));
        onSubmit(form, async (data) => {
            await post(`/api/meetings/${meeting.meetingId}/minutes`, {
                topics: String(data.get('topics') || '').split(',').map((s) => s.trim()).filter(Boolean),
                text: data.get('text'),
            });
            await refresh(t('minutes.saved', { when }));
        });
        section.append(form);
    }
    return section;
}
