/**
 * A small report in the shape `storytrace analyze --json` writes, about a fictional story, for
 * the HTML section tests. The outlets, people and text are invented.
 */
import type { Report, ReportArticle } from '../json.ts';

export const HOSTILE = '<img src=x onerror="alert(1)">';

function article(id: string, outlet: string | null, published: string | null, title: string, paragraphs: string[]): ReportArticle {
  const text = paragraphs.join('\n\n');
  let cursor = 0;
  const spans = paragraphs.map((p) => {
    const span = { start: cursor, end: cursor + p.length, kind: 'paragraph' as const, sourceStart: null, sourceEnd: null };
    cursor += p.length + 2;
    return span;
  });
  return {
    id,
    source: `pages/${id}.html`,
    url: `https://example.test/${id}`,
    canonicalUrl: null,
    outlet,
    title,
    published,
    language: 'en',
    author: null,
    text,
    paragraphs: spans,
    sha256: id.padEnd(64, '0'),
    fetchedAt: '2025-06-01T00:00:00.000Z',
    origins: {},
  };
}

export const LEDGER_TEXT = [
  '“We will rebuild the sea wall before winter,” Mayor Ilse Brandt said on Tuesday, according to Meridian Wire.',
  'The US engineers were blamed by residents; the mayor told us she had asked them for a report.',
];
export const WIRE_TEXT = [
  'Mayor Ilse Brandt said: “We will rebuild the sea wall before the winter comes.”',
  'The US engineers were blamed by residents; the mayor told us she had asked them for a report.',
];
export const OBSERVER_TEXT = [
  'The regime of Mayor Ilse Brandt promised to rebuild the wall, a spokesman said.',
  `Critics wrote ${HOSTILE} on the harbour gate.`,
];
export const POST_TEXT = ['Ferry crews in Dunmore walked out on 3 June over new rosters.'];

/** Offsets of a phrase in one of the texts above (joined by blank lines). */
export function at(paragraphs: string[], phrase: string): { start: number; end: number } {
  const text = paragraphs.join('\n\n');
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in fixture: ${phrase}`);
  return { start, end: start + phrase.length };
}

export function fixtureArticles(): ReportArticle[] {
  return [
    article('ledger01', 'The Harbour Ledger', '2025-05-06T08:00:00.000Z', 'Mayor vows new sea wall', LEDGER_TEXT),
    article('wire0002', 'Meridian Wire', '2025-05-06T11:30', 'Sea wall to be rebuilt, mayor says', WIRE_TEXT),
    article('observ03', 'Coastline Observer', null, `Harbour gate defaced ${HOSTILE}`, OBSERVER_TEXT),
    article('valley04', 'The Valley Post', '2025-06-03', 'Dunmore ferry crews walk out', POST_TEXT),
  ];
}

/** The base report: articles, entities, quotes, citations, descriptors, reuse and stories. */
export function fixtureReport(): Report {
  const quoteInLedger = at(LEDGER_TEXT, 'We will rebuild the sea wall before winter,');
  const speakerInLedger = at(LEDGER_TEXT, 'Mayor Ilse Brandt');
  const cueInLedger = at(LEDGER_TEXT, 'said');
  const quoteInWire = at(WIRE_TEXT, 'We will rebuild the sea wall before the winter comes.');
  const hostileQuote = at(OBSERVER_TEXT, 'promised to rebuild the wall');
  return {
    version: 1,
    generatedAt: '2025-06-05T09:00:00.000Z',
    articles: fixtureArticles(),
    failures: [],
    entities: [
      { id: 'person:ilse-brandt', name: 'Ilse Brandt', type: 'person', aliases: ['Ilse Brandt', 'Brandt', 'Mayor Brandt'] },
      { id: 'outlet:meridian-wire', name: 'Meridian Wire', type: 'outlet', aliases: ['Meridian Wire'] },
      { id: 'place:united-states', name: 'United States', type: 'place', aliases: ['US', 'United States'] },
      { id: 'organization:evil', name: `Harbour ${HOSTILE} Trust`, type: 'organization', aliases: [`Harbour ${HOSTILE} Trust`] },
      { id: 'place:dunmore', name: 'Dunmore', type: 'place', aliases: ['Dunmore'] },
    ],
    quotes: [
      {
        id: 'ledger01:q1',
        articleId: 'ledger01',
        text: 'We will rebuild the sea wall before winter,',
        kind: 'direct',
        ...quoteInLedger,
        cue: 'said',
        cueStart: cueInLedger.start,
        cueEnd: cueInLedger.end,
        speakerMention: { text: 'Mayor Ilse Brandt', ...speakerInLedger },
        speakerId: 'person:ilse-brandt',
        speakerReason: 'name → Ilse Brandt',
      },
      {
        id: 'wire0002:q1',
        articleId: 'wire0002',
        text: 'We will rebuild the sea wall before the winter comes.',
        kind: 'direct',
        ...quoteInWire,
        cue: 'said',
        cueStart: 18,
        cueEnd: 22,
        speakerMention: { text: 'Mayor Ilse Brandt', start: 0, end: 17 },
        speakerId: 'person:ilse-brandt',
        speakerReason: 'name → Ilse Brandt',
        flags: ['no-cue'],
      },
      {
        id: 'observ03:q1',
        articleId: 'observ03',
        text: `promised to rebuild the wall ${HOSTILE}`,
        kind: 'indirect',
        ...hostileQuote,
        cue: 'said',
        cueStart: null,
        cueEnd: null,
        speakerMention: { text: 'a spokesman', ...at(OBSERVER_TEXT, 'a spokesman') },
        speakerId: null,
        speakerReason: `speaker "a spokesman" is not linked to a known entity ${HOSTILE}`,
      },
    ],
    citations: [{ articleId: 'ledger01', sourceEntityId: 'outlet:meridian-wire', text: 'according to Meridian Wire', ...at(LEDGER_TEXT, 'according to Meridian Wire') }],
    descriptors: [
      { entityId: 'person:ilse-brandt', articleId: 'ledger01', text: 'the mayor', ...at(LEDGER_TEXT, 'the mayor') },
      { entityId: 'person:ilse-brandt', articleId: 'wire0002', text: 'Mayor', start: 0, end: 5 },
      { entityId: 'person:ilse-brandt', articleId: 'observ03', text: `the ${HOSTILE} regime`, start: 0, end: 10 },
    ],
    reuse: [
      {
        fromArticleId: 'ledger01',
        toArticleId: 'wire0002',
        direction: 'known',
        share: 0.512,
        fromShare: 0.47,
        passages: [
          {
            ...(() => {
              const from = at(LEDGER_TEXT, 'The US engineers were blamed by residents');
              const to = at(WIRE_TEXT, 'The US engineers were blamed by residents');
              return { fromStart: from.start, fromEnd: from.end, toStart: to.start, toEnd: to.end };
            })(),
            text: 'The US engineers were blamed by residents',
            words: 7,
            similarity: 1,
          },
        ],
        kind: 'rerun',
        reason: 'published earlier (2025-05-06T08:00:00.000Z)',
      },
      {
        fromArticleId: 'wire0002',
        toArticleId: 'observ03',
        direction: 'unknown',
        share: 0.004,
        fromShare: 0.2,
        passages: [
          {
            ...(() => {
              const from = at(WIRE_TEXT, 'rebuild the sea wall before the winter comes');
              const to = at(OBSERVER_TEXT, 'promised to rebuild the wall');
              return { fromStart: from.start, fromEnd: from.end, toStart: to.start, toEnd: to.end };
            })(),
            text: `rebuild the wall ${HOSTILE}`,
            words: 5,
            similarity: 0.6,
          },
        ],
        kind: 'passage',
        reason: 'no publication date for observ03',
      },
    ],
    stories: [
      {
        id: 'story-ledger01',
        label: 'Ilse Brandt: sea wall, rebuild',
        articleIds: ['ledger01', 'wire0002', 'observ03'],
        relatedStoryIds: ['story-valley04'],
        start: '2025-05-06T08:00:00.000Z',
        end: '2025-05-06T11:30',
      },
      { id: 'story-valley04', label: 'Dunmore: ferry, rosters', articleIds: ['valley04'], relatedStoryIds: ['story-ledger01'], start: '2025-06-03', end: '2025-06-03' },
    ],
  };
}

/** The fields the families, framing and timeline stages add, in their planned shapes. */
export function withStoryAnalyses(report: Report): Report {
  return {
    ...report,
    quoteFamilies: [
      {
        id: 'qf-1',
        speakerId: 'person:ilse-brandt',
        quoteIds: ['ledger01:q1', 'wire0002:q1'],
        representative: { quoteId: 'ledger01:q1', text: 'We will rebuild the sea wall before winter,' },
        members: [
          {
            quoteId: 'ledger01:q1',
            articleId: 'ledger01',
            outlet: 'The Harbour Ledger',
            text: 'We will rebuild the sea wall before winter,',
            start: 1,
            end: 44,
            differences: [{ op: 'same', text: 'We will rebuild the sea wall before winter' }],
          },
          {
            quoteId: 'wire0002:q1',
            articleId: 'wire0002',
            outlet: 'Meridian Wire',
            text: 'We will rebuild the sea wall before the winter comes.',
            start: 26,
            end: 79,
            differences: [
              { op: 'same', text: 'We will' },
              { op: 'changed', text: 'restore', representativeText: 'rebuild' },
              { op: 'same', text: 'the sea wall before' },
              { op: 'added', text: `the ${HOSTILE}` },
              { op: 'same', text: 'winter' },
              { op: 'dropped', text: 'soon' },
            ],
          },
        ],
      },
    ],
    framing: [
      {
        storyId: 'story-ledger01',
        entities: [
          {
            entityId: 'person:ilse-brandt',
            name: 'Ilse Brandt',
            byOutlet: [
              { outlet: 'The Harbour Ledger', descriptors: ['the mayor'], terms: [{ term: 'mayor', count: 2 }] },
              { outlet: 'Coastline Observer', descriptors: [`the ${HOSTILE} regime`], terms: [{ term: 'regime', count: 1 }] },
            ],
          },
        ],
        loadedTerms: [
          { term: 'regime', neutral: 'government', source: 'lexicon', outlets: ['Coastline Observer'], avoidedBy: ['The Harbour Ledger', 'Meridian Wire'] },
          { term: 'pontoon', neutral: null, source: 'story', outlets: ['The Harbour Ledger'], avoidedBy: ['Coastline Observer', 'Meridian Wire'] },
        ],
      },
    ],
    timeline: [
      {
        storyId: 'story-ledger01',
        entries: [
          { kind: 'published', date: '2025-05-06T11:30', articleId: 'wire0002', outlet: 'Meridian Wire' },
          {
            kind: 'mentioned',
            date: '2025-05-06',
            text: 'on Tuesday',
            start: 60,
            end: 70,
            articleId: 'ledger01',
            outlet: 'The Harbour Ledger',
            inferred: true,
            sentence: '“We will rebuild the sea wall before winter,” Mayor Ilse Brandt said on Tuesday, according to Meridian Wire.',
          },
          { kind: 'published', date: '2025-05-06T08:00:00.000Z', articleId: 'ledger01', outlet: 'The Harbour Ledger' },
          {
            kind: 'mentioned',
            date: '1998',
            text: 'in 1998',
            start: 0,
            end: 7,
            articleId: 'observ03',
            outlet: 'Coastline Observer',
            inferred: false,
            sentence: `The wall was built in 1998 ${HOSTILE}.`,
          },
        ],
      },
      { storyId: 'story-valley04', entries: [] },
    ],
  };
}
