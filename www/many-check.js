// Pure helpers of the demo's many-reports mode (www/many.js), tested in
// Node (tests/js/many-check.test.mjs): what a file's name says (year,
// region), the files whose text contradicts their name, the reason a file
// could not be read in the page's language, and lists joined the way each
// language joins them.

/** Text files that are not reports, skipped (and listed) rather than read. */
export const NOT_REPORTS = /\.(md|markdown|tsv|csv|json|xml|html?|js|css|ds_store|ini|log|yml|yaml)$/i;

/** Words of a file name that are not the region. */
const NOISE = /(政府工作报告|工作报告|报告全文|全文|报告|政府|\d{4}年?|[（(].*?[)）])/g;

/** Unit suffixes, longest first. */
const UNIT = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗|州)$/;

/**
 * What a file's name says: the year (the first 19xx/20xx not inside a longer
 * number) and the region (the last Chinese part of the name ending in a unit,
 * else the last Chinese part of two characters or more), each or null.
 * `2019_江西省_赣州市.txt` → {year: 2019, region: '赣州市'}.
 * @param {string} file a name or a path
 */
export function nameClaims(file) {
  const base = String(file || '').split(/[\\/]/).pop() || '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const y = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(stem);
  const parts = stem
    .replace(NOISE, ' ')
    .split(/[\s_\-.,，、·]+/)
    .map((p) => p.replace(/[^\u3400-\u9fff]/g, ''))
    .filter((p) => p.length >= 2);
  const unit = parts.filter((p) => UNIT.test(p));
  const region = unit.length ? unit[unit.length - 1] : parts.length ? parts[parts.length - 1] : null;
  return { year: y ? Number(y[1]) : null, region };
}

/** A region's name without its unit (`赣州市` → `赣州`), for comparing. @param {string} s */
export const bare = (s) => String(s || '').replace(UNIT, '') || String(s || '');

/**
 * Whether two names of a region can be the same place: equal without their
 * units, or one inside the other (`湖北` and `湖北省`, `武汉市` and
 * `武汉市东西湖区` are not contradictions).
 * @param {string} a @param {string} b
 */
export function sameRegion(a, b) {
  const x = bare(a);
  const y = bare(b);
  return x === y || x.includes(y) || y.includes(x);
}

/**
 * The files whose text contradicts their name: `{file, field, name, text}`
 * (field `year`: the name's year against the report's plan year; `region`:
 * the name's region against the region read). A name that says nothing, or
 * a report that reads nothing, is no contradiction.
 * @param {{file: string, report: any}[]} entries
 */
export function contradictions(entries) {
  /** @type {{file: string, field: 'year'|'region', name: string, text: string}[]} */
  const out = [];
  for (const { file, report } of entries) {
    const meta = (report && report.meta) || {};
    const claim = nameClaims(file);
    if (claim.year != null && typeof meta.planYear === 'number' && meta.planYear !== claim.year) {
      out.push({ file, field: 'year', name: String(claim.year), text: String(meta.planYear) });
    }
    if (claim.region && typeof meta.region === 'string' && meta.region && !sameRegion(claim.region, meta.region)) {
      out.push({ file, field: 'region', name: claim.region, text: meta.region });
    }
  }
  return out;
}

/**
 * Joins a list the way the language does: `a、b、c` in Chinese; `a, b and c` in English.
 * @param {string[]} items @param {'zh'|'en'} lang
 */
export function joinList(items, lang) {
  if (lang !== 'en') return items.join('、');
  if (items.length < 3) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const REASONS = {
  zh: {
    unsupported: (ext) => `不是报告文件类型（${ext || '无扩展名'}）：请用 .txt、.pdf 或 .docx`,
    'not-report': (ext) => `跳过：${ext} 文件不是报告`,
    pdf: 'PDF 无法读取（可能已损坏、加密或只有图片）',
    docx: '不是可读的 .docx 文件（可能已损坏，或只是改了扩展名）',
    other: '读取时出错',
  },
  en: {
    unsupported: (ext) => `not a report file type (${ext || 'no extension'}): use .txt, .pdf or .docx`,
    'not-report': (ext) => `skipped: a ${ext} file is not a report`,
    pdf: 'the PDF could not be read (damaged, encrypted, or images only)',
    docx: 'not a readable .docx file (damaged, or only renamed)',
    other: 'something went wrong while reading',
  },
};

/**
 * Why a file could not be read, in the page's language: the engine's and
 * the readers' codes through `messageFor` (never a raw code), else by the
 * file's kind.
 * @param {unknown} err the error thrown (null: the file type is not supported)
 * @param {string} file
 * @param {'zh'|'en'} lang
 * @param {(code: string, message: string, lang: 'zh'|'en') => string} messageFor
 */
export function reasonFor(err, file, lang, messageFor) {
  const r = REASONS[lang === 'en' ? 'en' : 'zh'];
  const ext = (/\.([A-Za-z0-9]{1,8})$/.exec(String(file)) || ['', ''])[1].toLowerCase();
  const dotted = ext ? `.${ext}` : '';
  if (err === null) return NOT_REPORTS.test(String(file)) ? r['not-report'](dotted) : r.unsupported(dotted);
  const e = /** @type {any} */ (err) || {};
  const code = typeof e.code === 'string' ? e.code : '';
  if (code) {
    const m = messageFor(code, String(e.message || ''), lang);
    // messageFor gives the raw message for codes it does not know: not shown.
    if (m && m !== code && m !== String(e.message || '')) return m.replace(/[。.]$/, '');
  }
  if (ext === 'pdf') return r.pdf;
  if (ext === 'docx') return r.docx;
  return r.other;
}
