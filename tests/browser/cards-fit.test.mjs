// The headline cards fit: for every report of tests/corpus, in Chinese and
// English, at 390 and 1,280 px (and 320 px for a few), no card's text
// overflows its box, nothing sticks out of a card, and no two pieces of a
// card (name, line labels, values, badges) overlap. Reports whose previous
// year is in the corpus are shown with the comparison (its lines are on the
// cards too). Strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, browserTestsCanRun, ROOT } from './helpers.mjs';
import { page as pageHtml, routes, STRICT_CSP } from './pages.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

const dir = path.join(ROOT, 'tests', 'corpus');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
const slugs = files.map((f) => f.replace(/\.txt$/, ''));

/** The corpus report of the year before (hubei-2025 → hubei-2024), if any. */
function previousOf(slug) {
  const m = /^(.*)-(\d{4})$/.exec(slug);
  const p = m && `${m[1]}-${Number(m[2]) - 1}`;
  return p && slugs.includes(p) ? p : null;
}

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {import('playwright-core').Page} */ let page;
/** @type {string[]} */ let errors;

before(async () => {
  if (skip) return;
  server = await startServer({
    routes: routes({
      // The element in a column like the demo page's (www/demo.css .wrap).
      '/t/cards.html': {
        body: pageHtml({ attrs: 'loading="eager" views="cards"' }).replace('</head>', '<link rel="stylesheet" href="/t/cards.css">\n</head>'),
        headers: { 'content-security-policy': STRICT_CSP },
      },
      '/t/cards.css': { body: 'body { margin: 0 } #r { display: block; max-width: 72rem; margin: 0 auto; padding: 0 1.25rem }', type: 'text/css' },
    }),
  });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
  await page.goto(`${server.url}/t/cards.html`);
  await page.waitForFunction(() => customElements.get('gov-report'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Shows a report (and its previous year's) in the element; resolves when the comparison, if any, is on the cards. */
async function show(slug) {
  const text = fs.readFileSync(path.join(dir, `${slug}.txt`), 'utf8');
  const prev = previousOf(slug);
  const prevText = prev ? fs.readFileSync(path.join(dir, `${prev}.txt`), 'utf8') : null;
  return page.evaluate(
    async ([t, p]) => {
      const el = /** @type {any} */ (document.getElementById('r'));
      const ready = new Promise((resolve) => {
        el.addEventListener('gov-report-ready', () => resolve('ready'), { once: true });
        el.addEventListener('gov-report-error', (e) => resolve(`error ${e.detail.code}`), { once: true });
      });
      const compared = p == null ? null : new Promise((resolve) => el.addEventListener('gov-report-compare', () => resolve(true), { once: true }));
      el.previousText = p;
      el.text = t;
      const state = await ready;
      if (compared) await Promise.race([compared, new Promise((r) => setTimeout(r, 10000))]);
      return state;
    },
    [text, prevText],
  );
}

/** Switches the language and waits for the re-render (and the comparison). */
async function setLang(lang) {
  await page.evaluate(async (l) => {
    const el = /** @type {any} */ (document.getElementById('r'));
    if (el.getAttribute('lang') === l) return;
    const compared = el.previousText != null ? new Promise((r) => el.addEventListener('gov-report-compare', r, { once: true })) : null;
    el.setAttribute('lang', l);
    await new Promise((r) => setTimeout(r, 0));
    await Promise.race([compared, new Promise((r) => setTimeout(r, compared ? 10000 : 50))]);
  }, lang);
}

/** Every problem of fit among the cards shown, as strings. */
function problems() {
  return page.evaluate(() => {
    const root = /** @type {any} */ (document.getElementById('r')).shadowRoot;
    const out = [];
    const cards = [...root.querySelectorAll('li.card')];
    const inside = (a, b) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (const card of cards) {
      const name = card.getAttribute('data-metric');
      const box = card.getBoundingClientRect();
      if (card.scrollWidth > card.clientWidth + 1) out.push(`${name}: card scrolls (${card.scrollWidth} > ${card.clientWidth})`);
      for (const el of card.querySelectorAll('*')) {
        if (el.closest('.vh')) continue; // visually hidden (1 px) on purpose
        const cs = getComputedStyle(el);
        if (cs.display !== 'inline' && cs.display !== 'contents' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
          out.push(`${name}: "${el.textContent}" overflows (${el.scrollWidth} > ${el.clientWidth})`);
        }
      }
      // The visible text: leaf elements (no element inside), each line box of each.
      const leaves = [...card.querySelectorAll('*')].filter((el) => !el.children.length && el.textContent.trim() && !el.closest('.vh'));
      const boxes = leaves.map((el) => ({ el, rects: [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0) }));
      for (const { el, rects } of boxes) {
        for (const r of rects) if (!inside(r, box)) out.push(`${name}: "${el.textContent}" sticks out of its card`);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (boxes[i].rects.some((a) => boxes[j].rects.some((b) => overlap(a, b)))) {
            out.push(`${name}: "${boxes[i].el.textContent}" overlaps "${boxes[j].el.textContent}"`);
          }
        }
      }
      if (!leaves.length) out.push(`${name}: no text found`);
    }
    return { cards: cards.length, problems: out };
  });
}

test('the corpus is there', { skip }, () => {
  assert.ok(slugs.length >= 20, `${slugs.length} corpus reports`);
  assert.ok(slugs.some((s) => previousOf(s)), 'some report has its previous year');
});

for (const slug of slugs) {
  test(`cards fit: ${slug}${previousOf(slug) ? ` (against ${previousOf(slug)})` : ''}`, { skip }, async () => {
    const before = errors.length;
    await page.setViewportSize({ width: 1280, height: 900 });
    await setLang('zh');
    assert.equal(await show(slug), 'ready');
    const found = [];
    let cards = 0;
    for (const lang of ['zh', 'en']) {
      await setLang(lang);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const res = await problems();
        cards = Math.max(cards, res.cards);
        found.push(...res.problems.map((p) => `${lang} ${width}px: ${p}`));
      }
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors.slice(before), [], 'no console error');
    if (cards === 0) assert.equal(await page.evaluate(() => document.getElementById('r').shadowRoot.querySelectorAll('.headline .chart-note').length), 1, 'no cards: the note says so');
  });
}

test('cards fit at every width from 320 px, with the longest English figures', { skip }, async () => {
  const found = [];
  for (const slug of ['hubei-2025', 'national-2010', 'guangdong-2025'].filter((s) => slugs.includes(s))) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await setLang('en');
    assert.equal(await show(slug), 'ready');
    for (let width = 320; width <= 1440; width += 40) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const res = await problems();
      assert.ok(res.cards > 0, `${slug}: cards`);
      found.push(...res.problems.map((p) => `${slug} ${width}px: ${p}`));
    }
  }
  assert.deepEqual(found, []);
});
