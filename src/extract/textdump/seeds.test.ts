// The five seed dumps (../shared/seeds) are the canonical example: every boilerplate block must go
// and no body paragraph or quotation may be lost. The seeds are read at run time, never copied here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeTextDump } from './index.ts';

const SEEDS = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));
const available = existsSync(SEEDS);
const skip = available ? false : `seed dumps not found at ${SEEDS}`;

function seed(prefix: string) {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  assert.ok(file, `seed ${prefix} is missing from ${SEEDS}`);
  const body = readFileSync(`${SEEDS}/${file}`, 'utf8');
  const analysis = analyzeTextDump(body);
  const text = analysis.content.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  return { body, analysis, content: analysis.content, text };
}

function assertAbsent(text: string, fragments: string[]) {
  for (const fragment of fragments) assert.ok(!text.includes(fragment), `boilerplate kept: ${fragment}`);
}

/** Every long line of the dump that is not a cut-off teaser is body text and must be kept whole. */
function assertLongLinesKept(body: string, text: string) {
  const long = body
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line.split(' ').length >= 20 && !/(\.\.\.|…)$/.test(line));
  assert.ok(long.length > 0);
  const kept = text.replace(/\s+/g, ' ');
  for (const line of long) assert.ok(kept.includes(line), `body line lost: ${line.slice(0, 80)}`);
}

test('seed 000: Press TV story keeps all eleven paragraphs and drops its title from the text', { skip }, () => {
  const { body, content, text } = seed('000');
  assert.equal(content.paragraphs.length, 11);
  assert.match(content.title ?? '', /^Gen\. Soleimani predicted looming victory/);
  assert.ok(!text.includes(content.title!));
  assert.equal(content.outlet, 'Press TV');
  assert.equal(content.origins.outlet, 'in-text');
  assert.equal(content.published, null, 'the story only says "in January": no publication date');
  assert.equal(content.language, 'en');
  assertLongLinesKept(body, text);
  assert.match(content.paragraphs[0]!.text, /^Press TV – In a letter/);
  assert.match(content.paragraphs.at(-1)!.text, /last Friday of every Ramadan/);
});

test('seed 001: Islam Times page loses story code, related and featured lists, and keeps its source credit apart', { skip }, () => {
  const { body, analysis, content, text } = seed('001');
  assert.equal(content.paragraphs.length, 8);
  assert.deepEqual(
    content.paragraphs.filter((p) => p.kind === 'credit').map((p) => text.slice(p.start, p.end)),
    ['Source : Agencies'],
  );
  assert.equal(content.title, 'Defending Palestine Is An Honor For Us, An Obligation That We Will Not Abandon: Gen. Soleimani');
  assert.ok(!text.includes('Is An Honor For Us'), 'the repeated title is not body text');
  assert.equal(content.outlet, 'Islam Times');
  assert.equal(content.published?.slice(0, 10), '2020-05-21');
  assert.deepEqual(analysis.citedSources, ['Agencies']);
  assertAbsent(text, [
    'Story Code',
    'Related Stories',
    'Featured Stories',
    'Democratic senators',
    'Venezuela',
    'By: Marwa Haidar',
    '21 May 2020',
    'Ayatollah Khamenei',
    'Comment',
  ]);
  assertLongLinesKept(body, text);
  assert.ok(text.includes('General Soleimani wrote in a latter addressed to Mohammed Deif'));
  assert.ok(text.endsWith('published the letter posthumously.\n\nSource : Agencies'));
});

test('seed 002: MEMRI report keeps the whole translated letter and drops the comment form', { skip }, () => {
  const { body, content, text } = seed('002');
  assert.equal(content.paragraphs.length, 18);
  assert.equal(content.outlet, 'MEMRI');
  assert.equal(content.published, '2020-05-27');
  assert.equal(content.origins.published, 'dateline');
  const letter = content.paragraphs.filter((paragraph) => paragraph.text.startsWith('“'));
  assert.equal(letter.length, 10, 'ten paragraphs of the letter, each opening with a quotation mark');
  assert.equal(content.paragraphs.at(-1)!.text, '“Your brother, Qods Force Commander Qassem Soleimani.”');
  assert.ok(text.includes('The following is a translation of Soleimani’s letter to Deif'));
  assertAbsent(text, ['Leave a Reply', 'Fill in your details', 'You are commenting using', 'Google photo', 'Twitter picture', 'Connecting to %s']);
  assertLongLinesKept(body, text);
});

test('seed 003: Tehran Times story keeps its three subheads as headings and the dangling "according to"', { skip }, () => {
  const { body, content, text } = seed('003');
  assert.equal(content.paragraphs.length, 27);
  const headings = content.paragraphs.filter((paragraph) => paragraph.kind === 'heading').map((paragraph) => paragraph.text);
  assert.deepEqual(headings, ['“Living martyr”', 'Greatest wish of martyrdom', 'Resistance will continue']);
  assert.ok(content.paragraphs.some((paragraph) => paragraph.text.endsWith('stance on Quds Day, according to')));
  assert.equal(content.title, 'Iranian general sends letters to Palestinian commanders');
  assert.equal(content.published?.slice(0, 10), '2021-05-21');
  assert.ok(content.outlet === null || content.outlet === 'Tehran Times', 'TEHRAN – is a place dateline, not an outlet');
  assertAbsent(text, ['Leave a Comment', '4 + 8 =', 'May 21, 2021 - 18:15']);
  assertLongLinesKept(body, text);
  assert.match(content.paragraphs[0]!.text, /^TEHRAN – A senior Iranian commander/);
});

test('seed 004: Press TV page drops the crumb, the photo caption and the mirror-site promo', { skip }, () => {
  const { body, content, text } = seed('004');
  assert.equal(content.paragraphs.length, 15);
  assert.match(content.title ?? '', /^Quds Force cmdr\. to Palestinian resistance/);
  assert.equal(content.outlet, 'Press TV');
  assert.equal(content.published, null, '"on Thursday" and "On September 15, 2020" are inside the story');
  assertAbsent(text, ['Politics', '(file photo)', 'alternate addresses', 'Roku']);
  assertLongLinesKept(body, text);
});

test('seed paragraphs point back at their text in the dump', { skip }, () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const { body, content, text } = seed(prefix);
    for (const paragraph of content.paragraphs) {
      assert.equal(body.slice(paragraph.sourceStart!, paragraph.sourceEnd!).replace(/\s+/g, ' '), paragraph.text);
      assert.equal(text.slice(paragraph.start, paragraph.end), paragraph.text);
    }
  }
});
