// The accessibility statement (saavutettavuusseloste) that Finnish law asks of a public-sector service: how far
// Verme conforms, what is known not to, how to give feedback (the organiser's contact), and who supervises.
import { h, t, organiserName, organiserContact } from './core.js';

/** {@code organiser}: whose service the reader came from, for its contact; none: the installation's statement. */
export function accessibilityStatement(organiser) {
    const contact = organiser ? organiserContact(organiser) : null;
    const gaps = t('accessibility.gaps').split('|');
    return [
        h('h1', { tabindex: '-1' }, t('accessibility.title')),
        h('p', { class: 'lead' }, organiser
            ? t('accessibility.introOrganiser', { organiser: organiserName(organiser) }) : t('accessibility.intro')),
        h('section', { class: 'card', 'aria-labelledby': 'a11y-status' },
            h('h2', { id: 'a11y-status' }, t('accessibility.statusTitle')),
            h('p', {}, t('accessibility.status'))),
        h('section', { class: 'card', 'aria-labelledby': 'a11y-gaps' },
            h('h2', { id: 'a11y-gaps' }, t('accessibility.gapsTitle')),
            h('ul', {}, gaps.map((gap) => h('li', {}, gap)))),
        h('section', { class: 'card', 'aria-labelledby': 'a11y-feedback' },
            h('h2', { id: 'a11y-feedback' }, t('accessibility.feedbackTitle')),
            h('p', {}, t('accessibility.feedback')),
            contact ? h('p', {}, `${t('accessibility.contact', { organiser: organiserName(organiser) })} `,
                h('a', { href: `mailto:${contact}` }, contact)) : h('p', {}, t('accessibility.contactUnknown'))),
        h('section', { class: 'card', 'aria-labelledby': 'a11y-authority' },
            h('h2', { id: 'a11y-authority' }, t('accessibility.authorityTitle')),
            h('p', {}, t('accessibility.authority')),
            h('p', {}, h('a', { href: 'https://www.saavutettavuusvaatimukset.fi' }, 'www.saavutettavuusvaatimukset.fi'))),
        h('p', { class: 'muted' }, t('accessibility.date')),
    ];
}
