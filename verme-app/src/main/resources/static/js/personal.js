// A person's own page: their groups, attendance and certificates; a mentor's claims.
import {
    get, post, h, t, fmt, label, field, onSubmit, table, session, language, today, refresh, enumOptions,
    programmeTitle, calendarFeed, hasRole, formNumber,
} from './core.js';

export async function myPage() {
    const me = session();
    const content = [h('h1', { tabindex: '-1' }, t('my.title'))];
    if (!me || !me.personId) {
        content.push(h('p', {}, t('my.noPerson')));
        return content;
    }
    content.push(table({
        caption: t('my.groupsCaption'),
        columns: [t('groups.name'), t('my.year'), t('my.as'), t('groups.status')],
        rows: me.groups.map((group) => [h('a', { href: `#/group/${group.groupId}` }, group.name),
            programmeTitle(group.programmeYear.organiser, group.programmeYear.schoolYear),
            group.mentor ? t('group.mentor') : t('my.member'), label('GroupStatus', group.status)]),
    }));
    const years = new Map();
    for (const group of me.groups) {
        years.set(`${group.programmeYear.organiser}/${group.programmeYear.schoolYear}`, group);
    }
    for (const [programme, group] of years) {
        const { organiser, schoolYear } = group.programmeYear;
        const section = h('section', { class: 'card' }, h('h2', {}, programmeTitle(organiser, schoolYear)));
        if (!group.mentor) {
            const [attendance, veso] = await Promise.all([
                get(`/api/persons/${me.personId}/attendance?programme=${programme}`),
                get(`/api/persons/${me.personId}/veso?programme=${programme}`)]);
            section.append(h('p', {}, t('my.attendance', {
                meetings: attendance.meetingsAttended, hours: fmt.hours(attendance.minutesAttended), veso: veso.vesoDays,
            })));
        }
        section.append(h('p', {}, h('a', {
            href: `/api/persons/${me.personId}/certificates/${schoolYear}.pdf?organiser=${organiser}&lang=${language()}`,
            class: 'button-link', download: `verme-${schoolYear}.pdf`,
        }, t('my.certificate'))));
        if (group.mentor && me.mentorId) {
            section.append(h('details', {}, h('summary', {}, t('my.claimTitle')), claimForm(organiser, schoolYear, me.mentorId, me.groups)));
        }
        content.push(section);
    }
    if (me.mentorId && hasRole('MENTOR')) {
        // A page of the person's own things is still drawn should their claims not be theirs to read through this
        // account (one bound to them by another organiser's admin): the section is left out.
        content.push(await ownClaims(me.mentorId).catch(() => null));
    }
    if (hasRole('MENTOR', 'PARTICIPANT')) {
        content.push(await calendarFeed('/api/me'));
    }
    return content;
}

/** The mentor's own claims of every year, newest first, with how each stands: approved, rejected and why, or waiting. */
async function ownClaims(mentorId) {
    const claims = await get(`/api/mentors/${mentorId}/claims`);
    const measure = (claim) => {
        if (claim.hours != null) {
            return `${fmt.number(claim.hours)} h`;
        }
        return claim.days != null ? t('my.claimDays', { days: fmt.number(claim.days) }) : fmt.money(claim.amount);
    };
    return h('section', { class: 'card', id: 'own-claims', 'aria-labelledby': 'own-claims-title' },
        h('h2', { id: 'own-claims-title' }, t('my.claimsTitle')),
        claims.length ? table({
            caption: t('my.claimsCaption', { count: claims.length }),
            columns: [t('money.date'), t('my.year'), t('my.claimKind'), t('my.claimMeasure'), t('groups.status')],
            numeric: [3],
            rows: claims.map((claim) => [fmt.date(claim.date),
                programmeTitle(claim.programmeYear.organiser, claim.programmeYear.schoolYear),
                claim.kind ? label('ExpenseKind', claim.kind) : t('money.organisingHours'), measure(claim),
                claim.rejectionReason ? `${label('ClaimStatus', claim.status)}: ${label('RejectionReason', claim.rejectionReason)}`
                    : label('ClaimStatus', claim.status)]),
        }) : h('p', {}, t('my.noClaims')));
}

function claimForm(organiser, schoolYear, mentorId, groups) {
    const ownGroups = groups.filter((g) => g.mentor && g.programmeYear.schoolYear === schoolYear && g.programmeYear.organiser === organiser);
    const form = h('form', { novalidate: true },
        field({ name: 'kind', labelText: t('my.claimKind'), options: [{ value: '', text: t('money.organisingHours') }, ...enumOptions('ExpenseKind')] }),
        field({ name: 'date', labelText: t('money.date'), type: 'date', required: true, value: today() }),
        field({ name: 'hours', labelText: t('my.hours'), type: 'number', hint: t('my.hoursHint'), attrs: { step: '0.25', min: 0 } }),
        field({ name: 'description', labelText: t('my.description') }),
        field({ name: 'groupId', labelText: t('placement.group'), options: [{ value: '', text: t('common.none') }, ...ownGroups.map((g) => ({ value: g.groupId, text: g.name }))] }),
        field({ name: 'amount', labelText: t('money.amount'), type: 'number', hint: t('my.amountHint'), attrs: { step: '0.01', min: 0 } }),
        field({ name: 'days', labelText: t('my.days'), type: 'number', attrs: { step: '0.5', min: 0 } }),
        field({ name: 'receiptReference', labelText: t('my.receipt') }),
        field({ name: 'employer', labelText: t('my.travelEmployer'), hint: t('my.travelEmployerHint') }),
        h('button', { type: 'submit', class: 'primary' }, t('my.claim')));
    onSubmit(form, async (data) => {
        await post(`/api/programmes/${organiser}/${schoolYear}/claims`, {
            mentorId,
            date: data.get('date') || null,
            kind: data.get('kind') || null,
            hours: formNumber(data, 'hours'),
            description: data.get('description') || null,
            groupId: data.get('groupId') || null,
            amount: formNumber(data, 'amount'),
            days: formNumber(data, 'days'),
            receiptReference: data.get('receiptReference') || null,
            employer: data.get('employer') || null,
        });
        await refresh(t('my.claimed'));
    });
    return form;
}
