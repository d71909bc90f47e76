/**
 * The entity index: every person, organisation, place and outlet with all its spellings, how
 * many articles name it, how many quotations it is given, and how each outlet describes it.
 * Other sections link here by `entityAnchor(id)`.
 */
import type { Report, ReportArticle } from '../json.ts';
import { entityAnchor, reportIndex, type EntityType, type ReportEntity, type ReportIndex } from './data.ts';
import { groupBy } from '../../util/group-by.ts';
import { html, type TrustedHtml } from './escape.ts';
import { filterBox } from './filter.ts';
import type { HtmlSection } from './index.ts';

const TYPE_ORDER: Array<{ type: EntityType; title: string }> = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organisations' },
  { type: 'place', title: 'Places' },
  { type: 'outlet', title: 'Outlets and media' },
  { type: 'other', title: 'Other' },
];

/** Rows shown per type before the rest is folded away. */
const VISIBLE_ROWS = 25;
const DESCRIPTORS_PER_OUTLET = 4;

export interface EntityStats {
  entity: ReportEntity;
  articleIds: Set<string>;
  quotes: number;
  /** Outlet → distinct descriptors, in first-seen order. */
  descriptorsByOutlet: Map<string, string[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Articles that name each entity by one of its spellings. Spellings are matched as whole-word
 * sequences, case-sensitive ("US" is not "us"), through an index on their first word, so each
 * article is read once whatever the number of entities.
 */
export function articlesNamingEntities(entities: ReportEntity[], articles: ReportArticle[]): Map<string, Set<string>> {
  const byFirstWord = new Map<string, Array<{ entityId: string; words: string[] }>>();
  for (const entity of entities) {
    for (const spelling of new Set([entity.name, ...entity.aliases])) {
      const parts = words(spelling);
      if (!parts.length) continue;
      const bucket = byFirstWord.get(parts[0]!) ?? [];
      bucket.push({ entityId: entity.id, words: parts });
      byFirstWord.set(parts[0]!, bucket);
    }
  }
  const found = new Map<string, Set<string>>();
  for (const article of articles) {
    const tokens = words(`${article.title ?? ''}\n${article.text}`);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = byFirstWord.get(tokens[i]!);
      if (!candidates) continue;
      for (const candidate of candidates) {
        if (found.get(candidate.entityId)?.has(article.id)) continue;
        if (candidate.words.every((word, k) => tokens[i + k] === word)) {
          const set = found.get(candidate.entityId) ?? new Set<string>();
          set.add(article.id);
          found.set(candidate.entityId, set);
        }
      }
    }
  }
  return found;
}

const statsCache = new WeakMap<Report, Map<string, EntityStats>>();

export function entityStats(report: Report): Map<string, EntityStats> {
  const cached = statsCache.get(report);
  if (cached) return cached;
  const index = reportIndex(report);
  const entities = [...index.entities.values()];
  const named = articlesNamingEntities(entities, report.articles);
  const stats = new Map<string, EntityStats>(
    entities.map((entity) => [entity.id, { entity, articleIds: new Set(named.get(entity.id) ?? []), quotes: 0, descriptorsByOutlet: new Map() }]),
  );
  for (const quote of index.quotes) {
    const entry = quote.speakerId ? stats.get(quote.speakerId) : undefined;
    if (!entry) continue;
    entry.quotes++;
    entry.articleIds.add(quote.articleId);
  }
  for (const citation of index.citations) stats.get(citation.sourceEntityId)?.articleIds.add(citation.articleId);
  for (const descriptor of index.descriptors) {
    const entry = stats.get(descriptor.entityId);
    if (!entry) continue;
    entry.articleIds.add(descriptor.articleId);
    const outlet = outletName(index, descriptor.articleId);
    const list = entry.descriptorsByOutlet.get(outlet) ?? [];
    if (!list.some((d) => d.toLowerCase() === descriptor.text.toLowerCase())) list.push(descriptor.text);
    entry.descriptorsByOutlet.set(outlet, list);
  }
  statsCache.set(report, stats);
  return stats;
}

export function outletName(index: ReportIndex, articleId: string): string {
  return index.articles.get(articleId)?.outlet ?? 'unknown outlet';
}

function descriptorsCell(stats: EntityStats): TrustedHtml {
  if (!stats.descriptorsByOutlet.size) return html`<span class="muted">—</span>`;
  const outlets = [...stats.descriptorsByOutlet.keys()].sort();
  return html`<dl class="by-outlet">${outlets.map((outlet) => {
    const list = stats.descriptorsByOutlet.get(outlet)!;
    const shown = list.slice(0, DESCRIPTORS_PER_OUTLET);
    const more = list.length - shown.length;
    return html`<dt>${outlet}</dt><dd>${shown.map((d, i) => html`${i ? '; ' : ''}“${d}”`)}${more > 0 ? html` <span class="muted">+${more} more</span>` : null}</dd>`;
  })}</dl>`;
}

function entityRow(stats: EntityStats): TrustedHtml {
  const { entity } = stats;
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  return html`<tr id="${entityAnchor(entity.id)}"><td><strong>${entity.name}</strong></td><td>${aliases.length ? aliases.join(' · ') : html`<span class="muted">—</span>`}</td><td class="num">${stats.articleIds.size}</td><td class="num">${stats.quotes || html`<span class="muted">0</span>`}</td><td>${descriptorsCell(stats)}</td></tr>`;
}

function table(rows: EntityStats[]): TrustedHtml {
  return html`<table class="entities"><thead><tr><th>Name</th><th>Other spellings</th><th class="num">Articles</th><th class="num">Quotes</th><th>Described as (by outlet)</th></tr></thead><tbody>
${rows.map(entityRow)}
</tbody></table>`;
}

function typeGroup(title: string, rows: EntityStats[]): TrustedHtml {
  const visible = rows.slice(0, VISIBLE_ROWS);
  const rest = rows.slice(VISIBLE_ROWS);
  return html`<h3>${title} (${rows.length})</h3>
${table(visible)}
${rest.length ? html`<details><summary>${rest.length} more ${title.toLowerCase()}, named in fewer articles</summary>${table(rest)}</details>` : null}`;
}

export const entitySection: HtmlSection = {
  id: 'entities',
  title: 'People & organisations',
  render(report) {
    if (report['entities'] === undefined) return null;
    const stats = [...entityStats(report).values()];
    if (!stats.length) {
      return html`<section id="entities"><h2>People, organisations, places</h2><p class="empty">No people, organisations, places or outlets were recognised in these articles.</p></section>`;
    }
    const byType = groupBy(stats, (s) => s.entity.type);
    const order = (a: EntityStats, b: EntityStats) =>
      b.articleIds.size - a.articleIds.size || b.quotes - a.quotes || a.entity.name.localeCompare(b.entity.name);
    return html`<section id="entities"><h2>People, organisations, places (${stats.length})</h2>
<p class="muted">Each entity merges the spellings found across articles. “Articles” counts the articles that name it or quote it; “Described as” lists the appositives and descriptions each outlet uses.</p>
${stats.length > 20 ? filterBox('entities', 'Filter by name, spelling or description') : null}<div data-filter-group="entities">
${TYPE_ORDER.map(({ type, title }) => {
  const rows = (byType.get(type) ?? []).sort(order);
  return rows.length ? typeGroup(title, rows) : null;
})}
</div></section>`;
  },
};
