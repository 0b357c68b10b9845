// Importing js/element/panel-define.js registers <gov-report-panel> (idempotent).
import { GovReportPanelElement } from './gov-report-panel.js';
export { GovReportPanelElement };
export default GovReportPanelElement;
