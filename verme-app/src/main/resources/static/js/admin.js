// Administration: the installation's admin registers and changes organisers; every admin manages the accounts
// and grants it may (the installation's admin all of them, an organiser's admin those of its organiser).
import {
    api, get, post, put, h, t, field, choices, checkedValues, onSubmit, table, session, label, codes, enumOptions,
    organiserName, refresh, language, loadOrganiserNames, button, announce, problemTitle, ApiError,
} from './core.js';

const ALL = '*';

/** The organisers this admin manages accounts for: '*' for the installation's admin. */
function adminOf() {
    return [...new Set(session().grants.filter((g) => g.role === 'ADMIN').map((g) => g.organiser))];
}

export async function admin() {
    const scopes = adminOf();
    const installation = scopes.includes(ALL);
    const [organisers, providers, users] = await Promise.all([
        installation ? get('/api/organisers') : Promise.resolve([]),
        installation ? get('/api/login/providers') : Promise.resolve([]),
        installation ? get('/api/admin/users')
            : Promise.all(scopes.map((o) => get(`/api/admin/users?organiser=${encodeURIComponent(o)}`))).then((lists) => lists.flat()),
    ]);
    const content = [h('h1', { tabindex: '-1' }, t('admin.title')), h('p', {}, t(installation ? 'admin.introAll' : 'admin.introOrganiser'))];
    if (installation) {
        content.push(organiserSection(organisers, providers));
    }
    content.push(logoSection(installation ? organisers.map((o) => o.slug) : scopes, !installation));
    content.push(userSection(users, installation ? [ALL, ...organisers.map((o) => o.slug)] : scopes, installation));
    return content;
}

/**
 * Each organiser's logo, which its certificates show at the top: seen here, uploaded (PNG or JPEG, at most 256 KB;
 * the server checks that it is one) and removed. An organiser's logo is asked for only when its part is opened
 * (an installation may have many organisers); an organiser's admin sees theirs open.
 */
function logoSection(organisers, open) {
    return h('section', { class: 'card', 'aria-labelledby': 'logos-title', id: 'logos' },
        h('h2', { id: 'logos-title' }, t('admin.logosTitle')),
        h('p', {}, t('admin.logosIntro')),
        organisers.map((organiser) => logoDetails(organiser, open)));
}

function logoDetails(organiser, open) {
    const body = h('div', {});
    const details = h('details', { class: 'logo', 'data-organiser': organiser, open },
        h('summary', {}, t('admin.logoOf', { name: organiserName(organiser) })), body);
    let loaded = false;
    const load = async () => {
        if (!loaded) {
            loaded = true;
            body.replaceChildren(...await logoCard(organiser));
        }
    };
    details.addEventListener('toggle', () => {
        if (details.open) {
            load().catch((failure) => announce(problemTitle(failure)));
        }
    });
    if (open) {
        load().catch((failure) => announce(problemTitle(failure)));
    }
    return details;
}

const logoPath = (organiser) => `/api/organisers/${encodeURIComponent(organiser)}/logo`;

async function logoCard(organiser) {
    const name = organiserName(organiser);
    const hasLogo = await api('GET', logoPath(organiser), undefined, { accept: 'image/png, image/jpeg' }).then(() => true, (failure) => {
        if (failure instanceof ApiError && failure.status === 404) {
            return false;
        }
        throw failure;
    });
    const form = h('form', { novalidate: true, class: 'logo-form' },
        field({ name: 'logo', labelText: t('admin.logoFile', { name }), type: 'file', required: true, hint: t('admin.logoHint'),
            attrs: { accept: 'image/png,image/jpeg' } }),
        h('button', { type: 'submit', class: 'primary' }, t('admin.logoUpload')));
    onSubmit(form, async (data) => {
        const file = data.get('logo');
        await api('PUT', logoPath(organiser), file && file.size ? file : new Blob([], { type: 'image/png' }));
        await refresh(t('admin.logoUploaded', { name }));
    });
    const remove = hasLogo ? button(t('admin.logoRemove'), async () => {
        if (!window.confirm(t('admin.logoConfirmRemove', { name }))) {
            return;
        }
        try {
            await api('DELETE', logoPath(organiser));
            await refresh(t('admin.logoRemoved', { name }));
        } catch (failure) {
            announce(problemTitle(failure));
        }
    }, { class: 'danger', 'aria-label': t('admin.logoRemoveWho', { name }) }) : null;
    return [hasLogo ? h('img', { src: logoPath(organiser), alt: t('admin.logoAlt', { name }), class: 'organiser-logo' })
        : h('p', {}, t('admin.logoNone')), form, remove].filter(Boolean);
}

function nameIn(names) {
    return names[language()] || names.fi;
}

function organiserSection(organisers, providers) {
    return h('section', { class: 'card', 'aria-labelledby': 'organisers-title' },
        h('h2', { id: 'organisers-title' }, t('admin.organisersTitle')),
        table({
            caption: t('admin.organisersCaption', { count: organisers.length }),
            columns: [t('admin.organiserName'), t('admin.slug'), t('admin.businessId'), t('admin.contactEmail'),
                t('admin.defaultLanguage'), t('admin.identityProvider')],
            rows: organisers.map((o) => [nameIn(o.name), o.slug, o.businessId, o.contactEmail, t(`language.${o.defaultLanguage}`),
                o.identityProvider || t('admin.passwordOnly')]),
        }),
        h('details', {}, h('summary', {}, t('admin.registerOrganiser')), organiserForm(null, providers)),
        organisers.map((o) => h('details', {}, h('summary', {}, t('admin.changeOrganiser', { name: nameIn(o.name) })), organiserForm(o, providers))));
}

/** Registers an organiser ({@code current} null) or changes one; its slug never changes. */
function organiserForm(current, providers) {
    const value = (f) => (current ? f(current) : undefined);
    const form = h('form', { novalidate: true },
        current ? null : field({ name: 'slug', labelText: t('admin.slug'), required: true, hint: t('admin.slugHint') }),
        field({ name: 'nameFi', labelText: t('admin.nameFi'), required: true, value: value((o) => o.name.fi) }),
        field({ name: 'nameSv', labelText: t('admin.nameSv'), required: true, value: value((o) => o.name.sv) }),
        field({ name: 'nameEn', labelText: t('admin.nameEn'), value: value((o) => o.name.en) }),
        field({ name: 'businessId', labelText: t('admin.businessId'), required: true, hint: t('admin.businessIdHint'), value: value((o) => o.businessId) }),
        field({ name: 'contactEmail', labelText: t('admin.contactEmail'), type: 'email', required: true, value: value((o) => o.contactEmail) }),
        field({ name: 'defaultLanguage', labelText: t('admin.defaultLanguage'), required: true, value: value((o) => o.defaultLanguage) || 'fi',
            options: ['fi', 'sv', 'en'].map((code) => ({ value: code, text: t(`language.${code}`) })) }),
        field({ name: 'identityProvider', labelText: t('admin.identityProvider'), value: value((o) => o.identityProvider) || '', hint: t('admin.identityProviderHint'),
            options: [{ value: '', text: t('admin.passwordOnly') }, ...providers.map((p) => ({ value: p.registrationId, text: `${p.name} (${p.registrationId})` }))] }),
        h('button', { type: 'submit', class: 'primary' }, t(current ? 'admin.save' : 'admin.register')));
    onSubmit(form, async (data) => {
        const body = {
            name: { fi: data.get('nameFi'), sv: data.get('nameSv'), en: data.get('nameEn') || null },
            businessId: data.get('businessId'),
            contactEmail: data.get('contactEmail'),
            defaultLanguage: data.get('defaultLanguage'),
            identityProvider: data.get('identityProvider') || null,
        };
        const saved = current ? await put(`/api/organisers/${encodeURIComponent(current.slug)}`, body)
            : await post('/api/organisers', { slug: data.get('slug'), ...body });
        await loadOrganiserNames();
        await refresh(t(current ? 'admin.organiserSaved' : 'admin.organiserRegistered', { name: nameIn(saved.name) }));
    });
    return form;
}

function grantText(grant) {
    return `${label('AccessRole', grant.role)} (${grant.organiser === ALL ? t('me.allOrganisers') : organiserName(grant.organiser)})`;
}

function userSection(users, organisers, installation) {
    const form = userForm(organisers, installation);
    return h('section', { class: 'card', 'aria-labelledby': 'users-title' },
        h('h2', { id: 'users-title' }, t('admin.usersTitle')),
        table({
            caption: t('admin.usersCaption', { count: users.length }),
            columns: [t('admin.userId'), t('admin.displayName'), t('me.email'), t('admin.signIn'), t('admin.grants'), t('admin.state'), t('admin.actions')],
            rows: users.map((u) => [u.userId, u.displayName, u.email || '', u.oidcSubject ? t('admin.bySubject', { subject: u.oidcSubject }) : t('admin.byPasswordOrEmail'),
                u.grants.length ? u.grants.map(grantText).join(', ') : t('common.none'),
                t(u.enabled ? 'admin.enabled' : 'admin.disabled'),
                h('button', { type: 'button', 'aria-label': t('admin.editUser', { user: u.userId }), onClick: () => form.edit(u) }, t('admin.edit'))]),
        }),
        h('h3', { id: 'user-form-title' }, t('admin.userFormTitle')),
        form);
}

/**
 * Creates an account or changes one (chosen with its row's button). The grants are edited for one organiser at a
 * time: the roles ticked for the chosen organiser replace that organiser's grants, and the others stay.
 */
function userForm(organisers, installation) {
    let edited = null;
    const roleBoxes = choices({ name: 'roles', legend: t('admin.roles'), items: enumOptions('AccessRole', { values: codes('AccessRole') }) });
    const form = h('form', { novalidate: true, 'aria-labelledby': 'user-form-title' },
        field({ name: 'userId', labelText: t('admin.userId'), required: true, hint: t('admin.userIdHint') }),
        field({ name: 'displayName', labelText: t('admin.displayName'), required: true }),
        field({ name: 'email', labelText: t('me.email'), type: 'email', hint: t('admin.emailHint') }),
        field({ name: 'oidcSubject', labelText: t('admin.oidcSubject'), hint: t('admin.oidcSubjectHint') }),
        field({ name: 'password', labelText: t('admin.password'), type: 'password', hint: t('admin.passwordHint'), attrs: { autocomplete: 'new-password' } }),
        field({ name: 'grantOrganiser', labelText: t('admin.grantOrganiser'), required: true,
            options: organisers.map((o) => ({ value: o, text: o === ALL ? t('me.allOrganisers') : organiserName(o) })) }),
        roleBoxes,
        choices({ name: 'enabled', legend: t('admin.state'), items: [{ value: 'yes', text: t('admin.enabled') }], checked: ['yes'] }),
        h('button', { type: 'submit', class: 'primary' }, t('admin.saveUser')));
    const organiserSelect = form.elements.grantOrganiser;
    const tickRoles = () => {
        const held = (edited ? edited.grants : []).filter((g) => g.organiser === organiserSelect.value).map((g) => g.role);
        roleBoxes.querySelectorAll('input').forEach((box) => { box.checked = held.includes(box.value); });
    };
    organiserSelect.addEventListener('change', tickRoles);
    form.edit = (user) => {
        edited = user;
        form.elements.userId.value = user.userId;
        form.elements.displayName.value = user.displayName;
        form.elements.email.value = user.email || '';
        form.elements.oidcSubject.value = user.oidcSubject || '';
        form.elements.password.value = '';
        const first = user.grants.find((g) => organisers.includes(g.organiser));
        if (first) {
            organiserSelect.value = first.organiser;
        }
        tickRoles();
        form.querySelector('input[name=enabled]').checked = user.enabled;
        form.elements.displayName.focus();
    };
    onSubmit(form, async (data) => {
        const userId = String(data.get('userId') || '').trim();
        const organiser = data.get('grantOrganiser');
        // Changing the account chosen from the list keeps what the form does not show: its other organisers'
        // grants and its person. An id typed anew is a new account.
        const same = edited && edited.userId === userId ? edited : null;
        const kept = same ? same.grants.filter((g) => g.organiser !== organiser) : [];
        const grants = [...kept, ...checkedValues(form, 'roles').map((role) => ({ role, organiser }))];
        const scope = installation ? '' : `?organiser=${encodeURIComponent(organiser)}`;
        await put(`/api/admin/users/${encodeURIComponent(userId)}${scope}`, {
            displayName: data.get('displayName'),
            email: data.get('email') || null,
            oidcSubject: data.get('oidcSubject') || null,
            password: data.get('password') || null,
            personId: same ? same.personId : null,
            enabled: checkedValues(form, 'enabled').includes('yes'),
            grants,
        });
        await refresh(t('admin.userSaved', { user: userId }));
    });
    return form;
}
