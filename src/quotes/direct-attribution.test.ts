import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { recognizeEntities } from '../entities/index.ts';
import { extractQuotes } from './index.ts';
import { findFrames } from './reported.ts';
import { wordsIn } from './text-units.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

const speakerOf = (text: string, words: string) => extractQuotes(text, NONE).find((q) => q.text.includes(words))?.speakerMention?.text;

test('a party-and-state parenthetical with an abbreviated state stays inside the speaker phrase', () => {
  const text = '“If they paid nothing, they have nothing to fear,” Sen. Carl Dorn (D-N.Y.) said Tuesday. “If they did, they should answer for it.”';
  assert.equal(speakerOf(text, 'nothing to fear'), 'Sen. Carl Dorn (D-N.Y.)');
  assert.equal(speakerOf(text, 'answer for it'), 'Sen. Carl Dorn (D-N.Y.)');
  assert.equal(speakerOf('“We will hold the line,” Rep. Ada Munro (R-Vt.) said.', 'hold the line'), 'Rep. Ada Munro (R-Vt.)');
});

test('a speech verb closing the sentence claims the quotation in the clause before it, unless that clause is subordinate', () => {
  assert.equal(speakerOf('They want to “build an economy that works for families, not just for landlords,” Dorn said.', 'build an economy'), 'Dorn');
  const subordinate = 'When Pell later referred to the storm and said he would “protect every pier,” the crowd applauded loudly.';
  assert.equal(speakerOf(subordinate, 'protect every pier'), 'Pell');
});

test('in an absolute construction the name before the participle speaks, not the sentence subject', () => {
  const text = 'Both men issued a statement after the talks – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”';
  assert.equal(speakerOf(text, 'very encouraged'), 'Ryan');
  assert.equal(speakerOf(text, 'great meeting'), 'Trump');
  assert.equal(speakerOf('Officials met on Friday, Pell saying the talks were “a good start.”', 'a good start'), 'Pell');
  assert.equal(speakerOf('She met Pell in Boston, calling him “a loyal friend.”', 'loyal friend'), 'She');
});

test('a US state after a place, or an adverb before a participle, does not stand as the subject a participle cue borrows', () => {
  assert.equal(speakerOf('Speaking at a town hall in Salem, New Hampshire, Pell went after Dunn, calling him “a total stiff.”', 'total stiff'), 'Pell');
  assert.equal(speakerOf('At a rally in Berea, OH, after winning the state, Gov. Ada Munro said, “We are heading west.”', 'heading west'), 'Gov. Ada Munro');
  assert.equal(speakerOf('Hastily blaming his rivals for the flood, Pell cast the blame on the council and emphasized the “grave threat” it posed.', 'grave threat'), 'Pell');
});

test('speech verbs like tweet and reply take a clause without "that"', () => {
  assert.equal(speakerOf('Chairman Ray Dunn tweeted Tuesday night he considered Pell the “presumptive nominee.”', 'presumptive nominee'), 'Chairman Ray Dunn');
  assert.equal(speakerOf('Ana Ruiz replied she had found the report “deeply flawed.”', 'deeply flawed'), 'Ana Ruiz');
});

test('an outlet reporting a quoting frame is the source of the whole statement; the quotation stays its speaker’s', () => {
  const quotes = extractQuotes('“Our streets are not safe,” said Ana Ruiz, a nurse from Port Avel, reports the Harbor Ledger.', NONE);
  const direct = quotes.find((q) => q.kind === 'direct');
  assert.equal(direct?.speakerMention?.text, 'Ana Ruiz');
  const outer = quotes.find((q) => q.kind === 'mixed');
  assert.equal(outer?.speakerMention?.text, 'the Harbor Ledger');
  assert.ok(outer?.text.includes('said Ana Ruiz'), outer?.text);
});

test('after a quotation ending in a full stop, a new sentence with its own clause is not the quotation’s frame', () => {
  const text = 'Early in the race, Pell attacked Dunn, calling him, among other things, “a failed candidate.” Dunn fired back in March, attacking Pell for “petty theatrics.”';
  assert.notEqual(speakerOf(text, 'a failed candidate'), 'Dunn');
  assert.equal(speakerOf(text, 'petty theatrics'), 'Dunn');
  assert.equal(speakerOf('“Why not?” Borger asked, turning to the crowd.', 'Why not'), 'Borger');
  assert.equal(speakerOf('“We are done.” Pell said.', 'We are done'), 'Pell');
});

test('a participle after the main clause borrows its subject, not the subject of a subordinate clause before it', () => {
  const text = 'And although Pell thanked the farmers for backing him, he sounded a rare note of doubt, saying, “I am not sure I deserve it.”';
  assert.equal(speakerOf(text, 'I deserve it'), 'he');
});

test('the speaker’s own stance by pronoun after "and" continues the reported statement; another speaker’s clause still ends it', () => {
  const quotes = extractQuotes('Pell said the caucus system is “complex” and he feels he can win the next primary.', NONE);
  const outer = quotes.find((q) => q.text.includes('complex'));
  assert.equal(outer?.speakerMention?.text, 'Pell');
  assert.ok(outer?.text.includes('he can win the next primary'), outer?.text);
  const split = extractQuotes('Pell said the levy was “a disgrace,” but Dunn said it was overdue.', NONE);
  assert.equal(split.find((q) => q.text.includes('disgrace'))?.speakerMention?.text, 'Pell');
  assert.equal(split.find((q) => q.text.includes('overdue'))?.speakerMention?.text, 'Dunn');
});

test('a speech verb before a quotation that follows a colon or comma introduces it, not the sentence subject', () => {
  const told = extractQuotes('Pell tells the crowd: “I do not want you to get the wrong idea about this town.”', NONE)[0];
  assert.equal(told?.speakerMention?.text, 'Pell');
  assert.equal(told?.cue, 'tells');
  const adverb = extractQuotes('At the rally, he wrongly suggested the judge was biased: “The judge is not fair to me.”', NONE)[0];
  assert.equal(adverb?.speakerMention?.text, 'he');
});

test('an adverb in -ly between the subject and a speech verb keeps the frame; nouns in -ly are subjects', () => {
  const text = 'Pell returned to the topic at a rally in Easthaven, where he wrongly suggested the judge was biased: “The judge is not fair to me.”';
  assert.equal(speakerOf(text, 'not fair to me'), 'he');
  assert.equal(speakerOf('The family said it was “heartbroken.”', 'heartbroken'), 'The family');
  assert.equal(speakerOf('Ruiz repeatedly called the levy “a tax on the poor.”', 'tax on the poor'), 'Ruiz');
});

test('a sentence-initial adverb before a preposition, or an abbreviated state after a city, is not the subject', () => {
  assert.equal(speakerOf('Immediately after the storm, Pell issued a statement, “Last night our town was hit hard.”', 'hit hard'), 'Pell');
  assert.equal(speakerOf('At a conference in Aspen, Colo., the history graduate ended her speech by quoting a poet: “Every obstacle yields to resolve.”', 'Every obstacle'), 'the history graduate');
});

test('two connectives before the subject ("And then Pell …") leave the subject for a participle to borrow', () => {
  assert.equal(speakerOf('And then Pell went fully on the attack, saying, “Is the mayor ever going to say the word flood?”', 'the word flood'), 'Pell');
});

test('a subordinate clause’s content ends at the comma before the main clause, whose speaker keeps the quotation', () => {
  const quotes = extractQuotes('When Pell thanked the farmers, Dunn stood up, saying the farmers were “owed far more.”', NONE);
  assert.equal(quotes.find((q) => q.text.includes('owed far more'))?.speakerMention?.text, 'Dunn');
  assert.ok(!quotes.some((q) => q.speakerMention?.text === 'Pell' && q.text.includes('Dunn')), JSON.stringify(quotes.map((q) => q.text)));
});

test('a cue word in its base form after an article and a singular name is a noun ("the TV show"), no frame', () => {
  const text = '“It is too early to tell,” said Cuban, who is also a host on the TV show “Deal Room.” “I mean, it depends on the economy.”';
  assert.equal(speakerOf(text, 'depends on the economy'), 'Cuban');
  assert.ok(!extractQuotes(text, NONE).some((q) => q.speakerMention?.text === 'TV'));
});

test('"this source" is a speaker phrase; "this week" still leads the sentence', () => {
  assert.equal(speakerOf('“The kids do not like him,” this source told the Ledger.', 'do not like him'), 'this source');
  assert.equal(speakerOf('This week Pell said the plan was “dead on arrival.”', 'dead on arrival'), 'Pell');
});

test('a straight mark right after a transcript label’s colon opens the quotation', () => {
  const quotes = extractQuotes('Rep. Ada Munro (R-S.C.):"I have not heard anyone cite that figure. Who told you that?"', NONE);
  const direct = quotes.find((q) => q.kind === 'direct');
  assert.equal(direct?.text, 'I have not heard anyone cite that figure. Who told you that?');
  assert.ok(direct?.speakerMention?.text.startsWith('Rep. Ada Munro'), direct?.speakerMention?.text);
  assert.ok(!quotes.some((q) => q.speakerMention?.text === 'Who'));
});

test('a lower-case title inside a sentence-initial name stays in the subject ("Former mayor Ana Ruiz")', () => {
  assert.equal(speakerOf('Former mayor Ana Ruiz:"We learned that from the department."', 'We learned'), 'Former mayor Ana Ruiz');
});

test('an adjunct between the cue and the comma or colon that opens the quotation keeps the cue’s speaker', () => {
  const relative = 'Pell won his first endorsement from a colleague, Ada Munro, who declared in the spin room after the debate, “It is time to unite behind him.” Dunn was endorsed too.';
  assert.equal(speakerOf(relative, 'time to unite'), 'Ada Munro, who');
  const listener = 'The decision rests with the harbour master, Lena Voss, who told the council when asked about the inquiry: “The matter is in the hands of the inspectors.”';
  assert.equal(speakerOf(listener, 'hands of the inspectors'), 'Lena Voss, who');
  assert.equal(speakerOf('Although the board has not counted the ballots, Ruiz said about the movement, “Parents should decide.”', 'Parents should decide'), 'Ruiz');
  // A that-clause between the cue and the quotation is the content, the quotation inside it.
  const clause = extractQuotes('Dorn wrote a letter to the mayor, promising her that the town would never abandon the harbour, “the pearl of the coast.”', NONE);
  assert.ok(clause.some((q) => q.kind === 'mixed' && q.text.startsWith('that the town') && q.speakerMention?.text === 'Dorn'), JSON.stringify(clause.map((q) => [q.kind, q.text])));
  // A clause between the cue and the quotation has a speaker of its own.
  assert.notEqual(speakerOf('Dunn said in March that the board, which voted again, “will not move.”', 'will not move'), 'Dunn said in March');
});

test('"states" closing a quotation is a cue', () => {
  const text = '“They know Mara is the only one strong enough to stand up to the banks,” a narrator in the ad states. “She will protect the harbour.”';
  assert.equal(speakerOf(text, 'strong enough'), 'a narrator in the ad');
  assert.equal(speakerOf(text, 'protect the harbour'), 'a narrator in the ad');
  assert.equal(extractQuotes('Pell won in 30 states. Dunn won the rest.', NONE).length, 0);
});

test('a quotation run over several paragraphs takes the speaker its last paragraph names', () => {
  const text = [
    'The council met on Monday to discuss the harbour.',
    '“The first thing you must have is a plan for the piers. We have not had one since the storm.',
    '“The second thing is money, and we will find it,” Vance says.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'plan for the piers'), 'Vance');
  assert.equal(speakerOf(text, 'find it'), 'Vance');
});

test('a participle after a comma borrows the subject before it, not a later frame’s speaker', () => {
  const text = 'Mr. Dorn also came close to admitting the ferries had been sold, saying, “We never said there were no buyers,” but he denied that the deal was final.';
  assert.equal(speakerOf(text, 'no buyers'), 'Mr. Dorn');
});

test('"as X put it" names the speaker of what follows its comma or colon', () => {
  assert.equal(speakerOf('Or, as Tom Rudd, a former harbour master, put it: “The storms are no longer at the gate.”', 'no longer at the gate'), 'Tom Rudd, a former harbour master');
  const reported = extractQuotes('As the Ledger’s Ada Munro puts it, Pell is trying to make the council “an offer they cannot refuse.”', NONE);
  assert.equal(reported[0]?.speakerMention?.text, 'the Ledger’s Ada Munro');
  assert.equal(reported[0]?.cue, 'puts it');
  assert.equal(extractQuotes('He put it on the table, and she smiled.', NONE).length, 0);
  // Closing the sentence, "as X put it" speaks the quotation before it.
  assert.equal(speakerOf('The only test for the permit is a “lawful source of income,” as a harbour board memo put it.', 'lawful source'), 'a harbour board memo');
  assert.equal(extractQuotes('The quay is closed, as the crews put it back in the shed.', NONE).some((q) => q.cue === 'put it'), false);
});

test('a closing "per" cites the source of the quotation before it; prices and rates are no sources', () => {
  assert.equal(speakerOf('Proxies may not vote “to fill a vacancy on the board,” per the guild’s bylaws.', 'fill a vacancy'), 'the guild’s bylaws');
  assert.equal(speakerOf('The ferry was “full to the rails,” per Harbour Ledger.', 'full to the rails'), 'Harbour Ledger');
  assert.equal(extractQuotes('Tickets cost “a small fortune,” about $40 per person.', NONE).some((q) => q.cue === 'per'), false);
  assert.equal(extractQuotes('Fares rose 4 percent, per year.', NONE).some((q) => q.cue === 'per'), false);
});

test('after a date that opens the sentence without a comma, the pronoun or phrase after it is the subject a participle borrows', () => {
  assert.equal(speakerOf('On September 27 they published their check by announcing that the claim was “true.”', 'claim was'), 'they');
  assert.equal(speakerOf('On Monday the harbour council closed the quay, saying the cranes were “unsafe.”', 'cranes were'), 'the harbour council');
});

test('a relative clause whose subject reports the rest ("which an inquiry said was “…”") is a frame', () => {
  assert.equal(speakerOf('Dorn criticized the email use, which an inquiry by the board said was “extremely careless” but not criminal.', 'extremely careless'), 'an inquiry by the board');
  // The same without its relative pronoun: the clause's subject starts after the noun it describes.
  assert.equal(speakerOf('The mayor attacked the plan, a sale the harbour board said was designed to “sow discord” in the town.', 'was designed'), 'the harbour board');
  assert.equal(speakerOf('He talked of his daughters, who he said were living in Tarn and “taking the first steps of their careers.”', 'first steps'), 'he');
  // "What the report said was wrong": a noun clause, no frame.
  const text = 'What the report said was wrong.';
  const words = wordsIn(text, 0, text.length);
  assert.equal(findFrames(text, { start: 0, end: text.length }, words, words.map(() => false)).length, 0);
});

test('initials and a lead of time words do not cut the subject a cue borrows', () => {
  assert.equal(speakerOf('Just last week, Ada Berg, editor of the Tarn Courier, wrote, “We should think of the piers first.”', 'piers first'), 'Ada Berg');
  assert.equal(speakerOf('Last week, J.J. Berg, editor of the Tarn Courier, wrote, “We should think of the piers first.”', 'piers first'), 'J.J. Berg');
});

test('a subject after the quotation keeps its appositives: a relative clause after others, quoted words inside', () => {
  assert.equal(speakerOf('“Both men scare me,” Hal Bond, 30, of Tarn, N.C., who was among those polled, said in an interview.', 'scare me'), 'Hal Bond, 30, of Tarn, N.C., who was among those polled');
  assert.equal(speakerOf('“We have had better conventions,” delegate Ben Eastly, wearing a straw hat and “Pell 2016” pins, said quietly.', 'better conventions'), 'delegate Ben Eastly, wearing a straw hat and “Pell 2016” pins');
});

test('a description and a past-tense verb with a preposition after the quotation name its speaker', () => {
  assert.equal(speakerOf('“Let me help you out - the answer is no,” the harbour master riffed on the council’s silence, drawing laughs.', 'answer is no'), 'the harbour master');
});

test('a subject before an aside between commas speaks ("he, once again, pledged")', () => {
  assert.equal(speakerOf('Pell pledged to repair the piers and he, once again, pledged a “harbour revolution” before the vote.', 'harbour revolution'), 'he');
  assert.equal(speakerOf('At the hearing Dorn, for his part, called the plan “a disaster.”', 'a disaster'), 'Dorn');
});

test('a speech verb closing the sentence reports a clause that holds another speech frame', () => {
  assert.equal(speakerOf('Nothing the mayor said “will calm the fishermen,” the harbour master said.', 'calm the fishermen'), 'the harbour master');
  assert.equal(speakerOf('Dorn said Ruiz “would have no chance to win,” the aide recalled.', 'no chance to win'), 'the aide');
});

test('after a quotation that ends with a full stop, a verb that introduces no quotation starts a sentence of its own', () => {
  const text = 'During the debate, Pell made an unprompted call for an end to ferry subsidies, calling them "corporate welfare." Dorn has aggressively supported the subsidies.';
  assert.notEqual(speakerOf(text, 'corporate welfare'), 'Dorn');
  const pledge = 'He attacked the deal made by the mayor, who he noted was "in her final year, yay." He pledged to move the ferry office to the harbour.';
  assert.equal(speakerOf(pledge, 'final year'), 'he');
});

test('a quotation continuing a statement nested in another continues the outer statement’s speaker', () => {
  const text = 'Greene added that the harbour board very much wants to get out of the way before the vote. “They don’t like to talk about it.”';
  assert.equal(speakerOf(text, 'talk about it'), 'Greene');
  const argues = 'Coan, the skipper’s lawyer, argues that his client was never encouraging violence. "His intent was to find a peaceful end."';
  assert.equal(speakerOf(argues, 'peaceful end'), 'Coan, the skipper’s lawyer');
});

test('a title in a noun’s place names no speaker after it', () => {
  const text = 'Dana Vell, star of the channel’s “Harbour Lights,” thanked Pell for “making the piers safe.”';
  assert.notEqual(speakerOf(text, 'making the piers safe'), 'Pell for');
});

test('a pronoun with a contracted "is" or "are" is the subject of a progressive cue', () => {
  assert.equal(speakerOf('And he’s predicting that the race will become so fierce that Dorn “has no chance” of winning.', 'no chance'), 'he');
  assert.equal(speakerOf('And they’re saying the ferry plan is “dead in the water.”', 'dead in the water'), 'they');
});

test('a phrase after a quotation, past a relative aside, speaks when a speech verb follows', () => {
  const text = 'The inquiry into the harbour contracts widened on Monday.\n\n“The inspectors are under a lot of pressure to finish by spring,” a port official, who was not allowed to speak publicly, told the Coastline Herald.\n\nThe port declined to comment.';
  assert.match(speakerOf(text, 'under a lot of pressure') ?? '', /^a port official\b/);
  const voiceOver = 'The new advertisement opens on an empty stage.\n\n“Mayor Brandt skipped the last forum. Why? He cannot answer for the ferry deal,” a voice over says as the lights go down.';
  assert.equal(speakerOf(voiceOver, 'skipped the last forum'), 'a voice over');
});

test('a quotation that closes a nested one (“… ‘waste, fraud,’”) is still named by the phrase after it', () => {
  const text = 'The audit of the fishing co-op ran to ninety pages.\n\n“What we keep hearing from members are words like ‘waste, fraud,’” Ada Munro, the treasurer of the co-op and whose term ends in May, told the Harbour Ledger.\n\nThe board meets again in June.';
  assert.equal(speakerOf(text, 'What we keep hearing'), 'Ada Munro');
});

test('"now" between a closing frame\'s subject and its verb keeps the frame', () => {
  assert.equal(speakerOf('The harbour plan stalled in May. “There is a clear need to act,” he now says. An envoy agreed.', 'clear need'), 'he');
  assert.equal(speakerOf('Dorn once backed the plan. He now says the tolls are “far too high.”', 'far too high'), 'He');
});

test('a subordinate clause\'s content ends at the comma before a main-clause subject that opens with a determiner', () => {
  const text = 'Pell has called for a ban on the toll. While Dunn has strongly condemned the mayor’s toll plan, the groups who wrote to him on Monday say they are “concerned your office is sending mixed signals on the river.”';
  const quotes = extractQuotes(text, NONE);
  assert.ok(quotes.some((q) => q.text === 'the mayor’s toll plan' && q.speakerMention?.text === 'Dunn'));
});

test('"As X spoke," with a verb that takes no clause reports nothing: the main clause keeps its own speaker', () => {
  const text = 'As Dunn spoke, the union was going into overdrive, urging members to reject “any cuts at all.”';
  assert.equal(speakerOf(text, 'any cuts'), 'the union');
  assert.ok(!extractQuotes(text, NONE).some((q) => q.speakerMention?.text === 'Dunn'));
  // A verb that takes a clause still reports the clause after the comma.
  assert.equal(speakerOf('As Clyburn noted, those voters will decide the race.', 'decide the race'), 'Clyburn');
});

test('a participle after a main clause borrows its subject, not the subject of a subordinate clause before it, with or without a comma before the participle', () => {
  const text = 'Shortly after Dunn’s press call ended, Pell’s campaign sent out a release saying Dunn owes “the town an apology.” The mayor disagreed.';
  assert.match(speakerOf(text, 'an apology') ?? '', /^Pell/);
  assert.equal(speakerOf('Although Dunn thanked them, she sounded a rare note, saying she was “deeply troubled.”', 'deeply troubled'), 'she');
});

test('after "and", a stance inside a speech verb\'s content stays part of what was said', () => {
  const text = 'Last fall, Pell says he called the mayor’s office and the council planned to hold a “healing” ceremony.';
  assert.equal(speakerOf(text, 'healing'), 'Pell');
  // A second speech verb after "but" still ends the first statement.
  assert.equal(speakerOf('Most members said the budget was fine, but the treasurer says it is “a mess.”', 'a mess'), 'the treasurer');
});

test('a participle borrows the main subject, not a stance inside a wh-clause, and "the retired surgeon" is a subject', () => {
  const text = 'The retired surgeon has given no details about how he planned to rebuild his campaign, saying only that he was “refining some practices.”';
  assert.equal(speakerOf(text, 'refining'), 'The retired surgeon');
});

test('a phrase closed by its comma before the subject does not make an earlier frame subordinate: the closing frame keeps its quotation', () => {
  const text = 'Soon after the flood in Salem, Pell asserted that the town had lost its way: “Salem is no longer Salem,” he claimed. The mayor disagreed.';
  const quotes = extractQuotes(text, NONE);
  const quote = quotes.find((q) => q.text.includes('no longer Salem'));
  assert.equal(quote?.speakerMention?.text, 'he');
  assert.equal(quote?.cue, 'claimed');
  // The clause before the colon stays Pell's.
  assert.ok(quotes.some((q) => q.text === 'that the town had lost its way' && q.speakerMention?.text === 'Pell'));
});

test('an earlier quotation in a sentence whose last quotation names its speaker after it is that speaker’s', () => {
  const text = 'The memoir “Salt and Silver” was to be a “warning to the young,” said Ada Munro, then the author’s agent.';
  assert.equal(speakerOf(text, 'Salt and Silver'), 'Ada Munro');
  assert.equal(speakerOf(text, 'warning to the young'), 'Ada Munro');
  // A speaker named in between claims what follows it, not what came before.
  const framed = 'Critics called the plan “reckless,” Dorn told reporters, and its cost “a burden for decades,” said Pell.';
  assert.equal(speakerOf(framed, 'burden for decades'), 'Pell');
  assert.notEqual(speakerOf(framed, 'reckless'), 'Pell');
});

test('“…, the harbour “, said today in Saltmere Dora Lind, the mayor: a mistyped closing mark, then when and where before the name', () => {
  const text =
    '“I am sorry for what happened yesterday at the quay. I do not want to speculate about the reasons, and I do not want to blame the harbour “, said today in Saltmere Dora Lind, the mayor.\n\n' +
    '“We will rebuild the wall before the winter”, said Lind.';
  const entities = recognizeEntities(text);
  const quotes = extractQuotes(text, entities);
  assert.deepEqual(
    quotes.map((q) => [q.kind, q.text.slice(0, 24), q.speakerMention?.text]),
    [
      ['direct', 'I am sorry for what happ', 'Dora Lind'],
      ['direct', 'We will rebuild the wall', 'Lind'],
    ],
  );
});

test('a quotation in a time or reason clause belongs to that clause’s subject, also through a verb coordinated with its own', () => {
  const text = 'Mayor Ilse Varga called Reyne a “disgrace” after he attacked the dockers and blamed the floods on “harbour greed” last week.';
  assert.equal(speakerOf(text, 'the floods on'), 'he');
  assert.equal(speakerOf(text, 'Reyne a'), 'Mayor Ilse Varga');
  // "as" may open the last item of a series: there the main subject keeps the turn.
  const series = 'He mocked his rivals, talked over them as they answered questions and even assured the crowd that the harbour was “safe.”';
  assert.notEqual(speakerOf(series, 'that the harbour'), 'they');
});

test('"its prediction" after "X’s missive" is the document’s author’s; "its" alone stays the owner', () => {
  const text = 'The board met again. Dr. Hanna Vance’s earlier memo on the quay was ridiculed for its prediction that the cranes would be “the safest in Europe.”';
  assert.equal(speakerOf(text, 'the safest'), 'Dr. Hanna Vance’s');
  assert.equal(speakerOf('The harbour board was ridiculed for its prediction that the cranes would be “the safest in Europe.”', 'the safest'), 'its');
});

test('a second "that" clause after a quotation is the same verb’s content; another clause after "and" is not', () => {
  const text = 'Roberts also said the videos were “inconclusive” and that the footage released Friday did not show the quay.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('inconclusive'))!;
  assert.equal(quote.speakerMention?.text, 'Roberts');
  assert.ok(quote.text.includes('the footage released Friday'), quote.text);
  const other = extractQuotes('Roberts said the videos were “inconclusive” and the crowd left the quay.', NONE).find((q) => q.text.includes('inconclusive'))!;
  assert.ok(!other.text.includes('the crowd'), other.text);
});

test('a run of paragraphs whose last names its speaker is that speaker’s, even after another source’s statement', () => {
  const text = [
    'According to the Tarn Courier, the harbour board met twice last week.',
    '“We have waited long enough for the new quay.',
    '“The ferries cannot dock in winter storms.',
    '“We ask the board to act before spring,” the letter from the fishermen’s union read.',
  ].join('\n\n');
  for (const words of ['waited long enough', 'cannot dock', 'act before spring']) assert.equal(speakerOf(text, words), 'the letter from the fishermen’s union', words);
});
