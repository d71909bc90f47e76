import type { Command } from 'commander';
import { EXIT_SOME_FAILED, type SetExit } from './shared.ts';
import { ingestOptionsFrom, type FetchFlags, withFetchFlags } from './fetch-flags.ts';

interface AnalyzeFlags extends FetchFlags {
  db?: string;
  json?: string;
  html?: string;
  quiet?: boolean;
}

export function registerAnalyze(program: Command, setExit: SetExit): void {
  withFetchFlags(
    program
      .command('analyze')
      .description('read articles (files, folders, URLs, feeds, WARC, JSON/JSONL), analyse them and write reports')
      .argument('<inputs...>', 'files, folders, http(s) URLs')
      .option('--db <file>', 'SQLite database to keep results in (default: in memory only)')
      .option('--json <file>', 'write the JSON report here ("-" for standard output)')
      .option('--html <file>', 'write the self-contained HTML report here')
      .option('-q, --quiet', 'no progress output'),
  ).action(async (inputs: string[], flags: AnalyzeFlags) => {
    const [{ analyze, writeHtmlReport, writeJsonReport }, { defaultProgress, silentProgress }] = await Promise.all([import('../analyze.ts'), import('../pipeline/progress.ts')]);
    const progress = flags.quiet ? silentProgress : defaultProgress();
    const { summary, report } = await analyze(inputs, { db: flags.db, ingest: ingestOptionsFrom(flags), progress });
    if (flags.json) await writeJsonReport(report, flags.json);
    if (flags.html) await writeHtmlReport(report, flags.html);
    if (!flags.quiet) {
      const parts = [
        `${summary.inserted} new`,
        summary.newVersions ? `${summary.newVersions} new versions` : '',
        summary.unchanged ? `${summary.unchanged} unchanged` : '',
        summary.failures.length ? `${summary.failures.length} failed` : '',
      ].filter(Boolean);
      process.stderr.write(`storytrace: ${summary.documents} documents read: ${parts.join(', ')}; ${report.articles.length} articles in the ${flags.db ? `database ${flags.db}` : 'report'}\n`);
      if (flags.json && flags.json !== '-') process.stderr.write(`JSON report: ${flags.json}\n`);
      if (flags.html) process.stderr.write(`HTML report: ${flags.html}\n`);
    }
    if (summary.failures.length) setExit(EXIT_SOME_FAILED);
  });
}
