import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

const ARTICLE = [
  'Port Avel votes on harbour sale',
  'PORT AVEL – The mayor of Port Avel has warned councillors that selling the harbour would be a mistake.',
  '“The harbour is the town’s front door,” Mayor Ines Calder told the Harbour Ledger. “Nobody sells their front door.”',
  'Councillor Tomas Reyne, who backs the sale, said the offer was “the best we will ever get.”',
  'The vote is due on Friday, according to the council’s agenda.',
].join('\n\n');

test('extractQuotes returns offsets, cue and speaker spans that point into the text', () => {
  const quotes = extractQuotes(ARTICLE, NONE, { articleId: 'a1' });
  assert.ok(quotes.length >= 4);
  for (const quote of quotes) {
    assert.equal(ARTICLE.slice(quote.start, quote.end), quote.text);
    if (quote.cue) assert.equal(ARTICLE.slice(quote.cueStart!, quote.cueEnd!), quote.cue);
    if (quote.speakerMention) assert.equal(ARTICLE.slice(quote.speakerMention.start, quote.speakerMention.end), quote.speakerMention.text);
    assert.match(quote.id, /^a1:q\d+$/);
    assert.equal(quote.articleId, 'a1');
  }
  const second = quotes.find((q) => q.text.startsWith('Nobody sells'));
  assert.equal(second?.speakerMention?.text, 'Mayor Ines Calder', 'a quotation right after an attributed one continues it');
  const mixed = quotes.find((q) => q.text.includes('best we will ever get'));
  assert.equal(mixed?.kind, 'mixed');
  assert.match(mixed?.speakerMention?.text ?? '', /^Councillor Tomas Reyne\b/);
  const cited = quotes.find((q) => q.cue === 'according to');
  assert.equal(cited?.speakerMention?.text, 'the council’s agenda');
});

test('headline conventions "Speaker: statement" are quotations of the speaker', () => {
  const quotes = extractQuotes('Mayor Calder: The harbour is not for sale\n\nThe council meets on Friday.', NONE);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'The harbour is not for sale');
  assert.equal(quotes[0]!.speakerMention?.text, 'Mayor Calder');
  assert.deepEqual(quotes[0]!.flags, ['headline']);
});

test('maxChars cuts a runaway quotation and flags it', () => {
  const text = `She said: “${'the quay will reopen soon. '.repeat(200)}`;
  const quotes = extractQuotes(text, NONE, { maxChars: 500 });
  assert.equal(quotes.length, 1);
  assert.ok(quotes[0]!.text.length <= 500);
  assert.ok(quotes[0]!.flags?.includes('unclosed'));
});

test('a 2 MB single-paragraph article, one run-on sentence of quotations, and an unclosed quote over all of it, finish in bounded time', () => {
  const paragraph = ARTICLE.replace(/\n+/g, ' ');
  const sized = (size: number) => paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size);
  const seconds = (input: string) => {
    const start = process.cpuUsage();
    const found = extractQuotes(input, NONE);
    const spent = process.cpuUsage(start);
    return { found, seconds: (spent.user + spent.system) / 1e6 };
  };
  // CPU time, not wall time: the test machine is shared. Bounded work means linear in the size:
  // 2 MB may cost about eight times 250 KB (quadratic work would cost 64 times), and stays within a
  // generous absolute limit (typical: 1–1.5 s on the development machine).
  seconds(sized(250_000));
  const small = seconds(sized(250_000));
  const { found: quotes, seconds: big } = seconds(sized(2_000_000));
  assert.ok(quotes.length > 1000);
  assert.ok(big < 6, `2 MB took ${big} s of CPU`);
  assert.ok(big < 20 * Math.max(small.seconds, 0.02), `2 MB took ${big} s of CPU against ${small.seconds} s for 250 KB: more than linear`);
  // Quotations in one endless sentence (no full stop anywhere): the rules read it in bounded pieces.
  const runOn = (size: number) => 'and then the mayor added, “we will rebuild the quay before the winter storms” '.repeat(Math.ceil(size / 79)).slice(0, size);
  seconds(runOn(250_000));
  const smallRunOn = seconds(runOn(250_000));
  const bigRunOn = seconds(runOn(2_000_000));
  assert.ok(bigRunOn.found.length > 100);
  assert.ok(bigRunOn.seconds < 6, `2 MB run-on sentence took ${bigRunOn.seconds} s of CPU`);
  assert.ok(bigRunOn.seconds < 20 * Math.max(smallRunOn.seconds, 0.02), `2 MB run-on sentence took ${bigRunOn.seconds} s of CPU against ${smallRunOn.seconds} s for 250 KB: more than linear`);
  let cpu: NodeJS.CpuUsage;
  let used: NodeJS.CpuUsage;

  const unclosed = `Calder said: “${'the quay will reopen soon and the harbour will grow '.repeat(40_000)}`;
  cpu = process.cpuUsage();
  const runaway = extractQuotes(unclosed, NONE);
  used = process.cpuUsage(cpu);
  assert.equal(runaway.length, 1);
  assert.ok(runaway[0]!.flags?.includes('unclosed'));
  assert.ok((used.user + used.system) / 1e6 < 6, `unclosed 2 MB took ${(used.user + used.system) / 1e6} s of CPU`);
});

test('a relative clause with its own quotation ("…, which he called “…”") is a statement of its own', () => {
  const text = 'Orrin said he has backed a bill that would curb the power of the regional ferry boards, which he called “a cartel for the islands.” He will vote on Friday.';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  const outer = quotes.find((q) => q.cue === 'said');
  const inner = quotes.find((q) => q.text.includes('a cartel'));
  assert.equal(outer?.speakerMention?.text, 'Orrin');
  assert.ok(outer && !outer.text.includes('cartel'), outer?.text);
  assert.equal(inner?.speakerMention?.text, 'he');
  assert.equal(inner?.cue, 'called');
});

test('a quotation inside an earlier frame’s clause is not claimed by the frame that follows it', () => {
  const quotes = extractQuotes('When Pell later referred to the storm and said he would “protect every pier,” the crowd applauded loudly.', NONE);
  const quoted = quotes.find((q) => q.text.includes('protect every pier'));
  assert.equal(quoted?.speakerMention?.text, 'Pell');
  assert.equal(quoted?.cue, 'said');
});

test('a short quoted phrase standing alone as a subheading is no continuation of the previous quotation', () => {
  const text = [
    '“We will rebuild the pier before winter,” Mayor Ines Calder said on Monday.',
    '“Harbour of hope”',
    'Calder praised the volunteers, calling them the “harbour of hope.”',
  ].join('\n\n');
  const quotes = extractQuotes(text, NONE);
  assert.ok(!quotes.some((q) => q.text === 'Harbour of hope'), JSON.stringify(quotes.map((q) => q.text)));
  assert.ok(quotes.some((q) => q.text.startsWith('We will rebuild the pier')));
});

test('a relative clause\'s "who say" inside another statement is a statement of its own group; other nested statements are the outer speaker\'s', () => {
  const quotes = extractQuotes('Calder rebuked critics who say she should resign.', NONE);
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]), [
    ['Calder', 'rebuked', 'critics who say she should resign'],
    ['who', 'say', 'she should resign'],
  ]);
  assert.deepEqual(
    extractQuotes('Calder said the fishermen, who told her their nets were cut, would be paid.', NONE).map((q) => [q.speakerMention?.text, q.cue]),
    [['Calder', 'said']],
  );
});

test('the agent of a passive naming verb and the subject of a naming verb in a relative clause said the quoted words', () => {
  const cases: Array<[string, string, string]> = [
    ['The toll plan, often labeled a “highway robbery” by Greens, passed on Monday.', 'highway robbery', 'Greens'],
    ['The word “austerity” was uttered twice, by Mayor Olsen.', 'austerity', 'Mayor Olsen'],
    ['Lawmakers blocked the bill over “midnight rider” clauses added by senators from the north.', 'midnight rider', 'senators'],
    ['The handshake became what would later be known by some voters as a “betrayal” of the party.', 'betrayal', 'some voters'],
    ['The dispute over whether the fund is what former trustees have called a “shell game” grew sharper.', 'shell game', 'former trustees'],
    ['The column, full of charges that Vera Lind, for one, called “pure fiction,” ran on Sunday.', 'pure fiction', 'Vera Lind'],
  ];
  for (const [sentence, words, speaker] of cases) {
    const quote = extractQuotes(`Harbour notes\n\n${sentence}`, NONE).find((q) => q.text.includes(words));
    assert.equal(quote?.speakerMention?.text, speaker, sentence);
  }
  const passive = extractQuotes('Harbour notes\n\nWhat is called a “soft launch” began on Monday.', NONE).find((q) => q.text.includes('soft launch'));
  assert.notEqual(passive?.speakerReason.startsWith('agent of a passive'), true, 'a passive with no agent names no one');
});

test('a relative pronoun right before a speech or writing verb says the quotation', () => {
  const text = 'Harbour notes\n\nInes Calder unrolled the banner — which read “Back on Friday” — and waved it at the crowd.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('Back on Friday'));
  assert.equal(quote?.speakerMention?.text, 'which');
  assert.equal(quote?.cue, 'read');
});

test('the owner of a speech noun right before the quotation says it ("his promise to be “…”")', () => {
  const text = 'Harbour notes\n\nThe ferry vote was close. Mayor Olsen won it after his promise to keep the harbour “open to every boat” in the spring.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('open to every boat'));
  assert.equal(quote?.speakerMention?.text, 'his');
  assert.equal(quote?.cue, 'promise');
});

test('a relative pronoun subject of a speech verb in the quotation’s clause says it', () => {
  const text = 'Harbour notes\n\nThe mayor was calmer than her harbour board, who, on a call Friday, criticized Olsen for “selling the town short.”';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('selling the town short'));
  assert.equal(quote?.speakerMention?.text, 'who');
  assert.equal(quote?.cue, 'criticized');
});

test('the author of a speech noun after "by", or a publication after "in", says the quotation', () => {
  const cases: Array<[string, string, string]> = [
    ['The row grew after a report by the Harbour Ledger that the board had “lost the plot” on fees.', 'lost the plot', 'the Harbour Ledger'],
    ['Her rise, and a headline in the Port Avel Herald about her “quiet revolution,” surprised the board.', 'quiet revolution', 'the Port Avel Herald'],
  ];
  for (const [sentence, words, speaker] of cases) {
    const quote = extractQuotes(`Harbour notes\n\n${sentence}`, NONE).find((q) => q.text.includes(words));
    assert.equal(quote?.speakerMention?.text, speaker, sentence);
  }
  const month = extractQuotes('Harbour notes\n\nShe forwarded an article in May that praised the “harbour plan” warmly.', NONE).find((q) => q.text.includes('harbour plan'));
  assert.notEqual(month?.speakerMention?.text, 'May', 'a date after "in" is no author');
});

test('an appositive with commas of its own between the speaker and the speech verb after the quotation', () => {
  const text = 'Harbour notes\n\nThe new fees “will not fix the harbour, but are steps in the right direction,” Jo Marr, assistant secretary of state for ports, harbours, and ferries, said on the same call.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('will not fix'));
  assert.match(quote?.speakerMention?.text ?? '', /^Jo Marr\b/);
});

test('the object of a verb that moves it to a cue verb says the quotation ("leading X to counter that “…”")', () => {
  const text = 'Harbour notes\n\nThe fee table was shared widely on Monday, leading harbour pilots like Jo Marr to counter that “every boat pays twice.”';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('every boat pays twice'));
  assert.equal(quote?.speakerMention?.text, 'harbour pilots like Jo Marr');
  assert.equal(quote?.cue, 'counter');
});

test('the subject of an absolute clause before "as if to say" says the quotation', () => {
  const text = 'Harbour notes\n\nMayor Olsen said nothing at first. “We won,” she said later. Her deputy grinned across the table, his eyes shining, as if to say, “Told you so.”';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('Told you so'));
  assert.equal(quote?.speakerMention?.text, 'his eyes');
});

test('a speech noun with a time or place phrase before its "that" still names its owner', () => {
  const text = 'Harbour notes\n\nThe mayor came under fire over her assertion during the debate that “every boat pays its share.”';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('every boat pays'));
  assert.equal(quote?.speakerMention?.text, 'her');
});

test('a dateline before a colon is no speaker when the sentence names its own: "Saltmere: …, police said."', () => {
  const text = ['Saltmere: A man with a knife wounded two guards at the ferry terminal on Monday, police said.', 'Tarsa, September 14 (Wire).- The toll from the landslide rose to nine, officials said.'].join('\n\n');
  const quotes = extractQuotes(text, NONE);
  const guards = quotes.filter((q) => q.text.includes('two guards'));
  assert.equal(guards.length, 1, JSON.stringify(guards));
  assert.equal(guards[0]!.speakerMention?.text, 'police');
  assert.equal(guards[0]!.text, 'A man with a knife wounded two guards at the ferry terminal on Monday');
  assert.equal(quotes.find((q) => q.text.includes('landslide'))?.text, 'The toll from the landslide rose to nine');
});

test('a quoted subheading set off by dashes or single marks ("– ‘We fear the night’ –") continues no one; a plain quotation paragraph still continues its speaker', () => {
  const text = [
    'Rival groups began fighting near the port on Wednesday, sources said.',
    '– ‘We fear the night’ –',
    '“The guards told us to leave,” pastor Ivo Brandt told the Harbour Ledger.',
    'Mayor Ines Calder said the deal was fair.',
    '“We will sign it next week.”',
  ].join('\n\n');
  const quotes = extractQuotes(text, NONE);
  const heading = quotes.find((q) => q.text === 'We fear the night');
  assert.equal(heading?.speakerMention ?? null, null, JSON.stringify(heading));
  assert.equal(quotes.find((q) => q.text.startsWith('We will sign'))?.speakerMention?.text, 'Mayor Ines Calder');
});
