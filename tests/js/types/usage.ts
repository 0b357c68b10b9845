// Compiled with `tsc --noEmit --strict` by tests/js/types.test.mjs: the
// package's types resolve through its `exports` map and describe the API.

import {
  GovReportError,
  createPanel,
  decodeBytes,
  init,
  panel,
  panelAsync,
  parse,
  parseBytes,
  schemaVersion,
  version,
  type DecodedText,
  type Panel,
  type PanelEntry,
  type Source,
  type ErrorCode,
  type Quantity,
  type Report,
  type Span,
  type Status,
  type Verdict,
} from 'govreport';

export async function demo(text: string, bytes: Uint8Array): Promise<string[]> {
  await init();
  await init(new URL('https://example.org/govreport_bg.wasm'));
  await init(new Uint8Array(0));
  const report: Report = parse(text, { maxInputBytes: 1 << 20 });
  const fromBytes: Report = parseBytes(bytes);
  const decoded: DecodedText = decodeBytes(new ArrayBuffer(8));
  decodeBytes(bytes);
  const v: string = version();
  const s: number = schemaVersion();
  const span: Span = report.paragraphs[0]?.span ?? [0, 0];
  const q: Quantity | undefined = report.quantities[0];
  const status: Status | null = q?.status ?? null;
  const year: number | null = q ? q.year : null;
  const title: string | null = report.meta.title;
  const rows = fromBytes.headline.map((row) => `${row.label}: ${row.target ?? '-'}`);
  try {
    parse('');
  } catch (e) {
    if (e instanceof GovReportError) {
      const code: ErrorCode = e.code;
      rows.push(code);
    }
  }
  return [...rows, decoded.encoding, v, String(s), String(span[0]), String(status), String(year), title ?? ''];
}

// @ts-expect-error options are checked
parse('text', { maxBytes: 3 });
// @ts-expect-error parse takes text, not bytes
parse(new Uint8Array(0));
// @ts-expect-error enums are closed string unions
const bad: Status = 'planned';

// panel() takes a near tolerance: points, or points and a level's share.
const near: Verdict = 'near';
panel([], { nearTolerance: 0.5 });
panel([], { nearTolerance: { points: 0.5, relative: 0.01 } });
// @ts-expect-error the tolerance is a number or an object
panel([], { nearTolerance: 'wide' });
void near;
/** The panel from entries that state what the caller knows, streamed. */
export async function panels(reports: Report[]): Promise<Source[]> {
  const entries: PanelEntry[] = reports.map((report, i) => ({
    report,
    file: `${i}.txt`,
    region: '赣州市',
    regionCode: '360700',
    planYear: 2019,
  }));
  const a: Panel = panel(entries, { preferGiven: true });
  async function* stream(): AsyncGenerator<PanelEntry> {
    yield* entries;
  }
  const b: Panel = await panelAsync(stream());
  const builder = createPanel();
  for (const e of entries) builder.add(e);
  const c: Panel = builder.finish();
  const n: number = builder.size;
  return [...a.rows, ...b.rows, ...c.rows].slice(n).flatMap((r) => [r.regionSource, r.yearSource]);
}
