import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanTextDump } from '../extract/textdump/index.ts';
import { joinParagraphs } from '../model/article.ts';
import { mergeEntities, recognizeEntities } from '../entities/index.ts';
import { compareFraming, type FramingInput } from './index.ts';

const HARBOUR =
  'Commander Tarek Olem was martyred on Sunday when a drone struck his convoy near the northern crossing. ' +
  'The resistance movement said the martyred commander had defended the valley for a decade. ' +
  'Crowds mourned the martyr as the occupation forces sealed the crossing. The heroic commander was buried at dusk, and mourners praised the heroic defenders. Poets wrote of his heroic last stand.';
const MERIDIAN =
  'Tarek Olem, a senior militant commander, was killed on Sunday in a drone strike near the northern crossing. ' +
  'The armed group he led has carried out attacks on border posts, officials said. ' +
  '“He was a martyr and a hero,” his brother said. Officials said the strike followed weeks of surveillance of the border posts.';

const INPUT: FramingInput = {
  storyId: 'story-olem',
  articles: [
    { id: 'h1', outlet: 'The Harbour Ledger', text: HARBOUR },
    { id: 'm1', outlet: 'Meridian Wire', text: MERIDIAN },
  ],
  descriptors: [
    { entityId: 'olem', articleId: 'h1', text: 'the martyred commander' },
    { entityId: 'olem', articleId: 'm1', text: 'a senior militant commander' },
  ],
  entities: [
    { id: 'olem', name: 'Tarek Olem', type: 'person' },
    { id: 'valley', name: 'Ardenne Valley', type: 'place' },
  ],
};

test('loaded terms: what one outlet says and the other avoids, with neutral counterparts', () => {
  const table = compareFraming(INPUT);
  assert.equal(table.storyId, 'story-olem');
  const term = (name: string) => table.loadedTerms.find((t) => t.term === name);
  assert.deepEqual(term('martyred'), { term: 'martyred', neutral: 'killed', source: 'lexicon', outlets: ['The Harbour Ledger'], avoidedBy: ['Meridian Wire'] });
  assert.deepEqual(term('resistance movement')?.outlets, ['The Harbour Ledger']);
  assert.deepEqual(term('occupation')?.avoidedBy, ['Meridian Wire']);
  assert.deepEqual(term('militant'), { term: 'militant', neutral: null, source: 'lexicon', outlets: ['Meridian Wire'], avoidedBy: ['The Harbour Ledger'] });
  // "martyr" inside Meridian's quotation is the brother's word, not Meridian's.
  assert.deepEqual(term('martyr')?.outlets, ['The Harbour Ledger']);
  // Data-driven: a word only one outlet uses, and often enough.
  assert.deepEqual(term('heroic'), { term: 'heroic', neutral: null, source: 'story', outlets: ['The Harbour Ledger'], avoidedBy: ['Meridian Wire'] });
  assert.ok(!term('crossing'), 'a word both outlets use is not loaded');
});

test('a term may imply another: an outlet writing "martyrdom" does not avoid "martyr", but calling someone a martyr is not saying he was martyred', () => {
  const third = { id: 'c1', outlet: 'Coastal Courier', text: 'Mourners recalled the martyrdom of Commander Tarek Olem near the northern crossing.' };
  const fourth = { id: 'd1', outlet: 'Delta Times', text: 'Tarek Olem hoped to die a martyr, his letters show; he was killed near the northern crossing.' };
  const table = compareFraming({ ...INPUT, articles: [...INPUT.articles, third, fourth] });
  const term = (name: string) => table.loadedTerms.find((t) => t.term === name);
  assert.deepEqual(term('martyr')?.outlets, ['Delta Times', 'The Harbour Ledger']);
  assert.deepEqual(term('martyr')?.avoidedBy, ['Meridian Wire']);
  assert.deepEqual(term('martyred')?.outlets, ['Coastal Courier', 'The Harbour Ledger']);
  assert.deepEqual(term('martyred')?.avoidedBy, ['Delta Times', 'Meridian Wire']);
});
test('entities: descriptors and the words around mentions, per outlet; one-outlet entities left out', () => {
  const table = compareFraming(INPUT);
  assert.deepEqual(table.entities.map((e) => e.entityId), ['olem']);
  const [meridian, harbour] = table.entities[0]!.byOutlet;
  assert.equal(harbour!.outlet, 'The Harbour Ledger');
  assert.deepEqual(harbour!.descriptors, ['the martyred commander']);
  assert.ok(harbour!.terms.some((t) => t.term === 'martyred'));
  assert.ok(meridian!.terms.some((t) => t.term === 'killed'));
  assert.ok(!meridian!.terms.some((t) => t.term === 'martyred'));
  // Given mention offsets are used as they are.
  const withMentions = compareFraming({ ...INPUT, mentions: [{ entityId: 'olem', articleId: 'm1', start: 0, end: 10 }, { entityId: 'olem', articleId: 'h1', start: 10, end: 20 }] });
  assert.ok(withMentions.entities[0]!.byOutlet.find((o) => o.outlet === 'Meridian Wire')!.terms.some((t) => t.term === 'militant'));
});

test('a story covered by one outlet has no loaded terms; output does not depend on order', () => {
  assert.deepEqual(compareFraming({ ...INPUT, articles: [INPUT.articles[0]!] }).loadedTerms, []);
  const reversed = compareFraming({ ...INPUT, articles: [...INPUT.articles].reverse(), entities: [...INPUT.entities].reverse() });
  assert.deepEqual(reversed, compareFraming(INPUT));
});

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `seed articles not found at ${SEEDS}`;

test('seeds: Press TV and Islam Times say Soleimani was martyred; MEMRI does not', { skip }, () => {
  const articles = readdirSync(SEEDS)
    .filter((f) => /^00[012]_.*\.txt$/.test(f))
    .sort()
    .map((f) => {
      const content = cleanTextDump(readFileSync(SEEDS + f, 'utf8'));
      return { id: f.slice(0, 3), outlet: content.outlet, text: joinParagraphs(content.paragraphs).text };
    });
  const perArticle = articles.map((a) => ({ articleId: a.id, entities: recognizeEntities(a.text) }));
  const { entities, localToGlobal } = mergeEntities(perArticle);
  const table = compareFraming({ articles, descriptors: [], entities });
  const martyred = table.loadedTerms.find((t) => t.term === 'martyred')!;
  assert.deepEqual(martyred.outlets, ['Islam Times', 'Press TV']);
  assert.deepEqual(martyred.avoidedBy, ['MEMRI']);
  const resistance = table.loadedTerms.find((t) => t.term === 'resistance movement')!;
  assert.ok(resistance.avoidedBy.includes('MEMRI'));
  const soleimani = table.entities.find((e) => e.name.includes('Soleimani'));
  assert.ok(soleimani && soleimani.byOutlet.length >= 2, 'Soleimani framed by several outlets');
  assert.ok(localToGlobal.size > 0);
});

test('words outside ASCII: capitalised names are not framing terms, accented lower-case words are, quotations stay blanked', () => {
  const ledger =
    'Ársæll Dómhnall, the régime’s éminent négociateur, arrived in Évora on Monday. ' +
    'Critics called Dómhnall a cynical négociateur and a cynical courtier of the régime. ' +
    'The cynical négociateur left Évora with a cynical smile; another négociateur stayed. ' +
    '“Ýmir is a traitor 🙂 and a coward,” one protester shouted at Dómhnall.';
  const wire =
    'Ársæll Dómhnall, the chief envoy, arrived in Évora on Monday for talks. ' +
    'Diplomats described Dómhnall as a patient envoy. The patient envoy met Évora officials.';
  const table = compareFraming({
    articles: [
      { id: 'l1', outlet: 'The Harbour Ledger', text: ledger },
      { id: 'w1', outlet: 'Meridian Wire', text: wire },
    ],
    descriptors: [],
    entities: [{ id: 'domhnall', name: 'Ársæll Dómhnall', type: 'person' }],
  });
  const [wireRow, ledgerRow] = table.entities[0]!.byOutlet;
  const ledgerTerms = ledgerRow!.terms.map((t) => t.term);
  assert.equal(ledgerRow!.outlet, 'The Harbour Ledger');
  // Terms are folded forms.
  assert.ok(ledgerTerms.includes('negociateur'), JSON.stringify(ledgerTerms));
  assert.ok(ledgerTerms.includes('cynical'));
  assert.ok(!ledgerTerms.some((t) => t === 'evora' || t === 'ymir' || t === 'arsaell'), 'capitalised names are not terms');
  assert.ok(!ledgerTerms.includes('traitor'), 'the protester’s words are not the outlet’s');
  assert.ok(wireRow!.terms.some((t) => t.term === 'envoy'));
  const distinctive = table.loadedTerms.filter((t) => t.source === 'story').map((t) => t.term);
  assert.ok(table.loadedTerms.every((t) => t.source === 'story' ? t.neutral === null && t.outlets.length === 1 : t.source === 'lexicon'));
  assert.ok(distinctive.includes('cynical') && distinctive.includes('negociateur'), JSON.stringify(distinctive));
  assert.ok(!distinctive.includes('traitor') && !distinctive.includes('coward'));
  assert.ok(distinctive.includes('patient'));
});

test('loaded terms: every lexicon form is found whatever its case, plural or spelling', () => {
  // Each phrase must yield its term for the outlet that writes it and not for the plain one.
  const phrases: Array<[string, string]> = [
    ['MARTYRDOM came to the guard', 'martyred'],
    ['two Martyrs were named', 'martyr'],
    ['the Assassination of the envoy', 'assassinated'],
    ['officers Eliminated the cell', 'eliminated'],
    ['a night of Massacres', 'massacre'],
    ['the Usurping Zionist Regime', 'usurper regime'],
    ['the Usurpation of the valley', 'usurping'],
    ['the Regimes of the coast', 'regime'],
    ['TERRORISTS crossed at night', 'terrorist'],
    ['the Axis of Resistance met', 'resistance movement'],
    ['the Occupiers withdrew', 'occupation'],
    ['an ANTI-TERRORISM unit', 'anti-terror'],
    ['the Mujahideen gathered', 'jihad'],
    ['the Militants fled', 'militant'],
    ['a Tehran-backed militia', 'Iran-backed'],
    ['a U.S.-backed force', 'US-backed'],
    ['the Invaders left', 'invasive'],
    ['an Oppressed people', 'oppressed'],
    ['a Criminal act', 'crimes'],
    ['calls for Regime Change', 'regime change'],
    ['threats of Annihilation', 'annihilation'],
  ];
  for (const [phrase, term] of phrases) {
    const table = compareFraming({
      articles: [
        { id: 'a', outlet: 'The Harbour Ledger', text: `Reporters in the port described ${phrase} on Tuesday.` },
        { id: 'b', outlet: 'Meridian Wire', text: 'Reporters in the port described the events on Tuesday.' },
      ],
      descriptors: [],
      entities: [],
    });
    const found = table.loadedTerms.find((t) => t.term === term);
    assert.deepEqual(found?.outlets, ['The Harbour Ledger'], `${term} in "${phrase}"`);
  }
});

test('framing words are content words: "no matter how much", "according to" and the like are not', () => {
  const table = compareFraming({
    articles: [
      { id: 'p1', outlet: 'Saltmere Gazette', text: 'No matter how much pressure is put on the Velmar Harbour Council, the defiant Velmar Harbour Council will not sell the quay, according to the mayor. Even now the defiant council refuses.' },
      { id: 'p2', outlet: 'North Quay News', text: 'The cautious Velmar Harbour Council declined to sell the quay, according to its minutes. The cautious Velmar Harbour Council will meet again in May, according to the clerk.' },
    ],
    descriptors: [],
    entities: [{ id: 'council', name: 'Velmar Harbour Council', type: 'organization' }],
  });
  const terms = table.entities[0]!.byOutlet.flatMap((o) => o.terms.map((t) => t.term));
  assert.ok(terms.includes('defiant'), JSON.stringify(terms));
  for (const word of ['matter', 'much', 'according', 'even', 'again']) assert.ok(!terms.includes(word), `${word} in ${JSON.stringify(terms)}`);
});

test('a country named by its adjective is described all the same ("the occupying Valdorian forces")', () => {
  const table = compareFraming({
    articles: [
      { id: 'a', outlet: 'The Harbour Ledger', text: 'Crowds protested against the occupying Valdorian regime at the northern crossing on Sunday.' },
      { id: 'b', outlet: 'Meridian Wire', text: 'Valdoria said its border posts at the northern crossing were attacked on Sunday.' },
    ],
    descriptors: [],
    entities: [{ id: 'place:valdoria', name: 'Valdoria', type: 'place' }],
  });
  // Valdoria has no demonym in the table: only the name counts, so one outlet alone and no row.
  assert.equal(table.entities.length, 0);
  const israel = compareFraming({
    articles: [
      { id: 'a', outlet: 'The Harbour Ledger', text: 'The general vowed victory over the US-backed Israeli regime before winter.' },
      { id: 'b', outlet: 'Meridian Wire', text: 'Iran, which calls for the annihilation of Israel, backs the group.' },
    ],
    descriptors: [],
    entities: [{ id: 'place:israel', name: 'Israel', type: 'place' }],
  });
  const rows = israel.entities.find((e) => e.entityId === 'place:israel')?.byOutlet ?? [];
  assert.deepEqual(rows.map((r) => r.outlet), ['Meridian Wire', 'The Harbour Ledger']);
  assert.ok(rows[1]!.terms.some((t) => t.term === 'regime'), JSON.stringify(rows));
  assert.ok(rows[0]!.terms.some((t) => t.term === 'annihilation'), JSON.stringify(rows));
});

test('a descriptor inside a quotation is the speaker’s wording, not the outlet’s', () => {
  const ledger = 'Mayor Ilse Varga said: “We honour Tarek Olem, the martyr of the valley.” Olem, a former ferry captain, was buried on Sunday.';
  const wire = 'Tarek Olem, a militant commander, was buried on Sunday.';
  const table = compareFraming({
    articles: [
      { id: 'a', outlet: 'The Harbour Ledger', text: ledger },
      { id: 'b', outlet: 'Meridian Wire', text: wire },
    ],
    descriptors: [
      { entityId: 'olem', articleId: 'a', text: 'the martyr of the valley', start: ledger.indexOf('the martyr'), end: ledger.indexOf('the martyr') + 'the martyr of the valley'.length },
      { entityId: 'olem', articleId: 'a', text: 'a former ferry captain', start: ledger.indexOf('a former'), end: ledger.indexOf('a former') + 'a former ferry captain'.length },
      { entityId: 'olem', articleId: 'b', text: 'a militant commander', start: wire.indexOf('a militant'), end: wire.indexOf('a militant') + 'a militant commander'.length },
    ],
    entities: [{ id: 'olem', name: 'Tarek Olem', type: 'person' }],
  });
  const rows = table.entities[0]!.byOutlet;
  assert.deepEqual(rows.find((r) => r.outlet === 'The Harbour Ledger')!.descriptors, ['a former ferry captain']);
  assert.deepEqual(rows.find((r) => r.outlet === 'Meridian Wire')!.descriptors, ['a militant commander']);
});
