import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportableFields, toCsv, toJsonLines } from '../report/export.ts';
import type { SetExit } from './shared.ts';

export function registerExport(program: Command, _setExit: SetExit): void {
  program
    .command('export')
    .description('export one list from a database as CSV or JSON Lines (articles, failures, and what analysis added)')
    .requiredOption('--db <file>', 'database made by analyze --db')
    .option('--what <list>', 'which list to export', 'articles')
    .option('--format <format>', 'csv or jsonl', 'csv')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--with-text', 'keep the full article text in CSV (left out by default)')
    .action(async (flags: { db: string; what: string; format: string; out?: string; withText?: boolean }) => {
      const { reportFromDatabase } = await import('../analyze.ts');
      if (flags.format !== 'csv' && flags.format !== 'jsonl') throw new Error(`unknown --format "${flags.format}" (use csv or jsonl)`);
      const report = await reportFromDatabase(flags.db);
      const fields = exportableFields(report);
      if (!fields.includes(flags.what)) throw new Error(`nothing called "${flags.what}" to export; choose one of: ${fields.join(', ')}`);
      const rows = report[flags.what] as Array<Record<string, unknown>>;
      const omit = flags.what === 'articles' && !flags.withText ? ['text', 'paragraphs', 'origins'] : [];
      const output = flags.format === 'csv' ? toCsv(rows, omit) : toJsonLines(rows);
      if (flags.out) await writeFile(flags.out, output);
      else process.stdout.write(output);
    });
}
