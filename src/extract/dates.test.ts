import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './dates.ts';

test('metadata dates in common written forms become ISO', () => {
  assert.equal(toIsoDate('2020-05-21'), '2020-05-21');
  assert.equal(toIsoDate('2021-05-21T18:15:00+04:30'), '2021-05-21T13:45:00.000Z');
  assert.equal(toIsoDate('May 21, 2021 - 18:15'), '2021-05-21T18:15');
  assert.equal(toIsoDate('Thursday 21 May 2020 - 11:10'), '2020-05-21T11:10');
  assert.equal(toIsoDate('Wed, 27 May 2020 09:00:00 GMT'), '2020-05-27T09:00:00.000Z');
});

test('incomplete or impossible dates are refused rather than guessed', () => {
  assert.equal(toIsoDate('on Thursday'), null);
  assert.equal(toIsoDate('in January'), null);
  assert.equal(toIsoDate('2021-02-30'), null);
  assert.equal(toIsoDate(''), null);
});

test('dates written in German, French, Spanish and Portuguese become ISO too', () => {
  assert.equal(toIsoDate('7 de junio de 2021'), '2021-06-07');
  assert.equal(toIsoDate('Jueves 11 de Diciembre de 2025'), '2025-12-11');
  assert.equal(toIsoDate('Samstag, 20. November 2021, 22:35 Uhr'), '2021-11-20T22:35');
  assert.equal(toIsoDate('mardi 13 octobre 2020'), '2020-10-13');
  assert.equal(toIsoDate('sexta-feira, 22 de outubro de 2010'), '2010-10-22');
  assert.equal(toIsoDate('en octobre'), null);
  assert.equal(toIsoDate('el martes'), null);
});

test('a complete date after a weekday and a time is found ("Posted: Fri 6:45 PM, Feb 16, 2018")', () => {
  assert.equal(toIsoDate('Posted: Fri 6:45 PM, Feb 16, 2018 |'), '2018-02-16');
});

test('a date written with dots is day first ("04.03.2024" is 4 March), unless the clock is American or the day-first reading is no date', () => {
  assert.equal(toIsoDate('11:47 04.03.2024'), '2024-03-04T11:47');
  assert.equal(toIsoDate('04.03.2024'), '2024-03-04');
  assert.equal(toIsoDate('11.14.2019 09:00 AM'), '2019-11-14T09:00');
  assert.equal(toIsoDate('31.02.2020'), null);
});

test('dates written in Arabic, with Arabic-Indic digits or Levantine and Maghreb month names, become ISO', () => {
  assert.equal(toIsoDate('الجمعة 21 مايو 2021'), '2021-05-21');
  assert.equal(toIsoDate('٢١ أيار/مايو ٢٠٢١ - ١٨:١٥'), '2021-05-21T18:15');
  assert.equal(toIsoDate('3 تشرين الأول 2020'), '2020-10-03');
  assert.equal(toIsoDate('5 جوان 2022'), '2022-06-05');
  assert.equal(toIsoDate('٢٠٢١-٠٥-٢١'), '2021-05-21');
  assert.equal(toIsoDate('31 فبراير 2021'), null);
  assert.equal(toIsoDate('مايو 2021'), null);
});
