// The coordinator's year: the dashboard and the enrolments.
import {
    get, post, h, t, fmt, label, field, onSubmit, table, barChart, button, announce, refresh, hasRole,
    enumOptions, codes, yearPath, organiserName, schoolYearText,
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

export async function enrolments(organiser, schoolYear) {
    const base = yearPath(organiser, schoolYear);
    const params = new URLSearchParams(location.hash.split('?')[1] || '');
    const filters = { theme: params.get('theme') || '', status: params.get('status') || '' };
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    const [call, list] = await Promise.all([get(`${base}/enrolment-call`), get(`${base}/enrolments${query ? `?${query}` : ''}`)]);
    const themes = call.themes.map((theme) => ({ value: theme.code, text: theme.name }));
    const filterForm = h('form', { class: 'card filters', role: 'search', 'aria-label': t('enrolments.filter') },
        field({ name: 'theme', labelText: t('enrolments.theme'), options: [{ value: '', text: t('common.all') }, ...themes], value: filters.theme }),
        field({ name: 'status', labelText: t('enrolments.status'), options: enumOptions('EnrolmentStatus', { empty: t('common.all') }), value: filters.status }),
        h('button', { type: 'submit' }, t('enrolments.applyFilter')));
    filterForm.addEventListener('submit', (event) => {
        event.preventDefault();
        const data = new FormData(filterForm);
        const chosen = new URLSearchParams([...data.entries()].filter(([, v]) => v)).toString();
        location.hash = `#/p/${organiser}/${schoolYear}/enrolments${chosen ? `?${chosen}` : ''}`;
    });
    const details = h('div', { id: 'enrolment-details' });
    const rows = list.map((enrolment) => [
        enrolment.erased ? t('common.erased') : `${enrolment.person.lastName}, ${enrolment.person.firstName}`,
        enrolment.employer,
        label('Role', enrolment.role),
        enrolment.themeWishes.join(', '),
        h('span', { class: `badge status-${enrolment.status}` }, label('EnrolmentStatus', enrolment.status)),
        fmt.date(enrolment.submittedAt),
        button(t('enrolments.show'), () => showEnrolment(enrolment.enrolmentId, details),
            { 'aria-label': t('enrolments.showWho', { name: `${enrolment.person ? enrolment.person.firstName : ''} ${enrolment.person ? enrolment.person.lastName : ''}` }) }),
    ]);
    const content = [
        h('h1', { tabindex: '-1' }, t('enrolments.title')),
        h('p', {}, t('enrolments.call', { status: label('CallStatus', call.status), opens: fmt.date(call.opensOn), closes: fmt.date(call.closesOn) })),
        filterForm,
        table({
            caption: t('enrolments.count', { count: list.length }),
            columns: [t('enrolments.name'), t('enrolments.employer'), t('enrolments.role'), t('enrolments.wishes'),
                t('enrolments.status'), t('enrolments.submitted'), t('common.actions')],
            rows,
        }),
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

async function showEnrolment(enrolmentId, container) {
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
            h('dt', {}, t('enrolments.wishes')), h('dd', {}, enrolment.themeWishes.join(', ')),
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

