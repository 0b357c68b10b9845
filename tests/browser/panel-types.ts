// Compiled by panel-types.test.mjs (tsc --strict): the element types of the comparison and <gov-report-panel>.
import { GovReportPanelElement } from '../../js/element/gov-report-panel.js';
import { GovReportElement, type Comparison } from '../../js/element/gov-report.js';
import PanelDef from '../../js/element/panel-define.js';
const el = document.createElement('gov-report-panel');
el.setFilters({ metric: 'gdp|growth', verdict: 'missed' });
el.setFilters({ scope: 'both', verdict: 'near' });
el.nearTolerance = 0.4;
el.nearTolerance = { points: 0.5, relative: 0.01 };
const tol = el.nearTolerance;
void tol;
el.sortBy('gap', 'desc');
const csv: string = el.exportText('csv');
el.addEventListener('gov-report-panel-select', (e) => { const side: 'target' | 'actual' = e.detail.side; void side; });
const r = document.createElement('gov-report');
r.previousSrc = 'a.txt';
const c: Comparison | null = r.comparison;
r.addEventListener('gov-report-compare', (e) => { void e.detail.results.length; });
void csv; void c; void GovReportPanelElement; void GovReportElement; void PanelDef;
