// Horizons search: Pagefind's JavaScript API with our own accessible results list and filters.
// Loaded only on the search page; every other page works without JavaScript.
const root = document.getElementById('search-app');
const fallback = document.getElementById('search-fallback');
const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const filterBox = document.getElementById('search-filters');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

const FILTER_LABELS = {
  type: 'Type',
  year: 'Year group',
  subject: 'Subject',
  principle: 'Principle',
  outcome: 'Outcome',
  theme: 'Case study theme',
  source: 'Case study source',
  sector: 'Role model sector',
  route: 'Role model route',
  challenges: 'Stereotype challenged',
};
const sortValues = (a, b) => a.localeCompare(b, 'en-GB', { numeric: true });

// Teachers come to search for something to teach: among similarly good matches, lessons come
// first and handouts (which their lessons already list) last.
const TYPE_BOOST = { Lesson: 1.6, Activity: 1.2, 'Subject starters': 1.2, Handout: 0.8 };
const RERANK_DEPTH = 40;

function el(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

function buildFilters(available) {
  for (const [name, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.keys(available[name] ?? {}).sort(sortValues);
    if (values.length === 0) continue;
    const fieldset = el('fieldset', { className: 'search-filter' }, [
      el('legend', { textContent: label }),
    ]);
    for (const value of values) {
      const id = `filter-${name}-${value.replace(/[^a-z0-9]+/gi, '-')}`;
      const box = el('input', { type: 'checkbox', id, name, value });
      fieldset.append(
        el('div', { className: 'search-filter__option' }, [
          box,
          el('label', { htmlFor: id, textContent: value }),
        ]),
      );
    }
    filterBox.append(fieldset);
  }
}

/** "Year 9 options" means options in Year 9: a year in the query becomes a year filter. */
function splitYear(query) {
  const match = /\byear\s*(\d{1,2})\b/i.exec(query);
  const year = match && Number(match[1]);
  if (!match || year < 5 || year > 13) return { text: query, year: null };
  return { text: query.replace(match[0], ' ').replace(/\s+/g, ' ').trim(), year: `Year ${year}` };
}

function chosenFilters() {
  const chosen = {};
  for (const box of filterBox.querySelectorAll('input:checked'))
    (chosen[box.name] ??= []).push(box.value);
  // Within one filter any value may match; across filters all must.
  return Object.fromEntries(
    Object.entries(chosen).map(([name, values]) => [name, { any: values }]),
  );
}

async function main() {
  const pagefind = await import(`${root.dataset.pagefindBase}pagefind.js`);
  await pagefind.options({ baseUrl: root.dataset.siteBase, ranking: { pageLength: 0.3 } });
  await pagefind.init();
  buildFilters(await pagefind.filters());
  fallback?.remove();
  form.hidden = false;
  filterBox.hidden = false;

  let latest = 0;
  async function run() {
    const query = input.value.trim();
    const filters = chosenFilters();
    const { text, year } = splitYear(query);
    if (year && !filters.year) filters.year = { any: [year] };
    const ticket = ++latest;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type a word or choose a filter to search.';
      return;
    }
    const search = await pagefind.search(text || null, { filters });
    const top = search.results.slice(0, RERANK_DEPTH);
    const loaded = await Promise.all(
      top.map(async (r) => ({ score: r.score, data: await r.data() })),
    );
    if (ticket !== latest) return;
    const boost = (item) => item.score * (TYPE_BOOST[item.data.meta.type] ?? 1);
    const results = loaded
      .sort((a, b) => boost(b) - boost(a))
      .slice(0, 30)
      .map((item) => item.data);
    list.replaceChildren(
      ...results.map((r) => {
        const meta = [r.meta.type, r.meta.year].filter(Boolean).join(' · ');
        const summary = el('p', { className: 'search-result__summary' });
        if (r.meta.summary) summary.textContent = r.meta.summary;
        else summary.innerHTML = r.excerpt;
        return el('li', { className: 'search-result' }, [
          el('h2', { className: 'search-result__title' }, [
            el('a', { href: r.url, textContent: r.meta.title ?? r.url }),
          ]),
          el('p', { className: 'card__meta', textContent: meta }),
          summary,
        ]);
      }),
    );
    const shown =
      results.length < search.results.length ? ` (showing the first ${results.length})` : '';
    const scope = year && text ? ` for “${text}” in ${year}` : query ? ` for “${query}”` : '';
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'}${scope}${shown}.`;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', () => run());
  filterBox.addEventListener('change', () => run());
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  run();
}

// Searching is the one time the site runs JavaScript, so that is when it offers to work offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker
    .register(root.dataset.siteBase + 'sw.js', { scope: root.dataset.siteBase })
    .catch(() => {});
}

main().catch((error) => {
  status.textContent = 'Search could not load. Browse by year group or lesson list instead.';
  console.error(error);
});
