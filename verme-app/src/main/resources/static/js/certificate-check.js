// The check page of a certificate (#/todistus/{code}), which the certificate's QR code and address open: anyone
// reads what the certificate certifies now, or that it can no longer be confirmed (the server's words say why:
// its holder was erased, or is no longer in the group), or that no certificate has the code.
import { get, h, t, fmt, ApiError } from './core.js';

export async function certificateCheck(code) {
    const heading = h('h1', { tabindex: '-1' }, t('certificateCheck.title'));
    const codeLine = h('p', {}, `${t('certificateCheck.code')}: `, h('strong', { class: 'code' }, code));
    let answer;
    try {
        answer = await get(`/api/certificates/verify/${encodeURIComponent(code)}`);
    } catch (failure) {
        if (failure instanceof ApiError && failure.status === 404) {
            return [heading, codeLine, h('p', { class: 'warning', id: 'certificate-status' }, t('certificateCheck.unknown'))];
        }
        throw failure;
    }
    if (!answer.valid) {
        return [heading, codeLine,
            h('div', { class: 'warning', id: 'certificate-status' },
                h('p', {}, h('strong', {}, t('certificateCheck.notValid'))), h('p', {}, answer.detail)),
            h('p', {}, t('certificateCheck.programme'), ': ', answer.programme)];
    }
    return [heading, codeLine,
        h('p', { class: 'notice', id: 'certificate-status' }, t(`certificateCheck.valid.${answer.kind}`, { holder: answer.holder })),
        h('section', { class: 'card', 'aria-labelledby': 'certificate-facts' },
            h('h2', { id: 'certificate-facts' }, answer.holder),
            h('dl', { class: 'facts' }, facts(answer).map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]))),
        h('p', { class: 'hint' }, t('certificateCheck.now'))];
}

/** What the certificate certifies, as terms and values; figures and dates the Finnish way in every language. */
function facts(answer) {
    const c = answer.certifies;
    const period = c.firstMeeting == null ? t('certificateCheck.noMeetings')
        : [fmt.date(c.firstMeeting), c.lastMeeting === c.firstMeeting ? null : fmt.date(c.lastMeeting)].filter(Boolean).join('–');
    const hours = `${fmt.number(Number(c.hours))} h`;
    const rows = [[t('certificateCheck.organiser'), answer.organiser], [t('certificateCheck.programme'), answer.programme]];
    if (answer.kind === 'participant') {
        rows.push([t('certificateCheck.theme'), c.themeName], [t('certificateCheck.group'), c.group]);
        if (c.mentors) {
            rows.push([t('certificateCheck.mentors'), c.mentors]);
        }
        rows.push([t('certificateCheck.period'), period], [t('certificateCheck.meetings'), fmt.number(c.meetings)],
            [t('certificateCheck.hours'), hours]);
        if (c.continuingEducation === 'VESO_DAYS') {
            rows.push([t('certificateCheck.continuingEducation'), t('certificateCheck.veso', { days: c.vesoDays, per: c.meetingsPerVesoDay })]);
        } else if (c.continuingEducation === 'RECOGNISED') {
            rows.push([t('certificateCheck.continuingEducation'), t('certificateCheck.recognised')]);
        }
    } else {
        rows.push([t('certificateCheck.themes'), c.themeNames.join(', ')], [t('certificateCheck.groups'), c.groups.join(', ')],
            [t('certificateCheck.period'), period], [t('certificateCheck.meetingsHeld'), fmt.number(c.meetings)],
            [t('certificateCheck.hours'), hours]);
    }
    return rows;
}
