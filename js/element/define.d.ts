// Importing js/element/define.js registers <gov-report> (idempotent).
import { GovReportElement } from './gov-report.js';
export { GovReportElement };
export default GovReportElement;
