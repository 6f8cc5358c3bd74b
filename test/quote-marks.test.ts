import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindOfPieces } from '../src/quotes/marks.js';
import { extract } from '../src/pipeline/extract.js';

test('a content is direct when each piece is one quotation, mixed when it holds one, whatever the marks', () => {
  assert.equal(kindOfPieces(['“The ferry will run,”']), 'direct');
  assert.equal(kindOfPieces(['"The ferry will run."']), 'direct');
  assert.equal(kindOfPieces(["''The ferry will run,''"]), 'direct');
  assert.equal(kindOfPieces(['‘The ferry will run,’', '‘but not on Sundays.’']), 'direct');
  assert.equal(kindOfPieces(["'The ferry will run.'"]), 'direct');
  // two quotations with the narrator's words between them are not one quotation
  assert.equal(kindOfPieces(['“a blank cheque” and “a scandal”']), 'mixed');
  assert.equal(kindOfPieces(['the levy was ‘a tax on work’']), 'mixed');
  assert.equal(kindOfPieces(["the dockers' union would strike"]), 'indirect');
  assert.equal(kindOfPieces(['the levy would pass']), 'indirect');
  // a quote over two paragraphs opens the second one again
  assert.equal(kindOfPieces(['“The ferry will run.\n\n“It will be late.”']), 'direct');
  // an inner quote closing with the outer one
  assert.equal(kindOfPieces(["''She told me, 'Wait here,'''"]), 'direct');
});

test('British single quotation marks make direct and partly quoted statements', () => {
  const text = [
    "The harbour master said the port would reopen on Friday.",
    "'We have cleared the main channel and the cranes are working again,' she said.",
    "Union leader Tom Reyes described the delay as 'a disgrace to the whole town'.",
  ].join('\n');
  const kinds = extract(text).attributions.map((a) => [a.content.text, a.kind]);
  assert.deepEqual(kinds, [
    ['the port would reopen on Friday', 'indirect'],
    ["'We have cleared the main channel and the cranes are working again,'", 'direct'],
    ["the delay as 'a disgrace to the whole town'", 'mixed'],
  ]);
});

test('a British quote that runs over paragraphs reopens each with a single mark and continues the speaker', () => {
  const text = [
    'Harbour master Jane Holt said the port would reopen on Friday.',
    "'We have cleared the main channel,' she said. 'The first ferries sail at dawn.",
    "'Passengers should check the timetable before they travel.'",
  ].join('\n\n');
  const a = extract(text);
  assert.deepEqual(a.attributions.map((x) => [x.kind, x.content.text, x.speaker?.name ?? null]), [
    ['indirect', 'the port would reopen on Friday', 'Jane Holt'],
    ['direct', "'We have cleared the main channel,'", 'Jane Holt'],
    ['direct', "'The first ferries sail at dawn.\n\n'Passengers should check the timetable before they travel.'", 'Jane Holt'],
  ]);
});

test('in an article quoting with double marks, a single-quoted line after a quote is no continuation of it', () => {
  const text = [
    'Mayor Ada Cole said the plant would stay open. "We will not let it close," she said.',
    "'A hard winter ahead.'",
  ].join('\n\n');
  assert.deepEqual(extract(text).attributions.map((x) => x.content.text), ['the plant would stay open', '"We will not let it close,"']);
});
