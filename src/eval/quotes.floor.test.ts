/**
 * Quality gate: PolNeAR dev figures must not fall below the last measured values (minus 0.01).
 * Raise the floors when the extractor improves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBratAttributions, scoreAnnotatorAgreement, scoreQuotes } from './quotes.ts';

const POLNEAR = fileURLToPath(new URL('../../../shared/data/quotes/polnear', import.meta.url));
const skip = existsSync(`${POLNEAR}/dev`) ? false : 'PolNeAR not found at ../shared/data/quotes/polnear';

/**
 * Measured on PolNeAR dev (84 articles), no entity list; see the report in the commit message.
 * Content overlap precision was traded down (.946 → .930) for recall when stance verbs with
 * noun-phrase content were added (content overlap F1 .684 → .778). Raised after the turn-taking,
 * typewriter-quote, dash-signature, transcript-label, subject-phrase and learned speaker-ranker
 * work (direct attribution .797 → .875, source overlap F1 .697 → .739). Content overlap precision
 * measures .928 since belief and offer cues were added (content overlap F1 .799 → .806); its floor
 * stays at the .932 measured before, inside the slack; direct attribution (.876 → .875 when the
 * ranker was retrained on the final pipeline) and direct content recall (.972 → .971) keep theirs.
 * Raised when nested reported statements stopped counting as attributions of their own and noun
 * readings of cue words were dropped (source overlap F1 .739 → .757, source exact .631 → .646, cue
 * .714 → .728, content exact .494 → .501, attribution .653 → .655, direct content found .974);
 * content overlap F1 measures .804 and content precision .925, inside the slack of their floors.
 * Then "spoke to …", "in 30 states" and series-title labels stopped reading as frames: source .758,
 * source exact .647, cue .729, content exact .503, content overlap F1 back at .806 (precision .931);
 * attribution measures .654 after the title-label change and keeps its .655 floor. Indirect
 * questions ("asked X how …", "explained why …") then gave source .760, exact .649, cue .731,
 * content overlap F1 .807, content exact .504, attribution .656 (content precision .931); the
 * adverb "back" then gave source .761, cue .732 and content precision .933.
 * The speaker ranker then became a conditional-logit ranker that also reviews three fallback
 * rules and speaks from probability .2, with more candidates and frame fixes (relative clauses
 * that quote, "with X calling", "said, however, that", outer "according to"): direct attribution
 * .876 → .902, attribution .656 → .669, direct content found .974 → .992 (quotations the ranker
 * attributes are no longer dropped as scare quotes). The learned attribution tagger
 * (src/quotes/attribution-tagger.ts) then traded content precision for recall. Both together:
 * source overlap F1 .761 → .786, source exact .649 → .659, cue .732 → .762, content overlap F1
 * .807 → .843 (precision .933 → .894, recall .711 → .798), content exact .504 → .506,
 * attribution .656 → .720, direct attribution .876 → .902.
 * Then the tagger also tagged sentences the rules attribute (relations beside theirs), passive
 * cues took the agent after "by" as speaker (and none without one), and a learned source filter
 * reviewed the tagger's speakers: source overlap F1 .786 → .790 (precision .837 → .843, recall
 * .740 → .743), source exact .659 → .665, cue .762 → .766, content overlap F1 .843 → .846
 * (precision .894 → .889, recall .798 → .807: its floor goes down to match), attribution .720 →
 * .723; direct attribution .902 and direct content found .992 unchanged.
 * Then sentence ends after "U.S."/"p.m." before a pronoun, datelines, time leads, contracted and
 * phrase-final pronouns, places after prepositions and connectives before parenthetical cues were
 * fixed in frames (and the ranker retrained): direct attribution .907 → .909, attribution .728 →
 * .729, source overlap F1 .794 → .795, source exact .667 → .670, content exact .517 → .518; cue
 * .766 and content overlap F1 .852 unchanged (content precision .895 → .894, inside the slack).
 * Then the tagger also read sentences holding quotations, "according to a tally by X" gave X,
 * "drew criticism from X" became X's stance, and an abbreviation before "He"/"The" ended its
 * sentence: source overlap F1 .794 → .798, source exact .667 → .670, cue .766 → .771, content
 * overlap F1 .852 → .854, attribution .728 → .734; direct attribution .907 unchanged.
 * Both merged, then all three models retrained in order: figures in BENCHMARKS.md.
 * Then polls opening a sentence ("In a CNN poll, 38 percent said …"), "According to" sources that
 * run to their comma, unquoted transcript turns ("TAPPER: …"), days between subject and verb,
 * time phrases before the subject, "more than 4 in 10 said" and bare clauses after "tweeted"
 * (models retrained in order): source overlap F1 .798 → .7995 (recall .753 → .756), source exact
 * .671 → .674, cue .769 → .770, content .855 → .856, content exact .518 → .519, attribution
 * .736 → .739, direct attribution .911 → .914.
 * (source6 alone); frame fixes for direct quotations (party-and-state parentheticals "(D-N.Y.)", -ly adverbs
 * before cues, absolute constructions "– Ryan saying …", a closing speech verb claiming the clause
 * before it, subordinate clauses ending their content, "this source", "the TV show" as a noun,
 * outer frames over nested statements) and the ranker retrained: direct attribution .911 → .912
 * (train .918 → .925), attribution .736 → .738, source overlap F1 .798 → .799, source exact
 * .671 → .683, cue .769 → .772, content exact .518 → .519; content overlap F1 .855 unchanged
 * (direct6 alone). Both merged, all three models retrained in order: on train source overlap F1
 * .791 → .795, cue .760 → .765, attribution .727 → .732, direct .918 → .925; on dev source .796,
 * exact .683, cue .773, content .854, attribution .736, direct .909 (dev moves by ±.003 with each
 * retraining of the ranker; see BENCHMARKS.md).
 * Then direct-quotation frames (an adjunct before the quotation's comma or colon, "as X put it",
 * "which X said was", a subject before an aside, "he’s predicting", appositives after a
 * quotation, a closing speech verb over a clause with another frame, continuations of nested
 * statements, quotations run over paragraphs) and a lower ranker threshold for longer quotations,
 * all three models retrained in order (direct7): on train direct .925 → .932, attribution .732 →
 * .736, source .795 → .799, cue .765 → .768, content .848 → .849; on dev direct .909 → .915,
 * attribution .736 → .739, source .796 → .7985, content .854; cue .7723, source exact .682 and
 * content exact .5198 measure a little under their floors, inside the slack. The tagger trained
 * 16 epochs instead of 8, the three models retrained in order (tagger7): on dev source .7985 →
 * .801, source exact .682 → .686, cue .7723 → .773, attribution .739 → .740, direct .915, content
 * .854 → .853 (inside the slack).
 * Eighth session (direct8's speaker rules, models retrained in order): dev source .800, exact
 * .687, cue .774, content .855 (P .897), content exact .523, all .739, direct .914 (one quotation
 * fewer than .915, ranker noise), direct content found .997. "compare" read as a reporting verb
 * and the models retrained again: source .802, cue .777, content .856 (P .895, inside the slack of
 * its .897 floor), all .741, direct .915.
 * Then cue words that report nothing in their context stopped giving speakers (issue 3, Source
 * precision): "coastal states that", "pledged delegates", "found himself", "spoke briefly", "accused
 * of" after a noun, "showed up", "Do you support …?", "it shows", "the Paris attacks", "several
 * questions", "found a new sponsor", "dates back to", "the reason for", "38 percent support"; a tagged
 * "seemed"/"appeared" keeps no speaker; all three models retrained in order: source overlap F1
 * .802 → .805 (P .849 → .857, R .760 → .759), source exact .687 → .690, cue .777 → .779; content
 * .856 → .857, content exact .524, all .741 and direct .915 unchanged; direct content found .997 → .994, as
 * the retrained ranker's threshold for one-to-three-word quotations moved .125 → .2 (inside the slack).
 * Tenth session, with the above (direct10: "now" before a reporting verb, subordinate clauses that stop at a
 * determiner-led main subject or take no clause after "As X spoke,", participles that borrow the
 * main clause's subject, stances after "and" inside speech contents, closing frames after a
 * phrase closed by its comma; models retrained in order): train direct .934 → .937, all .754 →
 * .756, source .8115 → .8126; dev source .802 → .803, exact .687 → .689, cue .777 → .778, content
 * exact .523 → .524, all .741 → .742; direct .915, content .856 (P .895) unchanged.
 * Both merged, with a speed change of the same session, and all three models retrained in order
 * (the ranker's threshold for one-to-three-word quotations back at .125): dev source overlap F1
 * .805 (P .856, R .760), source exact .690, cue .780, content .857 (P .899), content exact .525,
 * all .742, direct .915, direct content found .997; train source .8178, direct .9364.
 * Then (issue 3, Source recall) reported-speech frames for a speech verb's participle with its agent
 * after "by" ("Asked by X whether …", "As reported by X, …", "the plan was criticized by X"),
 * subjects with a relative clause running to the cue ("Democrats who watched the debate said"), ",
 * who said" after an antecedent the walk cannot delimit, "has long insisted"/"has since said",
 * shares of people ("One in three said"), "a source close to him said", floating "both" after the
 * auxiliary, an opening subject with comma asides over a later appositive and over an inverted
 * "…, said X" reading, stance contents that hold no clause, and "But the …"/"And even …" before
 * sentence subjects; all three models retrained in order: dev source overlap F1 .805 → .808 (P
 * .856, R .760 → .765), source exact .690 → .694, cue .780 → .781, content .857 → .8586 (P .899 →
 * .8997), content exact .525 → .5265, all .742 → .746, direct .915 → .919; direct content found
 * .997 unchanged; train source .8178 → .8204 (R .7825 → .7868), all .7559 → .7599, direct .9364.
 *
 * Eleventh session, after frames2 (ranker and source filter retrained, tagger kept): source overlap F1
 * .808 → .809 (.8090), source exact .694 → .696, content .858 → .859, attribution .745 → .746; direct
 * attribution measured .9171 (one quotation below .9187 when the ranker was retrained), so its floor
 * stays at .918 inside the slack rather than being lowered.
 *
 * Twelfth session (nouncue): noun, adjective and poll cues ("has the support of X", "To X, …", "in X's
 * view", "have been critical of", "in a CNN poll"), subjects with participle phrases and relative
 * asides, "who say" inside other statements, and cue words that report nothing ("helped found",
 * "It's worth noting", "called off"); source filter retrained, tagger and ranker kept: source overlap F1
 * .8090 → .8112 (P .8567 → .8589, R .7664 → .7684), source exact .696 → .698, cue .7819 → .7834,
 * content .8593 → .8604, content exact .5258 → .5264, attribution .7469 → .7483; direct .9171 and
 * direct content found .9968 unchanged.
 *
 * Twelfth session (direct): speakers for direct quotations the ranker guessed (the agent of a passive
 * naming verb, the subject of "what X have called", relative pronouns before speech verbs, owners and
 * authors of speech nouns, an appositive with commas before a speech verb, "leading X to counter
 * that", "his eyes gleaming, as if to say"); models kept: direct attribution .9171 → .9203 (564 → 566 of
 * 615), attribution .7483 → .7493, source overlap F1 .8106 → .8113, source exact .6978 → .6980, cue
 * .7842 → .7847; content and direct content found unchanged.
 *
 * Thirteenth session (rules only, models kept): dated adjuncts between speaker and verb ("who in 2010
 * said"), "told the council the plan was …", a leading When/As clause framing its own statement,
 * "footage of X saying", "went on about “…”", and branch rq's fixes from real pages: source overlap F1
 * .8113 → .8130, source exact .6980 → .7006, cue .7847 → .7858, attribution .7493 → .7512, direct
 * .9203 → .9268 (566 → 570 of 615); content and direct content found unchanged. Then ", and X warned that …"
 * and ", which has denied …": source overlap F1 .8142, attribution .7531; then "Experts on X and Y said",
 * "as X put it in …, “…”" and "the mother of three replied": source .8149, exact .7020, attribution .7541,
 * direct .9301 (572 of 615).
 * Fourteenth session (rules only): a closing "as X put it" and "per X", a date opening the sentence
 * without a comma, a curly quotation nested in a curly one, "X rated Y as “…”", "the Apple Music show
 * The 411": source overlap F1 .8179, exact .7051, attribution .7570, direct .9415 (579 of 615); then
 * denied and scene-setting speech acts passing no turn, zero relatives, "X's past references", "one
 * question", "From the report:", quotations in time clauses, "X's missive … its prediction", a second
 * "that" clause: source .8202, exact .7074, attribution .7609, direct .9512 (585 of 615).
 * Fifteenth session (rules; source filter retrained on them): subject phrases holding a clause, the
 * writer's idioms, title labels, an adjunct between commas before "that", mass nouns as subjects:
 * source overlap F1 .8237, exact .7125, cue .7913, content .8623, attribution .7628; direct unchanged.
 */
const FLOORS = {
  sourceOverlapF1: 0.823,
  sourceExactF1: 0.712,
  cueOverlapF1: 0.791,
  contentOverlapF1: 0.862,
  contentOverlapPrecision: 0.899,
  contentExactF1: 0.526,
  attributionAll: 0.762,
  attributionDirect: 0.951,
  directContentRecall: 0.997,
};
const SLACK = 0.01;

test('BRAT parsing keeps discontinuous spans and relations without a source', () => {
  const ann = [
    'T1\tSource 0 4\tPoll',
    'T2\tCue 4 5\t:',
    'T3\tContent 6 20;30 40\tsome words other words',
    'T4\tAttribution 4 5\t:',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tContent 50 60\tmore',
    'T6\tCue 61 66\tsaid',
    'E2\tAttribution:T6 Content:T5 Cue:T6',
  ].join('\n');
  const relations = parseBratAttributions(ann);
  assert.equal(relations.length, 2);
  assert.deepEqual(relations[0]!.content, [[6, 20], [30, 40]]);
  assert.deepEqual(relations[0]!.source, [[0, 4]]);
  assert.equal(relations[1]!.source, null);
});

test('PolNeAR dev: quotation spans and attribution stay at or above their floors', { skip, timeout: 120_000 }, async () => {
  const scores = await scoreQuotes(POLNEAR, { splits: ['dev'] });
  assert.equal(scores.articles, 84);
  const measured = {
    sourceOverlapF1: scores.source.overlap.f1,
    sourceExactF1: scores.source.exact.f1,
    cueOverlapF1: scores.cue.overlap.f1,
    contentOverlapF1: scores.content.overlap.f1,
    contentOverlapPrecision: scores.content.overlap.precision,
    contentExactF1: scores.content.exact.f1,
    attributionAll: scores.attributionAll,
    attributionDirect: scores.attributionDirect,
    directContentRecall: scores.directContentRecall,
  };
  for (const [name, floor] of Object.entries(FLOORS)) {
    const value = measured[name as keyof typeof measured];
    assert.ok(value >= floor - SLACK, `${name} fell to ${value.toFixed(3)} (floor ${floor})`);
  }
});

test('PolNeAR annotators scored against each other as we are scored, and ours against them at its floor', { skip, timeout: 120_000 }, async () => {
  const agreement = await scoreAnnotatorAgreement(POLNEAR);
  // 2 dev and 16 train articles carry six annotations each.
  assert.equal(agreement.articles, 18);
  assert.ok(agreement.annotations >= 100);
  // Measured on the data: source .846, cue .820, content .884 overlap F1 between annotators.
  const measured = { source: 0.846, cue: 0.82, content: 0.884 };
  for (const role of ['source', 'cue', 'content'] as const) {
    assert.ok(Math.abs(agreement.annotators[role].overlap.f1 - measured[role]) < 0.002, `${role}: annotators agree at ${agreement.annotators[role].overlap.f1.toFixed(3)}`);
  }
  // Measured .798 source overlap F1 (annotators among themselves: .846).
  assert.ok(agreement.ours.source.overlap.f1 >= 0.798 - SLACK, `source against the annotators fell to ${agreement.ours.source.overlap.f1.toFixed(3)}`);
});
