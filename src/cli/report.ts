import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Report } from '../report/json.ts';
import type { SetExit } from './shared.ts';

export function registerReport(program: Command, _setExit: SetExit): void {
  program
    .command('report')
    .description('write reports from a database made by analyze (or re-render a JSON report as HTML)')
    .option('--db <file>', 'database made by analyze --db')
    .option('--from <report.json>', 'a JSON report to render instead of a database')
    .option('--json <file>', 'write the JSON report here ("-" for standard output)')
    .option('--html <file>', 'write the HTML report here')
    .action(async (flags: { db?: string; from?: string; json?: string; html?: string }) => {
      const { reportFromDatabase, writeHtmlReport, writeJsonReport } = await import('../analyze.ts');
      if (!flags.db === !flags.from) throw new Error('give exactly one of --db or --from');
      if (!flags.json && !flags.html) throw new Error('nothing to write: give --json and/or --html');
      const report = flags.db ? await reportFromDatabase(flags.db) : await readReport(flags.from!);
      if (flags.json) await writeJsonReport(report, flags.json);
      if (flags.html) await writeHtmlReport(report, flags.html);
    });
}

async function readReport(path: string): Promise<Report> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not a readable JSON report (${error instanceof Error ? error.message : String(error)})`);
  }
  const report = parsed as Partial<Report>;
  if (report.version !== 1 || !Array.isArray(report.articles)) throw new Error(`${path}: not a storytrace report (version 1 with "articles")`);
  return { failures: [], ...report } as Report;
}
