import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';
import { reportingVerb } from './cues.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

/** The single quote extracted from a sentence, as [speaker, cue, content, kind]. */
function only(text: string): [string | undefined, string | null, string, string] {
  const quotes = extractQuotes(text, NONE);
  assert.equal(quotes.length, 1, `expected one quote in ${JSON.stringify(text)}, got ${JSON.stringify(quotes.map((q) => q.text))}`);
  const q = quotes[0]!;
  return [q.speakerMention?.text, q.cue, q.text, q.kind];
}

test('the cue table knows inflections and frames of reporting verbs', () => {
  assert.equal(reportingVerb('told')?.lemma, 'tell');
  assert.equal(reportingVerb('underlined')?.lemma, 'underline');
  assert.equal(reportingVerb('stressing')?.lemma, 'stress');
  assert.equal(reportingVerb('told')?.frames.object, true);
  assert.equal(reportingVerb('said')?.frames.bare, true);
  assert.equal(reportingVerb('vowed')?.frames.infinitive, true);
  assert.equal(reportingVerb('harbour'), undefined);
});

test('"X said (that) …" and "X told Y that …" report the clause after the cue', () => {
  assert.deepEqual(only('Mayor Ines Calder said that the ferry terminal would reopen in June.'), [
    'Mayor Ines Calder', 'said', 'that the ferry terminal would reopen in June', 'indirect',
  ]);
  assert.deepEqual(only('The harbour master told reporters on Monday that two cranes had failed.'), [
    'The harbour master', 'told', 'that two cranes had failed', 'indirect',
  ]);
  assert.deepEqual(only('Councillor Tomas Reyne said the budget was already spent.'), [
    'Councillor Tomas Reyne', 'said', 'the budget was already spent', 'indirect',
  ]);
});

test('warned, underlined, stressed and wrote-in-a-letter cues with adjuncts before "that"', () => {
  assert.deepEqual(only('The union warned that strikes would follow any closure.')[1], 'warned');
  assert.deepEqual(only('In her letter, Rana Oduya underlined that the port must stay public.').slice(0, 3), [
    'Rana Oduya', 'underlined', 'that the port must stay public',
  ]);
  assert.deepEqual(only('Oduya wrote in a letter to the council that the port must stay public.').slice(0, 3), [
    'Oduya', 'wrote', 'that the port must stay public',
  ]);
  assert.deepEqual(only('The minister stressed that no jobs would be lost.').slice(0, 2), ['The minister', 'stressed']);
});

test('postposed cues: "…, X added." and "…, he had noted, and warned that …"', () => {
  assert.deepEqual(only('The cranes will be replaced before winter, the port authority added.'), [
    'the port authority', 'added', 'The cranes will be replaced before winter', 'indirect',
  ]);
  const quotes = extractQuotes('The harbour belongs to the town, he had noted, and warned that a sale would be resisted.', NONE);
  assert.deepEqual(
    quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]),
    [
      ['he', 'noted', 'The harbour belongs to the town'],
      ['he', 'warned', 'that a sale would be resisted'],
    ],
  );
});

test('"according to X" in either order', () => {
  assert.deepEqual(only('According to the Meridian Wire, the ferry will resume on Friday.'), [
    'the Meridian Wire', 'According to', 'the ferry will resume on Friday', 'indirect',
  ]);
  assert.deepEqual(only('The ferry will resume on Friday, according to port officials.'), [
    'port officials', 'according to', 'The ferry will resume on Friday', 'indirect',
  ]);
});

test('direct quotes take their cue and speaker from either side, including inversion', () => {
  assert.deepEqual(only('“We will rebuild the quay,” Calder said.'), ['Calder', 'said', 'We will rebuild the quay,', 'direct']);
  assert.deepEqual(only('“We will rebuild the quay,” said Ines Calder, the mayor.'), ['Ines Calder', 'said', 'We will rebuild the quay,', 'direct']);
  assert.deepEqual(only('Calder said: “We will rebuild the quay.”'), ['Calder', 'said', 'We will rebuild the quay.', 'direct']);
  assert.deepEqual(only('“The quay is safe,” the statement read.').slice(0, 2), ['the statement', 'read']);
});

test('a reported clause with a partial quotation is mixed; an unattributed scare quote is skipped', () => {
  assert.deepEqual(only('Calder hoped that the town would grant her wish “for a quay that lasts a century.”'), [
    'Calder', 'hoped', 'that the town would grant her wish “for a quay that lasts a century.”', 'mixed',
  ]);
  assert.deepEqual(only('Reyne met the crews, calling them “quiet heroes.”').slice(1), ['calling', 'them “quiet heroes.”', 'mixed']);
  assert.equal(extractQuotes('The so-called “harbour plan” was never published.', NONE).length, 0);
});

test('appositive subjects keep the whole phrase as the speaker mention', () => {
  assert.deepEqual(
    only('Calder’s deputy, Saleem al-Rawi, said in an interview with the Harbour Ledger that “the cranes are safe.”').slice(0, 3),
    ['Calder’s deputy, Saleem al-Rawi', 'said', 'the cranes are safe.'],
  );
});

test('stance toward a noun phrase is an indirect quote flagged stance; the same words as nouns are not cues', () => {
  const endorsed = extractQuotes('Councillor Tomas Reyne endorsed the harbour bond on Friday.', NONE);
  assert.equal(endorsed.length, 1);
  assert.equal(endorsed[0]!.text, 'the harbour bond on Friday');
  assert.deepEqual(endorsed[0]!.flags, ['stance']);
  const calledFor = extractQuotes('Mayor Ines Calder called for a public inquiry into the crane collapse.', NONE);
  assert.equal(calledFor[0]?.text, 'a public inquiry into the crane collapse');
  assert.equal(calledFor[0]?.speakerMention?.text, 'Mayor Ines Calder');
  assert.equal(extractQuotes('The plan enjoys broad support from the dockers.', NONE).length, 0);
  assert.equal(extractQuotes('The fund will provide support for the families of the crew.', NONE).length, 0);
  assert.equal(extractQuotes('She posted a Twitter comment about the ferry.', NONE).filter((q) => q.cue === 'comment').length, 0);
  const said = extractQuotes('Mayor Ines Calder said that the harbour would stay open.', NONE);
  assert.equal(said[0]?.flags, undefined, 'a reported clause is not a stance');
  // A noun of hope or fear with its clause states what was said, as "hoped to" would.
  const hope = extractQuotes('Mayor Ines Calder expressed hope to see the harbour reopened by May.', NONE);
  assert.equal(hope[0]?.text, 'hope to see the harbour reopened by May');
  assert.equal(hope[0]?.flags, undefined);
  const concern = extractQuotes('Councillor Tomas Reyne voiced deep concern that the cranes were unsafe.', NONE);
  assert.equal(concern[0]?.flags, undefined, JSON.stringify(concern));
  assert.deepEqual(extractQuotes('Councillor Tomas Reyne expressed his support for the harbour bond.', NONE)[0]?.flags, ['stance']);
});

test('bare plural speakers, doubled consonants and clauses closed by an apposition', () => {
  assert.deepEqual(only('The ferry fares will double by spring, analysts say.').slice(0, 3), ['analysts', 'say', 'The ferry fares will double by spring']);
  assert.equal(reportingVerb('admitted')?.lemma, 'admit');
  assert.equal(reportingVerb('referred')?.lemma, 'refer');
  assert.deepEqual(
    only('The quay would be closed for a month, Calder said, a decision that angered the fishing crews.').slice(0, 3),
    ['Calder', 'said', 'The quay would be closed for a month'],
  );
  assert.deepEqual(only('“We are proud!” Calder said as the ferry left.').slice(0, 3), ['Calder', 'said', 'We are proud!']);
});

test('time adjuncts before a bare clause, listeners before a pronoun clause, stance phrases through quotations', () => {
  assert.deepEqual(only('Calder said Tuesday she would not sell the quay.').slice(0, 3), ['Calder', 'said', 'she would not sell the quay']);
  assert.deepEqual(only('Reyne told the Harbour Ledger he would vote against the sale.').slice(0, 3), ['Reyne', 'told', 'he would vote against the sale']);
  assert.deepEqual(only('Reyne mocked the plan for “selling the town’s front door.”').slice(2), ['the plan for “selling the town’s front door.”', 'mixed']);
  const relative = only('Nobody argued with Calder, who said the figures were wrong.');
  assert.equal(relative[0], 'Calder, who');
});

test('"voters who say …": the relative pronoun is the speaker of the reported clause', () => {
  const text = 'Calder leads among harbour workers who say the ferry cuts hurt them most.';
  const quote = extractQuotes(text, { entities: [], mentions: [] }).find((q) => q.cue === 'say');
  assert.equal(quote?.speakerMention?.text, 'who');
  assert.equal(quote?.text, 'the ferry cuts hurt them most');
});

test('", who said …" after an antecedent the subject walk cannot delimit: the relative pronoun speaks', () => {
  const text = 'The pier deal was closed with help from Harbour Commissioner Ines Calder, who said she expects the cranes back by June.';
  const quote = extractQuotes(text, NONE).find((q) => q.cue === 'said');
  assert.equal(quote?.speakerMention?.text, 'who');
  assert.equal(quote?.text, 'she expects the cranes back by June');
});

test('"X, <appositive>, also praised …" is a subject with an appositive, never an inverted "…, praised X"', () => {
  const text = 'The mayor’s rival, harbour councillor Ines Calder, also praised the board’s decision.';
  const quote = extractQuotes(text, { entities: [], mentions: [] }).find((q) => q.cue === 'praised');
  assert.equal(quote?.text, 'the board’s decision');
  assert.match(quote?.speakerMention?.text ?? '', /Ines Calder$/);
});

test('a reported statement inside another is part of it, not a second attribution', () => {
  for (const [text, content] of [
    ['Calder said he feels he can still win the vote on Tuesday.', 'he feels he can still win the vote on Tuesday'],
    ['Calder told the Meridian Wire that Pell believes the ferry board is divided.', 'that Pell believes the ferry board is divided'],
  ] as const) {
    const quotes = extractQuotes(text, { entities: [], mentions: [] });
    assert.equal(quotes.length, 1, quotes.map((q) => `${q.speakerMention?.text}: ${q.text}`).join(' | '));
    assert.equal(quotes[0]!.speakerMention?.text, 'Calder');
    assert.equal(quotes[0]!.text, content);
  }
});

test('“…, the general noted, according to state media”: the general speaks, the report carries it', () => {
  const text = 'The harbour guard proved its worth in the storm, the coast commander noted, according to the Meridian Wire.';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerMention?.text, 'the coast commander');
  assert.equal(quotes[0]!.reportedBy?.text, 'the Meridian Wire');
});

test('a cue word after a possessive or modifier is a noun ("Calder’s comments came …"), unless a that- or to-clause follows', () => {
  const none = { entities: [], mentions: [] };
  assert.equal(extractQuotes('Calder’s comments came as the board met on Tuesday.', none).length, 0);
  assert.equal(extractQuotes('The board’s recent comments drew little notice in Port Avel.', none).length, 0);
  const claim = extractQuotes('In Port Avel, Calder’s claim that the ferry lost money drew scorn.', none).find((q) => q.cue === 'claim');
  assert.equal(claim?.speakerMention?.text, 'Calder’s');
  const share = extractQuotes('Another 19 percent said they would not pick either candidate.', none);
  assert.equal(share[0]?.speakerMention?.text, 'Another 19 percent');
});

test('“…,” X, who …, told Y: the noun phrase after "told" is the listener, never an inverted speaker', () => {
  const text = '“There is no job description,” Ines Calder, who served as the harbour master for a decade, told the Meridian Wire.';
  const quote = extractQuotes(text, { entities: [], mentions: [] })[0];
  assert.match(quote?.speakerMention?.text ?? '', /^Ines Calder/);
  assert.equal(quote?.cue, 'told');
});

test('"was quick to say", "tended to back": the catenative shares the reporting verb’s subject', () => {
  const quote = extractQuotes('Calder was quick to say that the ferry would run all winter.', { entities: [], mentions: [] })[0];
  assert.equal(quote?.speakerMention?.text, 'Calder');
  assert.equal(quote?.text, 'that the ferry would run all winter');
});

test('"spoke to reporters", "spoke for an hour" and "in 30 states" are no statements; "spoke about …" and "the report states that …" are', () => {
  const none = { entities: [], mentions: [] };
  assert.equal(extractQuotes('Calder spoke to reporters for an hour on the quay.', none).length, 0);
  assert.equal(extractQuotes('The ferry line now runs in 30 states.', none).length, 0);
  assert.equal(extractQuotes('Calder spoke about the ferry timetable.', none)[0]?.text, 'the ferry timetable');
  assert.equal(extractQuotes('The audit states that the ferry lost money.', none).find((q) => q.cue === 'states')?.text, 'that the ferry lost money');
});

test('"the harbour report states that …": a cue noun heading the subject of the next verb is no verb itself', () => {
  const quotes = extractQuotes('The harbour report states that the ferry lost money.', { entities: [], mentions: [] });
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.cue]), [['The harbour report', 'states']]);
});

test('"asked X how/whether …": the question is the reported content', () => {
  const quote = extractQuotes('A reporter asked Calder how the ferry vote would go on Tuesday.', { entities: [], mentions: [] })[0];
  assert.equal(quote?.speakerMention?.text, 'A reporter');
  assert.equal(quote?.text, 'how the ferry vote would go on Tuesday');
});

test('"explained why …", "declined to say whether …": an indirect question is the content, reported once', () => {
  const none = { entities: [], mentions: [] };
  assert.equal(extractQuotes('Calder explained why the ferry was late on Tuesday.', none)[0]?.text, 'why the ferry was late on Tuesday');
  const declined = extractQuotes('Pell declined to say whether the board broke its own rules.', none);
  assert.deepEqual(declined.map((q) => [q.cue, q.text]), [['declined to say', 'whether the board broke its own rules']]);
});

test('"beat back", "turned back", "comes back" are adverbs; "voters back Calder" is a stance', () => {
  const none = { entities: [], mentions: [] };
  assert.equal(extractQuotes('The governor beat back a challenge from Pell on Tuesday.', none).length, 0);
  assert.equal(extractQuotes('Pell comes back to the quay on Monday.', none).length, 0);
  const stance = extractQuotes('Most harbour workers back Calder for mayor.', none)[0];
  assert.equal(stance?.speakerMention?.text, 'Most harbour workers');
  assert.equal(stance?.text, 'Calder for mayor');
});

test('"with X calling …": the noun phrase after "with" speaks, not the sentence subject', () => {
  const text = 'Dock workers were among the first to back the mayor, with the Harbour Teachers Guild calling her “the champion working families need” at its congress.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('the champion'));
  assert.equal(quote?.speakerMention?.text, 'the Harbour Teachers Guild');
  assert.equal(quote?.cue, 'calling');
});

test('"said, however, that …": a parenthetical adverb does not hide the clause from its cue', () => {
  const [speaker, cue, content] = only('Orrin said, however, that he hopes “somebody else takes up the cause” against the ferry board.');
  assert.equal(speaker, 'Orrin');
  assert.equal(cue, 'said');
  assert.match(content, /^that he hopes/);
});

test('a cue with no subject of its own does not borrow the speaker of a clause inside its own content', () => {
  const quote = extractQuotes('Adelson met the mayor in December and declared in an interview with the Ledger that he found her to be “very charming.”', NONE).find((q) => q.cue === 'declared');
  assert.equal(quote?.speakerMention?.text, 'Adelson');
});

test('the words after an opening clause’s comma are no sentence subject when they are quoted', () => {
  const quote = extractQuotes('When the judge returned to the bench he began by saying, “I don’t think that it’s necessary for Mr. Tesh to go to jail.”', NONE).find((q) => q.text.startsWith('I don’t think'));
  assert.notEqual(quote?.speakerMention?.text, 'I');
});

test('"X said he … and added, “…”": the coordinated cue takes the outer speaker, not the one inside the first statement', () => {
  const quote = extractQuotes('In a long interview last year, Lazar said he welcomed extradition to the harbour court and added, “I will plead guilty, no problem.”', NONE).find((q) => q.text.startsWith('I will plead'));
  assert.equal(quote?.speakerMention?.text, 'Lazar');
  assert.equal(quote?.cue, 'added');
});

test('"…, reported the channel that published the letter": the channel speaks the clause before the cue', () => {
  const quotes = extractQuotes('The note was handed to the ferry captain a week before the strike, reported Port Avel’s harbour radio station that first aired the note.', NONE);
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
  assert.equal(quotes[0]!.speakerMention?.text, 'Port Avel’s harbour radio station');
  assert.equal(quotes[0]!.text, 'The note was handed to the ferry captain a week before the strike');
});

test('"Noting that …, X added, “…”": the participle frames its clause, and "added" frames only the quotation', () => {
  const quotes = extractQuotes('Noting that the dockworkers had held out for a month, the union leader added, “We are not finished yet.”', NONE);
  const byCue = new Map(quotes.map((q) => [q.cue, q.text]));
  assert.equal(byCue.get('Noting'), 'that the dockworkers had held out for a month');
  assert.equal(byCue.get('added'), 'We are not finished yet.');
  assert.equal(quotes.length, 2, JSON.stringify(quotes.map((q) => [q.cue, q.text])));
});

test('a time or place adjunct before the speaker is no statement: "Before the vote in March, X wrote a letter …"', () => {
  const quotes = extractQuotes('Before the vote in March, Mayor Ines Calder wrote a letter to the harbour board, urging it to wait.', NONE);
  assert.deepEqual(quotes.map((q) => [q.cue, q.text]), [['urging', 'to wait']]);
  // "In Easthaven, X said, …": the statement is the clause after the cue.
  assert.deepEqual(only('In Easthaven, the ferry captain said, the night crossings have already stopped.'), [
    'the ferry captain', 'said', 'the night crossings have already stopped', 'indirect',
  ]);
});

test('a poll that opens the sentence is the source of the standings after the comma; mid-sentence it is not', () => {
  assert.deepEqual(only('In a Harbor Ledger/Delta College poll released Monday, 41 percent of voters said the mayor should resign.'), [
    'a Harbor Ledger/Delta College poll released Monday', 'In', '41 percent of voters said the mayor should resign', 'indirect',
  ]);
  assert.deepEqual(only('But in the latest county survey, Councillor Reyne trails by nine points.').slice(0, 2), ['the latest county survey', 'in']);
  // A poll as a circumstance of the clause, or a place or time after "In", cites no one.
  assert.deepEqual(extractQuotes('Councillor Reyne has a wide lead in the polls.', NONE), []);
  assert.deepEqual(extractQuotes('In the harbour district, the ferry runs every hour.', NONE), []);
});

test('"more than 4 in 10 said" is one quantified speaker, and ends the clause of the speaker before it', () => {
  const quotes = extractQuotes('Most dockworkers said they were worried, and more than 4 in 10 said the port would close.', NONE);
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.text]), [
    ['Most dockworkers', 'they were worried'],
    ['more than 4 in 10', 'the port would close'],
  ]);
});

test('a sentence-initial "According to" source runs to its comma, past verbs and prepositions', () => {
  assert.deepEqual(only('According to the officer in charge of the harbour base that night, the scene in the film is untrue.'), [
    'the officer in charge of the harbour base that night', 'According to', 'the scene in the film is untrue', 'indirect',
  ]);
  const [speaker, cue, content] = only('According to a new poll from Harbor State University broadcast on Channel 4, the mayor leads by 32 points.');
  assert.match(speaker ?? '', /Harbor State University/);
  assert.deepEqual([cue, content], ['According to', 'the mayor leads by 32 points']);
});

test('a day between the subject and its verb ("X, the port\'s critic, on Sunday defended …") is no speaker', () => {
  assert.deepEqual(only("Councillor Reyne, the port's chief critic, on Sunday defended the sale.").slice(0, 3), [
    "Councillor Reyne, the port's chief critic", 'defended', 'the sale',
  ]);
  assert.equal(only('Mayor Quill on Tuesday night called the plan a farce.')[0], 'Mayor Quill');
  // (Being critical of the mayor is a stance of its own, up to "but".)
  const quotes = extractQuotes('Councillor Reyne has been critical of the mayor but on Tuesday wrote that she agreed with him.', NONE);
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]), [
    ['Councillor Reyne', 'been critical of', 'the mayor'],
    ['Councillor Reyne', 'wrote', 'that she agreed with him'],
  ]);
});

test('a subject with its relative clause before a comma is no content of an inverted cue ("X, who …, called the plan a farce")', () => {
  assert.deepEqual(only('Mayor Quill, who chairs the board, called the plan a farce.').slice(0, 3), ['Mayor Quill, who chairs the board', 'called', 'the plan a farce']);
  assert.deepEqual(only('The ferry will be late, said the harbour master.').slice(0, 3), ['the harbour master', 'said', 'The ferry will be late']);
});

test('a time phrase before the subject ("A few minutes later they …", "The day before, …") is not the speaker', () => {
  const quotes = extractQuotes('First, party officials said the vote would start on time. A few minutes later they reversed themselves and said they will register voters during the vote.', NONE);
  assert.deepEqual(quotes.map((q) => q.speakerMention?.text), ['party officials', 'they']);
  assert.equal(only('The day before, at a rally in Port Avel, Mayor Quill was just as blunt, claiming that the ferry was sold.')[0], 'Mayor Quill');
});

test('"tweeted he …", "wrote he …": written cues take a bare clause, and the clause\'s own subject is inside the statement', () => {
  assert.equal(reportingVerb('tweeted')?.frames.bare, true);
  assert.deepEqual(only('Party chair Hal Brenner tweeted on Tuesday night he considered Mayor Quill the likely nominee.').slice(0, 3), [
    'Party chair Hal Brenner', 'tweeted', 'he considered Mayor Quill the likely nominee',
  ]);
});

test('a dateline that opens a story is not part of what the officials said at its end', () => {
  for (const dateline of ['PORTVALE (Coast Wire) – ', 'THE DAILY BEACON - ', 'PORTVALE, Oct. 4 – ']) {
    const text = `${dateline}The ferry pier collapsed early on Sunday, injuring two dock workers, harbour officials said.`;
    const quote = extractQuotes(text, NONE).find((q) => q.cue === 'said');
    assert.equal(quote?.text, 'The ferry pier collapsed early on Sunday, injuring two dock workers', dateline);
    assert.equal(quote?.speakerMention?.text, 'harbour officials');
  }
  // Capitals that are the sentence's own words stay in it.
  const own = extractQuotes('FIFA – the sport’s governing body – fined the club on Monday, officials said.', NONE).find((q) => q.cue === 'said');
  assert.equal(own?.text, 'FIFA – the sport’s governing body – fined the club on Monday');
});

test('an impersonal passive after a document lead speaks for the document; without one it is no statement', () => {
  const [speaker, cue, content] = only('At the close of the letter, it is stated that the rivals know the harbour is not alone and its friends grow stronger every year.');
  assert.equal(speaker, 'the letter');
  assert.equal(cue, 'stated');
  assert.match(content, /^that the rivals know the harbour is not alone/);
  assert.equal(extractQuotes('It is stated that the rivals know the harbour is not alone.', NONE).some((q) => q.cue === 'stated'), false);
});

test('the possessor of a noun cue is the name or phrase that owns it, not the clause before it', () => {
  const quotes = extractQuotes('After the forum the Harbour Ledger ran a fact-check on Mayor Dunmore’s claim that there have been “hundreds of break-ins” in the marina this year alone.', NONE);
  assert.equal(quotes.find((q) => q.cue === 'claim')?.speakerMention?.text, 'Mayor Dunmore’s');
  const lower = extractQuotes('A good showing in the north would bolster the candidate’s claim that she can win “anywhere on the coast.”', NONE);
  assert.equal(lower.find((q) => q.cue === 'claim')?.speakerMention?.text, 'the candidate’s');
});

test('"X compares A to B" in a letter or speech is a statement of X with the comparison as its content; a bare "compared with" is none', () => {
  const quotes = extractQuotes('In her letter, Mayor Lina Hart compares rebuilding the pier to rebuilding the whole town and says that nobody should stand aside.', NONE);
  assert.deepEqual(
    quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]),
    [
      ['Mayor Lina Hart', 'compares', 'rebuilding the pier to rebuilding the whole town'],
      ['Mayor Lina Hart', 'says', 'that nobody should stand aside'],
    ],
  );
  assert.deepEqual(extractQuotes('Prices compared with last year rose by four percent.', NONE), []);
});

/** The cues the rules alone find in a text (no learned tagger beside them), with their speakers. */
function ruleCues(text: string): Array<[string | null, string | undefined]> {
  return extractQuotes(text, NONE, { attributionTagger: null }).map((q) => [q.cue, q.speakerMention?.text]);
}

test('"states" before a relative "that" is a plural noun unless a pronoun or a document is its subject', () => {
  assert.deepEqual(ruleCues('Turnout fell in the coastal states that vote in March.'), []);
  assert.deepEqual(ruleCues('Quill won Vermont and Maine, states that rarely back her party.'), []);
  assert.deepEqual(ruleCues('The harbour charter states that the pier belongs to the town.'), [['states', 'The harbour charter']]);
  assert.deepEqual(ruleCues('It states that the pier belongs to the town.'), [['states', 'It']]);
});

test('a cue participle that describes the noun after it is no cue: "pledged delegates", "a paid speaking slot"', () => {
  assert.deepEqual(ruleCues('Mayor Quill pledged delegates to the northern slate before the vote.'), []);
  assert.deepEqual(ruleCues('Dunmore kept a paid speaking schedule during the campaign.'), []);
  assert.deepEqual(ruleCues('Mayor Quill pledged to rebuild the pier before winter.'), [['pledged', 'Mayor Quill']]);
});

test('finding oneself somewhere or finding a way is no finding; a poll that finds is one', () => {
  assert.deepEqual(ruleCues('After the vote the harbour board found itself at the centre of the dispute.'), []);
  assert.deepEqual(ruleCues('Councillor Reyne has found ways to press her agenda through small amendments.'), []);
  assert.deepEqual(ruleCues('The Coast Ledger poll found that most residents want the pier rebuilt.'), [['found', 'The Coast Ledger poll']]);
});

test('"spoke briefly", "spoke Thursday", "spoke Spanish" say when or how, not what; "spoke about" keeps its content', () => {
  for (const text of ['Mayor Quill spoke briefly before leaving the pier.', 'Mayor Quill spoke Thursday at the harbour.', 'Mayor Quill spoke Portuguese with the fishermen.', 'Mayor Quill spoke there for an hour.']) {
    assert.deepEqual(
      extractQuotes(text, NONE, { attributionTagger: null }).filter((q) => q.kind === 'indirect'),
      [],
      text,
    );
  }
  assert.deepEqual(ruleCues('Mayor Quill spoke about the need for a new pier.'), [['spoke', 'Mayor Quill']]);
});

test('"accused of" right after a noun is passive: the accused is no speaker', () => {
  assert.deepEqual(ruleCues('The clerk accused of leaking the harbour accounts will stay in custody.'), []);
  assert.deepEqual(ruleCues('Mayor Quill accused the board of leaking the harbour accounts.'), [['accused', 'Mayor Quill']]);
});

test('phrasal verbs of no speech: "showed up", "backed down", "adds up"; and "support among" is a noun', () => {
  assert.deepEqual(ruleCues('Councillor Reyne showed up at the harbour meeting an hour late.'), []);
  assert.deepEqual(ruleCues('The harbour board eventually backed down after the protest.'), []);
  assert.deepEqual(ruleCues('The harbour toll dates back to the old charter.'), []);
  assert.deepEqual(ruleCues('Mayor Quill enjoys strong support among dock workers in the port.'), []);
  assert.deepEqual(ruleCues('Quill leads the field with 38 percent support in the harbour wards.'), []);
  assert.deepEqual(ruleCues('Building bipartisan support for the toll will be hard.'), []);
  assert.deepEqual(ruleCues('Dock workers strongly support the new pier.'), [['support', 'Dock workers']]);
});

test('a question put to the reader ("Do you support …?") reports no view', () => {
  assert.deepEqual(ruleCues('Do you support the new harbour toll?'), []);
  assert.deepEqual(ruleCues('You said the toll was unfair.'), [['said', 'You']]);
});

test('"as long as X continues to …" is a condition, not a statement of X', () => {
  assert.deepEqual(
    ruleCues('As long as Quill continues to lead the polls, her rivals will stay nervous.').filter(([cue]) => cue === 'continues'),
    [],
  );
});

test('"it", "that" or "this" that shows, suggests or points to something is a situation, not a speaker', () => {
  assert.deepEqual(ruleCues('The ferry ran empty all winter. That shows how little the route is needed.'), []);
  assert.deepEqual(ruleCues('Most important, it points to a harbour that has lost its trade.'), []);
  assert.deepEqual(ruleCues('The harbour board met on Monday. It said the toll would stay.'), [['said', 'It']]);
});

test('"the Harbour Street attacks", "the 2019 attacks" are events and "several questions" a noun; "she attacks", "raised questions" stay cues', () => {
  assert.deepEqual(ruleCues('The Portvale attacks changed the campaign overnight.'), []);
  assert.deepEqual(ruleCues('Relatives of those killed in the 2019 attacks on the pier filed a claim.'), []);
  assert.deepEqual(ruleCues('The campaign did not respond to several questions about the ferry contract.'), []);
  assert.deepEqual(ruleCues('In her speech, she attacks the harbour board for its secrecy.'), [['attacks', 'she']]);
  assert.deepEqual(ruleCues('Mayor Quill often questions the board’s figures.'), [['questions', 'Mayor Quill']]);
});

test('"found a new sponsor" is a thing found, not a finding, unless a poll or a study found it', () => {
  assert.deepEqual(ruleCues('The regatta board could not find a new sponsor for the race.'), []);
  assert.deepEqual(ruleCues('The Harbour Ledger survey finds a town that is tired of the toll.'), [['finds', 'The Harbour Ledger survey']]);
});

test('"the reason for", "requests for", "known for", "compared to last year" are no cues', () => {
  assert.deepEqual(ruleCues('Mayor Quill is known for her defence of the harbour.'), []);
  assert.deepEqual(ruleCues('The harbour board gave no reason for the delay.'), []);
  assert.deepEqual(ruleCues('Especially compared to last winter, the ferry ran well.'), []);
  assert.deepEqual(ruleCues('Mayor Quill compared the toll to a tax on fishermen.'), [['compared', 'Mayor Quill']]);
});

test('"a company called Tidewatch" names the company: no one called it anything', () => {
  assert.deepEqual(ruleCues('The campaign paid a company called Tidewatch for its voter lists.'), []);
  assert.deepEqual(ruleCues('Mayor Quill called the toll a tax on fishermen.'), [['called', 'Mayor Quill']]);
});

test('a speech verb\'s participle with "by": the agent is the speaker ("Asked by X whether …", "As reported by X, …", "the plan championed by X")', () => {
  const speakerOf = (text: string, cue: string) => extractQuotes(text, NONE).find((q) => q.cue === cue);
  const asked = speakerOf('Asked by the Harbour Ledger whether she would sell the quay, Calder said she had no plans.', 'Asked');
  assert.equal(asked?.speakerMention?.text, 'the Harbour Ledger');
  assert.equal(asked?.text, 'whether she would sell the quay');
  const reported = speakerOf('As reported by the Meridian Wire, the ferry will stop running in May.', 'reported');
  assert.equal(reported?.speakerMention?.text, 'the Meridian Wire');
  assert.equal(reported?.text, 'the ferry will stop running in May');
  const championed = speakerOf('Dockers marched against the levy championed by Councillor Tomas Reyne.', 'championed');
  assert.equal(championed?.speakerMention?.text, 'Councillor Tomas Reyne');
  assert.equal(championed?.text, 'the levy');
  const criticised = speakerOf('The budget was criticized by Mayor Ines Calder.', 'criticized');
  assert.equal(criticised?.speakerMention?.text, 'Mayor Ines Calder');
  assert.equal(criticised?.text, 'The budget');
  // "responded by pointing", "interrupted by a protester": no speaker after "by".
  assert.equal(speakerOf('Calder responded by pointing at the harbour map.', 'responded')?.speakerMention?.text, undefined);
  assert.equal(speakerOf('His speech was interrupted by a protester in a yellow coat.', 'interrupted'), undefined);
});

test('a subject with its relative clause before the cue speaks whole ("Dockers who walked off the job said …")', () => {
  const said = extractQuotes('Dockers in Port Avel who walked off the job said the cranes were unsafe.', NONE).find((q) => q.cue === 'said');
  assert.equal(said?.speakerMention?.text, 'Dockers in Port Avel who walked off the job');
  assert.equal(said?.text, 'the cranes were unsafe');
  const connective = extractQuotes('But residents who marched to the pier said the cranes were unsafe.', NONE).find((q) => q.cue === 'said');
  assert.equal(connective?.speakerMention?.text, 'residents who marched to the pier');
  const whose = extractQuotes('The councillors whose wards were merged say the vote was rushed.', NONE).find((q) => q.cue === 'say');
  assert.equal(whose?.speakerMention?.text, 'The councillors whose wards were merged');
  // Two conjuncts; the relative clause's own stance ends where the outer cue stands.
  const quotes = extractQuotes('Reyne and others who want to keep the ferry said the vote changes nothing.', NONE);
  assert.equal(quotes.find((q) => q.cue === 'said')?.speakerMention?.text, 'Reyne and others who want to keep the ferry');
  assert.equal(quotes.find((q) => q.cue === 'want')?.text, 'to keep the ferry');
});

test('a stance toward a noun phrase holds no clause: ", and his spokesman declined to comment" is a statement of its own', () => {
  const quotes = extractQuotes('Calder has not endorsed anyone in the harbour race, and her spokesman declined to comment.', NONE);
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]), [
    ['Calder', 'endorsed', 'anyone in the harbour race'],
    ['her spokesman', 'declined', 'to comment'],
  ]);
});

test('"has long insisted", "has since said": time adverbs between the auxiliary and the cue', () => {
  assert.deepEqual(only('The harbour board has long insisted the cranes were safe.').slice(0, 3), ['The harbour board', 'insisted', 'the cranes were safe']);
  assert.deepEqual(only('Calder has since said the vote was rushed.').slice(0, 3), ['Calder', 'said', 'the vote was rushed']);
});

test('shares of people speak: "One in three said …", "three-fourths say …"', () => {
  assert.deepEqual(only('One in three said the ferry should keep running.').slice(0, 3), ['One in three', 'said', 'the ferry should keep running']);
  const quotes = extractQuotes('Most dockers back the levy, and three-fourths say the cranes should be replaced.', NONE);
  assert.equal(quotes.find((q) => q.cue === 'say')?.speakerMention?.text, 'three-fourths');
});

test('speaker phrases with "to" inside: "a source close to him said", "an adviser to the mayor said"', () => {
  assert.equal(only('The ferry will keep running until June, a source close to him said.')[0], 'a source close to him');
  assert.equal(only('An adviser to the mayor said the pier would reopen.')[0], 'An adviser to the mayor');
});

test('a floating quantifier after the auxiliary is no speaker: "Calder and Reyne have both argued …"', () => {
  assert.deepEqual(only('Calder and Reyne have both argued that the levy is too high.').slice(0, 3), ['Calder and Reyne', 'argued', 'that the levy is too high']);
  assert.equal(only('Both said the plan would fail.')[0], 'Both');
});

test('the subject that opens the sentence wins over a later appositive ("Gina Vale, the editor of the town paper, the Ledger, said")', () => {
  const [speaker, cue, content] = only('Gina Vale, the editor of the town paper, the Port Avel Ledger, said the pier would reopen.');
  assert.equal(speaker, 'Gina Vale, the editor of the town paper, the Port Avel Ledger');
  assert.deepEqual([cue, content], ['said', 'the pier would reopen']);
});

test('"Name, appositive, said …" opening a sentence is a subject, never content before an inverted "said X"', () => {
  const [speaker, cue, content] = only('Lena Ortiz, a harbour pilot and the union’s oldest member, said the new cranes would never pass inspection.');
  assert.equal(speaker, 'Lena Ortiz, a harbour pilot and the union’s oldest member');
  assert.deepEqual([cue, content], ['said', 'the new cranes would never pass inspection']);
  assert.deepEqual(only('The pier will close, said Reyne.').slice(0, 3), ['Reyne', 'said', 'The pier will close']);
});

test('a sentence subject after "But the …" or "And even …" lends itself to a coordinated or participial cue', () => {
  assert.equal(only('But the harbour board overruled the pilots and said the cranes were safe.')[0], 'the harbour board');
  assert.equal(only('And even Calder tried to calm the dockers, noting that the levy was temporary.')[0], 'Calder');
});

test('a bare plural subject ("Republicans, who …, have blocked …") lends itself to a participle after a comma', () => {
  const quotes = extractQuotes('Republicans, who hold a narrow majority on the council, have blocked a number of levy measures over the years, saying they hurt small shops.', NONE);
  const saying = quotes.find((q) => q.cue === 'saying');
  assert.equal(saying?.speakerMention?.text, 'Republicans');
  assert.equal(saying?.text, 'they hurt small shops');
});

test('a pronoun after a time word in a lead without its comma ("In a news conference last week he …") is the subject a participle borrows', () => {
  const quotes = extractQuotes('In a news conference last week he used stronger language, saying the harbour board must be dissolved.', NONE);
  const saying = quotes.find((q) => q.cue === 'saying');
  assert.equal(saying?.speakerMention?.text, 'he');
  assert.equal(saying?.text, 'the harbour board must be dissolved');
});

test('verbs of hinting, recalling, complaining and boasting take a bare clause ("hinted she might run")', () => {
  const quotes = extractQuotes('Councillor Ada Rook also hinted she might run for mayor again.', NONE);
  const hinted = quotes.find((q) => q.cue === 'hinted');
  assert.equal(hinted?.speakerMention?.text, 'Councillor Ada Rook');
  assert.equal(hinted?.text, 'she might run for mayor again');
  for (const form of ['recalled', 'complained', 'boasted', 'bragged', 'mused']) assert.equal(reportingVerb(form)?.frames.bare, true, form);
});

test('"made it clear that …" and "makes clear he …" report the clause, and a quotation inside it is the speaker’s', () => {
  const quotes = extractQuotes('Meanwhile, Mayor Quint endorsed the harbour deal, although she made it clear that she has “serious concerns” about the levy.', NONE);
  const mixed = quotes.find((q) => q.text.includes('serious concerns'));
  assert.equal(mixed?.speakerMention?.text, 'she');
  assert.equal(mixed?.cue, 'made it clear');
  assert.equal(mixed?.kind, 'mixed');
  assert.deepEqual(only('The harbour memo makes clear that the levy will rise in spring.'), ['The harbour memo', 'makes clear', 'that the levy will rise in spring', 'indirect']);
  assert.ok(!extractQuotes('The fog made it clear and cold along the quay.', NONE).some((q) => q.cue === 'made it clear'));
});

test('"anticipated that …" and "prefers to …" state a position', () => {
  assert.deepEqual(only('Harbourmaster Ines Calder anticipated that the ferry would be late all winter.'), [
    'Harbourmaster Ines Calder', 'anticipated', 'that the ferry would be late all winter', 'indirect',
  ]);
  assert.equal(reportingVerb('preferred')?.frames.infinitive, true);
});

test('"focused on …" states what a speaker dwells on; "the focus of" is a noun', () => {
  const quotes = extractQuotes('Mayor Quint focused on the harbour levy in her speech to the dockworkers.', NONE);
  assert.ok(quotes.some((q) => q.cue === 'focused on' && q.speakerMention?.text === 'Mayor Quint' && q.text.startsWith('the harbour levy')), JSON.stringify(quotes.map((q) => [q.cue, q.text])));
  assert.ok(!extractQuotes('The focus of the meeting was the ferry timetable.', NONE).some((q) => q.cue === 'focus'));
});

test('"weighed in on …" reports a speaker’s say on a matter', () => {
  const quotes = extractQuotes('Councillor Pell weighed in on the levy dispute at the harbour meeting.', NONE);
  assert.ok(quotes.some((q) => q.cue === 'weighed in' && q.speakerMention?.text === 'Councillor Pell' && q.text.includes('the levy dispute')), JSON.stringify(quotes.map((q) => [q.cue, q.text])));
});

test('"remembers that …" states a position; "pondered …" one toward a matter', () => {
  assert.equal(reportingVerb('pondered')?.cueClass, 'position');
  assert.deepEqual(only('Ines Calder remembers that the ferry once ran every hour.'), ['Ines Calder', 'remembers', 'that the ferry once ran every hour', 'indirect']);
});

test('"vowed he would …" and "explained the ferry …" take a bare clause', () => {
  assert.equal(reportingVerb('vowed')?.frames.bare, true);
  assert.equal(reportingVerb('explained')?.frames.bare, true);
  const quotes = extractQuotes('Mayor Quint vowed the ferry would run again by spring.', NONE);
  assert.ok(quotes.some((q) => q.cue === 'vowed' && q.speakerMention?.text === 'Mayor Quint' && q.text === 'the ferry would run again by spring'), JSON.stringify(quotes.map((q) => [q.cue, q.text])));
});

test('"the rocket attacks on Dunmore" is an event, so "saying" after it goes back to the one who praised them', () => {
  const text =
    'The commander of the harbour guard, Major General Piet Halvorsen, also praised the crews and the rocket attacks on Dunmore this week, ' +
    'saying at a rally in Saltmere that “today we are witnessing the birth of a new harbour.”';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  assert.ok(!quotes.some((q) => q.cue === 'attacks'), quotes.map((q) => q.cue).join(', '));
  const rally = quotes.find((q) => q.text.startsWith('today we are witnessing'));
  assert.match(rally?.speakerMention?.text ?? '', /Piet Halvorsen/);
});

test('"reports suggesting that …" and "polls showing …" are the reports\' and polls\' statements, not the sentence subject\'s', () => {
  const text =
    'Halvorsen’s statement comes in the wake of earlier reports suggesting that Saltmere aimed to avoid the dispute. ' +
    'The mayor sent a letter to the council emphasizing that the harbour would reopen.';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  const reports = quotes.find((q) => q.cue === 'suggesting');
  assert.equal(reports?.speakerMention?.text, 'earlier reports');
  const letter = quotes.find((q) => q.cue === 'emphasizing');
  assert.equal(letter?.speakerMention?.text, 'The mayor');
});

test('"…, X, the head of Y, wrote in a memo." takes the clause before; a cue that goes on with its object does not', () => {
  const memo = 'Ten files were placed in secure storage, Dora Lind, the head of the archive, wrote in a memo to the harbour council on Friday.';
  const memoQuote = extractQuotes(memo, { entities: [], mentions: [] }).find((q) => q.cue?.startsWith('wrote'));
  assert.equal(memoQuote?.text, 'Ten files were placed in secure storage');
  const text =
    'The letter, published by the coastal news agency, follows earlier reports indicating that the council’s chairman, Anton Marsh, ' +
    'had assured the crews of political and moral support but ruled out any strike pay.';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  assert.ok(!quotes.some((q) => q.text.startsWith('The letter')), quotes.map((q) => `${q.cue}: ${q.text}`).join(' | '));
});

test('"When asked about …, X said: “…”" — the when-clause is no statement of X', () => {
  const text = 'When asked about the scenes at the harbour on Wednesday, Lind said: “I was not on the quay, but I am shocked.”';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  assert.deepEqual(quotes.map((q) => [q.kind, q.text]), [['direct', 'I was not on the quay, but I am shocked.']]);
});

test('"continued arriving", "continued to rise" carry on doing, not speaking; "she continued" after a quotation still speaks', () => {
  const text = 'Aid workers — local and foreign — continued arriving on Monday in the valley. “We will rebuild,” she continued.';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  assert.deepEqual(quotes.map((q) => [q.text, q.cue]), [['We will rebuild,', 'continued']]);
});

test('a closing frame over a sentence that opens with its own statement misreads a trailing phrase: "…, the first time the two crews met since March"', () => {
  assert.deepEqual(only('Harbour chief Ada Brell told reporters that the crews had met on Monday, the first time the two crews met since March.').slice(0, 2), [
    'Harbour chief Ada Brell', 'told',
  ]);
  // A closing speech verb is the sentence's attribution still.
  assert.deepEqual(only('Brell agreed to sell the tug in 2019, port records show.').slice(0, 2), ['port records', 'show']);
});

test('"has the support of X", "secured the endorsement of X": the backers take a stance toward the holder', () => {
  assert.deepEqual(only('The ferry union has the full support of the dockworkers in Saltmere.'), [
    'the dockworkers', 'has the full support of', 'The ferry union', 'indirect',
  ]);
  assert.deepEqual(only('Councillor Vane secured the endorsement of the Ledger, the town’s oldest paper.').slice(0, 3), [
    'the Ledger', 'secured the endorsement of', 'Councillor Vane',
  ]);
  // "support of the bill" names what is supported, not who supports.
  assert.equal(extractQuotes('The mayor spoke in support of the bill on Friday.', NONE).length, 0);
});

test('"To X, …" opening a sentence gives X’s view of the clause after the comma', () => {
  assert.deepEqual(only('To Ms. Orwell, the new pier is a monument to waste.'), ['Ms. Orwell', 'To', 'the new pier is a monument to waste', 'indirect']);
  assert.deepEqual(only('To many fishermen, the quota is a punishment.').slice(0, 2), ['many fishermen', 'To']);
  assert.deepEqual(only('To them, the vote settled nothing.').slice(0, 2), ['them', 'To']);
  assert.deepEqual(only('To Tomas Reyne, who has fished the bay for forty years, the ban came too late.').slice(0, 3), [
    'Tomas Reyne, who has fished the bay for forty years', 'To', 'the ban came too late',
  ]);
  assert.equal(extractQuotes('To date, the council has spent nothing on the pier.', NONE).length, 0);
  assert.equal(extractQuotes('To all intents and purposes, the pier is closed.', NONE).length, 0);
});

test('"in X’s view", "In X’s words": a named possessor is the source of the clause beside the phrase', () => {
  assert.deepEqual(only('The closure, in Brell’s view, was avoidable.').slice(0, 3), ['Brell’s', 'in', 'was avoidable']);
  assert.deepEqual(only('The quota was a mistake from the start, in Mayor Calder’s view.').slice(0, 3), [
    'Mayor Calder’s', 'in', 'The quota was a mistake from the start',
  ]);
  assert.deepEqual(only('In Ines Calder’s words, the harbour is the lungs of the town.').slice(0, 3), [
    'Ines Calder’s', 'In', 'the harbour is the lungs of the town',
  ]);
  assert.equal(extractQuotes('In the coming weeks, the pier will close for repairs.', NONE).length, 0);
});

test('a stance adjective after "be" with its complement: "have been critical of", "is eager to", "were unhappy with"', () => {
  assert.deepEqual(only('Fishermen have been critical of the quota since it was announced.').slice(0, 3), [
    'Fishermen', 'been critical of', 'the quota since it was announced',
  ]);
  assert.deepEqual(only('Many residents were unhappy with the new parking rules.'), ['Many residents', 'were unhappy with', 'the new parking rules', 'indirect']);
  assert.deepEqual(only('She’s eager to reopen the market before winter.').slice(0, 3), ['She', 'eager', 'to reopen the market before winter']);
  // The object ends where a clause of its own begins.
  const quotes = extractQuotes('The harbour master is skeptical of the dredging plan, but the council wants it anyway.', NONE);
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.text]), [
    ['The harbour master', 'the dredging plan'],
    ['the council', 'it anyway'],
  ]);
  // Importance, an infinitive's subject, a finding and a verb are not such stances.
  assert.equal(extractQuotes('The ferry is critical to the town’s budget.', NONE).length, 0);
  assert.equal(extractQuotes('They toured a district known to be supportive of the plan.', NONE).length, 0);
  assert.deepEqual(only('Rubio opposed the ferry plan.').slice(0, 2), ['Rubio', 'opposed']);
});

test('a lead phrase opened by "Throughout", "Absent", "Without" or "Across" is no subject a participle can borrow', () => {
  assert.equal(only('Throughout the 1990s, the harbour unions, fearing closures, repeatedly fought any sale of the docks.')[0], 'the harbour unions');
});

test('mid-sentence, a particular poll is the source of the standings before it ("led by nine points in a Harbour Ledger poll")', () => {
  assert.deepEqual(only('Mayor Calder led her rival by nine points in a Harbour Ledger poll released on Monday.'), [
    'a Harbour Ledger poll', 'in', 'Mayor Calder led her rival by nine points', 'indirect',
  ]);
  assert.deepEqual(only('Reyne fell to 12 percent in the latest Coastline Radio/Ferris College poll.').slice(0, 3), [
    'the latest Coastline Radio/Ferris College poll', 'in', 'Reyne fell to 12 percent',
  ]);
  // "in the polls", a state's polls and an earlier poll are circumstances.
  assert.equal(extractQuotes('The ferry plan has slipped in the polls since May.', NONE).length, 0);
  assert.equal(extractQuotes('Calder has led in Saltmere polls all winter.', NONE).length, 0);
  assert.equal(extractQuotes('Support fell from 58 percent in the earlier poll to 51 percent now.', NONE).length, 0);
});

test('a subject before a relative clause set off by commas speaks ("Exit polls from the primary, which Calder won easily, showed that …")', () => {
  assert.deepEqual(only('Exit polls from the primary, which Calder won easily, showed that most voters backed the harbour plan.').slice(0, 3), [
    'Exit polls from the primary', 'showed', 'that most voters backed the harbour plan',
  ]);
});

test('a subject with a participle or infinitive phrase speaks whole ("Dockworkers trying to save the harbour say …")', () => {
  assert.deepEqual(only('Dockworkers trying to save the harbour say they have a powerful new ally.').slice(0, 2), [
    'Dockworkers trying to save the harbour', 'say',
  ]);
  assert.equal(only('Two lawsuits being heard in Saltmere have accused the port of fraud.')[0], 'Two lawsuits being heard in Saltmere');
  // A pronoun's clause is no such phrase: "He needs to persuade … to back" is his.
  assert.equal(only('He needs to persuade a good number of Calder supporters to back the plan.')[0], 'He');
});

test('an expletive "It\'s", "That\'s" or "There\'s" is no speaker a participle can borrow', () => {
  assert.equal(extractQuotes('It\'s worth noting that the ferry has never been late.', NONE).every((q) => q.speakerMention === null), true);
  assert.equal(extractQuotes('It’s a two-pronged plan to win the harbour wards, emphasizing jobs.', NONE).every((q) => q.speakerMention === null), true);
});

test('"called" of telephones, names and cancellations reports nothing: "X called.", "called off", "called into the show", "the so called …", "a book called “…”"', () => {
  assert.equal(extractQuotes('Then, last week, Eric Calder called. He was angry.', NONE).length, 0);
  assert.equal(extractQuotes('Two ferry companies called off their merger after the ruling.', NONE).length, 0);
  assert.equal(extractQuotes('The mayor called into the Harbour Hour radio show on Monday.', NONE).length, 0);
  assert.equal(extractQuotes('Saltmere voted on the so called “harbour plan” in May.', NONE).every((q) => q.speakerMention === null), true);
  assert.equal(extractQuotes('Ines Calder wrote a book called “Women Who Sail” last year.', NONE).every((q) => q.speakerMention === null), true);
  // A call for something is a stance still.
  assert.deepEqual(only('A group of fishermen called for a boycott of the auction.').slice(0, 2), ['A group of fishermen', 'called for']);
});

test('"helped found", "you know," and "as we now know it" report no finding or knowledge', () => {
  assert.equal(extractQuotes('Roger Calder helped found the Harbour Ledger in 1996.', NONE).length, 0);
  assert.equal(extractQuotes('The pier was sort of, you know, a symbol of the town.', NONE).length, 0);
  assert.deepEqual(
    extractQuotes('It will decide whether there is a harbour, as we now know it, in ten years.', NONE).map((q) => q.cue),
    ['decide'],
  );
});

test('a sentence-opening subject keeps its asides when a word in them is a speech verb only with its particle ("the harbour shooting" is no "shoot back")', () => {
  assert.equal(
    only('Ada Brell, who lost her brother in the harbour shooting in Saltmere, Maine, in July 2012, said that the council had ignored her.')[0],
    'Ada Brell, who lost her brother in the harbour shooting in Saltmere, Maine, in July 2012',
  );
});

test('an agency dateline without a dash ("Saltmere, Oct 25 …") is no part of the statement', () => {
  const quotes = extractQuotes('Saltmere, Oct 25 High-ranking harbour officials met the crews on Thursday to discuss the strike, the Valley Post reported.', NONE);
  assert.equal(quotes[0]?.text.slice(0, 22), 'High-ranking harbour o');
});

test('"Typhoon Man-yi slammed into the province" is force, not criticism; "X slammed the plan" still is', () => {
  assert.deepEqual(extractQuotes('Typhoon Man-yi slammed into the island province on Saturday night.', NONE), []);
  assert.equal(extractQuotes('Dora Lind slammed the council’s plan as reckless.', NONE)[0]?.cue, 'slammed');
});

test('a dated adjunct between a speaker and the verb ("who in 2010 said", "who last year called") keeps the frame', () => {
  const relative = extractQuotes('Mayor Orla Venn has clashed with Councillor Ravi Aster, who in 2019 said the ferry plan was “a vanity project.”', NONE);
  assert.deepEqual(relative.map((q) => [q.kind, q.cue, q.speakerMention?.text.endsWith('Ravi Aster, who')]), [['mixed', 'said', true]]);
  const lastYear = extractQuotes('The council met Ravi Aster, who last year called the levy “a tax on the poor.”', NONE);
  assert.deepEqual(lastYear.map((q) => [q.cue, q.speakerMention?.text.endsWith('who')]), [['called', true]]);
  const subject = extractQuotes('Ravi Aster in March 2019 said the ferry plan was a vanity project.', NONE);
  assert.deepEqual(subject.map((q) => [q.speakerMention?.text, q.cue, q.text]), [['Ravi Aster', 'said', 'the ferry plan was a vanity project']]);
  const earlier = extractQuotes('Aster earlier this month told reporters the ferry plan was a vanity project.', NONE);
  assert.equal(earlier[0]?.speakerMention?.text, 'Aster');
});

test('"told the council the plan was …": a listener, then a clause opened by its own noun phrase', () => {
  assert.deepEqual(only('Aster on Monday told the council the ferry plan was a vanity project.'), ['Aster', 'told', 'the ferry plan was a vanity project', 'indirect']);
  assert.deepEqual(only('The engineer warned residents the old dyke would not hold another winter.').slice(0, 3), ['The engineer', 'warned', 'the old dyke would not hold another winter']);
  assert.deepEqual(extractQuotes('She told him the story of the pier.', NONE), [], 'a story told is no clause');
  assert.deepEqual(extractQuotes('The mayor told the council the plan.', NONE), []);
});

test('a subordinate clause opening the sentence frames its own statement, which ends with the clause', () => {
  const quotes = extractQuotes('When Ostrova noted that the levy had not been paid for years ― as the audit showed ― Aster boasted, “That makes us careful.”', NONE);
  assert.deepEqual(
    quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]),
    [
      ['Ostrova', 'noted', 'that the levy had not been paid for years'],
      ['Aster', 'boasted', 'That makes us careful.'],
    ],
  );
  assert.deepEqual(only('When the mayor said that the pier would close, residents protested.'), ['the mayor', 'said', 'that the pier would close', 'indirect']);
  const withComma = extractQuotes('When Ostrova noted that the levy was unpaid, Aster boasted, “That makes us careful.”', NONE);
  assert.deepEqual(withComma.map((q) => [q.speakerMention?.text, q.text]), [['Ostrova', 'that the levy was unpaid'], ['Aster', 'That makes us careful.']]);
});

test('"footage of X saying", "shows him telling": the name or pronoun right before the participle speaks', () => {
  assert.deepEqual(only('The advert ends with footage of Ostrova saying, “We will rebuild the pier.”').slice(0, 2), ['Ostrova', 'saying']);
  assert.deepEqual(only('Residents heard him saying the pier would close.').slice(0, 3), ['him', 'saying', 'the pier would close']);
  // A comma before the participle: the sentence's subject speaks. A place or day before it speaks for nobody.
  assert.equal(only('The mayor spoke for an hour, saying the pier would close.')[0], 'The mayor');
  for (const text of ['The council issued a statement on Monday saying the pier would close.', 'Aster posted a message on Twitter saying the pier would close.']) {
    const speakers = extractQuotes(text, NONE).map((q) => q.speakerMention?.text);
    assert.ok(!speakers.includes('Monday') && !speakers.includes('Twitter'), `${text}: ${speakers.join(', ')}`);
  }
});

test('an appositive led by "now" keeps the relative clause after it with its antecedent', () => {
  const quotes = extractQuotes('Ostrova has clashed with Aster, now the harbour master, who in 2019 said the plan was “a vanity project.”', NONE);
  assert.deepEqual(quotes.map((q) => [q.cue, q.speakerMention?.text]), [['said', 'the harbour master, who']]);
});

test('"went on about “…”": a quotation after a speech verb and "about" is what was said', () => {
  assert.deepEqual(only('Ostrova went on about “the pier that never was.”').slice(0, 3), ['Ostrova', 'went on', 'the pier that never was.']);
  assert.deepEqual(only('The mayor joked about “the pier that never was.”').slice(0, 2), ['The mayor', 'joked']);
});

test('a clause ending in an irregular past tense and its particle is no speaker ("before his knee blew out said")', () => {
  const quotes = extractQuotes('The lawyer who ran three marathons before his right knee blew out said the ferry plan was good.', NONE);
  assert.ok(quotes.every((q) => !q.speakerMention?.text.includes('blew')), quotes.map((q) => q.speakerMention?.text).join(', '));
});

test('"…, A quoted B as saying.": B speaks the clause before the quoting outlet, which only relays it', () => {
  assert.deepEqual(only('No ferries sailed on Sunday, the Tarsa Courier quoted harbour officials as saying.'), [
    'harbour officials', 'as saying', 'No ferries sailed on Sunday', 'indirect',
  ]);
  // "A quoted B as saying Z" keeps the outlet as the source of "B as saying Z", as PolNeAR annotates it.
  const quotes = extractQuotes('The Tarsa Courier quoted harbour officials as saying that no ferries sailed on Sunday.', NONE);
  assert.ok(quotes.some((q) => q.cue === 'quoted' && q.speakerMention?.text === 'The Tarsa Courier' && q.text.startsWith('harbour officials as saying')));
  // The passive keeps its subject as the speaker.
  assert.deepEqual(only('Mayor Ines Calder was quoted as saying the quay would reopen.')[0], 'Mayor Ines Calder');
});

test('"“…,” rescuers told a boy, according to Wire" is the rescuers’ quotation; "…, said national flood council chief X" names X', () => {
  assert.deepEqual(only('“Stay calm, we are almost there,” rescuers told a boy trapped under the wall, according to Tarsa Wire.'), [
    'rescuers', 'told', 'Stay calm, we are almost there,', 'direct',
  ]);
  assert.deepEqual(only('“We will not leave,” residents said.')[0], 'residents');
  assert.deepEqual(only('At least 40 people were still missing after the storm, said national flood council chief Ramon Delacruz.'), [
    'national flood council chief Ramon Delacruz', 'said', 'At least 40 people were still missing after the storm', 'indirect',
  ]);
});

test('"However, according to X, …": the clause after the source is the statement, not the connective before it', () => {
  assert.deepEqual(only('However, according to the harbour commission, 2,275 complaints have been filed in the past two days.'), [
    'the harbour commission', 'according to', '2,275 complaints have been filed in the past two days', 'indirect',
  ]);
  assert.deepEqual(only('The ferry sank near the reef, according to Tarsa Radio.')[2], 'The ferry sank near the reef');
});

test('"Varga while speaking with reporters in Tarsa said …": the subject before the participle speaks, not the place in its phrase', () => {
  const quotes = extractQuotes('Mayor Ada Varga after meeting the fishermen in Tarsa said the quay would reopen in May.', NONE);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'the quay would reopen in May');
  assert.match(quotes[0]!.speakerMention?.text ?? '', /^Mayor Ada Varga\b/);
});

test('"among those believed trapped", "people feared dead": a reduced passive relative reports no one’s words', () => {
  assert.deepEqual(extractQuotes('A father whose son was among those believed trapped under the rubble shouted at the crowd.', NONE), []);
  assert.deepEqual(only('Dozens of people feared dead were still under the mud, officials said.'), [
    'officials', 'said', 'Dozens of people feared dead were still under the mud', 'indirect',
  ]);
});

test('"X had earlier on Tuesday, March 14, cautioned …": the dated adjunct between commas is not the speaker', () => {
  assert.deepEqual(only('The Harbour Weather Office had earlier on Tuesday, March 14, cautioned residents that the rains would flood the quay.'), [
    'The Harbour Weather Office', 'cautioned', 'that the rains would flood the quay', 'indirect',
  ]);
});

test('"floods that have claimed an estimated 100 lives" report deaths, not a claim; "claimed the lives of … were" is still a claim', () => {
  assert.deepEqual(extractQuotes('The rains triggered floods that have claimed an estimated 100 lives along the coast.', NONE), []);
  assert.deepEqual(only('The mayor claimed the lives of residents were never at risk.')[2], 'the lives of residents were never at risk');
});

test('"However, …, X said": a connective that opens the sentence is not part of what was said', () => {
  assert.deepEqual(only('However, the flood damage will not be enough to apply for federal aid, Mayor Ines Calder said.')[2], 'the flood damage will not be enough to apply for federal aid');
  assert.deepEqual(only('Still, the ferry will run on Sundays, a source close to the council said.')[2], 'the ferry will run on Sundays');
});

test('"According to a report by X (XR)—an aside—<clause>": the clause after the closing dash is what X says', () => {
  assert.deepEqual(only('According to a March 17 report by the Harbour Crime Reporting Project (HCRP)—a consortium of centers around the globe—Brask Shipping is suspected of paying “millions in bribes through a shadowy company.”'), [
    'the Harbour Crime Reporting Project (HCRP)', 'According to', 'Brask Shipping is suspected of paying “millions in bribes through a shadowy company.”', 'mixed',
  ]);
  assert.deepEqual(only('According to the port authority – which runs the quay – ferries will sail on Sunday.')[2], 'ferries will sail on Sunday');
});

test('"and" between capitalised words stays inside a source’s name ("the Harbour Crime and Fraud Project", "Gov. and Committee Chairman Ed Rendell")', () => {
  assert.deepEqual(only('According to the Harbour Crime and Fraud Reporting Project (HCFRP)—a consortium of centers—Brask Shipping is suspected of paying bribes.').slice(0, 3), [
    'the Harbour Crime and Fraud Reporting Project (HCFRP)', 'According to', 'Brask Shipping is suspected of paying bribes',
  ]);
});

test('", and X warned that …" after a statement is a statement of its own, not the end of the first', () => {
  const quotes = extractQuotes('Ostrova stressed that the repairs were not finished, and harbour pilots warned that the channel was still unsafe.', NONE);
  assert.deepEqual(
    quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]),
    [
      ['Ostrova', 'stressed', 'that the repairs were not finished'],
      ['harbour pilots', 'warned', 'that the channel was still unsafe'],
    ],
  );
  assert.equal(only('The mayor said that the pier would close, and that residents said nothing.')[2], 'that the pier would close, and that residents said nothing');
});

test('", which has denied …": an organisation speaks through a relative clause as a person does through ", who"', () => {
  const quotes = extractQuotes('The harbour board, which has strongly denied any wrongdoing in the tender, met on Monday.', NONE);
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.cue]), [['The harbour board, which', 'denied']]);
});

test('"Experts on ferries and harbour safety said": "and" inside a preposition\'s object stays in the speaker', () => {
  assert.deepEqual(only('Experts on ferries and harbour safety said the new pier was sound.').slice(0, 3), ['Experts on ferries and harbour safety', 'said', 'the new pier was sound']);
  assert.equal(only('The mayor met residents and fishermen said the plan was bad.')[0], 'fishermen', 'a clause before "and" is no part of it');
});

test('"as The Ledger put it in a long profile, “…”": an adjunct may stand between "put it" and the quotation', () => {
  assert.deepEqual(only('Her record has not kept her from being seen, as the Harbour Ledger put it in a long profile, “the fixer.”').slice(0, 2), ['the Harbour Ledger', 'put it']);
  assert.deepEqual(only('As the Ledger put it last week: “the council is stuck.”').slice(0, 2), ['the Ledger', 'put it']);
});

test('"the mother of three replied, “…”": a number after "of" ends a speaker phrase', () => {
  assert.deepEqual(only('The mother of three replied, “It is meant to help the families.”').slice(0, 2), ['The mother of three', 'replied']);
  assert.deepEqual(only('One of two said, “It is meant to help the families.”').slice(0, 2), ['One of two', 'said']);
});

test('"X rated Y as “…”" names its subject as the speaker; the noun "rate" and the passive "rated" do not', () => {
  assert.deepEqual(only('The Harbour Check rated 12 of the mayor’s claims as “false” last year.').slice(0, 2), ['The Harbour Check', 'rated']);
  assert.equal(extractQuotes('The jobless rate fell to 5 percent, the “lowest” in years.', NONE).some((q) => q.cue === 'rated' || q.cue === 'rate'), false);
  assert.equal(extractQuotes('Most of the emails were rated “confidential” by the board.', NONE).some((q) => q.cue === 'rated'), false);
});

test('"the Harbour Radio show Morning Tide" names a programme; "Harbour Radio shows" with a clause still reports', () => {
  const programme = extractQuotes('In a clip from her upcoming Harbour Radio show Morning Tide, Munro sings “Old Quay” to the mayor.', NONE);
  assert.equal(programme.some((q) => q.cue === 'show'), false, JSON.stringify(programme));
  assert.deepEqual(only('Figures from Harbour Radio show that ferry use “doubled” in May.').slice(0, 2), ['Figures from Harbour Radio', 'show']);
});

test('after a possessive and an adjective an -s form is a plural noun ("Dorn’s past references"), after a possessive noun still a verb', () => {
  assert.deepEqual(only('At the debate, Varga cited Dorn’s past references to the mayor as “the harbour witch” as proof of contempt.').slice(0, 2), ['Varga', 'cited']);
  assert.deepEqual(only('The Ledger’s research suggests that ferry use “doubled” in May.').slice(0, 2), ['The Ledger’s research', 'suggests']);
});

test('"pointed to the speech … in which he said that “…”": the stance ends where a relative clause with its own speech verb begins', () => {
  const quotes = extractQuotes('The general also pointed to the recent speech by Mayor Ilse Varga at the harbour in which she said that “the quay will be rebuilt.”', NONE);
  const stance = quotes.find((q) => q.cue === 'pointed to');
  assert.equal(stance?.text, 'the recent speech by Mayor Ilse Varga at the harbour');
  assert.equal(quotes.find((q) => q.text.includes('quay will be rebuilt'))?.speakerMention?.text, 'she');
  // Without a speech verb of its own, the relative clause stays in the phrase.
  const cases = extractQuotes('A web video by the council references four cases in which Reyne defended harbour owners.', NONE);
  assert.ok(cases.some((q) => q.text.includes('in which Reyne defended')), JSON.stringify(cases.map((q) => q.text)));
});

test('"and has shown" after a content in the perfect continues that content; after a plain cue it is the speaker’s second statement', () => {
  const one = extractQuotes('Varga further emphasized that the flood has once again drawn the city to its harbour and has shown that the old quay cannot hold.', NONE);
  assert.equal(one.length, 1, JSON.stringify(one.map((q) => [q.cue, q.text])));
  assert.ok(one[0]!.text.includes('has shown that the old quay cannot hold'));
  const two = extractQuotes('Varga questions the harbour budget and has called for an inquiry into the quay.', NONE);
  assert.ok(two.some((q) => q.cue?.includes('called')), JSON.stringify(two.map((q) => [q.cue, q.text])));
});

test('a noun read as a cue after a verb gives no speaker made of a clause', () => {
  const speakers = (text: string) => extractQuotes(text, NONE).map((q) => q.speakerMention?.text ?? null);
  for (const text of [
    'The two taped an hourlong show that aired on Thursday and was short on detail.',
    'Their plan faced some steep challenges including this one: there was no buyer for the land.',
    'She gives credit to the river guides for the rescue of the stranded hikers.',
    'Harbourside accepted the port authority’s request that allowed two ferries to dock overnight.',
    'The ferry line is close to collapse. He’s endured relentless questions about whether his company can survive.',
  ]) {
    for (const speaker of speakers(text)) assert.ok(speaker === null || !/\s(?:taped|faced|gives|accepted|relentless)\b/.test(speaker), `${speaker} in ${text}`);
  }
  // A subject of its own words still speaks: a pronoun before an adverb or a modal, articles after prepositions.
  assert.match(only('I truly believed the harbour would be rebuilt by spring.')[0] ?? '', /^I\b/);
  assert.equal(only('Many officials on and off the island believe the quota will be cut.')[0], 'Many officials on and off the island');
  assert.equal(only('Fishermen along the coast say the quota is unfair.')[0], 'Fishermen along the coast');
  assert.equal(only('Analysts tracking the market say the rate will fall.')[0], 'Analysts tracking the market');
  assert.equal(only('The jobless say the fund is empty.')[0], 'The jobless');
  assert.equal(only('All the engineers I interviewed said the bridge was sound.')[0], 'All the engineers I interviewed');
});

test('the writer’s idioms report no one ("Having said that", "It goes without saying", "It is worth noting"), nor does "Like you’ve"', () => {
  const speakers = (text: string) => extractQuotes(text, NONE).map((q) => q.speakerMention?.text ?? null);
  assert.deepEqual(speakers('Having said that, there are harbour pilots who argue that the old channel is safer.'), ['who']);
  assert.deepEqual(speakers('It goes without saying that raising ferry fares in winter is unpopular on the islands.'), []);
  assert.ok(speakers('It is worth noting that the harbour board was fined by the regional court.').every((s) => s === null));
  assert.ok(speakers('Like you’ve never seen the islands before, the tour boats promise.').every((s) => s !== 'Like you’ve'));
});

test('an adjunct set off by commas may stand between the cue and its "that" clause', () => {
  assert.deepEqual(only('The harbour master insists, most recently in an interview with the Tarn Courier, that the cranes are safe.').slice(0, 3), [
    'The harbour master', 'insists', 'that the cranes are safe',
  ]);
  // Not when a reporting verb stands between: the commas then set off a clause of its own.
  const quotes = extractQuotes('The board said, the mayor claimed, that the ferry would run.', NONE);
  assert.ok(quotes.every((q) => !q.text.includes('the mayor claimed')), JSON.stringify(quotes.map((q) => q.text)));
});

test('research, polling and evidence speak as the bare plurals do ("research by the institute found that …")', () => {
  assert.deepEqual(only('In 2013, research by the Tarn institute found that ferry fares had doubled.').slice(0, 2), ['research by the Tarn institute', 'found']);
});

test('a short sentence opening with "To" and no comma does not run past its last word', () => {
  assert.deepEqual(extractQuotes('To the victors go the spoils.', NONE), []);
  assert.deepEqual(extractQuotes('The count ended late. To the harbour board go the keys. The mayor left.', NONE), []);
});

test('the digits after a decimal point are no subject, and "percentage points to" is no cue', () => {
  const speakers = extractQuotes('The fund raised its growth forecast for the islands by 0.1 percentage points to 1.8 percent on Tuesday.', NONE).map((q) => q.speakerMention?.text ?? null);
  assert.ok(speakers.every((s) => s === null || !/^\d/.test(s)), speakers.join(' | '));
  // After a thousands separator the number still speaks.
  assert.match(only('Of the harbour workers asked, 1,409 members said they wanted a new contract.')[0] ?? '', /409 members/);
});

test('a participle that is never a past tense describes the noun before it ("Documents shown to the hearing suggest …")', () => {
  assert.deepEqual(only('Documents shown to the inquiry suggest the harbour board asked for the money three times.').slice(0, 3), [
    'Documents shown to the inquiry', 'suggest', 'the harbour board asked for the money three times',
  ]);
  // With its auxiliary it is the verb: "has shown that …".
  assert.deepEqual(only('The inspection has shown that the eastern gate was corroded.').slice(0, 2), ['The inspection', 'shown']);
});

test('"by" before a time names no agent ("reported by Wednesday morning"), but a name like May Ruiz still speaks', () => {
  const speakers = (text: string) => extractQuotes(text, NONE).map((q) => q.speakerMention?.text ?? null);
  assert.ok(!speakers('No closures had been reported by Wednesday morning.').includes('Wednesday morning'));
  assert.ok(!speakers('The new fares were announced by March 3 at the latest.').some((s) => s?.startsWith('March')));
  assert.deepEqual(speakers('The closure was announced by May Ruiz, the mayor, on Monday.'), ['May Ruiz']);
});

test('a name that looks like a time is still an agent: "by May", "by the Middle East Eye"', () => {
  const speakers = (text: string) => extractQuotes(text, NONE).map((q) => q.speakerMention?.text ?? null);
  assert.deepEqual(speakers('The closure of the quay was announced by May on Monday.'), ['May']);
  assert.deepEqual(speakers('The closure of the quay was reported by the Middle East Eye on Monday.'), ['the Middle East Eye']);
});

test('a contracted auxiliary makes "shown" and "written" the verb: "She\'s shown that …", "He\'d written that …"', () => {
  assert.deepEqual(only('She’s shown that the eastern gate was corroded for years.').slice(0, 2), ['She', 'shown']);
  assert.deepEqual(only('He’d written that the harbour board knew of the corrosion.').slice(0, 2), ['He', 'written']);
});
