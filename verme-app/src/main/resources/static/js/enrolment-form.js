// The enrolment form of a call, a part of two screens: the public form, and the coordinator's late enrolment.
import {
    post, h, t, field, choices, checkedValues, onSubmit, nextId, enumOptions, codes, organiserName,
} from './core.js';

/** The enrolment form of a call: public, or the coordinator's late enrolment when {@code late}. */
export function enrolmentForm(call, { late = false, onDone }) {
    const themes = call.themes.map((theme) => ({ value: theme.code, text: theme.name }));
    const roles = call.targetRoles && call.targetRoles.length ? call.targetRoles : codes('Role');
    const wishes = h('fieldset', { class: 'choices', 'data-name': 'themeWishes' },
        h('legend', {}, t('enrol.themeWishes'), h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
        h('p', { class: 'hint' }, t('enrol.themeWishesHint')),
        [1, 2, 3].map((rank) => {
            const id = nextId('wish');
            return h('div', { class: 'field' }, h('label', { for: id }, t('enrol.wish', { rank })),
                h('select', { id, name: 'themeWishes', required: rank === 1 },
                    h('option', { value: '' }, rank === 1 ? t('enrol.chooseTheme') : t('enrol.noWish')),
                    themes.map((theme) => h('option', { value: theme.value }, theme.text))));
        }),
        h('p', { class: 'field-error', id: nextId('wish-error'), hidden: true }));
    const form = h('form', { class: 'card', novalidate: true },
        h('p', { class: 'hint' }, t('form.requiredNote')),
        field({ name: 'firstName', labelText: t('enrol.firstName'), required: true, attrs: { autocomplete: 'given-name' } }),
        field({ name: 'lastName', labelText: t('enrol.lastName'), required: true, attrs: { autocomplete: 'family-name' } }),
        field({ name: 'email', labelText: t('enrol.email'), type: 'email', required: true, attrs: { autocomplete: 'email' } }),
        field({ name: 'phone', labelText: t('enrol.phone'), type: 'tel', hint: t('enrol.phoneHint'), attrs: { autocomplete: 'tel' } }),
        field({ name: 'employer', labelText: t('enrol.employer'), required: true,
            hint: t('enrol.employerHint', { organiser: organiserName(call.programmeYear.organiser) }), attrs: { autocomplete: 'organization' } }),
        field({ name: 'unit', labelText: t('enrol.unit'), required: true, hint: t('enrol.unitHint') }),
        field({ name: 'role', labelText: t('enrol.role'), required: true, options: enumOptions('Role', { empty: t('form.choose'), values: roles }) }),
        field({ name: 'careerStage', labelText: t('enrol.careerStage'), required: true, options: enumOptions('CareerStage', { empty: t('form.choose') }) }),
        wishes,
        choices({ name: 'availability', legend: t('enrol.availability'), items: enumOptions('AvailabilitySlot') }),
        late ? field({ name: 'lateReason', labelText: t('enrol.lateReason'), required: true, options: enumOptions('LateReason', { empty: t('form.choose') }) }) : null,
        choices({ name: 'consentToProcessing', legend: t('enrol.consentTitle'), items: [{ value: 'true', text: t('enrol.consent') }], required: true }),
        late ? null : h('p', {}, h('a', { href: `#/tietosuoja/${call.programmeYear.organiser}`, target: '_blank', rel: 'noopener', id: 'privacy-link' },
            t('enrol.privacyLink', { organiser: organiserName(call.programmeYear.organiser) }))),
        h('button', { type: 'submit', class: 'primary' }, late ? t('enrol.submitLate') : t('enrol.submit')));
    onSubmit(form, async (data) => {
        const body = {
            firstName: data.get('firstName'),
            lastName: data.get('lastName'),
            email: data.get('email'),
            phone: data.get('phone') || null,
            employer: data.get('employer'),
            unit: data.get('unit'),
            role: data.get('role') || null,
            careerStage: data.get('careerStage') || null,
            themeWishes: data.getAll('themeWishes').filter(Boolean),
            availability: checkedValues(form, 'availability'),
            consentToProcessing: checkedValues(form, 'consentToProcessing').includes('true'),
        };
        if (late) {
            body.lateReason = data.get('lateReason') || null;
        }
        const year = call.programmeYear;
        const created = await post(`/api/programmes/${year.organiser}/${year.schoolYear}/enrolments`, body);
        await onDone(created, body);
    });
    return form;
}

