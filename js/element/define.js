// Registers <gov-report>. Importing this module twice, or alongside another
// copy of the element, is harmless: the first definition wins.
import { GovReportElement } from './gov-report.js';

GovReportElement.define();

export { GovReportElement };
export default GovReportElement;
