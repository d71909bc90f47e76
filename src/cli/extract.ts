import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import type { Failure } from '../model/raw.ts';
import { toReportArticle, type ReportArticle } from '../report/json.ts';
import { writeOutput } from '../report/write.ts';
import { EXIT_SOME_FAILED, type SetExit } from './shared.ts';
import { ingestOptionsFrom, withFetchFlags, type FetchFlags } from './fetch-flags.ts';

interface ExtractFlags extends FetchFlags {
  json?: string;
  format: 'storytrace' | 'aeb';
}

/** AEB ids are the file names without their extensions (`html/<id>.html.gz`). */
export function aebIdFor(source: string): string {
  return basename(source.replace(/#.*$/, '')).replace(/(\.html?|\.txt)?(\.gz)?$/i, '');
}

/** In the benchmark's folder layout only `html/` holds pages; `ground-truth.json` must not be read as input. */
async function resolveAebInputs(inputs: string[]): Promise<string[]> {
  const resolved: string[] = [];
  for (const input of inputs) {
    const pages = join(input, 'html');
    const isDir = await stat(pages).then((s) => s.isDirectory(), () => false);
    resolved.push(isDir ? pages : input);
  }
  return resolved;
}

export function registerExtract(program: Command, setExit: SetExit): void {
  withFetchFlags(
    program
      .command('extract')
      .description('extraction only: main text and metadata of each document, as JSON (no database, no analysis)')
      .argument('<inputs...>', 'files, folders, http(s) URLs')
      .option('--json <file>', 'write JSON here ("-" for standard output); without it a readable summary is printed')
      .option('--format <format>', 'storytrace (articles and failures) or aeb ({ "<id>": { "articleBody", "title" } })', 'storytrace'),
  ).action(async (inputs: string[], flags: ExtractFlags) => {
    const [{ extractDocument }, { ingest }] = await Promise.all([import('../extract/index.ts'), import('../ingest/index.ts')]);
    if (flags.format !== 'storytrace' && flags.format !== 'aeb') throw new Error(`unknown --format "${flags.format}" (use storytrace or aeb)`);
    const sources = flags.format === 'aeb' ? await resolveAebInputs(inputs) : inputs;
    const articles: ReportArticle[] = [];
    const failures: Failure[] = [];
    const aeb: Record<string, { articleBody: string; title: string | null }> = {};
    for await (const item of ingest(sources, ingestOptionsFrom(flags))) {
      if (item.kind === 'failure') {
        failures.push(item.failure);
        continue;
      }
      const source = item.document.provenance.source;
      try {
        const article = toReportArticle(extractDocument(item.document));
        articles.push(article);
        aeb[aebIdFor(source)] = { articleBody: article.text, title: article.title };
      } catch (error) {
        failures.push({ source, reason: error instanceof Error ? error.message : String(error) });
        aeb[aebIdFor(source)] = { articleBody: '', title: null };
      }
    }
    for (const failure of failures) process.stderr.write(`failed: ${failure.source}: ${failure.reason}\n`);
    if (flags.json) {
      await writeOutput(flags.json, flags.format === 'aeb' ? aeb : { version: 1, articles, failures });
    } else {
      for (const a of articles) {
        process.stdout.write(
          `# ${a.title ?? '(no title)'}\n${[a.outlet, a.published, a.author, a.language].map((v) => v ?? '—').join(' · ')}\n${a.source}\n\n${a.text}\n\n`,
        );
      }
    }
    if (failures.length) setExit(EXIT_SOME_FAILED);
  });
}
