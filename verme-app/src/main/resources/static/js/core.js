// The UI's foundations: calling the JSON API, texts in the chosen language, the codes of the API's
// enumerations, Finnish formats, building DOM safely (text is always set as text, never as HTML), forms whose
// errors are tied to their fields.

import '../vendor/cally/cally.js';

export const LANGUAGES = ['fi', 'sv', 'en'];

const state = { lang: 'fi', texts: {}, fallback: {}, me: null, vocabulary: {}, organisers: {}, organiserContacts: {} };

export function session() {
    return state.me;
}

export function setSession(me) {
    state.me = me;
}

export function language() {
    return state.lang;
}

async function loadTexts(lang) {
    const response = await fetch(`/i18n/${lang}.json`, { headers: { Accept: 'application/json' } });
    return response.json();
}

export async function setLanguage(lang) {
    const chosen = LANGUAGES.includes(lang) ? lang : 'fi';
    if (!state.fallback.app) {
        state.fallback = await loadTexts('fi');
    }
    state.texts = chosen === 'fi' ? state.fallback : await loadTexts(chosen);
    state.lang = chosen;
    localStorage.setItem('verme.lang', chosen);
    document.documentElement.lang = chosen;
}

export function preferredLanguage() {
    const stored = localStorage.getItem('verme.lang');
    return LANGUAGES.includes(stored) ? stored : 'fi';
}

/** The text of a key in the chosen language (Finnish when missing), with {name} parameters filled in. */
export function t(key, params = {}) {
    const lookup = (texts) => key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), texts);
    let text = lookup(state.texts);
    if (typeof text !== 'string') {
        text = lookup(state.fallback);
    }
    if (typeof text !== 'string') {
        return key;
    }
    return text.replace(/\{(\w+)\}/g, (match, name) => (params[name] == null ? match : String(params[name])));
}

/**
 * Loads the codes of the API's enumerations (GET /api/vocabulary), once, at start: choices are built from
 * the Java enums themselves, never from copies kept here. Their names are the texts' (enum.<name>.<code>).
 */
export async function loadVocabulary() {
    state.vocabulary = await get('/api/vocabulary');
}

/**
 * Loads the registered organisers' names (GET /api/organiser-names, public), once at start: every page shows an
 * organiser by its name, never by its slug.
 */
export async function loadOrganiserNames() {
    const organisers = await get('/api/organiser-names');
    state.organisers = Object.fromEntries(organisers.map((organiser) => [organiser.slug, organiser.name]));
    state.organiserContacts = Object.fromEntries(organisers.map((organiser) => [organiser.slug, organiser.contactEmail]));
}

/** An organiser's public contact address (its accessibility statement's feedback channel); none until registered. */
export function organiserContact(slug) {
    return state.organiserContacts[slug] || null;
}

/** An organiser's registered name in the chosen language (Finnish when it has none in it); its slug until registered. */
export function organiserName(slug) {
    const name = state.organisers[slug];
    return name ? name[state.lang] || name.fi : slug;
}

/** A school year as people write it: 2026–2027. */
export const schoolYearText = (schoolYear) => String(schoolYear).replace('-', '–');

/** A programme year as people read it: Seinäjoen kaupunki 2026–2027. */
export const programmeTitle = (organiser, schoolYear) => `${organiserName(organiser)} ${schoolYearText(schoolYear)}`;

/** An enumeration's codes in the API's order, e.g. codes('Role'). */
export function codes(name) {
    const known = state.vocabulary[name];
    if (!known) {
        throw new Error(`The API has no enumeration ${name}`);
    }
    return known;
}

/** An enum value's name, e.g. t('enum.GroupStatus.STARTED'); the raw value when there is no text. */
export function label(enumName, value) {
    if (value == null) {
        return '';
    }
    const text = t(`enum.${enumName}.${value}`);
    return text.startsWith('enum.') ? String(value) : text;
}

// Finnish formats whatever the language: 30.6.2027, 1 234,50 €, 3,5 h.
const MONEY = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' });
const NUMBER = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });

export const fmt = {
    date(iso) {
        if (!iso) {
            return '';
        }
        if (/T.*(Z|[+-]\d\d:?\d\d)$/.test(String(iso))) {
            // An instant (an enrolment's time, say) is on the day it was in Finland, not in UTC.
            return new Date(iso).toLocaleDateString('fi-FI', { timeZone: 'Europe/Helsinki' });
        }
        const [y, m, d] = String(iso).substring(0, 10).split('-').map(Number);
        return `${d}.${m}.${y}`;
    },
    dateTime(iso) {
        if (!iso) {
            return '';
        }
        const at = new Date(iso);
        const time = at.toLocaleTimeString('fi-FI', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' });
        const day = at.toLocaleDateString('fi-FI', { timeZone: 'Europe/Helsinki' });
        return `${day} ${time}`;
    },
    money(amount) {
        return amount == null ? '' : MONEY.format(Number(amount));
    },
    number(value) {
        return value == null ? '' : NUMBER.format(Number(value));
    },
    hours(minutes) {
        return `${NUMBER.format((minutes || 0) / 60)} h`;
    },
    percent(value) {
        return value == null ? '' : `${NUMBER.format(Number(value))} %`;
    },
    time(value) {
        return value ? String(value).substring(0, 5).replace(':', '.') : '';
    },
};

export function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A problem+json answer from the API. */
export class ApiError extends Error {
    constructor(status, problem) {
        super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
        this.status = status;
        this.problem = problem || {};
    }
}

let pending = 0;
let busyTimer = null;

/**
 * The loading indicator: shown when a request has waited a moment (so quick answers do not flicker it), until
 * every request has its answer.
 */
function busy(change) {
    pending += change;
    let indicator = document.getElementById('loading');
    if (!indicator) {
        indicator = h('div', { id: 'loading', class: 'loading', hidden: true }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('app.loading'));
        document.body.append(indicator);
    }
    if (pending > 0 && busyTimer === null && indicator.hidden) {
        busyTimer = window.setTimeout(() => {
            busyTimer = null;
            indicator.hidden = pending === 0;
            indicator.lastChild.textContent = t('app.loading');
        }, 200);
    } else if (pending === 0) {
        window.clearTimeout(busyTimer);
        busyTimer = null;
        indicator.hidden = true;
    }
}

/** Calls the API as the signed-in browser session; writes carry the session's CSRF token. */
export async function api(method, path, body, options = {}) {
    return (await exchange(method, path, body, options)).data;
}

/** The API's answer and its headers; a refusal is thrown as an {@link ApiError}. The wait shows meanwhile. */
async function exchange(method, path, body, options = {}) {
    busy(1);
    try {
        return await call(method, path, body, options);
    } finally {
        busy(-1);
    }
}

async function call(method, path, body, { form = false, accept = 'application/json' } = {}) {
    const headers = { Accept: accept, 'X-Requested-With': 'verme-ui', 'Accept-Language': state.lang };
    const me = state.me;
    if (method !== 'GET' && me && me.csrf) {
        headers[me.csrf.headerName] = me.csrf.token;
    }
    let payload;
    if (body !== undefined) {
        if (body instanceof FormData) {
            payload = body; // a file upload: the browser writes multipart/form-data with its boundary
        } else if (form) {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            payload = new URLSearchParams(body).toString();
        } else if (body instanceof Blob) {
            // A file as it is (an organiser's logo): the server tells its kind by its bytes.
            headers['Content-Type'] = body.type || 'application/octet-stream';
            payload = body;
        } else {
            headers['Content-Type'] = 'application/json';
            payload = JSON.stringify(body);
        }
    }
    const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
    const type = response.headers.get('Content-Type') || '';
    if (response.ok && !type.includes('json') && accept !== 'application/json') {
        return { response, data: await response.blob() };
    }
    const data = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
        throw new ApiError(response.status, typeof data === 'object' ? data : { detail: data });
    }
    return { response, data };
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}) => api('POST', path, body);
export const put = (path, body = {}) => api('PUT', path, body);
/** Sends a form's files (and fields) as multipart/form-data, as {@code POST …/imports} takes a file. */
export const upload = (path, formData) => api('POST', path, formData);

/** Builds an element: attributes (on* become listeners), then children (strings become text nodes). */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value == null || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.substring(2).toLowerCase(), value);
        } else if (name === 'class') {
            element.className = value;
        } else if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, String(value));
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child == null || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

let uid = 0;
export function nextId(prefix) {
    uid += 1;
    return `${prefix}-${uid}`;
}

/**
 * A labelled control: input, select or textarea, with an optional hint and a slot for its error. A date is a text
 * box in the Finnish format (21.1.2027) whatever the language, with a calendar beside it (dateControl); the form
 * sends it to the API as an ISO date (onSubmit).
 */
export function field({ name, labelText, type = 'text', required = false, value, options, hint, problem, attrs = {} }) {
    const id = nextId(`f-${name.replace(/\W/g, '-')}`);
    const date = type === 'date' && !options;
    const shownHint = date && !hint ? t('form.dateHint') : hint;
    const hintId = shownHint ? `${id}-hint` : null;
    const errorId = `${id}-error`;
    let control;
    const common = { id, name, required, 'aria-describedby': hintId, 'data-problem': problem, ...attrs };
    if (date) {
        control = dateControl(common, value, labelText);
    } else if (type === 'number' && !options) {
        control = numberControl(common, value);
    } else if (options) {
        control = h('select', common, options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.text)));
    } else if (type === 'textarea') {
        control = h('textarea', { ...common, rows: attrs.rows || 6 }, value ?? '');
    } else {
        control = h('input', { ...common, type, value: value ?? undefined });
    }
    return h('div', { class: 'field' },
        h('label', { for: id }, labelText, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
        shownHint ? h('p', { class: 'hint', id: hintId }, shownHint) : null,
        control,
        h('p', { class: 'field-error', id: errorId, hidden: true }));
}

/**
 * A number's text box. A number input would drop a decimal comma in a browser of another language (0,5 became 05),
 * so the box takes text, the phone shows digits, and the form reads 0,5, 0.5 and 1 234,50 alike (onSubmit).
 */
function numberControl({ min, max, step, ...common }, value) {
    const decimals = step !== undefined && !Number.isInteger(Number(step));
    return h('input', { ...common, type: 'text', inputmode: decimals ? 'decimal' : 'numeric', autocomplete: 'off',
        'data-number': 'true', value: value == null || value === '' ? undefined : String(value).replace('.', ',') });
}

/** A number as written in Finland or elsewhere (1,5; 1.5; 1 234,50) as the API reads it (1.5); null when it is not one. */
function plainNumber(text) {
    const written = String(text).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    return /^[+-]?\d+(\.\d+)?$/.test(written) ? written : null;
}

/** The calendar's language: month and day names from the browser's Intl, for the chosen language in Finland. */
const CALENDAR_LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * A date's text box and its calendar (Cally's <calendar-date>, vendor/cally): the button beside the box opens the
 * month of the date written (or today's), a chosen day is written back as 21.1.2027 and focus returns to the box;
 * Escape or a click elsewhere closes it without a change. Typing stays the quickest way, on a phone too.
 */
function dateControl(common, value, labelText) {
    const input = h('input', { ...common, type: 'text', inputmode: 'numeric', autocomplete: 'off', 'data-date': 'true',
        value: value ? fmt.date(value) : undefined, size: 11, maxlength: 10 });
    // The calendar is made when opened and removed when closed: a form of many dates carries none meanwhile.
    const popover = h('div', { class: 'date-popover', id: `${common.id}-calendar`, role: 'dialog', hidden: true,
        'aria-label': t('form.calendarOf', { label: labelText }) });
    const toggle = h('button', { type: 'button', class: 'date-toggle', 'aria-expanded': 'false', 'aria-controls': popover.id,
        'aria-label': t('form.chooseDate', { label: labelText }) }, h('img', { src: 'css/calendar.svg', alt: '', width: 20, height: 20 }));
    const close = (refocus) => {
        popover.hidden = true;
        popover.replaceChildren();
        toggle.setAttribute('aria-expanded', 'false');
        document.removeEventListener('pointerdown', outside);
        if (refocus) {
            refocus.focus();
        }
    };
    const outside = (event) => {
        if (!popover.contains(event.target) && !toggle.contains(event.target)) {
            close();
        }
    };
    const open = () => {
        const written = isoDate(input.value);
        const calendar = h('calendar-date', { locale: CALENDAR_LOCALES[language()] || 'fi-FI', 'first-day-of-week': 1,
            value: written || undefined, 'focused-date': written || today() },
        h('span', { slot: 'previous' }, h('span', { 'aria-hidden': 'true' }, '‹'), h('span', { class: 'visually-hidden' }, t('form.previousMonth'))),
        h('span', { slot: 'next' }, h('span', { 'aria-hidden': 'true' }, '›'), h('span', { class: 'visually-hidden' }, t('form.nextMonth'))),
        h('calendar-month'));
        calendar.addEventListener('change', () => {
            input.value = fmt.date(calendar.value);
            input.dispatchEvent(new Event('change', { bubbles: true }));
            close(input);
        });
        popover.replaceChildren(calendar);
        popover.hidden = false;
        toggle.setAttribute('aria-expanded', 'true');
        document.addEventListener('pointerdown', outside);
        window.requestAnimationFrame(() => calendar.focus());
    };
    toggle.addEventListener('click', () => (popover.hidden ? open() : close(input)));
    popover.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close(toggle);
        }
    });
    return h('div', { class: 'date-field' }, input, toggle, popover);
}

/** A date as written (21.1.2027, or 2027-01-21) as the ISO date the API reads; null when it is not a real date. */
export function isoDate(text) {
    const written = String(text || '').trim();
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(written);
    const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written);
    if (!iso && !finnish) {
        return null;
    }
    const [y, m, d] = (iso ? [iso[1], iso[2], iso[3]] : [finnish[3], finnish[2], finnish[1]]).map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
        return null;
    }
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A group of check boxes (or radio buttons) with a legend. */
export function choices({ name, legend, items, type = 'checkbox', checked = [], required = false }) {
    const errorId = nextId(`f-${name}-error`);
    return h('fieldset', { class: 'choices', 'data-name': name, 'aria-describedby': errorId },
        h('legend', {}, legend, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
        items.map((item) => {
            const id = nextId(`c-${name}`);
            return h('div', { class: 'choice' },
                h('input', { type, id, name, value: item.value, checked: checked.includes(item.value), disabled: item.disabled }),
                h('label', { for: id }, item.text));
        }),
        h('p', { class: 'field-error', id: errorId, hidden: true }));
}

export function checkedValues(form, name) {
    return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach((error) => {
        error.hidden = true;
        error.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
    const alert = form.querySelector('.form-alert');
    if (alert) {
        alert.remove();
    }
}

/**
 * A field's error in the reader's words: what the form itself found wrong (a date or a number it could not read),
 * else the form's own text for this control (field's problem: the same name can ask for other things on other
 * forms), else the UI's own text for the field when it has one, else the server's.
 */
function errorText(error, control) {
    if (error.fromForm) {
        return error.message;
    }
    const known = control && control.dataset.problem ? t(control.dataset.problem)
        : t(`problem.field.${String(error.field || '').split(/[[.]/)[0]}`);
    if (!known.startsWith('problem.')) {
        return known;
    }
    let text = error.message || '';
    if (Array.isArray(error.allowed)) {
        text += ` ${t('form.allowed')}: ${error.allowed.join(', ')}`;
    } else if (error.allowed) {
        text += ` (${error.allowed})`;
    }
    return text;
}

/**
 * A field's error that has no control of its own on the form: the UI's own text, which names the field in words,
 * after the legend of the row the form marks as that item of a list (data-field="breaks[2]"); only a field the UI
 * has no text for is shown under the API's name.
 */
function unplacedText(form, error) {
    const field = String(error.field || '');
    if (t(`problem.field.${field.split(/[[.]/)[0]}`).startsWith('problem.')) {
        return field ? `${field}: ${errorText(error)}` : errorText(error);
    }
    const item = /^[^[.]+\[\d+\]/.exec(field);
    const legend = item && form.querySelector(`[data-field="${item[0]}"] > legend`);
    return legend ? `${legend.textContent.trim()}: ${errorText(error)}` : errorText(error);
}

/** Shows an API refusal on its form: each field's error next to it (and tied to it), the rest on top. */
export function showProblem(form, failure) {
    clearErrors(form);
    // An earlier success's confirmation does not stay on screen beside a refusal.
    window.clearTimeout(announced);
    document.getElementById('status').classList.remove('shown');
    const problem = failure instanceof ApiError ? failure.problem : {};
    const unplaced = [];
    for (const error of problem.errors || []) {
        const root = String(error.field || '').split(/[[.]/)[0];
        const control = form.querySelector(`[name="${root}"]`);
        const slot = control && (control.closest('fieldset.choices') || control.closest('.field'));
        const errorSlot = slot && slot.querySelector('.field-error');
        if (control && errorSlot) {
            errorSlot.textContent = errorText(error, control);
            errorSlot.hidden = false;
            const target = control.closest('fieldset.choices') ? control.closest('fieldset.choices') : control;
            target.setAttribute('aria-invalid', 'true');
            const described = new Set((control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
            described.add(errorSlot.id);
            control.setAttribute('aria-describedby', [...described].join(' '));
        } else {
            unplaced.push(unplacedText(form, error));
        }
    }
    // The fields by the form's own words, next to them and in the list below, not by the API's names in its detail.
    const title = problem.errors && problem.errors.length && problem.title ? `${problem.title}. ${t('form.checkMarked')}`
        : problemTitle(failure);
    const alert = h('div', { class: 'form-alert', role: 'alert', tabindex: '-1' },
        h('p', {}, title), unplaced.length ? h('ul', {}, unplaced.map((line) => h('li', {}, line))) : null);
    form.prepend(alert);
    const firstInvalid = form.querySelector('[aria-invalid="true"]');
    (firstInvalid && firstInvalid.matches('input,select,textarea') ? firstInvalid : alert).focus();
}

/**
 * A refusal in words of the chosen language. The server writes every problem's title and detail in the
 * language the UI asks for (each request's Accept-Language), from the one catalogue of texts it keeps for
 * every problem type, so the UI keeps no copy of them.
 */
export function problemTitle(failure) {
    if (!(failure instanceof ApiError)) {
        return t('problem.network');
    }
    const { title, detail } = failure.problem;
    if (title && detail) {
        return `${title}. ${detail}`;
    }
    return title || detail || failure.message || t('problem.unknown');
}

/**
 * Runs a form's submission: marks it busy meanwhile (once at a time; the button keeps the focus, which a disabled
 * button would lose), shows refusals on the form, announces success.
 */
export function onSubmit(form, action) {
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (form.getAttribute('aria-busy') === 'true') {
            return;
        }
        clearErrors(form);
        const button = form.querySelector('button[type="submit"]');
        form.setAttribute('aria-busy', 'true');
        if (button) {
            button.setAttribute('aria-disabled', 'true');
        }
        try {
            await action(formData(form));
        } catch (failure) {
            showProblem(form, failure);
        } finally {
            form.removeAttribute('aria-busy');
            if (button) {
                button.removeAttribute('aria-disabled');
            }
        }
    });
    return form;
}

/**
 * A form's data as the API reads it: each date written as 21.1.2027 becomes 2027-01-21, each number written as 1,5
 * becomes 1.5. A date or number that is not one is refused here, next to its field and in the reader's language,
 * before anything is sent.
 */
function formData(form) {
    const data = new FormData(form);
    const wrong = [];
    const read = (selector, parse, message) => {
        for (const input of form.querySelectorAll(selector)) {
            if (!input.name || !input.value.trim() || input.disabled) {
                continue;
            }
            const value = parse(input.value);
            if (value) {
                data.set(input.name, value);
            } else {
                wrong.push({ field: input.name, message: t(message), fromForm: true });
            }
        }
    };
    read('input[data-date]', isoDate, 'form.dateFormat');
    const datesWrong = wrong.length > 0;
    read('input[data-number]', plainNumber, 'form.numberFormat');
    if (wrong.length) {
        throw new ApiError(400, { title: t(datesWrong ? 'form.dateTitle' : 'form.numberTitle'), errors: wrong });
    }
    return data;
}

/** A number field of a form's data (as formData read it), or null when left empty: 0 stays 0. */
export function formNumber(data, name) {
    const value = data.get(name);
    return value === null || value === '' ? null : Number(value);
}

/** Says something to everyone, including screen readers (the page's polite live region). */
export function announce(message) {
    const region = document.getElementById('status');
    region.textContent = '';
    window.setTimeout(() => {
        region.textContent = message;
        // Shown for a moment at the foot of the window too, so that a saved change is seen as well as heard.
        region.classList.add('shown');
        window.clearTimeout(announced);
        announced = window.setTimeout(() => region.classList.remove('shown'), 6000);
    }, 50);
}

let announced = null;

/** A table with a caption and column headers; rows are arrays of cells (text or nodes). */
export function table({ caption, columns, rows, numeric = [] }) {
    return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
        h('table', {},
            h('caption', {}, caption),
            h('thead', {}, h('tr', {}, columns.map((column, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, column)))),
            h('tbody', {}, rows.length
                ? rows.map((row) => h('tr', {}, row.map((cell, i) => (i === 0
                    ? h('th', { scope: 'row' }, cell)
                    : h('td', { class: numeric.includes(i) ? 'num' : null }, cell)))))
                : h('tr', {}, h('td', { colspan: columns.length }, t('common.none'))))));
}

/** A horizontal bar chart drawn with plain elements; the figures are also written out as text. */
export function barChart({ title, items, max, format = (v) => fmt.number(v), warnAbove }) {
    const top = max || Math.max(1, ...items.map((item) => item.value));
    return h('figure', { class: 'chart' },
        h('figcaption', {}, title),
        h('ul', { class: 'bars' }, items.map((item) => h('li', {},
            h('span', { class: 'bar-label' }, item.label),
            h('span', { class: 'bar-track', 'aria-hidden': 'true' },
                h('span', {
                    class: `bar-fill${warnAbove != null && item.value > warnAbove ? ' warn' : ''}`,
                    style: `width: ${Math.min(100, (100 * item.value) / top).toFixed(1)}%`,
                })),
            h('span', { class: 'bar-value' }, item.text || format(item.value))))));
}

export function button(text, onClick, attrs = {}) {
    return h('button', { type: 'button', onClick, ...attrs }, text);
}

/**
 * A person's calendar feed, on their own page ({@code base}: /api/me, or /api/enrolment-links/<token> on the personal
 * link's page): whether they have one, and a button that makes or renews it. Only a hash of the address is kept, so
 * the address shows once, when it is made.
 */
export async function calendarFeed(base) {
    const state = await get(`${base}/calendar-feed`);
    const status = h('p', {}, state.active ? t('calendar.active', { date: fmt.date(state.createdAt) }) : t('calendar.none'));
    const submit = h('button', { type: 'submit', class: 'primary' }, state.active ? t('calendar.renew') : t('calendar.make'));
    const form = h('form', { class: 'card narrow', novalidate: true },
        h('h2', {}, t('calendar.title')), h('p', {}, t('calendar.intro')), status,
        state.active ? h('p', { class: 'hint' }, t('calendar.renewHint')) : null, submit);
    onSubmit(form, async () => {
        const made = await post(`${base}/calendar-feed`);
        status.replaceWith(field({ name: 'calendarUrl', labelText: t('calendar.address'), value: made.url,
            hint: t('calendar.addressHint'), attrs: { readonly: true } }));
        submit.textContent = t('calendar.renew');
        announce(t('calendar.made'));
    });
    return form;
}



export function personName(name) {
    if (!name) {
        return '';
    }
    if (name.erased) {
        return t('common.erased');
    }
    return `${name.firstName} ${name.lastName}`;
}

/** The access roles of the signed-in user, over all organisers. */
export function roles() {
    const me = session();
    return me ? [...new Set(me.grants.map((grant) => grant.role))] : [];
}

export function hasRole(...wanted) {
    return roles().some((role) => wanted.includes(role));
}

/** The API path of a programme year. */
export const yearPath = (organiser, schoolYear) => `/api/programmes/${organiser}/${schoolYear}`;

/**
 * Choices of an enumeration, as select options or check boxes, named in the user's language: all its codes or
 * {@code values}, after an {@code empty} choice when one is given.
 */
export const enumOptions = (name, { empty, values = codes(name) } = {}) => [
    ...(empty ? [{ value: '', text: empty }] : []),
    ...values.map((value) => ({ value, text: label(name, value) })),
];

let renderer = async () => {};

/** The shell tells which function draws the current screen; screens call {@link refresh} after a change. */
export function setRenderer(render) {
    renderer = render;
}

/** What identifies a control across renders: its kind, name and words (ids are new at every render). */
function focusKey(element) {
    if (!element || element === document.body || !element.closest('main') || element.matches('h1')) {
        return null;
    }
    const form = element.closest('form');
    return [element.tagName, element.getAttribute('name') || '', element.getAttribute('aria-label') || '',
        element.matches('button, a, summary') ? element.textContent.trim() : '',
        form ? (form.getAttribute('aria-labelledby') || (form.querySelector('h2, h3, legend') || {}).textContent || '') : ''].join('|');
}

/** Re-renders the current screen, e.g. after a change, keeping the user where they are (and their focus). */
export async function refresh(message) {
    const key = focusKey(document.activeElement);
    await renderer();
    if (key) {
        const same = [...document.querySelectorAll('main button, main a, main input, main select, main textarea, main summary')]
            .find((element) => focusKey(element) === key);
        if (same) {
            const details = same.closest('details');
            if (details) {
                details.open = true;
            }
            same.focus();
        }
    }
    if (message) {
        announce(message);
    }
}

/** The media type of an Excel workbook, as the server writes a list's .xlsx. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The URL of an API list with its parameters, whether or not the path already has some. */
const withParams = (path, params) => `${path}${path.includes('?') ? '&' : '?'}${params}`;

/** Saves a file fetched from the API under the name its Content-Disposition gives (its UTF-8 form), or the fallback. */
function save(response, data, fallback) {
    const match = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') || '');
    const url = URL.createObjectURL(data);
    const link = h('a', { href: url, download: match ? decodeURIComponent(match[1]) : fallback });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * A link to a file the API writes (a CSV, a workbook, a payroll file). Clicked, the file is fetched in the language
 * chosen in the UI, which a plain link would not send (it follows the browser's), and saved; a refusal (a payroll
 * file while payees lack their employee numbers, say) is shown in words next to the link, where a plain link would
 * only end as a cancelled download. The address stays on the link, to open in a new tab or to copy.
 */
export function fileLink(href, text, attrs = {}) {
    const link = h('a', { download: true, ...attrs, href }, text);
    link.addEventListener('click', async (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        if (link.nextElementSibling && link.nextElementSibling.classList.contains('file-error')) {
            link.nextElementSibling.remove();
        }
        try {
            const { response, data } = await exchange('GET', href, undefined, { accept: '*/*' });
            save(response, data, typeof attrs.download === 'string' ? attrs.download : href.split('/').pop());
            announce(t('file.ready', { file: text }));
        } catch (failure) {
            link.after(h('span', { class: 'file-error field-error', role: 'alert' }, problemTitle(failure)));
        }
    });
    return link;
}

/**
 * A long list that the server searches, filters, sorts and pages (GET path?q=&sort=&page=&size=&<filter>=, with
 * the whole list's size in X-Total-Count; docs/api.md): a search box and filters, column headers that sort (a
 * button in each, aria-sort on the sorted one), a choice of columns, a pager, and every row the search and the
 * filters choose as CSV or as an Excel workbook (exportPath + .csv or .xlsx, the same parameters without the page). Only one page is drawn at a time, so a
 * list of thousands stays a page long, also on a phone, where fewer columns show at first. A change redraws the
 * list alone, so focus stays where the user was; what was asked is kept in the address (#…?q=…&sort=…), so that a
 * reload or a bookmark shows the same page.
 *
 * columns: [{ key, text, sort (the API's column, when it sorts by it), cell(row), fixed (always shown), optional
 * (not shown until chosen), phone (shown at first on a narrow screen) }]; filters: [{ name, text, options: [{ value,
 * text }] }]; caption(total) names the table; sort is the first order, e.g. 'submittedAt,desc'.
 */
export async function serverList({ id, path, exportPath, caption, columns, filters = [], sort, searchLabel, searchHint }) {
    const narrow = window.matchMedia('(max-width: 40rem)').matches;
    const route = location.hash.split('?')[0];
    const asked = new URLSearchParams(location.hash.split('?')[1] || '');
    const wanted = {
        q: asked.get('q') || '',
        sort: asked.get('sort') || sort,
        page: Number(asked.get('page')) || 1,
        size: Number(asked.get('size')) || (narrow ? 20 : 50),
        filters: Object.fromEntries(filters.map((filter) => [filter.name, asked.get(filter.name) || ''])),
    };
    // The columns chosen are remembered for this list, apart for a phone and a wider screen.
    const columnsKey = `verme.columns.${id}.${narrow ? 'narrow' : 'wide'}`;
    const stored = JSON.parse(localStorage.getItem(columnsKey) || 'null');
    const shown = new Set(Array.isArray(stored) ? stored
        : columns.filter((column) => column.fixed || (narrow ? column.phone : !column.optional)).map((column) => column.key));
    columns.filter((column) => column.fixed).forEach((column) => shown.add(column.key));
    let rows = [];
    let total = 0;
    let latest = 0;

    const params = (paged) => {
        const chosen = new URLSearchParams();
        if (wanted.q.trim()) {
            chosen.set('q', wanted.q.trim());
        }
        Object.entries(wanted.filters).filter(([, value]) => value).forEach(([name, value]) => chosen.set(name, value));
        chosen.set('sort', wanted.sort);
        if (paged) {
            chosen.set('page', wanted.page);
            chosen.set('size', wanted.size);
        }
        return chosen;
    };
    const pages = () => Math.max(1, Math.ceil(total / wanted.size));

    const status = h('p', { class: 'list-status', role: 'status', id: `${id}-status`, tabindex: '-1' });
    const results = h('div', { class: 'list-results' });
    const section = h('section', { class: 'server-list', id });

    /** Asks the server for the page; a newer request overtaking this one wins. Then puts focus back. */
    async function load(refocus) {
        const token = ++latest;
        section.setAttribute('aria-busy', 'true');
        try {
            const { response, data } = await exchange('GET', withParams(path, params(true)));
            if (token !== latest) {
                return;
            }
            rows = data;
            total = Number(response.headers.get('X-Total-Count') || data.length);
            if (wanted.page > pages()) {
                wanted.page = pages();
                await load(refocus);
                return;
            }
            draw(refocus);
        } catch (failure) {
            if (token !== latest) {
                return;
            }
            if (!section.isConnected) {
                throw failure;
            }
            results.replaceChildren(h('p', { class: 'form-alert', role: 'alert' }, problemTitle(failure)));
        } finally {
            if (token === latest) {
                section.removeAttribute('aria-busy');
            }
        }
        if (location.hash.split('?')[0] === route) {
            history.replaceState(history.state, '', `${route}?${params(true)}`);
        }
    }

    function sortHeader(column) {
        if (!column.sort) {
            return h('th', { scope: 'col' }, column.text);
        }
        const [by, way] = wanted.sort.split(',');
        const active = by === column.sort;
        const direction = active ? (way === 'desc' ? 'descending' : 'ascending') : null;
        return h('th', { scope: 'col', 'aria-sort': direction },
            h('button', {
                type: 'button',
                class: 'sort',
                'data-sort': column.sort,
                onClick: () => {
                    wanted.sort = `${column.sort},${active && way !== 'desc' ? 'desc' : 'asc'}`;
                    wanted.page = 1;
                    load(`[data-sort="${column.sort}"]`);
                },
            }, column.text));
    }

    function pager() {
        const go = (page, control) => {
            wanted.page = page;
            load(control);
        };
        const size = field({
            name: 'size', labelText: t('list.pageSize'), value: wanted.size,
            options: [10, 20, 50, 100, 200].map((n) => ({ value: n, text: String(n) })),
        });
        size.querySelector('select').addEventListener('change', (event) => {
            wanted.size = Number(event.target.value);
            wanted.page = 1;
            load('select[name="size"]');
        });
        return h('nav', { class: 'pager', 'aria-label': t('list.pager') },
            button(t('list.previous'), () => go(wanted.page - 1, '[data-pager="prev"]'),
                { 'data-pager': 'prev', disabled: wanted.page <= 1 }),
            h('span', { class: 'page-of' }, t('list.pageOf', { page: wanted.page, pages: pages() })),
            button(t('list.next'), () => go(wanted.page + 1, '[data-pager="next"]'),
                { 'data-pager': 'next', disabled: wanted.page >= pages() }),
            size);
    }

    function draw(refocus) {
        const visible = columns.filter((column) => shown.has(column.key));
        const name = caption(total);
        const first = total === 0 ? 0 : (wanted.page - 1) * wanted.size + 1;
        status.textContent = t('list.showing', {
            from: fmt.number(first), to: fmt.number(first + rows.length - (total === 0 ? 0 : 1)), total: fmt.number(total),
        });
        results.replaceChildren(
            h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': name },
                h('table', {},
                    h('caption', {}, name),
                    h('thead', {}, h('tr', {}, visible.map(sortHeader))),
                    h('tbody', {}, rows.length
                        ? rows.map((row) => h('tr', {}, visible.map((column, i) => (i === 0
                            ? h('th', { scope: 'row' }, column.cell(row))
                            : h('td', {}, column.cell(row))))))
                        : h('tr', {}, h('td', { colspan: visible.length }, t('list.none')))))),
            pager());
        if (refocus) {
            const control = results.querySelector(refocus);
            (control && !control.disabled ? control : status).focus();
        }
    }

    const form = h('form', { class: 'card filters', role: 'search', 'aria-label': searchLabel },
        field({ name: 'q', labelText: searchLabel, type: 'search', value: wanted.q, hint: searchHint,
            attrs: { autocomplete: 'off', maxlength: 200 } }),
        // On a phone the filters fold away until wanted, so that the list starts near the top of the page.
        filters.length ? h('details', {
            class: 'more-filters', open: !narrow || filters.some((filter) => wanted.filters[filter.name]),
        }, h('summary', {}, t('list.filters')), h('div', { class: 'filter-fields' }, filters.map((filter) => field({
            name: filter.name, labelText: filter.text, value: wanted.filters[filter.name],
            options: [{ value: '', text: t('common.all') }, ...filter.options],
        })))) : null,
        h('div', { class: 'actions' },
            h('button', { type: 'submit', class: 'primary' }, t('list.search')),
            h('button', { type: 'reset' }, t('list.clear')),
            ...(exportPath ? ['csv', 'xlsx'].map((format) => button(t(`list.${format}`), async (event) => {
                const control = event.currentTarget;
                control.disabled = true;
                try {
                    const [file, query] = exportPath.split('?');
                    const { response, data } = await exchange('GET',
                        withParams(`${file}.${format}${query ? `?${query}` : ''}`, params(false)), undefined,
                        { accept: format === 'csv' ? 'text/csv' : XLSX });
                    save(response, data, `${id}.${format}`);
                    announce(t(`list.${format}Ready`));
                } catch (failure) {
                    announce(problemTitle(failure));
                } finally {
                    control.disabled = false;
                }
            }, { class: format })) : [])));
    const ask = () => {
        wanted.q = form.elements.q.value;
        filters.forEach((filter) => {
            wanted.filters[filter.name] = form.elements[filter.name].value;
        });
        wanted.page = 1;
        load();
    };
    let typing;
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        window.clearTimeout(typing);
        ask();
    });
    form.addEventListener('reset', () => window.setTimeout(() => {
        form.elements.q.value = '';
        filters.forEach((filter) => {
            form.elements[filter.name].value = '';
        });
        ask();
    }));
    form.addEventListener('change', (event) => {
        if (event.target.name !== 'q') {
            ask();
        }
    });
    form.elements.q.addEventListener('input', () => {
        window.clearTimeout(typing);
        typing = window.setTimeout(ask, 350);
    });

    const chooser = h('details', { class: 'columns' },
        h('summary', {}, t('list.columns')),
        choices({
            name: `${id}-columns`, legend: t('list.columnsLegend'),
            items: columns.filter((column) => !column.fixed).map((column) => ({ value: column.key, text: column.text })),
            checked: [...shown],
        }));
    chooser.addEventListener('change', (event) => {
        if (event.target.checked) {
            shown.add(event.target.value);
        } else {
            shown.delete(event.target.value);
        }
        localStorage.setItem(columnsKey, JSON.stringify([...shown]));
        draw();
    });

    section.append(form, chooser, status, results);
    const { response, data } = await exchange('GET', withParams(path, params(true)));
    rows = data;
    total = Number(response.headers.get('X-Total-Count') || data.length);
    if (wanted.page > pages()) {
        wanted.page = pages();
        await load();
    } else {
        draw();
    }
    return section;
}
