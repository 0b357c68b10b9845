// Writes python/govreport/_model.py, the typed classes of the Python
// package's data model, from src/model.rs — the same source and the same
// parser (scripts/gen-types.mjs) as the TypeScript types, so the Python
// attributes, their types and their docs follow the Rust model exactly.
//
//   node scripts/gen-python.mjs          rewrite python/govreport/_model.py
//   node scripts/gen-python.mjs --check  exit 1 if it is out of date
//
// Each struct becomes a read-only view over the model's JSON object:
// attributes are the Rust field names (snake_case), read from the JSON keys
// (camelCase); `to_dict()` gives the JSON object. Enums become `Literal`
// unions, `Option<T>` `Optional[T]`, `Vec<T>` a tuple, `Span` `(start, end)`.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_RS, parseModel } from './gen-types.mjs';
import { ROOT, isMain } from './util.mjs';

export const MODEL_PY = join(ROOT, 'python', 'govreport', '_model.py');

/** Python's keywords, which cannot be attribute names. */
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

/** Where a struct's class takes its behaviour from (hand-written in _base.py). */
const BASES = { Report: '_ReportBase' };

/** What the Python binding says about spans instead of model.rs (UTF-16 there). */
const SPAN_DOC = [
  'A half-open range `(start, end)` of code points (Python `str` indices) in',
  'the text the report was read from, so that `text[start:end]` is the quoted text.',
];

/** Doc lines with rustdoc links made plain: [`Report::sections`] → `Report.sections`. */
function plain(lines) {
  return lines.map((l) =>
    l.replace(/\[`([^`]+)`\](?:\([^)]*\))?/g, (_, name) => `\`${name.replace(/::/g, '.')}\``),
  );
}

/** A docstring at an indentation. */
function docstring(lines, indent) {
  const text = plain(lines).map((l) => l.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"'));
  if (text.length === 0) return '';
  if (text.length === 1) return `${indent}"""${text[0]}"""\n`;
  return `${indent}"""${text[0]}\n${text
    .slice(1)
    .map((l) => (l ? `${indent}${l}` : ''))
    .join('\n')}\n${indent}"""\n`;
}

/** The model's declarations by name. */
function byName(decls) {
  return new Map(decls.map((d) => [d.name, d]));
}

/** Maps a Rust type to a Python annotation. */
export function pyType(rust, decls) {
  const t = rust.replace(/\s+/g, ' ').trim();
  let m;
  if ((m = t.match(/^Option<(.+)>$/))) return `Optional[${pyType(m[1], decls)}]`;
  if ((m = t.match(/^Vec<(.+)>$/))) return `Tuple[${pyType(m[1], decls)}, ...]`;
  if ((m = t.match(/^\[(.+); *(\d+)\]$/))) {
    const inner = pyType(m[1], decls);
    return `Tuple[${Array.from({ length: Number(m[2]) }, () => inner).join(', ')}]`;
  }
  if (/^(u8|u16|u32|u64|usize|i8|i16|i32|i64|isize)$/.test(t)) return 'int';
  if (/^(f32|f64)$/.test(t)) return 'float';
  if (/^(String|&'static str|&str|char)$/.test(t)) return 'str';
  if (t === 'bool') return 'bool';
  if (/^[A-Z][A-Za-z0-9]*$/.test(t) && decls.has(t)) return t;
  throw new Error(`gen-python: no Python mapping for Rust type \`${t}\``);
}

/**
 * The Python expression that turns the JSON value `expr` of Rust type `rust`
 * into the attribute's value, or null when the JSON value is already it.
 */
function convert(rust, expr, decls, depth = 0) {
  const t = rust.replace(/\s+/g, ' ').trim();
  const v = `v${depth}`;
  let m;
  if ((m = t.match(/^Option<(.+)>$/))) {
    const inner = convert(m[1], v, decls, depth + 1);
    return inner === null ? null : `_opt(${expr}, lambda ${v}: ${inner})`;
  }
  if ((m = t.match(/^Vec<(.+)>$/))) {
    const inner = convert(m[1], v, decls, depth + 1);
    return inner === null ? `tuple(${expr})` : `tuple(${inner} for ${v} in ${expr})`;
  }
  if (/^\[(.+); *(\d+)\]$/.test(t)) return `tuple(${expr})`;
  const d = decls.get(t);
  if (d && d.kind === 'struct') return `${t}(${expr})`;
  if (d && d.kind === 'alias') return convert(d.type, expr, decls, depth);
  return null;
}

/** The text of _model.py. */
export function renderPython(decls) {
  const names = byName(decls);
  const out = [];
  out.push(`# Generated from src/model.rs by scripts/gen-python.mjs; do not edit.
"""The data model (schemaVersion 1): read-only, typed views of the engine's
JSON model, one class per type of \`src/model.rs\`.

Attributes are the Rust field names (\`report.meta.plan_year\`,
\`quantity.metric_id\`); \`to_dict()\` gives the JSON object with its own keys
(\`planYear\`, \`metricId\`), the same as the CLI's JSON except that spans
count code points. Lists are tuples; enums are plain strings.
"""

from __future__ import annotations

from typing import Literal, Optional, Tuple, cast

from ._base import _opt, _Record, _ReportBase
`);
  const exported = [];
  for (const d of decls) {
    if (d.kind === 'const') {
      out.push(`${d.name}: int = ${d.value}\n${docstring(d.docs, '')}`);
      exported.push(d.name);
    } else if (d.kind === 'alias') {
      const docs = d.name === 'Span' ? SPAN_DOC : d.docs;
      out.push(`${d.name} = ${pyType(d.type, names)}\n${docstring(docs, '')}`);
      exported.push(d.name);
    } else if (d.kind === 'enum') {
      const docs = [
        ...d.docs,
        ...(d.docs.length ? [''] : []),
        ...d.variants.map((v) => `- \`"${v.name}"\`: ${v.docs.join(' ')}`),
      ];
      out.push(`${d.name} = Literal[${d.variants.map((v) => `"${v.name}"`).join(', ')}]\n${docstring(docs, '')}`);
      exported.push(d.name);
    }
  }
  for (const d of decls) {
    if (d.kind !== 'struct') continue;
    exported.push(d.name);
    const base = BASES[d.name] ?? '_Record';
    const lines = [`class ${d.name}(${base}):\n${docstring(d.docs, '    ')}\n    __slots__ = ()\n`];
    const fields = d.fields.map((f) => {
      const attr = KEYWORDS.has(f.rust) ? `${f.rust}_` : f.rust;
      return { ...f, attr };
    });
    lines.push(
      `    _FIELDS = (\n${fields.map((f) => `        ("${f.attr}", "${f.name}"),\n`).join('')}    )\n`,
    );
    for (const f of fields) {
      const type = pyType(f.type, names);
      const conv = convert(f.type, 'v', names);
      const docs = f.docs.length ? f.docs : [f.attr];
      const body =
        conv === null
          ? `        return cast("${type}", self._d["${f.name}"])\n`
          : `        return cast("${type}", self._cached("${f.name}", lambda v: ${conv}))\n`;
      lines.push(`    @property\n    def ${f.attr}(self) -> ${type}:\n${docstring(docs, '        ')}${body}`);
    }
    out.push(lines.join('\n'));
  }
  out.push(`__all__ = [\n${exported.map((n) => `    "${n}",\n`).join('')}]`);
  return `${out.join('\n\n')}\n`;
}

if (isMain(import.meta.url)) {
  const next = renderPython(parseModel(readFileSync(MODEL_RS, 'utf8')));
  let current = '';
  try {
    current = readFileSync(MODEL_PY, 'utf8');
  } catch {
    // missing: written below (or reported by --check)
  }
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('python/govreport/_model.py is out of date with src/model.rs: run `node scripts/gen-python.mjs`');
      process.exit(1);
    }
    console.log('python/govreport/_model.py matches src/model.rs');
  } else if (next !== current) {
    writeFileSync(MODEL_PY, next);
    console.log('python/govreport/_model.py: rewritten from src/model.rs');
  } else {
    console.log('python/govreport/_model.py: already up to date');
  }
}
