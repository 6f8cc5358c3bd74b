// The normal forms' shortcuts for plain text must give exactly what the full folding gives: quote
// ids and name keys are stored, and a store written before the shortcuts must still match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, fullFold, normaliseName, normaliseQuote, quoteId, quotedWords } from '../src/ledger/normalise.js';
import { compareQuotes, compareSifted, commonWordsSieve, quoteWords } from '../src/ledger/variants.js';

const fullQuote = (text: string) => fullFold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every character of ASCII and of the General Punctuation block, alone and amid words. */
function plainSamples(): string[] {
  const samples: string[] = [];
  const chars: string[] = [];
  for (let c = 0; c < 0x80; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x2000; c < 0x2070; c++) chars.push(String.fromCharCode(c));
  for (const c of chars) samples.push(c, `Ab${c}cD`, ` ${c}Quay 9 `, `won${c}t${c}${c}stop`, `The ${c} Harbour-Board's ${c}`);
  return samples;
}

test('foldText and normaliseQuote give what the full folding gives, for every plain character', () => {
  for (const text of plainSamples()) {
    assert.equal(foldText(text), fullFold(text), JSON.stringify(text));
    assert.equal(normaliseQuote(text), fullQuote(text), JSON.stringify(text));
  }
});

test('text outside ASCII and General Punctuation is folded in full', () => {
  assert.equal(foldText('Søren  Ørsted—Café “Nord”'), 'søren ørsted-cafe "nord"');
  assert.equal(normaliseQuote('The ﬁnal ½ of the Café’s plan…'), 'the final 1 2 of the cafe s plan');
  assert.equal(normaliseQuote('Ellipsis… and — dashes “quoted”'), 'ellipsis and dashes quoted');
  assert.equal(normaliseName('Dr. José  O’Neill'), "jose o'neill");
  assert.equal(normaliseName('Prof. Ann `Lee`'), "ann 'lee'");
});

test('quoteId answers each text for itself, asked in any order', () => {
  const a = 'the harbour board will not raise the fees this year';
  const b = 'the harbour board won’t raise the fees this year';
  const c = 'too short';
  const ids = [a, a, b, c, b, a, c].map((t) => quoteId(t));
  assert.equal(ids[0], ids[2]); // "won't" is "will not"
  assert.match(ids[0]!, /^q[0-9a-f]{15}$/);
  assert.deepEqual(ids, [ids[0], ids[0], ids[0], null, ids[0], ids[0], null]);
  assert.notEqual(quoteId('the harbour board will raise the fees this year'), ids[0]);
});

test('compareSifted is compareQuotes for quotes that pass the sieve', () => {
  const older = quoteWords('We will never sign a blank cheque for the harbour board');
  const newer = quoteWords('We will not sign a blank cheque for the harbour board, she said');
  assert.ok(commonWordsSieve(newer.map((w) => w.norm))(older.map((w) => w.norm)));
  const found = compareSifted(older, newer);
  assert.deepEqual(found, compareQuotes(older, newer));
  assert.deepEqual([found!.relation, found!.sharedWords, found!.changedWords], ['altered', 10, 1]);
});

test('normaliseName answers the same before and after its memo of names fills up', () => {
  const names = Array.from({ length: 12_000 }, (_, k) => `Dr. Ana-Lu ${k} O’Brien`);
  const first = names.map(normaliseName);
  assert.equal(first[7], "ana-lu 7 o'brien");
  assert.deepEqual(names.map(normaliseName), first);
  assert.equal(normaliseName('Prof.  Jürgen   Weiß'), 'jurgen weiß');
  assert.equal(normaliseName('Prof.  Jürgen   Weiß'), 'jurgen weiß');
});

test('the quoted words of a partly quoted content may be in single marks, as British outlets write them', () => {
  assert.equal(quotedWords('described the levy as ‘a tax on every harbour worker’, adding'), '‘a tax on every harbour worker’');
  // apostrophes inside and around the run are not its marks
  assert.equal(quotedWords("said the dockers' union was 'angrier than it's ever been' and left"), "'angrier than it's ever been'");
  assert.equal(quotedWords('called it “a blank cheque for the board” and ‘a scandal’'), '“a blank cheque for the board”');
  // too short to recognise again, or no quotation at all
  assert.equal(quotedWords("rock 'n' roll is what it’s about"), null);
  // the same words in either kind of mark are one quote
  assert.equal(quoteId('‘a tax on every harbour worker’'), quoteId('“a tax on every harbour worker”'));
});
