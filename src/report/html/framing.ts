/**
 * How each outlet refers to the same people and groups in one story (entity × outlet), with
 * loaded terms highlighted, and the loaded terms with who uses and who avoids them.
 */
import { articleAnchor } from './articles.ts';
import { entityAnchor, type ReportFramingTable, type ReportIndex } from './data.ts';
import { html, type TrustedHtml } from './escape.ts';

/** Entities shown before the rest of the table is folded away. */
const VISIBLE_ENTITIES = 12;
const TERMS_PER_CELL = 8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wraps the loaded terms this outlet uses in <mark class="loaded">. */
function highlighter(terms: string[]): (text: string) => TrustedHtml {
  if (!terms.length) return (text) => html`${text}`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const pieces: TrustedHtml[] = [];
    let cursor = 0;
    for (const match of text.matchAll(pattern)) {
      pieces.push(html`${text.slice(cursor, match.index)}<mark class="loaded" title="loaded term">${match[0]}</mark>`);
      cursor = match.index + match[0].length;
    }
    pieces.push(html`${text.slice(cursor)}`);
    return html`${pieces}`;
  };
}

/** Framing names an article without an outlet `article <id>`; show it as the unknown outlet of that article. */
function outletHeading(outlet: string, index: ReportIndex, titleLength = 40): TrustedHtml {
  const id = /^article (\S+)$/.exec(outlet)?.[1];
  const article = id ? index.articles.get(id) : undefined;
  if (!article) return html`${outlet}`;
  return html`<a href="#${articleAnchor(article.id)}" title="${article.title ?? article.source}">unknown outlet (${clip(article.title ?? article.source, titleLength)})</a>`;
}

function outletList(outlets: string[], index: ReportIndex): TrustedHtml {
  return html`${outlets.map((outlet, i) => html`${i ? ', ' : ''}${outletHeading(outlet, index, 24)}`)}`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Per outlet, the terms it uses, in the order given. */
function termsByOutlet(terms: readonly { term: string; outlets: readonly string[] }[]): Map<string, string[]> {
  const byOutlet = new Map<string, string[]>();
  for (const { term, outlets } of terms) {
    for (const outlet of outlets) {
      const list = byOutlet.get(outlet);
      if (list) list.push(term);
      else byOutlet.set(outlet, [term]);
    }
  }
  return byOutlet;
}

export function renderFraming(table: ReportFramingTable | undefined, index: ReportIndex): TrustedHtml {
  if (!table) return html`<p class="empty">Framing was not compared for this story.</p>`;
  const lexicon = table.loadedTerms.filter((t) => t.source === 'lexicon');
  const ownWords = table.loadedTerms.filter((t) => t.source === 'story');
  const loadedByOutlet = termsByOutlet(lexicon);
  const highlighters = new Map<string, (text: string) => TrustedHtml>();
  const highlight = (outlet: string, text: string) => {
    let fn = highlighters.get(outlet);
    if (!fn) highlighters.set(outlet, (fn = highlighter(loadedByOutlet.get(outlet) ?? [])));
    return fn(text);
  };
  const outlets = [...new Set(table.entities.flatMap((e) => e.byOutlet.map((o) => o.outlet)))].sort();
  const rows = table.entities.map((entity) => {
    const cells = outlets.map((outlet) => {
      const usage = entity.byOutlet.find((o) => o.outlet === outlet);
      if (!usage || (!usage.descriptors.length && !usage.terms.length)) return html`<td class="muted">—</td>`;
      const terms = [...usage.terms].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)).slice(0, TERMS_PER_CELL);
      return html`<td>${usage.descriptors.map((d) => html`<div class="descriptor">“${highlight(outlet, d)}”</div>`)}${terms.length ? html`<div class="terms">${terms.map((t, i) => html`${i ? ', ' : ''}${highlight(outlet, t.term)}${t.count > 1 ? html`<span class="muted"> ×${t.count}</span>` : null}`)}</div>` : null}</td>`;
    });
    const name = index.entities.has(entity.entityId) ? html`<a href="#${entityAnchor(entity.entityId)}">${entity.name}</a>` : html`${entity.name}`;
    return html`<tr><th scope="row">${name}</th>${cells}</tr>`;
  });
  const head = html`<thead><tr><th>Entity</th>${outlets.map((o) => html`<th>${outletHeading(o, index)}</th>`)}</tr></thead>`;
  const entityTable = rows.length
    ? html`<div class="scroll"><table class="framing">${head}<tbody>${rows.slice(0, VISIBLE_ENTITIES)}</tbody></table></div>${
        rows.length > VISIBLE_ENTITIES
          ? html`<details><summary>${rows.length - VISIBLE_ENTITIES} more entities</summary><div class="scroll"><table class="framing">${head}<tbody>${rows.slice(VISIBLE_ENTITIES)}</tbody></table></div></details>`
          : null
      }`
    : html`<p class="empty">No person or group is referred to by two or more outlets in this story, so there is nothing to compare.</p>`;
  const loaded = lexicon.length
    ? html`<table class="loaded-terms"><thead><tr><th>Loaded term</th><th>Neutral wording</th><th>Used by</th><th>Avoided by</th></tr></thead><tbody>${lexicon.map(
        (t) => html`<tr><td><mark class="loaded">${t.term}</mark></td><td>${t.neutral ?? html`<span class="muted">—</span>`}</td><td>${outletList(t.outlets, index)}</td><td>${t.avoidedBy.length ? outletList(t.avoidedBy, index) : html`<span class="muted">—</span>`}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">No loaded terms of the lexicon: no outlet uses one that another avoids.</p>`;
  const byOutlet = termsByOutlet(ownWords);
  const distinctive = byOutlet.size
    ? html`<h4>Words only one outlet uses</h4>
<p class="muted">Words an outlet uses at least twice in its own voice and no other outlet of the story uses at all: where its wording differs, not loaded in themselves.</p>
<table class="own-words"><thead><tr><th>Outlet</th><th>Words</th></tr></thead><tbody>${[...byOutlet].sort(([a], [b]) => a.localeCompare(b)).map(
        ([outlet, words]) => html`<tr><td>${outletHeading(outlet, index, 24)}</td><td>${words.join(', ')}</td></tr>`,
      )}</tbody></table>`
    : null;
  return html`<p class="muted">Descriptions (“…”) and the words each outlet uses around the name, in its own voice (quotations left out). <mark class="loaded">Highlighted</mark>: loaded terms this outlet uses and others avoid.</p>
${entityTable}
<h4>Loaded terms</h4>
${loaded}
${distinctive}`;
}
