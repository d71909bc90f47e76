/**
 * Who copied whom within a story, drawn server-side as inline SVG: each article a node placed
 * by publication time (x) in its outlet's lane (y), each copied-text pair an arrow from source
 * to copy (dashed, without a head, when the direction is unknown), labelled with its kind and
 * the share of the copy it covers. Then a table of the pairs with the passages side by side.
 */
import type { ReportArticle } from '../json.ts';
import { articleAnchor } from './articles.ts';
import { formatDate, formatShare, plural, type ReportReusePair } from './data.ts';
import { html, raw, type TrustedHtml } from './escape.ts';
import { passageSides } from './passage-diff.ts';

const LABEL_WIDTH = 170;
const PLOT_WIDTH = 700;
const UNDATED_WIDTH = 120;
const RIGHT_MARGIN = 30;
const LANE_HEIGHT = 48;
const TOP = 34;
const AXIS_HEIGHT = 36;
const RADIUS = 7;
const NODE_GAP = 2 * RADIUS + 6;
const MIN_TICK_GAP = 110;
/** Pairs listed before the rest is folded away. */
const VISIBLE_PAIRS = 12;
/** Passages shown per pair before the rest is folded away. */
const VISIBLE_PASSAGES = 6;

/** Milliseconds for an ISO date; a local time without zone is placed as if it were UTC. */
export function timeOf(iso: string | null): number | null {
  if (!iso) return null;
  const normalised = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso) ? `${iso}Z` : iso;
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? null : ms;
}

export function outletLabel(article: ReportArticle | undefined): string {
  return article?.outlet ?? 'unknown outlet';
}

interface Node {
  article: ReportArticle;
  x: number;
  y: number;
}

function layout(articles: ReportArticle[]): { nodes: Map<string, Node>; lanes: string[]; width: number; height: number; ticks: Array<{ x: number; label: string }>; undatedX: number | null } {
  const timed = articles.map((article) => ({ article, time: timeOf(article.published) }));
  const firstSeen = new Map<string, number>();
  for (const { article, time } of timed) {
    const lane = outletLabel(article);
    const t = time ?? Number.POSITIVE_INFINITY;
    firstSeen.set(lane, Math.min(firstSeen.get(lane) ?? Number.POSITIVE_INFINITY, t));
  }
  const lanes = [...firstSeen.keys()].sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)! || a.localeCompare(b));
  const times = timed.map((t) => t.time).filter((t): t is number => t !== null);
  const min = times.length ? Math.min(...times) : 0;
  const max = times.length ? Math.max(...times) : 0;
  const hasUndated = timed.some((t) => t.time === null);
  // Half linear time, half rank among the distinct times: order is kept, long gaps still show,
  // and articles minutes apart do not sit on top of each other.
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  const rank = new Map(distinct.map((time, i) => [time, i]));
  const xOf = (time: number | null) => {
    if (time === null) return LABEL_WIDTH + PLOT_WIDTH + UNDATED_WIDTH / 2 + 15;
    if (max === min) return LABEL_WIDTH + PLOT_WIDTH / 2;
    const linear = (time - min) / (max - min);
    const ranked = (rank.get(time) ?? 0) / (distinct.length - 1);
    return LABEL_WIDTH + (0.5 * linear + 0.5 * ranked) * PLOT_WIDTH;
  };

  const nodes = new Map<string, Node>();
  let width = LABEL_WIDTH + PLOT_WIDTH + (hasUndated ? UNDATED_WIDTH : 0) + RIGHT_MARGIN;
  lanes.forEach((lane, laneIndex) => {
    const y = TOP + laneIndex * LANE_HEIGHT + LANE_HEIGHT / 2;
    const members = timed
      .filter(({ article }) => outletLabel(article) === lane)
      .map(({ article, time }) => ({ article, x: xOf(time) }))
      .sort((a, b) => a.x - b.x || a.article.id.localeCompare(b.article.id));
    let previous = Number.NEGATIVE_INFINITY;
    for (const member of members) {
      const x = Math.max(member.x, previous + NODE_GAP);
      previous = x;
      nodes.set(member.article.id, { article: member.article, x, y });
      width = Math.max(width, x + RADIUS + RIGHT_MARGIN);
    }
  });

  const sameDay = distinct.some((time, i) => i > 0 && new Date(time).toISOString().slice(0, 10) === new Date(distinct[i - 1]!).toISOString().slice(0, 10));
  const withClock = new Set(timed.filter((t) => t.time !== null && (t.article.published?.length ?? 0) > 10).map((t) => t.time));
  const ticks: Array<{ x: number; label: string }> = [];
  for (const time of distinct) {
    const x = xOf(time);
    if (ticks.length && x - ticks[ticks.length - 1]!.x < MIN_TICK_GAP) continue;
    const iso = new Date(time).toISOString();
    ticks.push({ x, label: sameDay && withClock.has(time) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10) });
  }
  return {
    nodes,
    lanes,
    width: Math.ceil(width),
    height: TOP + lanes.length * LANE_HEIGHT + AXIS_HEIGHT,
    ticks,
    undatedX: hasUndated ? LABEL_WIDTH + PLOT_WIDTH + UNDATED_WIDTH / 2 : null,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function edgePath(from: Node, to: Node, bend: number): { d: string; labelX: number; labelY: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const midX = (from.x + to.x) / 2;
  const midY = (from.y + to.y) / 2;
  // Arcs bow away from the straight line, so edges along one lane clear the nodes between.
  const offset = from.y === to.y ? -(24 + Math.min(60, length * 0.12)) - bend : 18 + bend;
  const cx = midX + (-dy / length) * offset;
  const cy = midY + (dx / length) * offset;
  const trim = (px: number, py: number, qx: number, qy: number) => {
    const len = Math.hypot(qx - px, qy - py) || 1;
    return { x: px + ((qx - px) / len) * (RADIUS + 2), y: py + ((qy - py) / len) * (RADIUS + 2) };
  };
  const start = trim(from.x, from.y, cx, cy);
  const end = trim(to.x, to.y, cx, cy);
  return {
    d: `M${round(start.x)},${round(start.y)} Q${round(cx)},${round(cy)} ${round(end.x)},${round(end.y)}`,
    labelX: round(0.25 * start.x + 0.5 * cx + 0.25 * end.x),
    labelY: round(0.25 * start.y + 0.5 * cy + 0.25 * end.y),
  };
}

function markerId(key: string): string {
  return `arrow-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The SVG copy graph of one story; null when the story has no articles. */
export function renderCopyGraph(articles: ReportArticle[], pairs: ReportReusePair[], key: string): TrustedHtml | null {
  if (!articles.length) return null;
  const { nodes, lanes, width, height, ticks, undatedX } = layout(articles);
  const marker = markerId(key);
  const seen = new Map<string, number>();
  const edges = pairs
    .filter((pair) => nodes.has(pair.fromArticleId) && nodes.has(pair.toArticleId))
    .map((pair) => {
      const from = nodes.get(pair.fromArticleId)!;
      const to = nodes.get(pair.toArticleId)!;
      const laneKey = [from.y, to.y].sort().join('|');
      const bend = (seen.get(laneKey) ?? 0) * 10;
      seen.set(laneKey, (seen.get(laneKey) ?? 0) + 1);
      const path = edgePath(from, to, bend);
      const known = pair.direction === 'known';
      const title = `${outletLabel(from.article)} (${formatDate(from.article.published)}) → ${outletLabel(to.article)} (${formatDate(to.article.published)}): ${pair.kind}, ${formatShare(pair.share)} of the copy's text${known ? '' : ', direction unknown'}${pair.reason ? ` — ${pair.reason}` : ''}`;
      return html`<g class="edge${known ? '' : ' unknown'}"><title>${title}</title><path class="edge${known ? '' : ' dashed'}" d="${path.d}"${known ? raw(` marker-end="url(#${marker})"`) : null}/><text class="edge-label" x="${path.labelX}" y="${path.labelY}" text-anchor="middle">${pair.kind} ${formatShare(pair.share)}</text></g>`;
    });
  const laneRows = lanes.map((lane, i) => {
    const y = TOP + i * LANE_HEIGHT;
    return html`<g class="lane"><rect x="0" y="${y}" width="${width}" height="${LANE_HEIGHT}" class="${i % 2 ? 'lane-odd' : 'lane-even'}"/><text class="lane-label" x="8" y="${y + LANE_HEIGHT / 2 + 4}">${clip(lane, 24)}</text></g>`;
  });
  const axisY = TOP + lanes.length * LANE_HEIGHT;
  const nodeMarks = [...nodes.values()].map(
    (node) =>
      html`<a href="#${articleAnchor(node.article.id)}"><circle class="node" cx="${round(node.x)}" cy="${node.y}" r="${RADIUS}"><title>${outletLabel(node.article)} · ${formatDate(node.article.published)} · ${node.article.title ?? node.article.source}</title></circle></a>`,
  );
  return html`<figure class="copy-graph"><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Copy graph: ${plural(nodes.size, 'article')}, ${plural(edges.length, 'copied-text pair')}">
<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow-head"/></marker></defs>
${laneRows}
<line class="axis" x1="${LABEL_WIDTH}" y1="${axisY}" x2="${width - RIGHT_MARGIN}" y2="${axisY}"/>
${ticks.map((tick) => html`<text class="tick" x="${round(tick.x)}" y="${axisY + 16}" text-anchor="${undatedX === null && tick.x + MIN_TICK_GAP / 2 > width ? 'end' : 'middle'}">${tick.label}</text>`)}
${undatedX !== null ? html`<line class="undated-rule" x1="${LABEL_WIDTH + PLOT_WIDTH + 30}" y1="${TOP}" x2="${LABEL_WIDTH + PLOT_WIDTH + 30}" y2="${axisY}"/><text class="tick" x="${undatedX + 15}" y="${axisY + 16}" text-anchor="middle">undated</text>` : null}
${edges}
${nodeMarks}
</svg><figcaption>Articles by publication time (left to right) and outlet. Solid arrows run from the source to the copy (direction from publication time or a source credit); dashed lines join pairs whose direction is unknown. Labels give the kind of reuse and the share of the copy's text. Hover for details; click a node to open the article.</figcaption></figure>`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function articleCell(article: ReportArticle | undefined, id: string): TrustedHtml {
  if (!article) return html`<span class="mono">${id}</span>`;
  return html`<a href="#${articleAnchor(article.id)}">${outletLabel(article)}</a><br><span class="muted">${formatDate(article.published)}</span>`;
}

function passageRows(pair: ReportReusePair, from: ReportArticle | undefined, to: ReportArticle | undefined): TrustedHtml {
  const rows = pair.passages.map((passage) => {
    const sourceText = from ? from.text.slice(passage.fromStart, passage.fromEnd) : passage.text;
    const copyText = to ? to.text.slice(passage.toStart, passage.toEnd) : passage.text;
    const sides = passageSides(sourceText, copyText);
    const note = sides.identical ? 'identical' : `${formatShare(passage.similarity)} similar`;
    return html`<tr><td>${sides.source}</td><td>${sides.copy}</td><td class="num muted">${passage.words} words<br>${note}</td></tr>`;
  });
  const visible = rows.slice(0, VISIBLE_PASSAGES);
  const rest = rows.slice(VISIBLE_PASSAGES);
  const known = pair.direction === 'known';
  const head = html`<thead><tr><th>${known ? 'In the source' : 'In'} (${outletLabel(from)})</th><th>${known ? 'In the copy' : 'In'} (${outletLabel(to)})</th><th></th></tr></thead>`;
  return html`<table class="passages">${head}<tbody>${visible}</tbody></table>${rest.length ? html`<details><summary>${rest.length} more passages</summary><table class="passages">${head}<tbody>${rest}</tbody></table></details>` : null}`;
}

/** The copied-text pairs of a story, with their passages side by side. */
export function renderCopyPairs(pairs: ReportReusePair[], articles: ReadonlyMap<string, ReportArticle>): TrustedHtml {
  if (!pairs.length) return html`<p class="empty">No copied text found between these articles.</p>`;
  const ordered = [...pairs].sort((a, b) => b.share - a.share || a.fromArticleId.localeCompare(b.fromArticleId));
  const block = (pair: ReportReusePair, open: boolean) => {
    const from = articles.get(pair.fromArticleId);
    const to = articles.get(pair.toArticleId);
    const direction = pair.direction === 'known' ? 'source → copy' : 'unknown';
    const shares =
      pair.direction === 'known'
        ? `${formatShare(pair.share)} of the copy, ${formatShare(pair.fromShare)} of the source`
        : `${formatShare(pair.share)} of ${outletLabel(to)}'s text, ${formatShare(pair.fromShare)} of ${outletLabel(from)}'s`;
    return html`<details class="pair"${open ? raw(' open') : null}><summary><span class="tag kind-${pair.kind}">${pair.kind}</span> ${outletLabel(from)} (${formatDate(from?.published)}) ${pair.direction === 'known' ? '→' : '—'} ${outletLabel(to)} (${formatDate(to?.published)}): ${shares}, ${plural(pair.passages.length, 'passage')}</summary>
<table class="pair-meta"><tbody><tr><th>${pair.direction === 'known' ? 'Source' : 'Article'}</th><td>${articleCell(from, pair.fromArticleId)}</td><th>${pair.direction === 'known' ? 'Copy' : 'Article'}</th><td>${articleCell(to, pair.toArticleId)}</td><th>Direction</th><td>${direction}${pair.reason ? html`<br><span class="muted">${pair.reason}</span>` : null}</td></tr></tbody></table>
${pair.passages.length ? passageRows(pair, from, to) : html`<p class="empty">No passages recorded for this pair.</p>`}</details>`;
  };
  const visible = ordered.slice(0, VISIBLE_PAIRS);
  const rest = ordered.slice(VISIBLE_PAIRS);
  return html`${visible.map((pair, i) => block(pair, i < 3))}${rest.length ? html`<details><summary>${rest.length} more pairs with smaller shares</summary>${rest.map((pair) => block(pair, false))}</details>` : null}`;
}
