// js/element/load.js: every address from outside is parsed and checked
// before anything fetches or links it (issue 19). Pure functions, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkedUrl, fetchReportBytes, fileNameOf } from '../../js/element/load.js';

const BASE = 'https://news.example/a/page.html';

test('http(s) and relative addresses pass, resolved against the page', () => {
  assert.equal(checkedUrl('report.txt', { base: BASE }).href, 'https://news.example/a/report.txt');
  assert.equal(checkedUrl('/r/2024.txt', { base: BASE }).href, 'https://news.example/r/2024.txt');
  assert.equal(checkedUrl('//cdn.example/r.txt', { base: BASE }).href, 'https://cdn.example/r.txt');
  assert.equal(checkedUrl('HTTP://Example.com/r.txt', { base: BASE }).href, 'http://example.com/r.txt');
  assert.equal(checkedUrl('  https://example.com/r.txt\n', { base: BASE }).protocol, 'https:');
  // A percent-encoded scheme is no scheme: a relative path on the page's own site.
  assert.equal(checkedUrl('%6Aavascript:alert(1)', { base: BASE }).origin, 'https://news.example');
});

test('every other scheme is refused as unsafe-url, in any case and with white space inside', () => {
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \t javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'blob:https://news.example/1234',
    'ftp://example.com/r.txt',
  ]) {
    assert.throws(() => checkedUrl(bad, { base: BASE }), (e) => e.code === 'unsafe-url', JSON.stringify(bad));
  }
});

test('data:text/plain only when asked for (fetching a report’s own text), never text/html', () => {
  const plain = 'data:text/plain;charset=utf-8;base64,5pS/5bqc';
  assert.throws(() => checkedUrl(plain, { base: BASE }), (e) => e.code === 'unsafe-url');
  assert.equal(checkedUrl(plain, { base: BASE, textData: true }).protocol, 'data:');
  assert.equal(checkedUrl('DATA:TEXT/PLAIN,abc', { base: BASE, textData: true }).protocol, 'data:');
  for (const bad of ['data:text/html,x', 'data:text/plainx,y', 'data:,x', 'data:text/html;text/plain,x']) {
    assert.throws(() => checkedUrl(bad, { base: BASE, textData: true }), (e) => e.code === 'unsafe-url', bad);
  }
});

test('what does not parse is malformed-url', () => {
  assert.throws(() => checkedUrl('http://[::1', { base: BASE }), (e) => e.code === 'malformed-url');
  assert.throws(() => checkedUrl('r.txt', { base: 'not a base' }), (e) => e.code === 'malformed-url');
});

test('file names: decoded when they can be, as written when not, none for other schemes', () => {
  assert.equal(fileNameOf('https://x.example/a/%E6%B2%B3%E5%8D%97.txt'), '河南.txt');
  assert.equal(fileNameOf('https://x.example/a/5%.txt'), '5%.txt');
  assert.equal(fileNameOf('javascript:alert(1)'), '');
  assert.equal(fileNameOf('data:text/plain,abc'), '');
  assert.equal(fileNameOf('http://[::1'), '');
});

test('fetchReportBytes refuses before fetching, and reads data:text/plain', async () => {
  let fetched = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (...a) => {
    fetched++;
    return realFetch(...a);
  };
  try {
    await assert.rejects(fetchReportBytes('javascript:alert(1)'), (e) => e.code === 'unsafe-url');
    assert.equal(fetched, 0, 'nothing fetched');
    const bytes = await fetchReportBytes('data:text/plain;charset=utf-8,%E6%94%BF%E5%BA%9C');
    assert.equal(new TextDecoder().decode(bytes), '政府');
  } finally {
    globalThis.fetch = realFetch;
  }
});
