// Messages of the engine's error and warning codes (src/error.rs, every
// `Warning::new("…")` in src/) and of the element's own errors, in the UI
// language. The engine's English message gives the numbers (`removed 3 page
// footer lines` → n[0] = 3) and is the English of the warnings. A test checks
// the table against the source.

/** @typedef {(n: number[], message: string) => string} Msg */

/** The HTTP status a `fetch-failed` message ends with (`…: HTTP 404`), or ''. @param {string} message */
function httpStatus(message) {
  const m = /HTTP (\d{3})$/.exec(message);
  return m ? m[1] : '';
}

/** @type {Record<string, {zh: Msg, en?: Msg}>} */
export const MESSAGES = {
  // Errors (the report could not be read).
  'input-too-large': {
    zh: (n) => `文件过大：${n[0] ?? '?'} 字节，超过上限 ${n[1] ?? '?'} 字节。`,
    en: (n) => `The file is ${n[0] ?? '?'} bytes, more than the limit of ${n[1] ?? '?'} bytes.`,
  },
  'empty-input': { zh: () => '输入为空：没有可读的文字。', en: () => 'The input is empty: there is no text to read.' },
  'not-text': {
    zh: () => '这不像文本文件（含有控制字符），可能是二进制文件。请提供 .txt 文本或 PDF。',
    en: () => 'This does not look like text (it holds control characters); is it a binary file? Use a .txt file or a PDF.',
  },
  undecodable: {
    zh: (n) => `无法解码文件：第 ${n[n.length - 1] ?? '?'} 字节处编码有误。`,
    en: (n) => `The file could not be decoded: malformed bytes at byte ${n[n.length - 1] ?? '?'}.`,
  },
  'fetch-failed': {
    zh: (n, m) => (httpStatus(m) ? `无法获取报告文件（HTTP ${httpStatus(m)}）。` : '无法获取报告文件（网络错误或跨域限制）。'),
    en: (n, m) => (httpStatus(m) ? `The report file could not be fetched (HTTP ${httpStatus(m)}).` : 'The report file could not be fetched (network or cross-origin error).'),
  },
  'unsafe-url': { zh: () => '地址不安全，已拒绝（只接受 http/https）。', en: () => 'Unsafe address refused (http/https only).' },
  'malformed-url': { zh: () => '地址格式有误。', en: () => 'Malformed address.' },
  'engine-failed': {
    zh: () => '无法加载解析引擎（WebAssembly）。',
    en: () => 'The parser (WebAssembly) could not be loaded.',
  },
  // The API's own codes (js/shared.js); the element wraps a failed load as engine-failed.
  'invalid-options': { zh: () => '选项有误。', en: () => 'Invalid options.' },
  'not-initialized': { zh: () => '引擎尚未加载。', en: () => 'The parser is not loaded yet.' },
  'wasm-load-failed': { zh: () => '引擎无法加载。', en: () => 'The parser could not load.' },
  'internal-error': { zh: () => '引擎出错，请再试一次。', en: () => 'The parser failed; try again.' },
  error: { zh: () => '读取时出错。', en: () => 'Something went wrong while reading.' },
  // Warnings (parser notes).
  'removed-page-footers': { zh: (n) => `删除了 ${n[0]} 行页码` },
  'removed-page-chrome': { zh: (n) => `删除了 ${n[0]} 行网页杂项（栏目、来源、导航等）` },
  'removed-repeated-lines': { zh: (n) => `删除了 ${n[0]} 行重复内容（页眉或重复粘贴的正文）` },
  'decoded-utf8-bom': { zh: () => '文件为带字节顺序标记的 UTF-8，已去掉该标记' },
  'decoded-utf16le': { zh: () => '文件按 UTF-16LE 解码' },
  'decoded-utf16be': { zh: () => '文件按 UTF-16BE 解码' },
  'decoded-gb18030': { zh: () => '文件不是 UTF-8，已按 GB18030（GBK）解码' },
  'too-many-quantities': { zh: (n) => `只读取了前 ${n[0]} 个数字：文中的数字多于任何报告` },
  'no-targets': { zh: () => '未读出报告的年度预期目标' },
  'no-gdp-target': { zh: () => '预期目标中没有地区生产总值增长目标' },
  'mapped-compatibility-ideographs': { zh: (n) => `将 ${n[0]} 个部首或兼容汉字（常见于从 PDF 提取的文字）换成了标准汉字` },
  // Panel warnings (reports read together).
  'invalid-report': { zh: () => '有一份输入不是可读的报告，已跳过' },
  'unknown-region': { zh: () => '有报告读不出地区，未能与其他报告对应' },
  'unknown-plan-year': { zh: () => '有报告读不出计划年份，其目标未列入' },
  'unknown-review-year': { zh: () => '有报告读不出回顾年份，其结果未列入' },
  'duplicate-report': { zh: () => '同一地区同一年份有多份报告，取第一份，其余作为备选' },
  'no-pairs': { zh: () => '没有能前后对照的报告（需要同一地区相邻两年的报告）' },
  'conflicting-figures': { zh: () => '同一指标有多个不同数字，取最确切的一个，其余作为备选' },
  'incomparable-units': { zh: () => '目标与结果的单位不可比，未给出判断' },
};

/**
 * The message of a code in the UI language; the engine's own message when
 * the code is not in the table.
 * @param {string} code
 * @param {string} message the engine's (English) message
 * @param {'zh'|'en'} lang
 */
export function messageFor(code, message, lang) {
  const m = Object.prototype.hasOwnProperty.call(MESSAGES, code) ? MESSAGES[code] : null;
  if (!m) return String(message || code || '');
  const nums = (String(message || '').match(/\d+/g) || []).map(Number);
  const f = lang === 'en' ? m.en : m.zh;
  return f ? f(nums, String(message || '')) : String(message || code);
}
