import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compatibleVowels, isShortFormOf, nameKey, sameName, surnameKey } from './names.ts';

const SAME: Array<[string, string]> = [
  ['Ghaani', 'Qaani'],
  ['Qaani', "Qa'ani"],
  ['Ghaani', 'Qa’ani'],
  ['Esmaeil', 'Esmail'],
  ['Esmail', 'Ismail'],
  ['Mohammed', 'Muhammad'],
  ['Muhammad', 'Mohammad'],
  ['Soleimani', 'Suleimani'],
  ['Deif', 'Dhaif'],
  ['Al-Mayadeen', 'Al Mayadeen'],
  ['Al Mayadeen', 'al-Mayadeen'],
  ['Ezzedine al-Qassam', 'Izz ad-Din al-Qassam'],
  ['Qods', 'Quds'],
  ['Qassem', 'Qasem'],
  ['Esmail Ghaani', 'Esmaeil Qa’ani'],
  ['Abdullah bin Zayed', 'Abdullah ibn Zayed'],
  ['Haniyeh', 'Haniyya'],
];

test('transliteration variants of one name compare equal, in both directions', () => {
  for (const [a, b] of SAME) {
    assert.ok(sameName(a, b), `${a} ~ ${b}`);
    assert.ok(sameName(b, a), `${b} ~ ${a}`);
  }
});

test('different names stay apart even when their consonants agree', () => {
  const DIFFERENT: Array<[string, string]> = [
    ['Khamenei', 'Khomeini'],
    ['Mohammed', 'Mahmoud'],
    ['Qassem Soleimani', 'Zeinab Soleimani'],
    ['Soleimani', 'Ghaani'],
    ['Deif', 'Haniyeh'],
    ['Hamas', 'Hezbollah'],
  ];
  for (const [a, b] of DIFFERENT) {
    assert.ok(!sameName(a, b), `${a} ≁ ${b}`);
    assert.ok(!sameName(b, a), `${b} ≁ ${a}`);
  }
  assert.ok(!compatibleVowels('Khamenei', 'Khomeini'));
});

test('a family name alone is a short form of the full name, a different given name is not', () => {
  assert.ok(isShortFormOf('Deif', 'Mohammed Deif'));
  assert.ok(isShortFormOf('Qaani', 'Esmaeil Ghaani'));
  assert.ok(isShortFormOf('al-Ajouri', 'Akram al-Ajouri'));
  assert.ok(isShortFormOf('Abu Khaled Deif', 'Muhammad Deif'), 'a kunya does not count as a given name');
  assert.ok(!isShortFormOf('Zeinab Soleimani', 'Qassem Soleimani'));
  assert.ok(!isShortFormOf('Mohammed', 'Mohammed Deif'), 'a given name alone is not a short form');
  assert.ok(!isShortFormOf('Khomeini', 'Ali Khamenei'));
  assert.equal(surnameKey('Saleh al-Arouri'), surnameKey('Arouri'));
});

test('keys ignore the article, case and apostrophes but keep word boundaries', () => {
  assert.equal(nameKey('AL-MAYADEEN'), nameKey('al Mayadeen'));
  assert.notEqual(nameKey('Quds Force'), nameKey('Quds'));
  assert.equal(nameKey(''), '');
});
