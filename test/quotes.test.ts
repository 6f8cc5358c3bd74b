import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document/document.js';
import { segment } from '../src/segment/segment.js';
import { findQuotes, scanQuotes } from '../src/quotes/quotes.js';

const inside = (text: string, q: { start: number; end: number }) => text.slice(q.start, q.end);

test('curly double quotes with a single quote nested inside; apostrophes are not marks', () => {
  const text = 'The harbour master said: “It’s what they call ‘a slow tide’ around here.” Then he left.';
  const quotes = scanQuotes(text);
  assert.equal(quotes.length, 2);
  assert.equal(inside(text, quotes[0]!), '“It’s what they call ‘a slow tide’ around here.”');
  assert.equal(quotes[0]!.mark, 'double');
  assert.equal(quotes[0]!.parent, -1);
  assert.equal(inside(text, quotes[1]!), '‘a slow tide’');
  assert.equal(quotes[1]!.mark, 'single');
  assert.equal(quotes[1]!.parent, 0);
  assert.equal(text.slice(quotes[1]!.innerStart, quotes[1]!.innerEnd), 'a slow tide');
});

test('straight double marks pair up; straight apostrophes and elisions are left alone', () => {
  const text = `The voters' choice was "not close," the clerk said of rock 'n' roll night in the '90s.`;
  const quotes = scanQuotes(text);
  assert.deepEqual(quotes.map((q) => inside(text, q)), ['"not close,"']);
});

test('straight single quotes nested in straight double quotes', () => {
  const text = `He said "the sign read 'closed' all week" to us.`;
  const quotes = scanQuotes(text);
  assert.deepEqual(quotes.map((q) => [inside(text, q), q.parent]), [[`"the sign read 'closed' all week"`, -1], [`'closed'`, 0]]);
});

test("three apostrophes after an inner quote close the single, then the double (wire style)", () => {
  const text = "''They keep saying, 'the pier is safe,''' the mayor said. Then he left.";
  const quotes = scanQuotes(text);
  assert.deepEqual(quotes.map((q) => inside(text, q)), ["''They keep saying, 'the pier is safe,'''", "'the pier is safe,'"]);
  assert.equal(quotes[1]!.parent, 0);
});

test("doubled apostrophes act as double marks (wire style)", () => {
  const text = "The chef said ''we open at noon'' and smiled.";
  const quotes = scanQuotes(text);
  assert.equal(quotes.length, 1);
  assert.equal(inside(text, quotes[0]!), "''we open at noon''");
  assert.equal(text.slice(quotes[0]!.innerStart, quotes[0]!.innerEnd), 'we open at noon');
});

test('a quote left open at a paragraph end continues into the next paragraph that opens with a mark', () => {
  const text = 'The coach said: “We trained all winter.\n“Now the season starts,” she added.\nPlain closing line.';
  const quotes = scanQuotes(text);
  assert.equal(quotes.length, 1);
  assert.equal(inside(text, quotes[0]!), '“We trained all winter.\n“Now the season starts,”');
  assert.equal(quotes[0]!.unclosed, false);
});

test('a quote that never closes ends with its paragraph and is flagged unclosed', () => {
  const text = 'She shouted “stop the count\nThe next paragraph has no quotes.';
  const quotes = scanQuotes(text);
  assert.equal(quotes.length, 1);
  assert.equal(inside(text, quotes[0]!), '“stop the count');
  assert.equal(quotes[0]!.unclosed, true);
});

test('tokens learn the innermost quotation that holds them', () => {
  const doc = createDocument('He said “they called it ‘odd’ then” and left.');
  Object.assign(doc.ann, segment(doc));
  const { quotes, tokens } = findQuotes(doc);
  const byText = new Map(tokens.map((t) => [t.text, t.quote]));
  assert.equal(quotes.length, 2);
  assert.equal(byText.get('He'), -1);
  assert.equal(byText.get('called'), 0);
  assert.equal(byText.get('odd'), 1);
  assert.equal(byText.get('then'), 0);
  assert.equal(byText.get('left'), -1);
});

test('a long text without marks is scanned in one pass', () => {
  const text = 'plain words and more words. '.repeat(200_000);
  assert.equal(scanQuotes(text).length, 0);
});

test('a mistyped opening mark after final punctuation closes the quote', () => {
  const text = 'She asked, “Is it open?“ he said. Then “yes” came back.';
  const quotes = scanQuotes(text);
  assert.deepEqual(quotes.map((q) => text.slice(q.start, q.end)), ['“Is it open?“', '“yes”']);
});

test('a mistyped opening mark right after a word closes the open quote', () => {
  const text = 'He called them “thieves“ and left. Then “yes” came back.';
  assert.deepEqual(scanQuotes(text).map((q) => inside(text, q)), ['“thieves“', '“yes”']);
  // after a space it opens a quotation as usual
  const nested = 'He said “we read “the notice” twice” to us.';
  assert.deepEqual(scanQuotes(nested).map((q) => inside(nested, q)), ['“we read “the notice” twice”', '“the notice”']);
});
