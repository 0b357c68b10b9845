// Report text is untrusted: markup in it is shown as text and never runs.
// The element works under a strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun } from './helpers.mjs';
import { page as pageHtml, routes, STRICT_CSP } from './pages.mjs';
import * as fixture from './fixture.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">政府工作报告<script>window.__pwned=2</script>',
  '——2025 年 1 月 10 日在<b onmouseover="window.__pwned=3">示例市</b>人民代表大会上',
  '一、2024 年工作回顾<svg onload="window.__pwned=4">',
  '地区生产总值增长 5.2%<img src=x onerror=window.__pwned=5>，<a href="javascript:window.__pwned=6">点击</a>查看。',
  '固定资产投资 300 亿元 &lt;script&gt; &amp; &#x3c;img&#x3e; <iframe src="javascript:window.__pwned=7"></iframe>',
  '二、2025 年工作安排',
  '地区生产总值增长 5%左右<style>*{display:none}</style>，城镇新增就业 1 万人以上。',
  '名词解释：',
  '1. <img src=x onerror=window.__pwned=8>术语：<script>window.__pwned=9</script>定义。',
].join('\n');

/** Checks a page for signs that markup ran or was parsed. */
async function inspect(page) {
  return page.evaluate(() => {
    const el = document.getElementById('r');
    const root = el.shadowRoot;
    const all = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
    return {
      pwned: /** @type {any} */ (window).__pwned ?? null,
      img: all.filter((n) => n.localName === 'img').length,
      script: root.querySelectorAll('script, iframe, style, object, embed').length,
      onAttrs: all.filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: all.filter((n) => /^\s*javascript:/i.test(n.getAttribute('href') || n.getAttribute('src') || '')).length,
      text: root.querySelector('article')?.textContent || '',
      header: root.querySelector('header')?.textContent || '',
      tip: root.querySelector('[role="tooltip"]')?.textContent || '',
      state: root.querySelector('.root').dataset.state,
    };
  });
}

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  server = await startServer({
    routes: routes({
      '/t/bare.html': { body: pageHtml() },
      '/t/csp.html': {
        body: pageHtml({ attrs: 'loading="eager" src="/tests/corpus/dongxihu-2024.txt"' }),
        headers: { 'content-security-policy': STRICT_CSP },
      },
    }),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a hostile report read by the engine shows markup as text and runs nothing', { skip }, async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/t/bare.html`);
  await page.evaluate((t) => {
    /** @type {any} */ (document.getElementById('r')).text = t;
  }, HOSTILE);
  assert.equal(await waitForReport(page, '#r'), 'ready');
  // Hover and focus every mark and term so tooltips render report strings too.
  await page.evaluate(() => {
    const root = document.getElementById('r').shadowRoot;
    for (const m of root.querySelectorAll('mark.q, .term')) {
      m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      /** @type {HTMLElement} */ (m).focus();
    }
    for (const tab of root.querySelectorAll('[role="tab"]')) /** @type {HTMLElement} */ (tab).click();
  });
  await page.waitForTimeout(300);
  const r = await inspect(page);
  assert.equal(r.state, 'ready');
  assert.equal(r.pwned, null, 'no injected code ran');
  assert.equal(r.img, 0, 'no <img> was created');
  assert.equal(r.script, 0, 'no script, iframe or style element in the shadow tree');
  assert.equal(r.onAttrs, 0, 'no on* attributes');
  assert.equal(r.jsLinks, 0, 'no javascript: links');
  assert.ok(r.text.includes('<img src=x onerror='), 'the markup is shown as text');
  assert.ok(r.text.includes('<a href="javascript:window.__pwned=6">'), 'links are shown as text');
  assert.ok(r.text.includes('&lt;script&gt; &amp; &#x3c;img&#x3e;'), 'entities are shown as written');
  assert.deepEqual(errors, []);
  await page.close();
});

test('hostile strings in every field of a Report passed in are shown as text', { skip }, async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/t/bare.html`);
  const bad = '<img src=x onerror="window.__pwned=10"><script>window.__pwned=11</script>';
  await page.evaluate(
    ({ text, report, bad }) => {
      const r = structuredClone(report);
      for (const k of Object.keys(r.meta)) if (typeof r.meta[k] === 'string') r.meta[k] = bad + r.meta[k];
      r.meta.level = bad;
      for (const s of r.sections) (s.title = bad + s.title), (s.label = bad);
      for (const q of r.quantities) {
        q.metric = bad;
        q.unit = bad;
        q.sentence = bad;
        q.status = q.id % 2 ? bad : q.status; // unknown enum values too
        q.kind = q.id % 3 ? q.kind : bad;
      }
      for (const t of r.targets) (t.metric = bad), (t.metricId = bad), (t.qual = bad);
      for (const h of r.headline) h.label = bad;
      for (const g of r.glossary) (g.term = bad), (g.definition = bad);
      r.warnings.push({ code: bad, message: bad });
      const el = /** @type {any} */ (document.getElementById('r'));
      el.text = text;
      el.report = r;
    },
    { text: fixture.text, report: fixture.report, bad },
  );
  assert.equal(await waitForReport(page, '#r'), 'ready');
  await page.evaluate(() => {
    const root = document.getElementById('r').shadowRoot;
    for (const tab of root.querySelectorAll('[role="tab"]')) /** @type {HTMLElement} */ (tab).click();
    for (const m of root.querySelectorAll('mark.q, .term')) /** @type {HTMLElement} */ (m).focus();
    root.querySelector('details')?.setAttribute('open', '');
  });
  const r = await inspect(page);
  assert.equal(r.pwned, null);
  assert.equal(r.img, 0);
  assert.equal(r.script, 0);
  assert.equal(r.onAttrs, 0);
  assert.ok(r.header.includes('<img src=x onerror='), 'meta is shown as text');
  assert.ok(r.tip.includes('<script>'), 'tooltips show strings as text');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the element works under a strict CSP (no unsafe-inline, no unsafe-eval)', { skip }, async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const res = await page.goto(`${server.url}/t/csp.html`);
  assert.equal(res?.headers()['content-security-policy'], STRICT_CSP);
  assert.equal(await waitForReport(page, '#r'), 'ready');
  // Use the views that set styles from script: tooltip, flash, tabs.
  await page.locator('#r [data-tab="text"]').click();
  const mark = page.locator('#r mark.q').first();
  await mark.hover();
  await mark.click();
  await page.locator('#r [data-tab="overview"]').click();
  await page.locator('#r .card .fig').first().click();
  const out = await page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('r'));
    const root = el.shadowRoot;
    const tip = root.querySelector('[role="tooltip"]');
    return {
      violations: /** @type {any} */ (window).__violations,
      marks: root.querySelectorAll('mark[data-quantity-id]').length,
      quantities: el.report.quantities.length,
      styled: getComputedStyle(root.querySelector('.tabs')).display === 'flex',
      tipPositioned: tip.style.left !== '',
    };
  });
  assert.deepEqual(out.violations, [], 'no CSP violation');
  assert.equal(out.marks, out.quantities);
  assert.ok(out.styled, 'the constructed stylesheet applies');
  assert.ok(out.tipPositioned, 'the tooltip is positioned');
  assert.deepEqual(errors, []);
  await page.close();
});
