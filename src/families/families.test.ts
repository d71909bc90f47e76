import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../model/analysis.ts';
import { buildQuoteFamilies, diffWords, statementSimilarity, toStatement } from './index.ts';
import { contentWords, wordMatch } from './lexical.ts';
import { synsetsOf, synsetWords } from './wordnet.ts';

interface FixtureArticle {
  id: string;
  outlet: string;
  published: string | null;
  text: string;
}

const ARTICLES: FixtureArticle[] = [
  {
    id: 'harbour',
    outlet: 'The Harbour Ledger',
    published: '2024-03-02',
    text:
      'Mayor Lena Ostrova addressed the flooded districts on Friday.\n\n' +
      '“We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us. The river wall will be rebuilt before winter,” Ostrova said.\n\n' +
      'Councillor Piet Varga disagreed. “The river wall will be rebuilt before winter only if the ministry pays,” he said.',
  },
  {
    id: 'meridian',
    outlet: 'Meridian Wire',
    published: '2024-03-03',
    text:
      'The mayor, Lena Ostrova, told residents: “However great the pressure from the ministry, we shall not desert the households of the lower town.”\n\n' +
      'She also promised that the dyke would be repaired by the end of the year.',
  },
  {
    id: 'coastal',
    outlet: 'Coastal Courier',
    published: '2024-03-04',
    text: 'Ostrova said the town “will never abandon the families of the lower town”.',
  },
  {
    id: 'valley',
    outlet: 'Valley Post',
    published: '2024-03-05',
    text: 'An official was quoted as saying: “We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.”',
  },
];

function quote(articleId: string, id: string, fragment: string, speakerId: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const article = ARTICLES.find((a) => a.id === articleId)!;
  const start = article.text.indexOf(fragment);
  assert.ok(start >= 0, `fixture fragment not found: ${fragment}`);
  return {
    id,
    articleId,
    text: fragment,
    kind,
    start,
    end: start + fragment.length,
    cue: 'said',
    cueStart: null,
    cueEnd: null,
    speakerMention: null,
    speakerId,
    speakerReason: speakerId ? 'test' : 'no speaker',
  };
}

const QUOTES: Quote[] = [
  quote('harbour', 'h1', 'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us. The river wall will be rebuilt before winter,', 'ostrova'),
  quote('harbour', 'h2', 'The river wall will be rebuilt before winter only if the ministry pays,', 'varga'),
  quote('meridian', 'm1', 'However great the pressure from the ministry, we shall not desert the households of the lower town.', 'ostrova'),
  quote('meridian', 'm2', 'that the dyke would be repaired by the end of the year', 'ostrova', 'indirect'),
  quote('coastal', 'c1', 'will never abandon the families of the lower town', 'ostrova'),
  quote('valley', 'v1', 'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.', null),
];

const CONTEXT = { articles: ARTICLES.map(({ id, outlet, published }) => ({ id, outlet, published })) };

test('WordNet is read from the database files: senses in frequency order, synonyms by synset', () => {
  const senses = synsetsOf('abandon', 'v');
  assert.ok(senses.length >= 3);
  assert.ok(senses.some((id) => synsetWords(id).includes('give_up')));
  assert.deepEqual(synsetsOf('notaword', 'n'), []);
  const [abandon, relinquish, desert, rebuild] = contentWords('abandon relinquish desert rebuild');
  assert.ok(wordMatch(abandon!, desert!) >= 0.85, 'abandon ~ desert share a sense');
  assert.ok(wordMatch(abandon!, relinquish!) > 0, 'abandon ~ relinquish');
  assert.equal(wordMatch(abandon!, rebuild!), 0);
});

test('names and numbers match only by form', () => {
  const [iran, iraq] = contentWords('Then Iran and Iraq');
  assert.ok(iran!.literal === false || iraq!.literal === false || wordMatch(iran!, iraq!) === 0);
  assert.equal(wordMatch(iran!, iraq!), 0);
  const [a, b] = contentWords('1948 1967');
  assert.equal(wordMatch(a!, b!), 0);
});

test('statement similarity: a translation variant scores above a different statement on the same topic', () => {
  const original = toStatement('We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.');
  const variant = toStatement('However great the pressure from the ministry, we shall not desert the households of the lower town.');
  const other = toStatement('The river wall will be rebuilt before winter only if the ministry pays.');
  const same = statementSimilarity(original, variant);
  const different = statementSimilarity(original, other);
  assert.ok(same.score > 0.45, `variant ${same.score}`);
  assert.ok(different.score < 0.25, `other ${different.score}`);
  const cut = statementSimilarity(toStatement('will never abandon the families of the lower town'), original);
  assert.ok(cut.containment > 0.9, `cut containment ${cut.containment}`);
  assert.ok(cut.score < cut.containment);
});

test('families group translations, cuts and unattributed verbatim copies of one statement, not other statements', () => {
  const families = buildQuoteFamilies(QUOTES, CONTEXT);
  assert.equal(families.length, 1, JSON.stringify(families.map((f) => f.members.map((m) => m.text))));
  const family = families[0]!;
  assert.equal(family.speakerId, 'ostrova');
  assert.deepEqual(family.quoteIds, ['c1', 'h1', 'm1', 'v1']);
  // The harbour quote has two sentences: only the first belongs to the family, with its own offsets.
  const harbour = family.members.find((m) => m.quoteId === 'h1')!;
  assert.equal(harbour.text, 'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.');
  assert.equal(ARTICLES[0]!.text.slice(harbour.start, harbour.end), harbour.text);
  assert.equal(harbour.outlet, 'The Harbour Ledger');
  // The earliest full rendering represents the family and comes first.
  assert.equal(family.representative.quoteId, 'h1');
  assert.equal(family.members[0]!.quoteId, 'h1');
  assert.deepEqual(family.members[0]!.differences.map((d) => d.op), ['same']);
  for (const member of family.members) {
    const article = ARTICLES.find((a) => a.id === member.articleId)!;
    assert.equal(article.text.slice(member.start, member.end), member.text);
  }
});

test('a different speaker never joins, and an unknown speaker only with near-identical wording', () => {
  const sameWordsOtherSpeaker = [...QUOTES.filter((q) => q.id !== 'v1'), { ...QUOTES.find((q) => q.id === 'v1')!, speakerId: 'varga' }];
  const family = buildQuoteFamilies(sameWordsOtherSpeaker, CONTEXT)[0]!;
  assert.ok(!family.quoteIds.includes('v1'));
  const looseUnknown = QUOTES.map((q) => (q.id === 'm1' ? { ...q, speakerId: null } : q));
  const withLoose = buildQuoteFamilies(looseUnknown, CONTEXT)[0]!;
  assert.ok(!withLoose.quoteIds.includes('m1'), 'a loose paraphrase without a speaker is not enough');
  assert.ok(withLoose.quoteIds.includes('v1'));
});

test('each rerun of one quotation is compared on its own speaker: a rerun credited to another person does not hide the right one', () => {
  const sentence = 'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.';
  const articles: FixtureArticle[] = [
    { id: 'alpha', outlet: 'Alpha Gazette', published: '2024-03-02', text: `Varga was wrongly credited with the words “${sentence}”` },
    { id: 'beta', outlet: 'Beta Bulletin', published: '2024-03-03', text: `The mayor repeated her pledge: “${sentence}”` },
    { id: 'zulu', outlet: 'Zulu Herald', published: '2024-03-04', text: 'Ostrova said the town would “never abandon the families of the lower town, whatever the ministry does”.' },
  ];
  const at = (article: FixtureArticle, id: string, fragment: string, speakerId: string): Quote => {
    const start = article.text.indexOf(fragment);
    assert.ok(start >= 0, `fixture fragment not found: ${fragment}`);
    return { ...QUOTES[0]!, id, articleId: article.id, text: fragment, start, end: start + fragment.length, speakerId };
  };
  const quotes = [
    at(articles[0]!, 'a1', sentence, 'varga'),
    at(articles[1]!, 'b1', sentence, 'ostrova'),
    at(articles[2]!, 'z1', 'never abandon the families of the lower town, whatever the ministry does', 'ostrova'),
  ];
  const families = buildQuoteFamilies(quotes, { articles: articles.map(({ id, outlet, published }) => ({ id, outlet, published })) });
  // a1 and b1 are one text: b1's comparisons must not be a1's, whose speaker rules z1 out.
  assert.deepEqual(
    families.map((family) => [family.speakerId, family.quoteIds]),
    [['ostrova', ['b1', 'z1']]],
  );
});

test('output does not depend on input order', () => {
  const forward = buildQuoteFamilies(QUOTES, CONTEXT);
  const backward = buildQuoteFamilies([...QUOTES].reverse(), { articles: [...CONTEXT.articles].reverse() });
  assert.deepEqual(backward, forward);
  assert.match(forward[0]!.id, /^qf-[0-9a-f]{12}$/);
});

test('word differences name what each outlet changed, dropped and added', () => {
  const rep = 'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.';
  const member = 'We will never desert the families of the lower town.';
  const diffs = diffWords(rep, toStatement(rep).words, member, toStatement(member).words);
  assert.deepEqual(diffs, [
    { op: 'same', text: 'We will never' },
    { op: 'changed', text: 'desert', representativeText: 'abandon' },
    { op: 'same', text: 'the families of the lower town' },
    { op: 'dropped', text: 'no matter how much pressure the ministry puts on us' },
  ]);
  const longer = 'We will never abandon the families of the lower town, whatever happens.';
  const added = diffWords(member, toStatement(member).words, longer, toStatement(longer).words);
  assert.deepEqual(added.map((d) => d.op), ['same', 'changed', 'same', 'added']);
  assert.equal(added[3]!.text, 'whatever happens');
  // An outlet's insertion keeps both its brackets, at either end of a difference.
  const plain = 'Defending the lower town is an honour for us, and a duty of the works ministry.';
  const inserted = 'Defending the lower town [is] our honour and glory, and a duty of the ministry [of works].';
  const bracketed = diffWords(plain, toStatement(plain).words, inserted, toStatement(inserted).words);
  const texts = bracketed.map((d) => d.text).join(' | ');
  assert.ok(texts.includes('[is]'), texts);
  assert.ok(texts.includes('[of works]'), texts);
  for (const d of bracketed) assert.equal(d.text.split('[').length, d.text.split(']').length, d.text);
});

test('families need renderings from two articles; singletons and repeats within one article are not reported', () => {
  const oneArticle = [QUOTES[0]!, { ...QUOTES[0]!, id: 'h1b' }];
  assert.deepEqual(buildQuoteFamilies(oneArticle, CONTEXT), []);
  assert.deepEqual(buildQuoteFamilies([QUOTES[1]!], CONTEXT), []);
  assert.deepEqual(buildQuoteFamilies([], CONTEXT), []);
});

test('a statement whose clauses are each reported alone elsewhere is shown as its clauses, not also whole', () => {
  const promise = 'Every bridge the river took will be rebuilt, and no village in Dornval will stand alone against the floods.';
  const articles: FixtureArticle[] = [
    { id: 'wire', outlet: 'Dornval Wire', published: '2024-05-01', text: `“${promise}” Governor Anselm Rook said on Monday.` },
    { id: 'rerun', outlet: 'Upland Herald', published: '2024-05-02', text: `Governor Anselm Rook said: “${promise}”` },
    { id: 'bridges', outlet: 'Valley Post', published: '2024-05-03', text: 'Rook said that every bridge the river had taken would be rebuilt.' },
    { id: 'villages', outlet: 'Lakeside Courier', published: '2024-05-04', text: 'Rook promised that no village would be left alone to face the floods.' },
  ];
  const at = (articleId: string, id: string, fragment: string, kind: Quote['kind']): Quote => {
    const start = articles.find((a) => a.id === articleId)!.text.indexOf(fragment);
    assert.ok(start >= 0, fragment);
    return { id, articleId, text: fragment, kind, start, end: start + fragment.length, cue: 'said', cueStart: null, cueEnd: null, speakerMention: null, speakerId: 'rook', speakerReason: 'test' };
  };
  const quotes = [
    at('wire', 'w1', promise, 'direct'),
    at('rerun', 'r1', promise, 'direct'),
    at('bridges', 'b1', 'that every bridge the river had taken would be rebuilt', 'indirect'),
    at('villages', 'v1', 'that no village would be left alone to face the floods', 'indirect'),
  ];
  const context = { articles: articles.map(({ id, outlet, published }) => ({ id, outlet, published })) };
  const families = buildQuoteFamilies(quotes, context);
  const shown = families.map((f) => f.quoteIds.join(' ')).sort();
  assert.deepEqual(shown, ['b1 r1 w1', 'r1 v1 w1'], JSON.stringify(families.map((f) => f.members.map((m) => m.text))));
  assert.ok(families.every((f) => f.members.every((m) => m.text !== promise)), 'no family of the whole sentence');

  // With only one clause reported alone, the whole sentence stays a family of its own (its other clause is nowhere else).
  const oneClause = buildQuoteFamilies(quotes.filter((q) => q.id !== 'v1'), { articles: context.articles.filter((a) => a.id !== 'villages') });
  assert.ok(oneClause.some((f) => f.members.some((m) => m.text === promise)), JSON.stringify(oneClause.map((f) => f.members.map((m) => m.text))));
});

/** Quotes made of whole article texts: one quotation per article, the article's text. */
function wholeTextQuotes(items: Array<{ id: string; text: string; speakerId: string | null }>): { quotes: Quote[]; articles: Array<{ id: string; outlet: string; published: string }> } {
  const quotes = items.map((item) => ({ ...QUOTES[0]!, id: `${item.id}:q`, articleId: item.id, text: item.text, start: 0, end: item.text.length, speakerId: item.speakerId }));
  return { quotes, articles: items.map((item, i) => ({ id: item.id, outlet: `Outlet ${i % 7}`, published: `2024-03-${String((i % 27) + 1).padStart(2, '0')}` })) };
}

test('the same words said of another place are another statement, whoever says them; a name spelt otherwise is not another place', () => {
  const { quotes, articles } = wholeTextQuotes([
    { id: 'a', text: 'We will rebuild the Velmarsk bridge before the winter storms arrive.', speakerId: 'ostrova' },
    { id: 'b', text: 'We will rebuild the Velmarsk bridge before the winter storms come.', speakerId: 'ostrova' },
    { id: 'c', text: 'We will rebuild the Dunhollow bridge before the winter storms arrive.', speakerId: 'ostrova' },
    { id: 'd', text: 'We will rebuild the Dunhollow bridge before the winter storms come.', speakerId: 'ostrova' },
    { id: 'e', text: 'We will rebuild the Velmursk bridge before the storms of winter arrive.', speakerId: 'ostrova' },
  ]);
  const families = buildQuoteFamilies(quotes, { articles });
  assert.deepEqual(families.map((f) => [...f.quoteIds].sort()).sort(), [['a:q', 'b:q', 'e:q'], ['c:q', 'd:q']]);
});

test('without a speaker, a clause of a longer sentence joins nothing on its own', () => {
  const { quotes, articles } = wholeTextQuotes([
    { id: 'a', text: 'The ferry levy belongs to every family in Saltmere, and we have a duty to defend it for the next generation.', speakerId: 'ostrova' },
    { id: 'b', text: 'The ferry levy belongs to every family in Saltmere, and we have a duty to defend it for the next generation.', speakerId: 'ostrova' },
    { id: 'c', text: 'The grain store belongs to every family in Dunhollow, and we have a duty to repair it for the next generation.', speakerId: null },
    { id: 'd', text: 'The grain store belongs to every family in Dunhollow, and we have a duty to repair it for the next generation.', speakerId: null },
  ]);
  const families = buildQuoteFamilies(quotes, { articles });
  assert.deepEqual(families.map((f) => [...f.quoteIds].sort()).sort(), [['a:q', 'b:q'], ['c:q', 'd:q']]);
});

test('in a large corpus a speaker’s renderings find each other among thousands of other speakers’ sentences of the same words', () => {
  const items: Array<{ id: string; text: string; speakerId: string | null }> = [];
  // 700 other speakers each say the same sentence: every word of it is in more than 500 sentences, too common to
  // propose candidates across the corpus, and the 50 best candidates by shared words could all be theirs.
  for (let i = 0; i < 700; i++) items.push({ id: `other${i}`, text: 'Our promise to the nurses of Velmarsk stands: the clinic will be finished and the road will be repaired.', speakerId: `speaker${i}` });
  items.push({ id: 'x1', text: 'Our promise to the nurses of Velmarsk stands: the clinic will be finished and the road will be repaired.', speakerId: 'ostrova' });
  items.push({ id: 'x2', text: 'Our promise to the nurses of Velmarsk stands: the clinic will be finished and the road will be repaired.', speakerId: 'ostrova' });
  items.push({ id: 'x3', text: 'Our pledge to the nurses of Velmarsk holds: the clinic will be completed and the road will be restored.', speakerId: 'ostrova' });
  const { quotes, articles } = wholeTextQuotes(items);
  const families = buildQuoteFamilies(quotes, { articles });
  const ostrova = families.filter((f) => f.speakerId === 'ostrova');
  assert.deepEqual(ostrova.map((f) => [...f.quoteIds].sort()), [['x1:q', 'x2:q', 'x3:q']]);
});

test('translators’ variants: insertions, complex prepositions and derivations do not hold a rendering apart', () => {
  const plain = toStatement('She hoped to die a martyr for the sake of the lower town.');
  const variant = toStatement('She hoped for martyrdom on the path of the lower town [recovery].');
  const same = statementSimilarity(plain, variant);
  assert.ok(same.score >= 0.6, `variant ${same.score}`);
  const [martyr, martyrdom, nation, national] = contentWords('martyr martyrdom nation national');
  assert.ok(wordMatch(martyr!, martyrdom!) >= 0.85, 'a derivation of one root is a synonym');
  assert.ok(wordMatch(nation!, national!) >= 0.85);
  // An insertion the other rendering lacks costs nothing.
  const withInsertion = statementSimilarity(toStatement('The [river] wall will be rebuilt before winter.'), toStatement('The wall will be rebuilt before winter.'));
  assert.ok(withInsertion.score > 0.999, `insertion ${withInsertion.score}`);
});

test('a rendering of one clause joins that clause, not the whole sentence around it', () => {
  const whole = 'The defence of the lower town is the real proof that one defends the harbour and its charter; one who hears the dockers and does not come to their aid is no councillor.';
  const quotes = [
    { id: 'a-q1', articleId: 'a', text: whole, start: 0, speakerId: 'varga' },
    { id: 'b-q1', articleId: 'b', text: 'Defending the lower town means defending the harbour', start: 0, speakerId: 'varga' },
  ];
  const families = buildQuoteFamilies(quotes, { articles: ['a', 'b'].map((id) => ({ id, outlet: id, published: null })) });
  assert.equal(families.length, 1);
  assert.equal(families[0]!.members.find((m) => m.articleId === 'a')!.text, 'The defence of the lower town is the real proof that one defends the harbour and its charter');
});
