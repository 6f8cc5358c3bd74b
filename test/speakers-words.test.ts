import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document/document.js';
import { segment } from '../src/segment/segment.js';
import { acronymOf, buildWords } from '../src/speakers/mentions.js';

// Own fixtures: one line per sentence, so each line is tested on its own.
function wordsOf(text: string) {
  const doc = createDocument(text, {});
  const { tokens } = segment(doc);
  return buildWords(tokens, text);
}

function linesMarked(text: string): boolean[] {
  const words = wordsOf(text);
  const bySentence = new Map<number, boolean>();
  for (const w of words) bySentence.set(w.sentence, (bySentence.get(w.sentence) ?? true) && w.headline);
  return [...bySentence.values()];
}

test('title-case and all-caps lines are headlines; prose with capitals is not', () => {
  const text = [
    'Harbour Board Chief Warns Of Record Tides',
    'Harbour Board Chief Warns about Record Tides',
    'FERRY PILOTS STRIKE OVER PAY CUTS',
    'Mayor Tomas Vela and Deputy Ines Roca said little.',
    'Several harbour workers said nothing when Mayor Tomas Vela and Deputy Ines Roca Arrived Today.',
  ].join('\n');
  assert.deepEqual(linesMarked(text), [true, true, true, false, false]);
});

test('in an all-caps line capitals say nothing about names; in a title-case line they still may', () => {
  const words = wordsOf('FERRY PILOTS STRIKE OVER PAY CUTS\nHarbour Board Chief Warns Of Record Tides');
  assert.deepEqual(words.filter((w) => w.cap).map((w) => w.text), ['Harbour', 'Board', 'Chief', 'Warns', 'Record', 'Tides']);
});

test('acronymOf: initials of the capitalised words, hyphenated parts apart; none under two words', () => {
  assert.equal(acronymOf('North Atlantic Treaty Organization'), 'nato');
  assert.equal(acronymOf('Office of Rail and Road'), 'orr');
  assert.equal(acronymOf('Anglo-Dutch Shipping  Board'), 'adsb');
  assert.equal(acronymOf('the Harbour authority'), null);
  assert.equal(acronymOf('Eurostat'), null);
  assert.equal(acronymOf(''), null);
});
