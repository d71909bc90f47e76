/**
 * Error analysis for quotation extraction on PolNeAR: which gold attributions we miss or
 * attribute wrongly, grouped by category, with context to read.
 *
 *   node --import tsx src/eval/quotes-errors.ts [train|dev] [category-substring] [examples] [--tagger=model.json] [--held-out]
 *
 * Prints a count per category (most frequent first), the direct quotations by the rule that
 * attributed them with the share right, and, for categories matching the substring, examples:
 * the gold cue, source and content marked in the sentence around them. --tagger= uses a packed
 * attribution tagger saved by `train-tagger.ts --validate --save=…` and --held-out reads only the
 * fifth of the articles that model did not see (index a multiple of 5).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleEntities, Quote } from '../model/analysis.ts';
import { extractQuotes, type ExtractQuotesOptions } from '../quotes/index.ts';
import { unpackTaggerModel, type PackedTaggerModel } from '../quotes/attribution-tagger.ts';
import { reportingVerb } from '../quotes/cues.ts';
import { parseBratAttributions, quotesToRelations, type AttributionRelation } from './quotes.ts';

type Segments = Array<[number, number]>;

const NO_ENTITIES: ArticleEntities = { entities: [], mentions: [] };
const PRONOUNS = /^(?:he|she|they|it|we|i|you|his|her|their|its)$/i;

export interface AttributionError {
  category: string;
  cue: string;
  article: string;
  context: string;
}

function overlapLength(a: Segments, b: Segments): number {
  let total = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) total += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return total;
}

function overlaps(a: Segments, b: Segments): boolean {
  return overlapLength(a, b) > 0;
}

function textOf(text: string, segments: Segments | null): string {
  return segments ? segments.map(([s, e]) => text.slice(s, e)).join(' … ') : '';
}

/** The cue as a category key: a known reporting verb's lemma, else its lower-cased words. */
function cueKey(text: string, cue: Segments | null): string {
  if (!cue) return 'no cue';
  const words = textOf(text, cue).toLowerCase().replace(/[’]/g, "'").split(/[^a-z':-]+/).filter(Boolean);
  const verb = words.map((w) => reportingVerb(w)).find(Boolean);
  if (verb) return `${verb.cueClass} verb`;
  if (words.join(' ').includes('according')) return 'according to';
  return 'other cue';
}

function cueWords(text: string, cue: Segments | null): string {
  return textOf(text, cue).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Where the source stands relative to the content, and how far. */
function sourcePlace(text: string, relation: AttributionRelation): string {
  if (!relation.source) return 'no source';
  const sourceStart = relation.source[0]![0];
  const contentStart = relation.content[0]![0];
  const contentEnd = relation.content.at(-1)![1];
  const between = sourceStart < contentStart ? text.slice(relation.source.at(-1)![1], contentStart) : text.slice(contentEnd, sourceStart);
  const far = /[.!?]["”’]?\s+[A-Z“"]/.test(between) || /\n/.test(between) ? ' other sentence' : '';
  const form = PRONOUNS.test(textOf(text, relation.source).trim()) ? 'pronoun' : 'phrase';
  return `${sourceStart < contentStart ? 'source before' : 'source after'}${far} (${form})`;
}

/** The sentence(s) around a relation, with [S …], [C …] and {Q …} marking source, cue and content. */
function contextOf(text: string, relation: AttributionRelation, predictedSource: Segments | null): string {
  const all = [...relation.content, ...(relation.source ?? []), ...(relation.cue ?? [])];
  let start = Math.min(...all.map(([s]) => s));
  let end = Math.max(...all.map(([, e]) => e));
  start = Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 200);
  const newline = text.indexOf('\n', end);
  end = Math.min(text.length, newline < 0 ? text.length : newline, end + 200);
  const marks: Array<[number, string]> = [];
  for (const [s, e] of relation.source ?? []) marks.push([s, '[S '], [e, ']']);
  for (const [s, e] of relation.cue ?? []) marks.push([s, '[C '], [e, ']']);
  for (const [s, e] of relation.content) marks.push([s, '{Q '], [e, '}']);
  for (const [s, e] of predictedSource ?? []) marks.push([s, '<ours '], [e, '>']);
  marks.sort((a, b) => a[0] - b[0] || (a[1].endsWith(' ') ? 1 : -1));
  let out = '';
  let at = start;
  for (const [offset, mark] of marks) {
    if (offset < start || offset > end) continue;
    out += text.slice(at, offset) + mark;
    at = offset;
  }
  return (out + text.slice(at, end)).replace(/\s+/g, ' ');
}

/** Classifies every gold relation with a source that we miss or attribute wrongly. */
export function attributionErrors(text: string, gold: AttributionRelation[], predicted: AttributionRelation[], article = ''): AttributionError[] {
  const errors: AttributionError[] = [];
  for (const relation of gold) {
    if (!relation.source) continue;
    let best: AttributionRelation | null = null;
    let bestOverlap = 0;
    for (const p of predicted) {
      const overlap = overlapLength(p.content, relation.content);
      if (overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
    }
    if (best?.source && overlaps(best.source, relation.source)) continue;
    const direct = relation.content.some(([s, e]) => /[“”"]/.test(text.slice(s, e))) ? 'direct' : 'indirect';
    const what = !best ? 'missed content' : !best.source ? 'no speaker' : 'wrong speaker';
    const category = `${what} | ${direct} | ${cueKey(text, relation.cue)} | ${sourcePlace(text, relation)}`;
    errors.push({ category, cue: cueWords(text, relation.cue), article, context: contextOf(text, relation, best?.source ?? null) });
  }
  return errors;
}

/** The rule that gave a quotation its speaker, from its speakerReason ("continues the quotation …", "nearby speaker chosen by the learned ranker"). */
export function attributionRule(reason: string): string {
  if (reason.startsWith('speaker "') || reason.startsWith('pronoun') || reason.startsWith('name →') || reason.startsWith('description') || reason.startsWith('document')) return 'frame';
  return reason.split(/;|\s\(|: (?=speaker "|pronoun|name →|description|document)/)[0]!.trim() || 'frame';
}

/**
 * For every direct quotation we extract whose best-overlapping gold relation has a source: which
 * rule attributed it and whether its speaker overlaps that source. Shows which rules to trust.
 */
export function directAttributionByRule(text: string, gold: AttributionRelation[], quotes: Quote[]): Map<string, { quotes: number; right: number }> {
  const byRule = new Map<string, { quotes: number; right: number }>();
  for (const quote of quotes) {
    if (quote.kind !== 'direct') continue;
    let best: AttributionRelation | null = null;
    let bestOverlap = 0;
    for (const relation of gold) {
      const overlap = overlapLength(relation.content, [[quote.start, quote.end]]);
      if (overlap > bestOverlap) [best, bestOverlap] = [relation, overlap];
    }
    if (!best?.source) continue;
    const rule = attributionRule(quote.speakerReason);
    const row = byRule.get(rule) ?? { quotes: 0, right: 0 };
    row.quotes++;
    if (quote.speakerMention && overlaps([[quote.speakerMention.start, quote.speakerMention.end]], best.source)) row.right++;
    byRule.set(rule, row);
  }
  return byRule;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [split = 'train', filter = '', examples = '3'] = args.filter((a) => !a.startsWith('--'));
  const taggerPath = args.find((a) => a.startsWith('--tagger='))?.slice('--tagger='.length);
  const options: ExtractQuotesOptions = taggerPath ? { attributionTagger: unpackTaggerModel(JSON.parse(await readFile(taggerPath, 'utf8')) as PackedTaggerModel) } : {};
  const heldOutOnly = args.includes('--held-out');
  let index = -1;
  const root = fileURLToPath(new URL(`../../../shared/data/quotes/polnear/${split}/`, import.meta.url));
  const annFiles = (await readdir(join(root, 'attributions'))).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const errors: AttributionError[] = [];
  const byRule = new Map<string, { quotes: number; right: number }>();
  let goldWithSource = 0;
  for (const file of annFiles) {
    const article = file.replace(/_[^_]+\.ann$/, '');
    if (seen.has(article)) continue;
    seen.add(article);
    index++;
    if (heldOutOnly && index % 5 !== 0) continue;
    const [text, ann] = await Promise.all([readFile(join(root, 'text', `${article}.txt`), 'utf8'), readFile(join(root, 'attributions', file), 'utf8')]);
    const gold = parseBratAttributions(ann);
    goldWithSource += gold.filter((r) => r.source).length;
    const quotes = extractQuotes(text, NO_ENTITIES, options);
    errors.push(...attributionErrors(text, gold, quotesToRelations(text, quotes), article));
    for (const [rule, row] of directAttributionByRule(text, gold, quotes)) {
      const total = byRule.get(rule) ?? { quotes: 0, right: 0 };
      total.quotes += row.quotes;
      total.right += row.right;
      byRule.set(rule, total);
    }
  }
  const byCategory = new Map<string, AttributionError[]>();
  for (const error of errors) byCategory.set(error.category, [...(byCategory.get(error.category) ?? []), error]);
  const coarse = new Map<string, number>();
  for (const error of errors) {
    const key = error.category.split(' | ').slice(0, 2).join(' | ');
    coarse.set(key, (coarse.get(key) ?? 0) + 1);
  }
  console.log(`${split}: ${errors.length} of ${goldWithSource} gold attributions with a source missed or wrong (${((1 - errors.length / goldWithSource) * 100).toFixed(1)}% right)\n`);
  for (const [key, count] of [...coarse].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(6)}  ${key}`);
  console.log('');
  const sorted = [...byCategory].sort((a, b) => b[1].length - a[1].length);
  for (const [category, list] of sorted.slice(0, 40)) console.log(`${String(list.length).padStart(6)}  ${category}`);
  console.log('\nDirect quotations with a gold source, by the rule that attributed them (right = speaker overlaps the source):');
  for (const [rule, row] of [...byRule].sort((a, b) => b[1].quotes - a[1].quotes)) console.log(`${String(row.quotes).padStart(6)}  ${(row.right / row.quotes).toFixed(3)}  ${rule}`);
  const cues = new Map<string, number>();
  for (const error of errors) if (error.category.includes('other cue')) cues.set(error.cue, (cues.get(error.cue) ?? 0) + 1);
  console.log('\nOther cues, most frequent:');
  console.log([...cues].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([cue, n]) => `${cue} ${n}`).join(' · '));
  if (!filter) return;
  for (const [category, list] of sorted) {
    if (!category.includes(filter)) continue;
    console.log(`\n## ${category} (${list.length})`);
    for (const error of list.slice(0, Number(examples))) console.log(`- ${error.article}: ${error.context}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
