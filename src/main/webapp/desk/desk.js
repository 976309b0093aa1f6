// The editors' desk: one ES module over the service's own JSON API (ADR 7). Views are chosen by
// the URL's hash, so every view has an address, the back button works, and links can be shared.

const main = document.getElementById('main');
const STATUSES = ['settled', 'disputed', 'unverified', 'unknown'];
// The incident schema's attributes in its own order (claim.Attribute, the editors' gold): a stored
// resolution is jsonb, whose keys come back in an order of its own.
const ATTRIBUTES = ['victims_killed', 'attackers_killed', 'attackers_count', 'injured', 'perpetrator',
  'start_time', 'duration', 'location', 'hostages_taken', 'deaths_total'];
// The attributes of kind COUNT (claim.Attribute): the ones a timeline of numbers makes sense for.
const COUNTS = new Set(['victims_killed', 'attackers_killed', 'attackers_count', 'injured', 'deaths_total']);
const OUTCOME_COLOURS = { supports: '#1b7f3b', disputes: '#b4501b', superseded: '#8a93a3',
  excluded: '#c0392b', inconsistent: '#7d3c98' };

// An editor's credentials live in this page only (never stored): HTTP Basic as the API asks.
let editor = null;

// --- small helpers ---------------------------------------------------------------------------

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.asEditor && editor) headers.Authorization = 'Basic ' + btoa(editor.user + ':' + editor.password);
  // credentials 'omit': the page sends an editor's Basic header itself, and a 401 must come back
  // to the page, not open the browser's own sign-in dialog.
  const r = await fetch('api' + path, { ...options, headers, credentials: 'omit' });
  const type = r.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) {
    const e = new Error(body && body.detail ? body.detail : 'HTTP ' + r.status);
    e.status = r.status;
    e.problem = body;
    throw e;
  }
  return body;
}

function badge(status, text) {
  return h('span', { class: 'badge ' + status, title: status }, text ?? status);
}

function display(v) {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') {
    if ('min' in v || 'max' in v) {
      if (v.max === null || v.max === undefined) return 'at least ' + v.min;
      if (v.min === v.max) return String(v.min);
      return v.min + '–' + v.max;
    }
    if ('denied' in v) return 'denied by ' + v.denied;
    return Object.values(v).join(' ');
  }
  return String(v);
}

function numeric(v) {
  if (typeof v === 'number') return { lo: v, hi: v };
  if (v && typeof v === 'object' && typeof v.min === 'number') return { lo: v.min, hi: v.max ?? v.min };
  return null;
}

function ruleLink(resolution, rule) {
  if (!rule) return '–';
  const at = resolution.rules && resolution.rules[rule];
  if (!at) return rule;
  const href = '#/rulesets/' + resolution.ruleset.hash + '/files/' + encodeURIComponent(at.file) + '?line=' + at.line;
  return h('a', { href, class: 'rule-link', title: at.file + ' line ' + at.line }, rule,
    h('span', { class: 'muted' }, ' (' + at.file + ':' + at.line + ')'));
}

function inSchemaOrder(attributes) {
  const at = (name) => { const i = ATTRIBUTES.indexOf(name); return i < 0 ? ATTRIBUTES.length : i; };
  return Object.entries(attributes).sort(([x], [y]) => at(x) - at(y) || x.localeCompare(y));
}

// The scenario that covers a rule in the version that decided: one that fired it when it ran
// against that version (GET /api/rulesets/{ref}/coverage): a passing one that names the rule (it
// expects the rule to decide) first, then any passing one.
function scenarioLink(resolution, coverage, rule) {
  if (!rule) return '–';
  const covering = coverage && coverage.rules[rule] ? coverage.rules[rule].scenarios : null;
  if (!covering) return h('span', { class: 'muted' }, coverage ? 'not a rule of this version' : 'coverage not available');
  if (coverage.scenarios === 0) return h('span', { class: 'muted' }, 'no scenarios stored with this version');
  if (covering.length === 0) return h('span', { class: 'muted' }, 'no scenario fired it');
  const s = covering.find((c) => c.passed && c.namesRule) || covering.find((c) => c.passed) || covering[0];
  const href = '#/rulesets/' + resolution.ruleset.hash + '/files/' + encodeURIComponent(s.file) + '?line=' + s.line;
  return h('span', {}, h('a', { href, class: 'scenario-link', title: s.file + ' line ' + s.line }, s.name,
    h('span', { class: 'muted' }, ' (' + s.file.replace(/^tests\//, '') + ':' + s.line + ')')),
    s.passed ? null : h('span', { class: 'error' }, ' failing'),
    covering.length > 1 ? h('span', { class: 'muted' }, ' and ' + (covering.length - 1) + ' more') : null);
}

// The audit event that last set an attribute's published value: its latest attribute_changed up
// to the resolution shown; an attribute that never changed (still unknown) was last set by the
// run that made that resolution.
function settingEvent(events, resolutionId, name) {
  let last = null;
  for (const e of events) {
    const d = e.detail || {};
    if (e.kind === 'attribute_changed' && d.attribute === name && d.resolution <= resolutionId) last = e;
  }
  return last || events.find((e) => e.kind === 'reconciliation_run' && e.detail && e.detail.resolution === resolutionId) || null;
}

function auditLink(incident, event) {
  if (!event) return h('span', { class: 'muted' }, 'none');
  return h('a', { href: '#/incidents/' + incident + '/audit?event=' + event.id, class: 'audit-link', 'data-event': event.id,
    title: event.kind + ' ' + new Date(event.occurredAt).toLocaleString() }, 'event ' + event.id,
  h('span', { class: 'muted' }, ' (' + event.kind.replaceAll('_', ' ') + ')'));
}

function show(...nodes) {
  main.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
}

function failure(e) {
  show(h('section', {}, h('h2', {}, 'Something went wrong'), h('p', { class: 'error' }, e.message)));
}

function query(hash) {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

// --- incidents list --------------------------------------------------------------------------

async function incidentsView(params) {
  const q = new URLSearchParams();
  for (const k of ['place', 'from', 'to', 'status', 'page']) if (params.get(k)) q.set(k, params.get(k));
  q.set('size', params.get('size') || '20');
  const page = await api('/incidents?' + q);

  const form = h('form', { class: 'filters', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    const next = new URLSearchParams();
    for (const [k, v] of f.entries()) if (v) next.set(k, v);
    location.hash = '#/incidents?' + next;
  } },
  h('label', {}, 'Place', h('input', { name: 'place', type: 'search', value: params.get('place') || '' })),
  h('label', {}, 'From', h('input', { name: 'from', type: 'date', value: params.get('from') || '' })),
  h('label', {}, 'To', h('input', { name: 'to', type: 'date', value: params.get('to') || '' })),
  h('label', {}, 'Status of any attribute', h('select', { name: 'status' },
    h('option', { value: '' }, 'any'),
    STATUSES.map((s) => h('option', { value: s, selected: params.get('status') === s }, s)))),
  h('button', { type: 'submit' }, 'Filter'));

  const rows = page.items.map((i) => {
    const counts = {};
    Object.values(i.statuses || {}).forEach((s) => { counts[s] = (counts[s] || 0) + 1; });
    return h('tr', { class: 'incident-row' },
      h('td', {}, h('a', { href: '#/incidents/' + i.id }, i.place || '(no place)')),
      h('td', {}, i.date || '–'),
      h('td', {}, STATUSES.filter((s) => counts[s]).map((s) => badge(s, counts[s] + ' ' + s))),
      h('td', { class: 'muted' }, i.resolvedAt ? new Date(i.resolvedAt).toLocaleString() : 'not yet'));
  });
  const last = Math.max(0, Math.ceil(page.total / page.size) - 1);
  const go = (n) => { const p = new URLSearchParams(params); p.set('page', n); return '#/incidents?' + p; };
  show(
    h('h2', {}, 'Incidents'),
    h('section', {}, form),
    h('section', {},
      page.items.length === 0 ? h('p', {}, 'No incident matches.') :
        h('div', { class: 'table-wrap' }, h('table', { id: 'incidents' },
          h('caption', { class: 'muted' }, page.total + ' incidents, newest first'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Date'),
            h('th', { scope: 'col' }, 'Attributes by status'), h('th', { scope: 'col' }, 'Resolved'))),
          h('tbody', {}, rows))),
      h('nav', { class: 'pager', 'aria-label': 'Pages' },
        page.page > 0 ? h('a', { href: go(page.page - 1) }, '← newer') : null,
        h('span', { class: 'muted' }, 'page ' + (page.page + 1) + ' of ' + (last + 1)),
        page.page < last ? h('a', { href: go(page.page + 1) }, 'older →') : null)));
}

// --- one incident ----------------------------------------------------------------------------

function incidentTabs(id, current) {
  const tab = (name, href) => h('a', { href, 'aria-current': current === name ? 'page' : null }, name);
  return h('nav', { class: 'tabs', 'aria-label': 'Incident views' },
    tab('Record', '#/incidents/' + id), tab('History', '#/incidents/' + id + '/history'),
    tab('Audit trail', '#/incidents/' + id + '/audit'));
}

async function incidentView(id) {
  const [doc, reportsDoc, audit] = await Promise.all([api('/incidents/' + id), api('/incidents/' + id + '/reports'),
    api('/incidents/' + id + '/audit')]);
  const reports = Object.fromEntries(reportsDoc.reports.map((r) => [r.id, r]));
  const res = doc.resolution;
  const coverage = res ? await api('/rulesets/' + res.ruleset.hash + '/coverage').catch(() => null) : null;
  const head = h('div', {},
    h('h2', {}, (doc.place || 'Incident ' + id) + (doc.date ? ', ' + doc.date : '')),
    doc.title ? h('p', {}, doc.title) : null,
    incidentTabs(id, 'Record'));
  if (!res) { show(head, h('p', {}, 'Not reconciled yet.')); return; }

  const attrs = inSchemaOrder(res.attributes);
  const claimById = {};
  attrs.forEach(([, a]) => a.claims.forEach((c) => { claimById[c.id] = c; }));

  const summary = h('section', {},
    h('h3', {}, 'Published record'),
    h('p', { class: 'muted' }, 'Resolution ' + doc.resolutionId + ' of ' + new Date(doc.resolvedAt).toLocaleString() +
      ', rule set ' + res.ruleset.version + ' (' + res.ruleset.hash.slice(0, 8) + ')'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'attributes' },
      h('thead', {}, h('tr', {}, ATTRIBUTE_COLUMNS.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, attrs.map(([name, a]) => h('tr', { class: 'attribute-row', 'data-attribute': name },
        h('th', { scope: 'row' }, a.claims.length ? h('a', { href: '#claims-' + name, onclick: jumpTo('claims-' + name) }, name.replaceAll('_', ' ')) : name.replaceAll('_', ' ')),
        labelled(1, badge(a.status)),
        labelled(2, display(a.best)),
        labelled(3, a.low === null && a.high === null ? '–' : display(a.low) + ' – ' + display(a.high)),
        labelled(4, a.approximate ? 'yes' : 'no'),
        labelled(5, ruleLink(res, a.decidedBy)),
        labelled(6, scenarioLink(res, coverage, a.decidedBy)),
        labelled(7, auditLink(id, settingEvent(audit.events, doc.resolutionId, name)))))))));

  const disputed = attrs.filter(([, a]) => a.status === 'disputed');
  const disputeSection = disputed.length === 0 ? null : h('section', { id: 'disputes' },
    h('h3', {}, 'Disputed: both sides'),
    h('p', { class: 'muted' }, 'Claims that nothing supersedes and that still disagree, grouped by value; the best is the most recent of them.'),
    disputed.map(([name, a]) => h('div', { class: 'dispute', 'data-attribute': name },
      h('h4', {}, name.replaceAll('_', ' ') + ': best ' + display(a.best) + ', low–high ' + display(a.low) + ' – ' + display(a.high)),
      h('div', { class: 'side-by-side' }, sides(a).map(([value, claims]) =>
        h('div', { class: 'card dispute-side', 'data-value': value },
          h('h5', {}, value, value === display(a.best) ? ' ' : null, value === display(a.best) ? badge('disputed', 'best') : null),
          h('ul', {}, claims.map((c) => h('li', {}, (c.speaker || 'the outlet') + ' (' + c.role + ', rank ' + c.rank + '), ',
            h('a', { href: '#claim-' + c.id, onclick: jumpTo('claim-' + c.id) }, c.outcome))))))))));

  const competing = attrs.filter(([, a]) => a.competing && a.competing.length > 1);
  const competingSection = competing.length === 0 ? null : h('section', { id: 'competing' },
    h('h3', {}, 'Competing claims of responsibility'),
    competing.map(([name, a]) => h('div', { class: 'side-by-side' }, a.competing.map((group) =>
      h('div', { class: 'card competing-group' }, h('h4', {}, group),
        h('ul', {}, a.claims.filter((c) => display(c.value).includes(group)).map((c) =>
          h('li', {}, (c.speaker || 'the outlet') + ' (' + c.role + '): ' + display(c.value) + ', ' + c.outcome))))))));

  const charts = h('section', {}, h('h3', {}, 'Counts over the reports\' time'),
    h('p', { class: 'muted' }, 'Each point is a claim at its report\'s date, coloured by outcome, larger for a higher rank; ' +
      'the line is the published value, the band its low–high.'),
    h('div', { class: 'charts' }, attrs.filter(([name, a]) => COUNTS.has(name) && a.claims.length > 0)
      .map(([name, a]) => countChart(name, a, reports))));

  const claimSections = attrs.filter(([, a]) => a.claims.length > 0).map(([name, a]) =>
    h('section', { id: 'claims-' + name, class: 'claims' },
      h('h3', {}, 'Claims on ' + name.replaceAll('_', ' ') + ' ', badge(a.status)),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Value', 'Speaker', 'Role', 'Rank', 'Report', 'Evidence', 'Phase', 'Scope', 'Outcome']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, a.claims.map((c) => {
          const r = reports[c.report];
          return h('tr', { class: 'claim-row', id: 'claim-' + c.id },
            h('td', {}, display(c.value) + (c.approximate ? ' (approx.)' : '')),
            h('td', {}, c.speaker || h('span', { class: 'muted' }, 'the outlet')),
            h('td', {}, c.role), h('td', { class: 'num' }, c.rank),
            h('td', {}, r ? [r.url ? h('a', { href: r.url, rel: 'noopener noreferrer' }, r.publisher || r.name || 'report') :
              (r.publisher || r.name || 'report'), h('br'), h('span', { class: 'muted' }, r.publishedOn || 'no date')] : c.report),
            h('td', { class: 'sentence' }, c.sentence || '–'),
            h('td', {}, c.phase), h('td', {}, c.scope),
            h('td', { class: 'outcome-' + c.outcome }, outcome(res, c, claimById)));
        }))))));

  show(head, summary, disputeSection, competingSection, charts, ...claimSections);
  drawCharts();
}

const ATTRIBUTE_COLUMNS = ['Attribute', 'Status', 'Best', 'Low–high', 'Approximate', 'Decided by', 'Covering scenario', 'Set by audit event'];

// A cell that names its column, so that on a phone, where the rows stack, each value keeps its label.
function labelled(column, ...children) {
  return h('td', { 'data-label': ATTRIBUTE_COLUMNS[column] }, ...children);
}

// An in-page jump that keeps the view's address (the hash routes views).
function jumpTo(elementId) {
  return (ev) => { ev.preventDefault(); const el = document.getElementById(elementId); if (el) { el.scrollIntoView(); el.focus?.(); } };
}

// The sides of a dispute: the claims still standing (supporting or disputing), by value.
function sides(a) {
  const byValue = new Map();
  a.claims.filter((c) => c.outcome === 'supports' || c.outcome === 'disputes').forEach((c) => {
    const v = display(c.value);
    if (!byValue.has(v)) byValue.set(v, []);
    byValue.get(v).push(c);
  });
  return [...byValue.entries()];
}

function outcome(res, c, claimById) {
  if (c.outcome === 'superseded') {
    const by = claimById[c.by];
    return h('span', {}, 'superseded by ',
      c.by ? h('a', { href: '#claim-' + c.by, onclick: jumpTo('claim-' + c.by) },
        by ? display(by.value) + ' (' + (by.speaker || 'the outlet') + ')' : c.by) : '?',
      ' under ', ruleLink(res, c.rule));
  }
  if (c.outcome === 'excluded' || c.outcome === 'inconsistent') return h('span', {}, c.outcome + ': ', ruleLink(res, c.rule));
  return h('span', {}, c.outcome + ' ', h('span', { class: 'muted' }, '(', ruleLink(res, c.rule), ')'));
}

// Charts are described first and drawn once their canvases are in the document.
const pendingCharts = [];

function countChart(name, a, reports) {
  const canvas = h('canvas', { role: 'img', 'aria-label': 'Claims on ' + name + ' over time', 'data-attribute': name });
  const points = [];
  a.claims.forEach((c) => {
    const v = numeric(c.value);
    const r = reports[c.report];
    const day = r && (r.publishedOn || r.receivedAt);
    if (!v || !day) return;
    points.push({ x: Date.parse(day), y: v.hi, claim: c });
  });
  canvas.dataset.points = points.length;
  const best = numeric(a.best);
  const low = numeric(a.low);
  const high = numeric(a.high);
  pendingCharts.push({ canvas, name, points, best, low, high });
  return h('figure', { class: 'card' }, h('figcaption', {}, name.replaceAll('_', ' ') + ': ' + display(a.best) + ' ', badge(a.status)),
    h('div', { class: 'chart' }, canvas));
}

function drawCharts() {
  while (pendingCharts.length) {
    const { canvas, points, best, low, high } = pendingCharts.shift();
    if (typeof Chart === 'undefined') { canvas.replaceWith(h('p', { class: 'error' }, 'The chart library did not load.')); continue; }
    const xs = points.map((p) => p.x);
    const x0 = Math.min(...xs) - 43200000;
    const x1 = Math.max(...xs) + 43200000;
    const flat = (y) => [{ x: x0, y }, { x: x1, y }];
    const datasets = [];
    if (low && high) {
      datasets.push({ type: 'line', label: 'low', data: flat(low.lo), borderWidth: 0, pointRadius: 0, fill: false });
      datasets.push({ type: 'line', label: 'low–high', data: flat(high.hi), borderWidth: 0, pointRadius: 0,
        backgroundColor: 'rgba(31,95,191,0.12)', fill: '-1' });
    }
    if (best) datasets.push({ type: 'line', label: 'published', data: flat(best.hi), borderColor: '#1f5fbf', pointRadius: 0, borderDash: [6, 4] });
    datasets.push({ type: 'scatter', label: 'claims', data: points,
      pointBackgroundColor: points.map((p) => OUTCOME_COLOURS[p.claim.outcome] || '#333'),
      pointRadius: points.map((p) => 3 + Math.min(5, p.claim.rank || 0)),
      pointStyle: points.map((p) => (p.claim.outcome === 'supports' ? 'circle' : p.claim.outcome === 'superseded' ? 'triangle' : 'crossRot')) });
    canvas._chart = new Chart(canvas, {
      data: { datasets },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', min: x0, max: x1, ticks: { callback: (v) => new Date(v).toISOString().slice(0, 10), maxTicksLimit: 5 } },
          y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: {
          legend: { labels: { filter: (item) => item.text !== 'low' } },
          tooltip: { callbacks: { label: (ctx) => {
            const c = ctx.raw.claim;
            return c ? display(c.value) + ' by ' + (c.speaker || 'the outlet') + ' (' + c.role + ', rank ' + c.rank + '): ' + c.outcome
              : ctx.dataset.label + ' ' + ctx.parsed.y;
          } } } } },
    });
    canvas.dataset.drawn = 'true';
  }
}

// --- history and audit -----------------------------------------------------------------------

async function historyView(id, params) {
  const doc = await api('/incidents/' + id + '/history');
  const list = doc.resolutions;
  const a = params.get('a') || (list[1] ? String(list[1].id) : list[0] && String(list[0].id));
  const b = params.get('b') || (list[0] && String(list[0].id));
  const pick = (name, value) => h('label', { class: 'field' }, name === 'a' ? 'Before' : 'After',
    h('select', { name }, list.map((r) => h('option', { value: r.id, selected: String(r.id) === value },
      '#' + r.id + ' · ' + new Date(r.createdAt).toLocaleString() + ' · ' + (r.ruleset.version || '?')))));
  const form = h('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    location.hash = '#/incidents/' + id + '/history?a=' + f.get('a') + '&b=' + f.get('b');
  } }, pick('a', a), pick('b', b), h('button', { type: 'submit' }, 'Compare'));
  const before = list.find((r) => String(r.id) === a);
  const after = list.find((r) => String(r.id) === b);
  const rows = [];
  if (before && after && before.resolution && after.resolution) {
    for (const [name, x] of Object.entries(after.resolution.attributes)) {
      const y = before.resolution.attributes[name] || {};
      const changed = y.status !== x.status || display(y.best) !== display(x.best) || y.decidedBy !== x.decidedBy;
      if (changed) rows.push(h('tr', { class: 'diff-row' }, h('th', { scope: 'row' }, name),
        h('td', {}, y.status ? badge(y.status) : '–', ' ', display(y.best), h('br'), h('span', { class: 'muted' }, y.decidedBy || '')),
        h('td', {}, badge(x.status), ' ', display(x.best), h('br'), h('span', { class: 'muted' }, x.decidedBy || ''))));
    }
  }
  show(h('h2', {}, 'Incident ' + id + ': history'), incidentTabs(id, 'History'),
    h('section', {}, h('h3', {}, 'Resolutions'), h('div', { class: 'table-wrap' }, h('table', { id: 'history' },
      h('thead', {}, h('tr', {}, ['Resolution', 'Made', 'Rule set', 'Claims', 'Provenance'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.map((r) => h('tr', {}, h('td', {}, '#' + r.id), h('td', {}, new Date(r.createdAt).toLocaleString()),
        h('td', {}, h('a', { href: '#/rulesets/' + r.ruleset.hash }, (r.ruleset.version || '?') + ' (' + (r.ruleset.hash || '').slice(0, 8) + ')')),
        h('td', { class: 'num' }, r.inputClaims.length),
        h('td', {}, h('a', { href: 'api/incidents/' + id + '/resolutions/' + r.id, type: 'application/json' }, 'JSON')))))))),
    h('section', {}, h('h3', {}, 'What changed'), form,
      rows.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'diff' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Attribute'), h('th', { scope: 'col' }, 'Before (#' + a + ')'), h('th', { scope: 'col' }, 'After (#' + b + ')'))),
        h('tbody', {}, rows))) : h('p', {}, 'No attribute differs in status, best value or deciding rule.')));
}

async function auditView(id, params) {
  const [doc, check] = await Promise.all([api('/incidents/' + id + '/audit'), api('/incidents/' + id + '/audit/verification')]);
  const chosen = params.get('event') ? doc.events.find((e) => String(e.id) === params.get('event')) : null;
  const selected = !params.get('event') ? null : h('section', { id: 'event', 'data-event': chosen ? chosen.id : null, 'data-kind': chosen ? chosen.kind : null },
    chosen ? [h('h3', {}, 'Event ' + chosen.id + ': ' + chosen.kind.replaceAll('_', ' ')),
      h('p', {}, new Date(chosen.occurredAt).toLocaleString() + ', by ' + chosen.actor + '; hash ', h('code', {}, chosen.hash),
        ', previous ', h('code', {}, chosen.prevHash || 'none')),
      h('pre', { class: 'source', id: 'event-json' }, JSON.stringify(chosen.detail, null, 2))]
      : h('p', { class: 'error' }, 'This incident has no audit event ' + params.get('event') + '.'));
  show(h('h2', {}, 'Incident ' + id + ': audit trail'), incidentTabs(id, 'Audit trail'), selected,
    h('section', {}, h('p', { id: 'chain' }, check.intact
      ? h('span', { class: 'ok' }, 'Hash chain intact: ' + check.eventsChecked + ' events checked against their hashes.')
      : h('span', { class: 'bad' }, 'Hash chain broken at event ' + check.firstBrokenId + ': ' + check.problem))),
    h('section', {}, h('div', { class: 'table-wrap' }, h('table', { id: 'audit' },
      h('thead', {}, h('tr', {}, ['Event', 'When', 'Who', 'What', 'Detail', 'Hash'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, doc.events.map((e) => h('tr', { id: 'event-' + e.id, class: chosen === e ? 'hit' : null }, h('td', {}, e.id),
        h('td', {}, new Date(e.occurredAt).toLocaleString()), h('td', {}, e.actor), h('td', {}, e.kind),
        h('td', {}, h('code', {}, summariseDetail(e.detail))), h('td', { class: 'muted' }, h('code', {}, (e.hash || '').slice(0, 12))))))))));
}

function summariseDetail(d) {
  if (!d) return '';
  const text = JSON.stringify(d);
  return text.length > 160 ? text.slice(0, 157) + '…' : text;
}

// --- rule sets -------------------------------------------------------------------------------

async function ruleSetsView() {
  const [versions, active] = await Promise.all([api('/rulesets'), api('/rulesets/active')]);
  show(h('h2', {}, 'Rule sets'),
    h('section', { id: 'active' }, h('h3', {}, 'In force'),
      h('p', {}, active.version + ' (' + active.hash.slice(0, 8) + '), activated by ' + active.activatedBy + ' ' + new Date(active.activatedAt).toLocaleString()),
      progress(active.rereconciliation)),
    h('section', {}, h('h3', {}, 'Versions'), h('div', { class: 'table-wrap' }, h('table', { id: 'versions' },
      h('thead', {}, h('tr', {}, ['Version', 'Hash', 'Activated', 'By', 'Files', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, versions.map((v) => h('tr', {},
        h('td', {}, v.version, v.active ? ' ' : null, v.active ? badge('settled', 'in force') : null),
        h('td', {}, h('a', { href: '#/rulesets/' + v.hash }, h('code', {}, v.hash.slice(0, 12)))),
        h('td', {}, new Date(v.activatedAt).toLocaleString()), h('td', {}, v.activatedBy), h('td', { class: 'num' }, v.files.length),
        h('td', {}, v.active ? null : h('button', { class: 'secondary', type: 'button', disabled: !editor,
          title: editor ? 'Put this version in force again' : 'Sign in as an editor to roll back',
          onclick: () => act(() => api('/rulesets/' + v.hash + '/activate', { method: 'POST', asEditor: true })) }, 'Roll back to this')))))))),
    editorSection(active));
}

function progress(p) {
  if (!p) return h('p', { class: 'muted' }, 'No re-reconciliation since the start.');
  return h('p', { id: 'progress' }, p.running ? 'Re-reconciling: ' : 'Last re-reconciliation: ',
    h('progress', { max: p.total || 1, value: p.done }), ' ' + p.done + ' / ' + p.total + ' incidents, ' + p.changed + ' changed, ' + p.failed + ' failed');
}

async function act(call) {
  try {
    await call();
    await watchProgress();
  } catch (e) {
    alert(e.message);
  }
}

async function watchProgress() {
  for (;;) {
    const active = await api('/rulesets/active');
    await ruleSetsView();
    if (!active.rereconciliation || !active.rereconciliation.running) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function editorSection(active) {
  if (!editor) {
    const form = h('form', { id: 'sign-in', class: 'filters', onsubmit: async (ev) => {
      ev.preventDefault();
      const f = new FormData(ev.target);
      editor = { user: f.get('user'), password: f.get('password') };
      try {
        await api('/rulesets/validate', { method: 'POST', asEditor: true });
        document.getElementById('who').textContent = 'signed in as ' + editor.user;
        ruleSetsView();
      } catch (e) {
        editor = null;
        ev.target.querySelector('.error').textContent = e.status === 403 ? 'That account is not an editor.' : e.message;
      }
    } },
    h('label', {}, 'Editor', h('input', { name: 'user', autocomplete: 'username', required: true })),
    h('label', {}, 'Password', h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, 'Sign in'), h('p', { class: 'error', role: 'alert' }));
    return h('section', {}, h('h3', {}, 'Editors'), h('p', { class: 'muted' }, 'Sign in to preview, activate and roll back rules.'), form);
  }
  const result = h('div', { id: 'dry-run-result' });
  const form = h('form', { id: 'candidate', onsubmit: (ev) => ev.preventDefault() },
    h('p', { class: 'muted' }, 'A candidate: the rules directory in force with the files below laid over it. Name a file and give its whole new text.'),
    h('label', { class: 'field' }, 'File', h('input', { name: 'path', value: 'data/ranks.csv', required: true })),
    h('label', { class: 'field' }, 'New text', h('textarea', { name: 'text' })),
    h('div', { class: 'pager' },
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        const path = form.elements.path.value;
        const files = (await api('/rulesets/' + active.hash + '/files')).files;
        form.elements.text.value = files[path] ?? '';
      } }, 'Load the file in force'),
      h('button', { type: 'button', id: 'dry-run', onclick: async () => {
        result.replaceChildren(h('p', {}, 'Running the candidate over every incident…'));
        try {
          const out = await api('/rulesets/dry-run', { method: 'POST', asEditor: true, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(candidate(form)) });
          result.replaceChildren(dryRunTable(out));
        } catch (e) { result.replaceChildren(problemList(e)); }
      } }, 'Dry run'),
      h('button', { type: 'button', id: 'activate', onclick: () => act(() => api('/rulesets/activate', {
        method: 'POST', asEditor: true, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(candidate(form)) })) }, 'Activate')));
  return h('section', {}, h('h3', {}, 'Candidate'), form, result);
}

function candidate(form) {
  return { files: { [form.elements.path.value]: form.elements.text.value } };
}

function problemList(e) {
  const errors = e.problem && e.problem.errors;
  return h('div', { class: 'error' }, h('p', {}, e.message),
    errors ? h('ul', {}, errors.map((x) => h('li', {}, x.file + ':' + x.line + ':' + x.column + ' ' + x.message))) : null);
}

function dryRunTable(out) {
  if (!out.changes.length) return h('p', {}, 'The candidate changes nothing in ' + out.incidents + ' incidents.');
  return h('div', { class: 'table-wrap' }, h('table', { id: 'dry-run-changes' },
    h('caption', { class: 'muted' }, out.changes.length + ' changes over ' + out.incidents + ' incidents'),
    h('thead', {}, h('tr', {}, ['Incident', 'Attribute', 'Before', 'After'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, out.changes.map((c) => h('tr', { class: 'change-row' },
      h('td', {}, h('a', { href: '#/incidents/' + c.incident }, c.incident)), h('td', {}, c.attribute),
      h('td', {}, badge(c.before.status), ' ', display(c.before.best)),
      h('td', {}, badge(c.after.status), ' ', display(c.after.best)))))));
}

async function ruleSetFilesView(ref, file, params) {
  const v = await api('/rulesets/' + encodeURIComponent(ref) + '/files');
  const scenarios = v.scenarios || {};
  const paths = Object.keys(v.files).sort();
  const current = file || paths.find((p) => p.endsWith('.drl')) || paths[0];
  const line = Number(params.get('line') || 0);
  const text = v.files[current] ?? scenarios[current] ?? '';
  const pre = h('pre', { class: 'source', id: 'source', 'aria-label': current },
    text.split('\n').map((l, i) => h('span', { class: 'line' + (i + 1 === line ? ' hit' : ''), id: 'L' + (i + 1) }, l)));
  show(h('h2', {}, 'Rule set ' + v.version + ' ', h('code', { class: 'muted' }, v.hash.slice(0, 12)), v.active ? ' ' : null, v.active ? badge('settled', 'in force') : null),
    h('p', {}, h('a', { href: '#/rulesets' }, '← all versions')),
    h('nav', { class: 'tabs', 'aria-label': 'Files' }, paths.map((p) =>
      h('a', { href: '#/rulesets/' + v.hash + '/files/' + encodeURIComponent(p), 'aria-current': p === current ? 'page' : null }, p))),
    Object.keys(scenarios).length === 0 ? h('p', { class: 'muted' }, 'No scenarios are stored with this version.') :
      h('details', { open: current in scenarios ? true : null }, h('summary', {}, Object.keys(scenarios).length + ' scenarios stored with this version'),
        h('nav', { class: 'tabs', 'aria-label': 'Scenarios' }, Object.keys(scenarios).sort().map((p) =>
          h('a', { href: '#/rulesets/' + v.hash + '/files/' + encodeURIComponent(p), 'aria-current': p === current ? 'page' : null }, p.replace(/^tests\//, ''))))),
    h('section', {}, h('h3', {}, current + (line ? ', line ' + line : '')), pre));
  if (line) document.getElementById('L' + line)?.scrollIntoView({ block: 'center' });
}

// --- routing ---------------------------------------------------------------------------------

async function route() {
  const hash = location.hash || '#/incidents';
  const path = hash.replace(/^#/, '').split('?')[0];
  const params = query(hash);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === 'incidents' && parts.length === 1) await incidentsView(params);
    else if (parts[0] === 'incidents' && parts[2] === 'history') await historyView(parts[1], params);
    else if (parts[0] === 'incidents' && parts[2] === 'audit') await auditView(parts[1], params);
    else if (parts[0] === 'incidents') await incidentView(parts[1]);
    else if (parts[0] === 'rulesets' && parts.length === 1) await ruleSetsView();
    else if (parts[0] === 'rulesets') await ruleSetFilesView(parts[1], parts.slice(3).join('/'), params);
    else await incidentsView(params);
    document.body.dataset.view = parts[0] || 'incidents';
  } catch (e) {
    failure(e);
  }
}

window.addEventListener('hashchange', route);
route();
