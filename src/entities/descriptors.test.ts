import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectDescriptors, mergeEntities, recognizeEntities } from './index.ts';
import { titleWordBefore } from './descriptors.ts';

const descriptorsOf = (text: string, name: string) => {
  const result = recognizeEntities(text);
  const entity = result.entities.find((e) => e.name === name);
  assert.ok(entity, `no entity ${name}: ${result.entities.map((e) => e.name).join(', ')}`);
  for (const d of entity.descriptors) assert.equal(text.slice(d.start, d.end), d.text);
  return entity.descriptors.map((d) => d.text);
};

test('appositives after a name describe it', () => {
  const text = 'Yusuf Karaman, senior commander of the Northern Shield Brigades, signed the letter.';
  assert.deepEqual(descriptorsOf(text, 'Yusuf Karaman'), ['senior commander of the Northern Shield Brigades']);
});

test('"the military wing of" describes an organisation, also in a relative clause', () => {
  const text =
    'The Northern Shield Brigades, the military wing of the Karsa movement, fired first. ' +
    'The Eastern Guard, which is the armed branch of the Coast Party, did not.';
  assert.deepEqual(descriptorsOf(text, 'Northern Shield Brigades'), ['the military wing of the Karsa movement']);
  assert.deepEqual(descriptorsOf(text, 'Eastern Guard'), ['the armed branch of the Coast Party']);
});

test('after "of", a group still takes an appositive of its own kind; a place or person does not', () => {
  const text = 'The order went to Yusuf Karaman, senior commander of the Northern Shield Brigades, the military wing of the Karsa movement.';
  assert.deepEqual(descriptorsOf(text, 'Northern Shield Brigades'), ['the military wing of the Karsa movement']);
  const place = 'He saluted the martyr of Valdoria, the supreme commander Ilse Varga.';
  assert.deepEqual(descriptorsOf(place, 'Valdoria'), []);
});

test('descriptions right before a name, titles allowed in between', () => {
  const text = "The port authority's representative in Valletta, Mira Delacroix, declined. Commander of the elite Harbour Guard Colonel Ivo Brandt agreed.";
  assert.deepEqual(descriptorsOf(text, 'Mira Delacroix'), ["The port authority's representative in Valletta"]);
  assert.deepEqual(descriptorsOf(text, 'Ivo Brandt'), ['Commander of the elite Harbour Guard']);
});

test('predicates describe the subject, not a name inside another phrase', () => {
  const text = 'Tomas Lindqvist was the longest-serving mayor of the port town. Defending Lindqvist is a thankless job, his aide said.';
  assert.deepEqual(descriptorsOf(text, 'Tomas Lindqvist'), ['the longest-serving mayor of the port town']);
});

test('an introductory phrase is not an appositive', () => {
  const text = 'In his letter to Ana Ruiz, the harbour master asked for calm.';
  assert.deepEqual(descriptorsOf(text, 'Ana Ruiz'), []);
});

test('collectDescriptors keys descriptors to corpus entities', () => {
  const a = recognizeEntities('Yusuf Karaman, senior commander of the Northern Shield Brigades, signed the letter.');
  const b = recognizeEntities("The brigades' founder, Yusuf Karaman, was not present.");
  const { localToGlobal } = mergeEntities([
    { articleId: 'a', entities: a },
    { articleId: 'b', entities: b },
  ]);
  const all = [...collectDescriptors('a', a, localToGlobal), ...collectDescriptors('b', b, localToGlobal)];
  const karaman = all.filter((d) => d.text.includes('commander') || d.text.includes('founder'));
  assert.equal(karaman.length, 2);
  assert.equal(karaman[0]!.entityId, karaman[1]!.entityId);
  assert.deepEqual(karaman.map((d) => d.articleId), ['a', 'b']);
});

test('the word before a cut is found where the title pattern finds it', () => {
  const pattern = /([A-Za-z][a-z]*)\.? $/;
  const text =
    'Spokesman of the Harbour Council Maj. Gen. Ilse Varga met McDonald and the IRGC Brig. ' +
    'Gen. Ortho in Veldt; then 42. Cmdr. Ana . x. Yz. ÉLan Qa\'ani  Dr. ' +
    'averyveryverylonglowercasewordindeedlonger than thirty Mr. ';
  let checked = 0;
  for (let cut = 0; cut <= text.length; cut++) {
    const match = pattern.exec(text.slice(Math.max(0, cut - 30), cut));
    const expected = match ? cut - match[0].length : -1;
    assert.equal(titleWordBefore(text, cut), expected, `cut at ${cut}`);
    if (match) checked++;
  }
  assert.ok(checked > 20);
});

test('a role followed by a reporting verb opens a new clause, not an appositive', () => {
  const text = 'Rescuers kept digging to reach a pupil named Lena Varga, the harbour mayor told Port Radio. Ivo Brandt, the mayor of the port, said the quay was safe.';
  assert.deepEqual(descriptorsOf(text, 'Lena Varga'), []);
  assert.deepEqual(descriptorsOf(text, 'Ivo Brandt'), ['the mayor of the port']);
});
