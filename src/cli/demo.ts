import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT_SOME_FAILED, type SetExit } from './shared.ts';

/** The bundled demo corpus: fictional outlets covering one fictional event (see demo/README.md). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../demo/corpus', import.meta.url));

export function registerDemo(program: Command, setExit: SetExit): void {
  program
    .command('demo')
    .description('analyse the bundled demo corpus and write a JSON and an HTML report')
    .option('--out <dir>', 'folder for demo.db, report.json and report.html', 'storytrace-demo')
    .option('-q, --quiet', 'no progress output')
    .action(async (flags: { out: string; quiet?: boolean }) => {
      const [{ analyze, writeHtmlReport, writeJsonReport }, { defaultProgress, silentProgress }] = await Promise.all([import('../analyze.ts'), import('../pipeline/progress.ts')]);
      const out = resolve(flags.out);
      const db = join(out, 'demo.db');
      for (const suffix of ['', '-wal', '-shm']) await rm(`${db}${suffix}`, { force: true });
      const { summary, report } = await analyze([DEMO_CORPUS], {
        db,
        progress: flags.quiet ? silentProgress : defaultProgress(),
      });
      const json = join(out, 'report.json');
      const html = join(out, 'report.html');
      await writeJsonReport(report, json);
      await writeHtmlReport(report, html);
      process.stdout.write(
        `Analysed ${report.articles.length} articles from the demo corpus (${DEMO_CORPUS}).\n` +
          `  HTML report: ${html}\n  JSON report: ${json}\n  database:    ${db}\n`,
      );
      if (summary.failures.length) setExit(EXIT_SOME_FAILED);
    });
}
