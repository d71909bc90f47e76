import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromContentType, decodeBytes, guessSingleByteCharset } from './decode.ts';
import { encodeSingleByte } from './test-support.ts';

const ARABIC = 'قال المتحدث باسم بلدية الميناء إن العبارة ستعود إلى العمل يوم الخميس، بعد إصلاح المحرك.';
const FRENCH = 'Le porte-parole de la mairie a déclaré que le traversier reprendrait son service jeudi — « une étape décisive ».';
const GERMAN = 'Die Fähre nach Süderhafen fährt ab Donnerstag wieder, hieß es am Dienstag aus dem Rathaus.';

test('strict UTF-8 comes first', () => {
  const decoded = decodeBytes(Buffer.from(`${FRENCH} ${ARABIC}`, 'utf8'));
  assert.equal(decoded.charset, 'utf-8');
  assert.equal(decoded.text, `${FRENCH} ${ARABIC}`);
  assert.equal(decoded.warning, undefined);
});

test('a byte-order mark decides the encoding and is removed', () => {
  const utf8 = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Meridian Wire', 'utf8')]));
  assert.equal(utf8.text, 'Meridian Wire');
  const utf16 = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Meridian Wire', 'utf16le')]));
  assert.deepEqual([utf16.charset, utf16.text], ['utf-16le', 'Meridian Wire']);
});

test('windows-1256 Arabic is recognised without a declaration', () => {
  const decoded = decodeBytes(encodeSingleByte(ARABIC, 'windows-1256'));
  assert.equal(decoded.charset, 'windows-1256');
  assert.equal(decoded.text, ARABIC);
});

test('windows-1252 French and German are recognised without a declaration, curly punctuation included', () => {
  for (const text of [FRENCH, GERMAN, 'He said “the ferry is late” – again…']) {
    const decoded = decodeBytes(encodeSingleByte(text, 'windows-1252'));
    assert.equal(decoded.charset, 'windows-1252');
    assert.equal(decoded.text, text);
  }
});

test('a declared charset is used when the bytes are not UTF-8', () => {
  const bytes = encodeSingleByte(ARABIC, 'windows-1256');
  assert.equal(decodeBytes(bytes, { declaredCharset: 'windows-1256' }).text, ARABIC);
  const page = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>'), bytes]);
  const decoded = decodeBytes(page, { markup: true });
  assert.equal(decoded.charset, 'windows-1256');
  assert.ok(decoded.text.includes(ARABIC));
  const meta = Buffer.concat([Buffer.from('<meta charset="cp1256"><p>'), bytes]);
  assert.equal(decodeBytes(meta, { markup: true }).charset, 'windows-1256');
});

test('a wrong UTF-8 declaration does not stop the guess', () => {
  const decoded = decodeBytes(encodeSingleByte(ARABIC, 'windows-1256'), { declaredCharset: 'utf-8' });
  assert.equal(decoded.text, ARABIC);
});

test('damaged UTF-8 is decoded with replacement characters and a warning', () => {
  const bytes = Buffer.concat([Buffer.from('Café — naïve reporting ', 'utf8'), Buffer.from([0xff, 0xc3]), Buffer.from(' continues', 'utf8')]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.charset, 'utf-8');
  assert.ok(decoded.text.startsWith('Café — naïve reporting '));
  assert.ok(decoded.text.includes('\uFFFD'));
  assert.match(decoded.warning ?? '', /invalid UTF-8: 2 bytes/);
});

test('high bytes that make no words in either candidate are not guessed', () => {
  assert.equal(guessSingleByteCharset(Uint8Array.from([0x41, 0x20, 0xd7, 0x20, 0xf7, 0x20, 0xb1])), null);
});

test('charset parameter of a content type', () => {
  assert.equal(charsetFromContentType('text/html; charset="Windows-1256"'), 'Windows-1256');
  assert.equal(charsetFromContentType('text/html'), null);
});

test('stray windows-1252 letters inside words of a UTF-8 page are read as such, with a warning', () => {
  const bytes = Buffer.concat([
    Buffer.from('Die Fähre nach Süderhafen fährt ab Donnerstag — hieß es. ', 'utf8'),
    Buffer.from('Mitgef'), Buffer.from([0xfc]), Buffer.from('hl w'), Buffer.from([0xe4]), Buffer.from('hlen, K'), Buffer.from([0xfc]), Buffer.from('chenblogs '),
    Buffer.from([0x9d]), Buffer.from(' papieros'), Buffer.from([0xc3]), Buffer.from('...'),
  ]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.text, 'Die Fähre nach Süderhafen fährt ab Donnerstag — hieß es. Mitgefühl wählen, Küchenblogs \uFFFD papieros\uFFFD...');
  assert.equal(decoded.warning, 'invalid UTF-8: 3 bytes inside words were read as windows-1252; 2 bytes could not be decoded and were replaced with U+FFFD');
});
