// Writes the data-model part of js/index.d.ts from src/model.rs, so that the
// TypeScript types follow the Rust model (and its doc comments) exactly.
//
//   node scripts/gen-types.mjs          rewrite js/index.d.ts
//   node scripts/gen-types.mjs --check  exit 1 if js/index.d.ts is out of date
//
// The model section sits between the BEGIN/END marker lines; everything else
// in the file (the API) is written by hand. The parser understands what
// model.rs uses: structs with named fields, unit-only enums, type aliases,
// `#[serde(rename_all = …)]`, `#[serde(rename = …)]`, `#[serde(skip)]` and
// `skip_serializing_if` (an optional property). Anything else stops it.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, isMain } from './util.mjs';

export const MODEL_RS = join(ROOT, 'src', 'model.rs');
export const INDEX_DTS = join(ROOT, 'js', 'index.d.ts');
const BEGIN = '// BEGIN MODEL: generated from src/model.rs by scripts/gen-types.mjs; do not edit.';
const END = '// END MODEL';

/** serde's rename_all rules. */
const RENAME = {
  camelCase: (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()),
  snake_case: (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase(),
  lowercase: (s) => s.toLowerCase(),
  'kebab-case': (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase(),
  SCREAMING_SNAKE_CASE: (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase(),
};

/** Splits `A, B<C, D>` at top-level commas. */
function splitTop(s) {
  const out = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '<' || ch === '[' || ch === '(') depth++;
    if (ch === '>' || ch === ']' || ch === ')') depth--;
    if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Maps a Rust type (as serde serialises it) to TypeScript. */
export function tsType(rust) {
  const t = rust.replace(/\s+/g, ' ').trim();
  let m;
  if ((m = t.match(/^Option<(.+)>$/))) return `${tsType(m[1])} | null`;
  if ((m = t.match(/^Vec<(.+)>$/))) {
    const inner = tsType(m[1]);
    return /[|&]/.test(inner) ? `Array<${inner}>` : `${inner}[]`;
  }
  if ((m = t.match(/^\[(.+); *(\d+)\]$/))) {
    const inner = tsType(m[1]);
    return `[${Array.from({ length: Number(m[2]) }, () => inner).join(', ')}]`;
  }
  if ((m = t.match(/^\((.*)\)$/))) return `[${splitTop(m[1]).map(tsType).join(', ')}]`;
  if (/^(u8|u16|u32|u64|usize|i8|i16|i32|i64|isize|f32|f64)$/.test(t)) return 'number';
  if (/^(String|&'static str|&str|char)$/.test(t)) return 'string';
  if (t === 'bool') return 'boolean';
  if (/^[A-Z][A-Za-z0-9]*$/.test(t)) return t;
  throw new Error(`gen-types: no TypeScript mapping for Rust type \`${t}\``);
}

/** Turns rustdoc lines into a JSDoc block at the given indentation. */
function jsdoc(lines, indent) {
  if (lines.length === 0) return '';
  const text = lines.map((l) =>
    l
      // [`Report::sections`] and [`SCHEMA_VERSION`] → `Report.sections`, `SCHEMA_VERSION`
      .replace(/\[`([^`]+)`\](?:\([^)]*\))?/g, (_, name) => `\`${name.replace(/::/g, '.')}\``)
      .replace(/\*\//g, '*\\/'),
  );
  if (text.length === 1) return `${indent}/** ${text[0]} */\n`;
  return `${indent}/**\n${text.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/**
 * Parses src/model.rs into declarations:
 * `{ kind: 'struct' | 'enum' | 'alias' | 'const', name, docs, ... }`.
 */
export function parseModel(source) {
  const decls = [];
  let docs = [];
  let attrs = [];
  let current = null;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('//!') || line === '') {
      if (line === '' && !current) docs = [];
      continue;
    }
    if (line.startsWith('///')) {
      docs.push(line.replace(/^\/\/\/ ?/, ''));
      continue;
    }
    if (line.startsWith('//')) continue;
    if (line.startsWith('#[')) {
      attrs.push(line);
      continue;
    }
    const serde = attrs.filter((a) => a.startsWith('#[serde(')).join(' ');
    const take = () => {
      const d = docs;
      docs = [];
      attrs = [];
      return d;
    };
    if (!current) {
      let m;
      if ((m = line.match(/^pub struct (\w+) \{$/))) {
        const rename = serde.match(/rename_all = "([^"]+)"/);
        current = { kind: 'struct', name: m[1], rename: rename && rename[1], docs: take(), fields: [] };
      } else if ((m = line.match(/^pub enum (\w+) \{$/))) {
        const rename = serde.match(/rename_all = "([^"]+)"/);
        current = { kind: 'enum', name: m[1], rename: rename && rename[1], docs: take(), variants: [] };
      } else if ((m = line.match(/^pub type (\w+) = (.+);$/))) {
        decls.push({ kind: 'alias', name: m[1], type: m[2], docs: take() });
      } else if ((m = line.match(/^pub const (\w+): (\w+) = (.+);$/))) {
        decls.push({ kind: 'const', name: m[1], type: m[2], value: m[3], docs: take() });
      } else if (/^(use |impl |pub fn |fn |mod |pub mod )/.test(line)) {
        // Skip impl blocks and functions: they do not cross the boundary.
        take();
        if (line.endsWith('{')) {
          let depth = 0;
          for (; i < lines.length; i++) {
            depth += (lines[i].match(/\{/g) || []).length - (lines[i].match(/\}/g) || []).length;
            if (depth === 0) break;
          }
        }
      } else {
        throw new Error(`gen-types: src/model.rs line ${i + 1} not understood: ${line}`);
      }
      continue;
    }
    if (line === '}') {
      decls.push(current);
      current = null;
      take();
      continue;
    }
    if (/flatten|untagged|tag\s*=|content\s*=|with\s*=|serialize_with/.test(serde)) {
      throw new Error(`gen-types: src/model.rs line ${i + 1}: unsupported serde attribute ${serde}`);
    }
    const skip = /\bskip\b|skip_serializing\b(?!_if)/.test(serde);
    const rename = serde.match(/\brename = "([^"]+)"/);
    if (current.kind === 'struct') {
      const m = line.match(/^pub (\w+): (.+),$/);
      if (!m) throw new Error(`gen-types: src/model.rs line ${i + 1}: expected a pub field: ${line}`);
      const fieldDocs = take();
      if (skip) continue;
      const name = rename ? rename[1] : current.rename ? RENAME[current.rename](m[1]) : m[1];
      const optional = /skip_serializing_if/.test(serde);
      current.fields.push({ rust: m[1], name, type: m[2], optional, docs: fieldDocs });
    } else {
      const m = line.match(/^(\w+),$/);
      if (!m) throw new Error(`gen-types: src/model.rs line ${i + 1}: only unit variants are supported: ${line}`);
      const variantDocs = take();
      if (skip) continue;
      const name = rename ? rename[1] : current.rename ? RENAME[current.rename](m[1]) : m[1];
      current.variants.push({ rust: m[1], name, docs: variantDocs });
    }
  }
  return decls;
}

/** The TypeScript text of the model section (without the marker lines). */
export function renderModel(decls) {
  const out = [];
  for (const d of decls) {
    if (d.kind === 'const') {
      // Constants stay on the Rust side (the JS API has schemaVersion()).
      continue;
    }
    if (d.kind === 'alias') {
      out.push(`${jsdoc(d.docs, '')}export type ${d.name} = ${tsType(d.type)};`);
    } else if (d.kind === 'enum') {
      const docs = [
        ...d.docs,
        ...(d.docs.length ? [''] : []),
        ...d.variants.map((v) => `- \`'${v.name}'\`: ${v.docs.join(' ')}`),
      ];
      const union = d.variants.map((v) => `'${v.name}'`).join(' | ');
      out.push(`${jsdoc(docs, '')}export type ${d.name} = ${union};`);
    } else {
      const fields = d.fields
        .map((f) => `${jsdoc(f.docs, '  ')}  ${f.name}${f.optional ? '?' : ''}: ${tsType(f.type)};`)
        .join('\n');
      out.push(`${jsdoc(d.docs, '')}export interface ${d.name} {\n${fields}\n}`);
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** js/index.d.ts with its model section regenerated from `modelSource`. */
export function regenerate(dts, modelSource) {
  const start = dts.indexOf(BEGIN);
  const end = dts.indexOf(END);
  if (start < 0 || end < start) throw new Error(`gen-types: js/index.d.ts lacks the ${BEGIN} / ${END} markers`);
  return `${dts.slice(0, start)}${BEGIN}\n\n${renderModel(parseModel(modelSource))}\n${dts.slice(end)}`;
}

if (isMain(import.meta.url)) {
  const dts = readFileSync(INDEX_DTS, 'utf8');
  const next = regenerate(dts, readFileSync(MODEL_RS, 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== dts) {
      console.error('js/index.d.ts is out of date with src/model.rs: run `node scripts/gen-types.mjs`');
      process.exit(1);
    }
    console.log('js/index.d.ts matches src/model.rs');
  } else if (next !== dts) {
    writeFileSync(INDEX_DTS, next);
    console.log('js/index.d.ts: model section rewritten from src/model.rs');
  } else {
    console.log('js/index.d.ts: already up to date');
  }
}
