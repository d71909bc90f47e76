import type { Report } from './json.ts';

/** The report's list fields that can be exported as tables ("articles", "failures", and those stages add). */
export function exportableFields(report: Report): string[] {
  return Object.keys(report).filter((key) => Array.isArray(report[key]));
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of a list of records; nested values are written as JSON. Columns: union of keys in first-seen order. */
export function toCsv(rows: Array<Record<string, unknown>>, omit: string[] = []): string {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key) && !omit.includes(key)) columns.push(key);
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJsonLines(rows: unknown[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '');
}
