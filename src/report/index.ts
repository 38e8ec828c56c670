/** The rollout report: one self-contained HTML file, and the same charts as Markdown. */
export { renderReportHtml, reportPeriod } from './html.js';
export { BODY_LIMIT, type MarkdownLimit, renderReportMarkdown } from './markdown.js';
export {
  type ReportData,
  type ReportDecision,
  type ReportInput,
  type ReportPhaseSpan,
  reportData,
} from './model.js';
