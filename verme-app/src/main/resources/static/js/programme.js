// The coordinator's year: the dashboard and the enrolments.
import {
    get, post, h, t, fmt, label, field, onSubmit, barChart, button, announce, refresh, hasRole,
    enumOptions, codes, yearPath, organiserName, schoolYearText, serverList,
} from './core.js';
import { enrolmentForm } from './enrolment-form.js';

function figure(value, text, id) {
    return h('li', { id }, h('span', { class: 'figure' }, value), text);
}

export async function dashboard(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const [summary, overview, groupList, hours, money] = await Promise.all([
        get(`${base}/enrolments/summary`), get(`${base}/groups/overview`), get(`${base}/groups`),
        get(`${base}/hours`), get(`${base}/compensation`)]);
    const names = new Map(groupList.map((group) => [group.groupId, group.name]));
    const cap = hours.capMinutes;
    return [
        h('h1', { tabindex: '-1' }, t('dashboard.title', { organiser: organiserName(organiser), year: schoolYearText(schoolYear) })),
        h('ul', { class: 'figures', 'aria-label': t('dashboard.figures') },
            figure(fmt.number(summary.total), t('dashboard.enrolments'), 'figure-enrolments'),
            figure(fmt.number(overview.placed), t('dashboard.placed'), 'figure-placed'),
            figure(fmt.number(overview.waitlisted), t('dashboard.waitlisted'), 'figure-waitlisted'),
            figure(fmt.number(overview.freeSeats), t('dashboard.freeSeats'), 'figure-free-seats'),
            figure(fmt.money(money.total), t('dashboard.fees'), 'figure-fees')),
        h('div', { class: 'grid' },
            h('section', { class: 'card' },
                barChart({
                    title: t('dashboard.wishesChart'),
                    items: summary.themes.map((theme) => ({
                        label: theme.name,
                        value: theme.firstChoice,
                        text: t('dashboard.wishCounts', { first: theme.firstChoice, any: theme.anyChoice }),
                    })),
                    max: Math.max(1, ...summary.themes.map((theme) => theme.firstChoice)),
                })),
            h('section', { class: 'card' },
                barChart({
                    title: t('dashboard.groupsChart'),
                    items: codes('GroupStatus').map((status) => ({ label: label('GroupStatus', status), value: overview.groupsByStatus[status] || 0 })),
                }),
                h('p', {}, h('a', { href: `#/p/${organiser}/${schoolYear}/groups` }, t('dashboard.toGroups'))))),
        h('section', { class: 'card' },
            barChart({
                title: t('dashboard.hoursChart', { cap: fmt.hours(cap) }),
                items: hours.groups.map((group) => ({
                    label: names.get(group.groupId) || group.groupId,
                    value: group.usedMinutes,
                    text: t('dashboard.hoursUsed', { used: fmt.hours(group.usedMinutes), cap: fmt.hours(group.capMinutes) }),
                })),
                max: cap,
                warnAbove: cap * 0.9,
            })),
        h('section', { class: 'card' },
            h('h2', {}, t('dashboard.feesTitle')),
            h('p', {}, t('dashboard.feesLine', {
                total: fmt.money(money.total), accruing: fmt.money(money.accruing),
                approved: fmt.money(money.approved), paid: fmt.money(money.paid),
            })),
            h('p', {}, h('a', { href: `#/p/${organiser}/${schoolYear}/compensation` }, t('dashboard.toCompensation')))),
    ];
}

/** A theme's name in the year's call; its code only if the call no longer offers it. */
const themeNamer = (call) => {
    const names = new Map(call.themes.map((theme) => [theme.code, theme.name]));
    return (codesOf) => codesOf.map((code) => names.get(code) || code).join(', ');
};

export async function enrolments(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const call = await get(`${base}/enrolment-call`);
    const themes = themeNamer(call);
    const details = h('div', { id: 'enrolment-details' });
    const personText = (enrolment) => (enrolment.erased ? t('common.erased') : `${enrolment.person.lastName}, ${enrolment.person.firstName}`);
    const list = await serverList({
        id: 'enrolment-list',
        path: `${base}/enrolments`,
        exportPath: `${base}/enrolments`,
        caption: (total) => t('enrolments.count', { count: fmt.number(total) }),
        searchLabel: t('list.searchEnrolments'),
        searchHint: t('list.searchHint'),
        sort: 'submittedAt,desc',
        filters: [
            { name: 'theme', text: t('enrolments.theme'), options: call.themes.map((theme) => ({ value: theme.code, text: theme.name })) },
            { name: 'status', text: t('enrolments.status'), options: enumOptions('EnrolmentStatus') },
            { name: 'role', text: t('enrolments.role'), options: enumOptions('Role') },
            { name: 'careerStage', text: t('enrol.careerStage'), options: enumOptions('CareerStage') },
        ],
        columns: [
            { key: 'name', text: t('enrolments.name'), sort: 'lastName', fixed: true, cell: personText },
            { key: 'email', text: t('list.email'), sort: 'email', optional: true, cell: (e) => (e.person ? e.person.email : '') },
            { key: 'phone', text: t('list.phone'), optional: true, cell: (e) => (e.person ? e.person.phone || '' : '') },
            { key: 'employer', text: t('enrolments.employer'), sort: 'employer', cell: (e) => e.employer },
            { key: 'unit', text: t('list.unit'), sort: 'unit', optional: true, cell: (e) => e.unit },
            { key: 'role', text: t('enrolments.role'), sort: 'role', cell: (e) => label('Role', e.role) },
            { key: 'careerStage', text: t('enrol.careerStage'), sort: 'careerStage', optional: true, cell: (e) => label('CareerStage', e.careerStage) },
            { key: 'themeWishes', text: t('enrolments.wishes'), sort: 'themeWishes', cell: (e) => themes(e.themeWishes) },
            { key: 'status', text: t('enrolments.status'), sort: 'status', phone: true,
                cell: (e) => h('span', { class: `badge status-${e.status}` }, label('EnrolmentStatus', e.status)) },
            { key: 'submittedAt', text: t('enrolments.submitted'), sort: 'submittedAt', cell: (e) => fmt.date(e.submittedAt) },
            { key: 'actions', text: t('common.actions'), fixed: true,
                cell: (e) => button(t('enrolments.show'), () => showEnrolment(e.enrolmentId, details, themes),
                    { 'aria-label': t('enrolments.showWho', { name: e.person ? `${e.person.firstName} ${e.person.lastName}` : t('common.erased') }) }) },
        ],
    });
    const content = [
        h('h1', { tabindex: '-1' }, t('enrolments.title')),
        h('p', {}, t('enrolments.call', { status: label('CallStatus', call.status), opens: fmt.date(call.opensOn), closes: fmt.date(call.closesOn) })),
        list,
        details,
    ];
    if (hasRole('COORDINATOR')) {
        const late = h('section', { class: 'card', 'aria-labelledby': 'late-title' },
            h('h2', { id: 'late-title' }, t('enrolments.lateTitle')),
            h('p', {}, t('enrolments.lateIntro')),
            enrolmentForm(call, {
                late: true,
                onDone: async () => refresh(t('enrolments.lateDone')),
            }));
        content.push(h('details', {}, h('summary', {}, t('enrolments.lateTitle')), late));
    }
    return content;
}

async function showEnrolment(enrolmentId, container, themes) {
    const enrolment = await get(`/api/enrolments/${enrolmentId}`);
    const person = enrolment.person || {};
    const section = h('section', { class: 'card', tabindex: '-1', 'aria-labelledby': 'details-title' },
        h('h2', { id: 'details-title' }, enrolment.erased ? t('common.erased') : `${person.firstName} ${person.lastName}`),
        h('dl', { class: 'facts' },
            h('dt', {}, t('enrol.email')), h('dd', {}, person.email || ''),
            h('dt', {}, t('enrol.phone')), h('dd', {}, person.phone || ''),
            h('dt', {}, t('enrolments.employer')), h('dd', {}, `${enrolment.employer}, ${enrolment.unit}`),
            h('dt', {}, t('enrolments.role')), h('dd', {}, label('Role', enrolment.role)),
            h('dt', {}, t('enrol.careerStage')), h('dd', {}, label('CareerStage', enrolment.careerStage)),
            h('dt', {}, t('enrolments.wishes')), h('dd', {}, themes(enrolment.themeWishes)),
            h('dt', {}, t('enrol.availability')), h('dd', {}, (enrolment.availability || []).map((slot) => label('AvailabilitySlot', slot)).join(', ')),
            h('dt', {}, t('enrolments.status')), h('dd', {}, label('EnrolmentStatus', enrolment.status)),
            enrolment.waitlistReason ? [h('dt', {}, t('own.waitlistReason')), h('dd', {}, label('WaitlistReason', enrolment.waitlistReason))] : null,
            enrolment.lateReason ? [h('dt', {}, t('enrol.lateReason')), h('dd', {}, label('LateReason', enrolment.lateReason))] : null,
            enrolment.groupId ? [h('dt', {}, t('enrolments.group')), h('dd', {}, h('a', { href: `#/group/${enrolment.groupId}` }, t('enrolments.toGroup')))] : null));
    if (hasRole('COORDINATOR') && enrolment.status !== 'WITHDRAWN') {
        const linkSlot = h('p', {});
        section.append(h('div', { class: 'actions' }, button(t('enrolments.personalLink'), async () => {
            const link = await get(`/api/enrolments/${enrolmentId}/link`);
            const href = `${location.origin}/#/oma/${link.token}`;
            linkSlot.replaceChildren(t('enrolments.linkIs'), ' ', h('a', { href }, href));
            announce(t('enrolments.linkReady'));
        })), linkSlot);
        const withdraw = h('form', { class: 'narrow', novalidate: true },
            h('h3', {}, t('own.withdrawTitle')),
            field({ name: 'reason', labelText: t('own.reason'), required: true, options: enumOptions('WithdrawalReason', { empty: t('form.choose') }) }),
            h('button', { type: 'submit', class: 'danger' }, t('own.withdraw')));
        onSubmit(withdraw, async (data) => {
            await post(`/api/enrolments/${enrolmentId}/withdraw`, { reason: data.get('reason') || null });
            await refresh(t('enrolments.withdrawn'));
        });
        section.append(withdraw);
    }
    container.replaceChildren(section);
    section.focus();
}

