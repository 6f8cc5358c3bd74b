import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document/document.js';
import { segment } from '../src/segment/segment.js';

test('tokens carry offsets into the original text, and sentences never cross a paragraph', () => {
  const text = 'Headline without a stop\nThe mayor said it was “fine.” She left.\n\nLast line.';
  const { tokens, sentences, paragraphs } = segment(createDocument(text));
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(paragraphs.length, 3);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Headline without a stop', 'The mayor said it was “fine.”', 'She left.', 'Last line.'],
  );
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
  assert.ok(!tokens.some((t) => t.text.trim() === ''), 'no white-space tokens');
});

test('an empty text has no tokens', () => {
  const { tokens, sentences } = segment(createDocument('  \n '));
  assert.equal(tokens.length, 0);
  assert.equal(sentences.length, 0);
});

test('the same text is tokenized the same whatever was read before it', () => {
  const text = 'The governor’s plan and Mayor Okonkwo’s budget were both delayed.';
  const tokens = () => segment(createDocument(text)).tokens.map((t) => `${t.text}/${t.pos}`);
  const before = tokens();
  // wink caches words it meets: after "Okonkwo’s." (possessive before a full stop) it no longer
  // splits "Okonkwo’s" anywhere; reading that first must not change the result
  segment(createDocument('It was the governor’s. The office is Okonkwo’s.'));
  assert.deepEqual(tokens(), before);
  assert.deepEqual(before.slice(0, 4), ['The/DET', 'governor/NOUN', '’s/PART', 'plan/NOUN']);
  assert.ok(before.includes('Okonkwo/PROPN'));
});

test('a run of words with no sentence end is cut into sentences of at most 300 tokens, after a clause mark when there is one', () => {
  // 700 words, with a comma after word 500: the list a page dump gives
  const words = Array.from({ length: 700 }, (_, i) => (i === 499 ? 'budget,' : ['council', 'harbour', 'levy', 'budget'][i % 4]!));
  const text = words.join(' ');
  const { sentences, tokens } = segment(createDocument(text));
  assert.equal(tokens.length, 701);
  assert.deepEqual(sentences.map((s) => s.endToken - s.firstToken), [300, 201, 200]);
  // the second sentence ends with the comma; every token belongs to the sentence that holds it
  assert.equal(tokens[sentences[1]!.endToken - 1]!.text, ',');
  sentences.forEach((s, i) => {
    for (let t = s.firstToken; t < s.endToken; t++) assert.equal(tokens[t]!.sentence, i);
  });
});

test('every token has a part of speech, a lemma and a normal form, even where wink gives none', () => {
  const doc = createDocument('They cannot, at this moment, negotiate. She cannot go.');
  const { tokens } = segment(doc);
  for (const t of tokens) {
    assert.equal(typeof t.pos, 'string', t.text);
    assert.equal(typeof t.lemma, 'string', t.text);
    assert.equal(typeof t.normal, 'string', t.text);
  }
  assert.equal(tokens.find((t) => t.text === 'cannot')?.lemma, 'cannot');
});

test('names that are also verbs are tagged as names next to a name, inflected verbs and questions are not', () => {
  const tags = (text: string) => Object.fromEntries(segment(createDocument(text)).tokens.map((t) => [t.text, t.pos]));
  const a = tags('Officials met Will Hurd and Hope Hicks. Peter Cook said so.');
  assert.deepEqual([a.Will, a.Hope, a.Cook], ['PROPN', 'PROPN', 'PROPN']);
  const b = tags('Will Maria win? Mayor Says Tomas Lost.');
  assert.equal(b.Will, 'AUX');
  assert.equal(b.Says, 'VERB');
});

test('a doubled closing apostrophe stays with the sentence it closes', () => {
  const text = "''It was a good year,'' she said. ''We will see a better one, not a worse one.'' The board agreed.";
  const { sentences, tokens } = segment(createDocument(text));
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ["''It was a good year,'' she said.", "''We will see a better one, not a worse one.''", 'The board agreed.'],
  );
  for (const [i, s] of sentences.entries()) for (let t = s.firstToken; t < s.endToken; t++) assert.equal(tokens[t]!.sentence, i);
});

test('a full stop inside a party-and-state tag or a web address does not end the sentence', () => {
  const text = 'The levy failed, Rep. Dana Ruiz (R-S.C.) said on Friday. Sen. Omar Pell (D-N.Y.), who chairs the panel, agreed. ' +
    'Details are on harbor.gov for now. Voters left.The count went on. It passed!, she wrote.';
  const { sentences } = segment(createDocument(text));
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [
    'The levy failed, Rep. Dana Ruiz (R-S.C.) said on Friday.',
    'Sen. Omar Pell (D-N.Y.), who chairs the panel, agreed.',
    'Details are on harbor.gov for now.',
    // a missing space before a capital is still a sentence end
    'Voters left.',
    'The count went on.',
    'It passed!, she wrote.',
  ]);
});

test('a title abbreviation before a name does not end the sentence ("the Rev.", "Sens.")', () => {
  const text = 'The pier was blessed by the Rev. Ada Moss on Sunday. It was funded by Sens. Ho and Diaz.';
  const { sentences } = segment(createDocument(text));
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [
    'The pier was blessed by the Rev. Ada Moss on Sunday.',
    'It was funded by Sens. Ho and Diaz.',
  ]);
});
