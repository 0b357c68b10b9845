// Registers <gov-report-panel>. Importing this module twice, or alongside
// another copy of the element, is harmless: the first definition wins.
import { GovReportPanelElement } from './gov-report-panel.js';

GovReportPanelElement.define();

export { GovReportPanelElement };
export default GovReportPanelElement;
