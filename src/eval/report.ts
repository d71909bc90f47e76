/** A printable evaluation table: our rows beside published or recomputed reference rows. */
export interface EvalTable {
  title: string;
  /** Column names in display order; each row has a value (number or text) per column. */
  columns: string[];
  rows: Array<{ system: string; ours: boolean; values: Record<string, number | string | null>; note?: string }>;
  notes?: string[];
}

export function formatTable(table: EvalTable): string {
  const header = ['system', ...table.columns];
  const body = table.rows.map((row) => [
    row.ours ? `${row.system} (ours)` : row.system,
    ...table.columns.map((column) => formatValue(row.values[column] ?? null)),
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [`## ${table.title}`, '', line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  if (table.notes?.length) out.push('', ...table.notes.map((note) => `- ${note}`));
  return out.join('\n');
}

function formatValue(value: number | string | null): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}
