// Region names below the provinces in pinyin, for <gov-report-panel> in
// English (东西湖区 → Dongxihu District, 恩施土家族苗族自治州 → Enshi Tujia and
// Miao Autonomous Prefecture). The readings come from the table
// scripts/gen-region-en.py generates (./region-en.js: the characters of
// every GB/T 2260 prefecture and county name, and the names read otherwise);
// a name with a character the table lacks gets null (shown in Chinese).
//
// The table (about 6 KB gzipped) is loaded on first use in English
// (`loadRegionTable`), so a page in Chinese never fetches it; until it is
// there, `regionPinyin` gives null.

/** @type {{CHARS: string, WORDS: string} | null} */ let table = null;
/** @type {Promise<boolean> | null} */ let loading = null;

/** Loads the table once; resolves true when it is there. */
export function loadRegionTable() {
  if (!loading) {
    loading = import('./region-en.js').then(
      (m) => {
        table = m;
        chars = null;
        return true;
      },
      () => {
        loading = null;
        return false;
      },
    );
  }
  return loading;
}

/** Whether the table is loaded. */
export const regionTableReady = () => table != null;

/** Unit suffixes and their English, longest first. */
const SUFFIX = [
  ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'], ['新区', 'New Area'], ['特区', 'Special District'], ['地区', 'Prefecture'],
  ['盟', 'League'], ['区', 'District'], ['县', 'County'], ['旗', 'Banner'], ['市', ''],
];

/** Ethnic groups named before an autonomous suffix (longest first), with their usual English where it is not the pinyin. */
const ETHNIC = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 ' +
  '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺')
  .split(' ')
  .sort((a, b) => b.length - a.length);
const ETHNIC_EN = {
  蒙古: 'Mongol', 藏: 'Tibetan', 朝鲜: 'Korean', 维吾尔: 'Uygur', 哈萨克: 'Kazak', 柯尔克孜: 'Kirgiz',
  俄罗斯: 'Russian', 塔吉克: 'Tajik', 乌孜别克: 'Uzbek', 塔塔尔: 'Tatar', 回: 'Hui',
};

/** @type {Map<string, string> | null} */ let chars = null;
/** @type {Map<string, string[]> | null} */ let words = null;

function tables() {
  if (!chars || !words) {
    chars = new Map([...(table?.CHARS || '').matchAll(/([^a-zü])([a-zü]+)/g)].map((m) => [m[1], m[2]]));
    words = new Map([...(table?.WORDS || '').matchAll(/([^a-zü-]+)([a-zü-]+)/g)].map((m) => [m[1], m[2].split('-')]));
  }
  return { chars, words };
}

/**
 * A stem's pinyin (`Dongxihu`, `Xi'an`), or null when a character is not in the table.
 * @param {string} stem
 */
export function pinyin(stem) {
  if (!table) return null;
  const { chars: c, words: w } = tables();
  const cs = [...stem];
  const syl = w.get(stem) || cs.map((ch) => c.get(ch));
  if (!cs.length || syl.some((s) => !s)) return null;
  const joined = syl.map((s, i) => (i > 0 && /^[aeo]/.test(/** @type {string} */ (s)) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The stem, ethnic groups (Chinese) and English suffix of a unit's name. @param {string} name */
function split(name) {
  for (const [suf, en] of SUFFIX) {
    if (!name.endsWith(suf) || name.length <= suf.length) continue;
    let stem = name.slice(0, -suf.length);
    /** @type {string[]} */
    const groups = [];
    if (suf.startsWith('自治')) {
      for (let again = true; again; ) {
        again = false;
        if (stem.endsWith('族')) stem = stem.slice(0, -1);
        const e = ETHNIC.find((x) => stem.endsWith(x) && stem.length > x.length);
        if (e) {
          groups.unshift(e);
          stem = stem.slice(0, -e.length);
          again = true;
        }
      }
    }
    return { stem, groups, en };
  }
  return { stem: name, groups: [], en: '' };
}

/** One unit's name in English, or null. @param {string} name */
function unitEn(name) {
  const { stem, groups, en } = split(name);
  const head = pinyin(stem);
  if (!head) return null;
  const eth = groups.map((g) => ETHNIC_EN[g] || pinyin(g));
  if (eth.some((x) => !x)) return null;
  const who = eth.length ? ` ${eth.length > 1 ? `${eth.slice(0, -1).join(', ')} and ${eth[eth.length - 1]}` : eth[0]}` : '';
  return `${head}${who}${en ? ` ${en}` : ''}`;
}

/**
 * A region's name in pinyin with its unit in English (`东西湖区` → `Dongxihu
 * District`, `赣州` → `Ganzhou`, `武汉市东西湖区` → `Dongxihu District, Wuhan`),
 * or null when the table cannot spell it.
 * @param {string|null} region
 */
export function regionPinyin(region) {
  const s = String(region || '').trim();
  if (!s || /[^\u3400-\u9fff]/.test(s)) return null;
  // A unit inside a larger one (市 or 州 then a district or county), else the whole name.
  const m = /^(.+?(?:市|自治州|地区|盟))(.+[区县旗市])$/.exec(s);
  const inner = m && unitEn(m[2]);
  const outer = m && unitEn(m[1]);
  return inner && outer ? `${inner}, ${outer}` : unitEn(s);
}
