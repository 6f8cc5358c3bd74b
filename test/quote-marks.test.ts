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
