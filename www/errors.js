// The demo page's error messages, in Chinese and English: every code the
// engine can give (src/error.rs, js/shared.js), the element's own
// (fetch-failed, engine-failed) and the page's file readers' (.docx, .pdf,
// sizes, addresses). No DOM: a test imports it in Node and checks it against
// the codes of the sources.

/** The largest file the page reads, by kind, in bytes: text as the engine's default limit (20 MiB), PDF and Word larger (their text is a fraction). */
export const FILE_LIMITS = { text: 20 * 1024 * 1024, pdf: 60 * 1024 * 1024, docx: 60 * 1024 * 1024 };

/** Megabytes, one decimal at most. @param {number} bytes */
export const mb = (bytes) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

/**
 * @typedef {{name: string, size?: number, limit?: number, slug?: string, url?: string}} Ctx
 * @type {Record<'zh'|'en', Record<string, (c: Ctx) => string>>}
 */
export const ERRORS = {
  zh: {
    // The engine (parse / parseBytes / init).
    'not-text': (c) => `${c.name} 不是文本文件（像是二进制文件），无法读取。`,
    'empty-input': (c) => `${c.name} 是空的：没有可读的文本。`,
    undecodable: (c) => `${c.name} 的编码无法识别（不是 UTF-8、UTF-16 或 GBK）。`,
    'input-too-large': (c) => `${c.name} 太大：报告文本的上限是 ${mb(FILE_LIMITS.text)} MB。`,
    'invalid-options': () => '页面给解析引擎的选项有误（这是本页的缺陷）。',
    'not-initialized': () => '解析引擎尚未加载完成，请稍后再试。',
    'wasm-load-failed': () => '解析引擎无法加载（需要 WebAssembly）。请刷新页面重试。',
    'internal-error': (c) => `解析 ${c.name} 时引擎出错；引擎已重新启动，可以再试一次或换一个文件。`,
    // The element.
    'fetch-failed': (c) => `无法下载 ${c.name}。`,
    'engine-failed': () => '解析引擎无法加载（需要 WebAssembly）。',
    // The page's file readers and addresses.
    'file-too-large': (c) => `${c.name} 有 ${mb(c.size || 0)} MB，超过了这类文件 ${mb(c.limit || 0)} MB 的上限，没有读取。`,
    'unsupported-type': (c) => `不支持的文件类型：${c.name}（请用 .txt、.pdf 或 .docx）。`,
    'docx-invalid': (c) => `${c.name} 不是有效的 Word（.docx）文件，或者文件已损坏。`,
    'pdf-invalid': (c) => `${c.name} 不是有效的 PDF 文件，或者文件已损坏。`,
    'pdf-password': (c) => `${c.name} 有密码保护，无法提取文字。`,
    'file-read-failed': (c) => `无法读取 ${c.name}（浏览器读文件时出错）。`,
    'unsafe-url': (c) => `拒绝了不安全的地址 ${c.name}：只能打开 http: 或 https: 地址的报告。`,
    'malformed-url': (c) => `地址 ${c.name} 格式有误，无法打开。`,
    'unknown-sample': (c) => `没有名为 “${c.slug}” 的示例报告。请从“示例报告”列表中选择一份。`,
    'other-site': (c) => `无法读取 ${c.url}：本页只能读取本站的报告，其他网站的文件被浏览器和本页的安全策略挡住。可以把文件下载下来，再拖进本页。`,
    error: (c) => `读取 ${c.name} 时出错。`,
  },
  en: {
    'not-text': (c) => `${c.name} is not a text file (it looks binary) and cannot be read.`,
    'empty-input': (c) => `${c.name} is empty: there is no text to read.`,
    undecodable: (c) => `The encoding of ${c.name} is not recognised (not UTF-8, UTF-16 or GBK).`,
    'input-too-large': (c) => `${c.name} is too large: the limit for a report’s text is ${mb(FILE_LIMITS.text)} MB.`,
    'invalid-options': () => 'The page gave the parser wrong options (a bug of this page).',
    'not-initialized': () => 'The parser has not finished loading; try again in a moment.',
    'wasm-load-failed': () => 'The parser could not load (it needs WebAssembly). Reload the page to try again.',
    'internal-error': (c) => `The parser failed on ${c.name}; it has restarted, so you can try again or use another file.`,
    'fetch-failed': (c) => `${c.name} could not be downloaded.`,
    'engine-failed': () => 'The engine could not load (it needs WebAssembly).',
    'file-too-large': (c) => `${c.name} is ${mb(c.size || 0)} MB, more than the ${mb(c.limit || 0)} MB limit for this kind of file; it was not read.`,
    'unsupported-type': (c) => `Unsupported file type: ${c.name} (use .txt, .pdf or .docx).`,
    'docx-invalid': (c) => `${c.name} is not a valid Word (.docx) file, or it is damaged.`,
    'pdf-invalid': (c) => `${c.name} is not a valid PDF file, or it is damaged.`,
    'pdf-password': (c) => `${c.name} is protected by a password; its text cannot be extracted.`,
    'file-read-failed': (c) => `${c.name} could not be read (the browser failed to read the file).`,
    'unsafe-url': (c) => `Refused the unsafe address ${c.name}: only reports at http: or https: addresses can be opened.`,
    'malformed-url': (c) => `The address ${c.name} is malformed and cannot be opened.`,
    'unknown-sample': (c) => `There is no sample report called “${c.slug}”. Pick one from the “Sample report” list.`,
    'other-site': (c) => `${c.url} cannot be read: this page reads reports from its own site only; files on other sites are blocked by the browser and the page’s security policy. Download the file and drop it here instead.`,
    error: (c) => `Something went wrong while reading ${c.name}.`,
  },
};

/**
 * The message of an error code in a language (the generic one for an unknown code).
 * @param {string} code @param {'zh'|'en'} lang @param {Ctx} ctx
 */
export function errorMessage(code, lang, ctx) {
  const table = ERRORS[lang === 'en' ? 'en' : 'zh'];
  const f = Object.prototype.hasOwnProperty.call(table, code) ? table[code] : table.error;
  return f(ctx);
}

/** An Error with a code of the table above. @param {string} code @param {string} message @param {object} [extra] */
export function fileError(code, message, extra = {}) {
  return Object.assign(new Error(message), { code }, extra);
}
