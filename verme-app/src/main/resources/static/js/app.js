// The shell: header with language and programme choice, navigation by role, hash routes, sign-in and -out.
import {
    api, get, put, h, t, setLanguage, preferredLanguage, language, LANGUAGES, session, setSession, field, onSubmit,
    announce, label, ApiError, problemTitle, hasRole, setRenderer, loadVocabulary, loadOrganiserNames, organiserName,
    programmeTitle, choices, checkedValues,
} from './core.js';
import { landing, enrolForm, personalLink, contactConfirmation, surveyAnswer, noticePreferences, privacyPage } from './public.js';
import { dashboard, enrolments } from './programme.js';
import { groups, groupPage, signInSheet } from './groups.js';
import { compensation } from './money.js';
import { audit } from './audit.js';
import { feedback } from './feedback.js';
import { myPage } from './personal.js';
import { setup } from './setup.js';
import { admin } from './admin.js';
import { accessibilityStatement } from './accessibility.js';
import { certificateCheck } from './certificate-check.js';

const main = () => document.getElementById('main');

/** Which screens each role opens, in the navigation's order (key: text key and route). */
const SCREENS = [
    { key: 'dashboard', path: '', roles: ['COORDINATOR'] },
    { key: 'enrolments', path: '/enrolments', roles: ['COORDINATOR', 'AUDITOR'] },
    { key: 'groups', path: '/groups', roles: ['COORDINATOR', 'AUDITOR', 'FINANCE'] },
    { key: 'compensation', path: '/compensation', roles: ['COORDINATOR', 'FINANCE', 'AUDITOR'] },
    { key: 'audit', path: '/audit', roles: ['AUDITOR', 'ADMIN'] },
    { key: 'setup', path: '/setup', roles: ['COORDINATOR'] },
    { key: 'feedback', path: '/feedback', roles: ['COORDINATOR', 'AUDITOR', 'ADMIN'] },
];

const routes = [
    [/^\/?$/, () => home()],
    [/^\/login$/, () => loginPage()],
    [/^\/saavutettavuus(?:\/([^/]+))?$/, (organiser) => accessibilityStatement(organiser)],
    [/^\/login\/(not-registered|failed)$/, (refusal) => loginPage(refusal)],
    [/^\/me$/, () => mePage()],
    [/^\/my$/, () => myPage()],
    [/^\/setup$/, () => (session() ? setup() : loginPage())],
    [/^\/admin$/, () => (session() ? admin() : loginPage())],
    [/^\/ilmoittaudu\/([^/]+)\/([^/]+)$/, (o, y) => enrolForm(o, y)],
    [/^\/tietosuoja\/([^/]+)$/, (organiser) => privacyPage(organiser)],
    [/^\/oma\/(.+)$/, (token) => personalLink(token)],
    [/^\/kysely\/(.+)$/, (token) => surveyAnswer(token)],
    [/^\/ilmoitukset\/(.+)$/, (token) => noticePreferences(token)],
    [/^\/yhteystiedot\/(.+)$/, (token) => contactConfirmation(token)],
    [/^\/todistus\/([^/]+)$/, (code) => certificateCheck(code)],
    [/^\/group\/([^/]+)$/, (id) => groupPage(id)],
    [/^\/group\/([^/]+)\/sign-in\/([^/]+)$/, (id, meeting) => signInSheet(id, meeting)],
    [/^\/p\/([^/]+)\/([^/]+)$/, (o, y) => programme(o, y, () => dashboard(o, y))],
    [/^\/p\/([^/]+)\/([^/]+)\/enrolments$/, (o, y) => programme(o, y, () => enrolments(o, y))],
    [/^\/p\/([^/]+)\/([^/]+)\/groups$/, (o, y) => programme(o, y, () => groups(o, y))],
    [/^\/p\/([^/]+)\/([^/]+)\/compensation$/, (o, y) => programme(o, y, () => compensation(o, y))],
    [/^\/p\/([^/]+)\/([^/]+)\/audit$/, (o, y) => programme(o, y, () => audit(o, y))],
    [/^\/p\/([^/]+)\/([^/]+)\/feedback$/, (o, y) => programme(o, y, () => feedback(o, y))],
    [/^\/p\/([^/]+)\/([^/]+)\/setup$/, (o, y) => programme(o, y, () => setup(o, y))],
];


async function loadSession() {
    try {
        setSession(await get('/api/me'));
    } catch (failure) {
        setSession(null);
        if (!(failure instanceof ApiError) || (failure.status !== 401 && failure.status !== 403)) {
            throw failure;
        }
    }
}

function currentProgramme() {
    const match = location.hash.match(/^#\/p\/([^/]+)\/([^/]+)/);
    if (match) {
        return { organiser: decodeURIComponent(match[1]), schoolYear: decodeURIComponent(match[2]) };
    }
    const me = session();
    const stored = localStorage.getItem('verme.programme');
    const programmes = me ? me.programmes : [];
    return programmes.find((p) => `${p.organiser}/${p.schoolYear}` === stored) || programmes[0] || null;
}

/** The footer's link to the accessibility statement: the organiser's own when a page belongs to one. */
function renderFooter() {
    const link = document.getElementById('accessibility-link');
    const match = location.hash.match(/^#\/(?:p|ilmoittaudu|saavutettavuus)\/([^/]+)/);
    const organiser = match ? decodeURIComponent(match[1]) : (currentProgramme() || {}).organiser;
    link.textContent = t('accessibility.link');
    link.setAttribute('href', organiser ? `#/saavutettavuus/${encodeURIComponent(organiser)}` : '#/saavutettavuus');
}

function renderHeader() {
    const me = session();
    const header = document.getElementById('header');
    header.replaceChildren();
    const languageSelect = h('select', { id: 'language', name: 'language' },
        LANGUAGES.map((lang) => h('option', { value: lang, selected: lang === language() }, t(`language.${lang}`))));
    languageSelect.addEventListener('change', async () => {
        await setLanguage(languageSelect.value);
        await render();
        document.getElementById('language').focus();
    });
    const tools = h('div', { class: 'tools' },
        h('label', { for: 'language' }, t('app.language')), languageSelect);
    if (me) {
        tools.append(h('a', { href: '#/me', class: 'user' }, me.displayName),
            h('button', { type: 'button', onClick: logout }, t('app.logout')));
    } else {
        tools.append(h('a', { href: '#/login', class: 'button-link' }, t('app.login')));
    }
    header.append(h('a', { href: '#/', class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, 'V'), t('app.name')), tools);

    document.getElementById('skip').textContent = t('app.skip');
    renderFooter();
    const nav = document.getElementById('nav');
    nav.setAttribute('aria-label', t('nav.label'));
    nav.replaceChildren();
    if (!me) {
        nav.hidden = true;
        return;
    }
    nav.hidden = false;
    const programme = currentProgramme();
    const list = h('ul', {});
    if (programme && me.programmes.length) {
        const select = h('select', { id: 'programme', name: 'programme' }, me.programmes.map((p) => h('option', {
            value: `${p.organiser}/${p.schoolYear}`,
            selected: p.organiser === programme.organiser && p.schoolYear === programme.schoolYear,
        }, programmeTitle(p.organiser, p.schoolYear))));
        select.addEventListener('change', () => {
            localStorage.setItem('verme.programme', select.value);
            // The same screen of the other year; a list's search and filters were the old year's.
            const rest = location.hash.split('?')[0].replace(/^#\/p\/[^/]+\/[^/]+/, '');
            location.hash = `#/p/${select.value}${location.hash.startsWith('#/p/') ? rest : ''}`;
        });
        nav.append(h('div', { class: 'programme-choice' }, h('label', { for: 'programme' }, t('app.programme')), select));
        const base = `#/p/${programme.organiser}/${programme.schoolYear}`;
        for (const screen of SCREENS) {
            if (hasRole(...screen.roles)) {
                list.append(h('li', {}, h('a', { href: base + screen.path }, t(`nav.${screen.key}`))));
            }
        }
    }
    if (!programme && hasRole('COORDINATOR')) {
        list.append(h('li', {}, h('a', { href: '#/setup' }, t('nav.setup'))));
    }
    if (hasRole('ADMIN')) {
        list.append(h('li', {}, h('a', { href: '#/admin' }, t('nav.admin'))));
    }
    if (me.personId) {
        list.append(h('li', {}, h('a', { href: '#/my' }, t('nav.my'))));
    }
    list.append(h('li', {}, h('a', { href: '#/me' }, t('nav.me'))));
    nav.append(list);
    const here = location.hash.split('?')[0] || '#/';
    nav.querySelectorAll('a').forEach((link) => {
        if (link.getAttribute('href') === here) {
            link.setAttribute('aria-current', 'page');
        }
    });
}

async function logout() {
    let answer = null;
    try {
        answer = await api('POST', '/api/logout');
    } catch (ignored) {
        // Signed out already.
    }
    setSession(null);
    if (answer && answer.providerLogout) {
        // Signed in through an identity provider: its session ends too, and it sends the browser back.
        location.assign(answer.providerLogout);
        return;
    }
    location.hash = '#/';
    await render();
    announce(t('app.loggedOut'));
}

/** The programme screens: the user must be signed in; the chosen programme is remembered. */
async function programme(organiser, schoolYear, screen) {
    if (!session()) {
        return loginPage();
    }
    localStorage.setItem('verme.programme', `${organiser}/${schoolYear}`);
    return screen();
}

function home() {
    const me = session();
    if (!me) {
        return landing();
    }
    const programme = currentProgramme();
    const base = programme ? `#/p/${programme.organiser}/${programme.schoolYear}` : null;
    if (base && hasRole('COORDINATOR')) {
        location.replace(base);
    } else if (base && hasRole('FINANCE')) {
        location.replace(`${base}/compensation`);
    } else if (base && hasRole('AUDITOR')) {
        location.replace(`${base}/audit`);
    } else if (me.personId) {
        location.replace('#/my');
    } else if (hasRole('COORDINATOR')) {
        location.replace('#/setup');
    } else if (hasRole('ADMIN')) {
        location.replace('#/admin');
    } else {
        location.replace('#/me');
    }
    return null;
}

/**
 * Signing in: through the identity providers the installation has (each a link that starts the provider's
 * sign-in), or with a Verme account. After a refused sign-in through a provider, says why first.
 */
async function loginPage(refusal) {
    let providers = [];
    try {
        providers = await get('/api/login/providers');
    } catch (ignored) {
        // The form still works without the list.
    }
    const title = h('h1', { tabindex: '-1' }, t(refusal ? 'login.refusedTitle' : 'login.title'));
    const why = refusal ? h('p', { class: 'form-alert', role: 'alert' }, t(`login.refused.${refusal}`)) : null;
    const external = providers.length ? h('section', { class: 'card narrow', 'aria-labelledby': 'login-providers' },
        h('h2', { id: 'login-providers' }, t('login.providers')),
        h('ul', { class: 'providers' }, providers.map((provider) => h('li', {},
            h('a', { href: provider.signInPath, class: 'button-link' }, provider.name))))) : null;
    const form = h('form', { class: 'card narrow', novalidate: true },
        field({ name: 'username', labelText: t('login.username'), required: true, attrs: { autocomplete: 'username' } }),
        field({ name: 'password', labelText: t('login.password'), type: 'password', required: true, attrs: { autocomplete: 'current-password' } }),
        h('button', { type: 'submit', class: 'primary' }, t('login.submit')));
    onSubmit(form, async (data) => {
        await api('POST', '/api/login', { username: data.get('username'), password: data.get('password') }, { form: true });
        await loadSession();
        announce(t('login.welcome', { name: session().displayName }));
        location.hash = '#/';
        await render();
    });
    // The demo's accounts are named only where there is a demo.
    const demo = await get('/api/login/demo-accounts').catch(() => []);
    return [title, why, external, h('p', {}, t('login.intro')), form, demo.length ? h('p', { class: 'hint', id: 'demo-accounts' }, t('login.demo')) : null];
}

/** A coordinator takes the weekly digest of their programmes, or stops it. */
async function digestChoice() {
    const current = await get('/api/me/digest');
    const form = h('form', { novalidate: true },
        choices({ name: 'weekly', legend: t('digest.legend'), items: [{ value: 'weekly', text: t('digest.weekly') }],
            checked: current.weekly ? ['weekly'] : [] }),
        h('button', { type: 'submit' }, t('setup.save')));
    onSubmit(form, async () => {
        await put('/api/me/digest', { weekly: checkedValues(form, 'weekly').includes('weekly') });
        announce(t('digest.saved'));
    });
    return h('section', { class: 'card' }, h('h2', {}, t('digest.title')), h('p', { class: 'hint' }, t('digest.hint')), form);
}

async function mePage() {
    const me = session();
    if (!me) {
        return loginPage();
    }
    const byRole = new Map();
    for (const grant of me.grants) {
        byRole.set(grant.role, [...(byRole.get(grant.role) || []), grant.organiser === '*' ? t('me.allOrganisers') : organiserName(grant.organiser)]);
    }
    return [h('h1', { tabindex: '-1' }, t('me.title', { name: me.displayName })),
        h('p', {}, t('me.intro')),
        h('dl', { class: 'facts' },
            h('dt', {}, t('me.userId')), h('dd', {}, me.userId),
            me.email ? [h('dt', {}, t('me.email')), h('dd', {}, me.email)] : null),
        byRole.size === 0 ? h('p', {}, t('me.noRoles')) : null,
        [...byRole.entries()].map(([role, organisers]) => h('section', { class: 'card' },
            h('h2', {}, `${label('AccessRole', role)}: ${organisers.join(', ')}`),
            h('ul', {}, t(`me.can.${role}`).split('|').map((line) => h('li', {}, line))))),
        me.grants.some((grant) => grant.role === 'COORDINATOR') ? await digestChoice() : null,
        h('section', { class: 'card' }, h('h2', {}, t('me.cannotTitle')), h('p', {}, t('me.cannot')))];
}

let latestRender = 0;

/**
 * Draws the current route into the main landmark and moves focus to its heading. A render that a newer
 * one overtook while it waited for the API is dropped, so an older screen never replaces a newer one.
 */
async function render() {
    const token = ++latestRender;
    renderHeader();
    // After a '?' a screen keeps what was asked of it (a list's search, sort and page): not part of the route.
    const path = decodeURIComponent(location.hash.replace(/^#/, '').split('?')[0]) || '/';
    const container = main();
    container.setAttribute('aria-busy', 'true');
    let content;
    try {
        const route = routes.find(([pattern]) => pattern.test(path));
        if (!route) {
            content = [h('h1', { tabindex: '-1' }, t('app.notFound'))];
        } else {
            content = await route[1](...path.match(route[0]).slice(1));
        }
    } catch (failure) {
        if (failure instanceof ApiError && failure.status === 401) {
            setSession(null);
            content = await loginPage();
        } else {
            content = [h('h1', { tabindex: '-1' }, t('app.error')), h('p', { role: 'alert' }, problemTitle(failure))];
        }
    }
    if (content == null || token !== latestRender) {
        return;
    }
    container.replaceChildren(...[content].flat(Infinity).filter(Boolean));
    container.removeAttribute('aria-busy');
    document.title = `${(container.querySelector('h1') || {}).textContent || ''} – ${t('app.name')}`;
    const heading = container.querySelector('h1');
    if (heading && document.activeElement !== document.getElementById('language')) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: false });
    }
}


async function start() {
    await Promise.all([setLanguage(preferredLanguage()), loadVocabulary(), loadOrganiserNames()]);
    const skip = document.getElementById('skip');
    skip.addEventListener('click', (event) => {
        // The hash is the router's: skip to the content by moving focus, not by changing the address.
        event.preventDefault();
        document.getElementById('main').focus();
    });
    await loadSession();
    setRenderer(render);
    window.addEventListener('hashchange', () => render());
    await render();
    document.body.dataset.ready = 'true';
}

start();
