/**
 * The formats a report comes in and their media types. Apart from report-service.ts, with no
 * dependencies, so that the CLI can offer the choices without loading the report machinery.
 */
export const REPORT_FORMATS = ['md', 'html', 'pdf', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
};
