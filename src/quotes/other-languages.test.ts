import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../entities/index.ts';
import type { Article } from '../model/article.ts';
import { entitiesStage } from '../entities/stage.ts';
import { extractQuotes } from './index.ts';
import { quotesStage } from './stage.ts';

/** [speaker as written, cue] of the single direct quotation in `text`, read as `language`. */
function speakerOf(text: string, language: string): [string | undefined, string | null] {
  const quotes = extractQuotes(text, recognizeEntities(text), { language }).filter((q) => q.kind === 'direct');
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
  return [quotes[0]!.speakerMention?.text, quotes[0]!.cue];
}

test('the speech verb after a quotation names its speaker in French, German, Spanish, Italian, Portuguese, Romanian and Dutch', () => {
  assert.deepEqual(speakerOf('« Nous reconstruirons le quai avant l’hiver », a déclaré le ministre de l’Intérieur.', 'fr'), ['le ministre de l’Intérieur', 'a déclaré']);
  assert.deepEqual(speakerOf('„Wir bauen den Hafen neu“, sagte Bürgermeisterin Lena Roth am Montag.', 'de'), ['Bürgermeisterin Lena Roth', 'sagte']);
  assert.deepEqual(speakerOf('„Wir bauen den Hafen neu“, sagte der Bürgermeister.', 'de'), ['der Bürgermeister', 'sagte']);
  assert.deepEqual(speakerOf('“El muelle será reconstruido”, dijo el alcalde de Tarna, Julio Pardo.', 'es'), ['el alcalde de Tarna, Julio Pardo', 'dijo']);
  assert.deepEqual(speakerOf('«Ricostruiremo il porto», ha detto Marco Rossi.', 'it'), ['Marco Rossi', 'ha detto']);
  assert.deepEqual(speakerOf('“Vamos reconstruir o cais”, disse o prefeito.', 'pt'), ['o prefeito', 'disse']);
  assert.deepEqual(speakerOf('„Vom reconstrui portul”, a declarat ministrul.', 'ro'), ['ministrul', 'a declarat']);
  assert.deepEqual(speakerOf('“We bouwen de haven opnieuw”, zei burgemeester Anna de Vries.', 'nl'), ['burgemeester Anna de Vries', 'zei']);
});

test('a speaker and speech verb before the colon or a "that" name the speaker, over the English fallback that read "Le" as a name', () => {
  assert.deepEqual(speakerOf('Le maire a déclaré : « Le pont ouvrira en mai. »', 'fr'), ['Le maire', 'a déclaré']);
  assert.deepEqual(speakerOf('Bürgermeisterin Lena Roth sagte: „Der Hafen bleibt offen.“', 'de'), ['Bürgermeisterin Lena Roth', 'sagte']);
  assert.deepEqual(speakerOf('Selon l’agence, Jean Dupont a soutenu que « le port a manqué à sa promesse ».', 'fr'), ['Jean Dupont', 'a soutenu']);
});

test('a named speaker is linked to its entity; a pronoun is left to no one; English text is read as before', () => {
  const text = '« Nous reconstruirons le quai avant l’hiver », a déclaré le ministre de l’Intérieur, Jean Dupont.';
  const entities = recognizeEntities(text);
  const [quote] = extractQuotes(text, entities, { language: 'fr' });
  assert.equal(entities.entities.find((e) => e.key === quote!.speakerId)?.name, 'Jean Dupont');
  assert.equal(speakerOf('„Wir bauen den Hafen neu“, sagte er.', 'de')[0], undefined);
  const english = '“We will rebuild the quay,” said Mayor Ines Calder.';
  assert.deepEqual(extractQuotes(english, recognizeEntities(english), { language: 'en' }), extractQuotes(english, recognizeEntities(english)));
});

test('the quotes stage reads the article’s language', () => {
  const article = { id: 'fr1', text: '« Le pont ouvrira en mai », a déclaré Jean Dupont.', language: 'fr' } as Article;
  const entities = entitiesStage.run(article, { get: () => undefined });
  const [quote] = quotesStage.run(article, { get: <T>() => entities as T });
  assert.equal(quote?.speakerMention?.text, 'Jean Dupont');
  assert.equal(quote?.cue, 'a déclaré');
});

test('Arabic puts the verb first in both frames and Persian last; an adjunct ends the Arabic speaker, and a verb inside a word is none', () => {
  assert.deepEqual(speakerOf('«سنعيد بناء الميناء قبل الشتاء»، قال وزير النقل.', 'ar'), ['وزير النقل', 'قال']);
  assert.deepEqual(speakerOf('وقال وزير النقل في مؤتمر صحفي: «سنعيد بناء الميناء قبل الشتاء».', 'ar'), ['وزير النقل', 'وقال']);
  assert.deepEqual(speakerOf('وأضافت المتحدثة باسم الوزارة: «لن نترك أي عائلة وحدها أمام المياه».', 'ar'), ['المتحدثة باسم الوزارة', 'وأضافت']);
  // "استقال" (resigned) holds "قال" (said).
  assert.deepEqual(speakerOf('استقال الوزير بعد الفيضان: «لن أبقى في منصبي بعد هذه الكارثة».', 'ar'), [undefined, null]);
  assert.deepEqual(speakerOf('وزیر حمل و نقل گفت: «بندر را پیش از زمستان بازسازی می‌کنیم».', 'fa'), ['وزیر حمل و نقل', 'گفت']);
  assert.deepEqual(speakerOf('«بندر را پیش از زمستان بازسازی می‌کنیم»، سخنگوی وزارت تاکید کرد.', 'fa'), ['سخنگوی وزارت', 'تاکید کرد']);
});

test('an auxiliary stays the verb’s, an adverb or a weekday between verb and speaker is skipped, and a speaker starts at a word', () => {
  assert.deepEqual(speakerOf('Le maire a dit : « Le pont ouvrira en mai. »', 'fr'), ['Le maire', 'a dit']);
  assert.deepEqual(speakerOf('Les habitants du port ont dit : « Nous ne partirons pas. »', 'fr'), ['Les habitants du port', 'ont dit']);
  assert.deepEqual(speakerOf('« Le pont ouvrira en mai », a précisé mercredi le porte-parole.', 'fr'), ['le porte-parole', 'a précisé']);
  assert.deepEqual(speakerOf('“Vamos reconstruir o cais”, disse ainda o prefeito.', 'pt'), ['o prefeito', 'disse']);
  assert.deepEqual(speakerOf('«Ricostruiremo il porto prima dell’inverno», ha detto invece.', 'it'), [undefined, null]);
  assert.deepEqual(speakerOf('„Wir bauen den Hafen und die Mauer neu“ so schnell wie möglich, versprach die Stadt.', 'de')[0], undefined);
  assert.deepEqual(speakerOf('„Wir bauen den Hafen neu“, so der Bürgermeister.', 'de'), ['der Bürgermeister', 'so']);
  assert.ok(!speakerOf('Selon le porte-parole Jean Dupont a dit : « Le pont ouvrira en mai. »', 'fr')[0]!.startsWith('elon'));
});

test('the quotations that continue a named one in another language are that speaker’s', () => {
  const text = '« Le pont ouvrira en mai », a déclaré Jean Dupont. « Le quai suivra en juin. »\n\n« Et le port avant l’hiver. »';
  const entities = recognizeEntities(text);
  const quotes = extractQuotes(text, entities, { language: 'fr' });
  assert.equal(quotes.length, 3);
  for (const quote of quotes) assert.equal(entities.entities.find((e) => e.key === quote.speakerId)?.name, 'Jean Dupont', quote.text);
});
