import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBrat, readPolnear } from '../src/eval/polnear.js';
import { goldKind, pairDocument, score, type Predicted } from '../src/eval/score.js';
import { evaluate } from '../src/eval/run.js';

// An article of our own, with one astral character (🙂) so code points and UTF-16 differ.
const TEXT = '🙂 The mayor said the bridge would reopen. "It is safe," the engineer told us.';
// offsets in code points, as BRAT/PolNeAR count them
const ANN = [
  'T1\tSource 2 11\tThe mayor',
  'T2\tCue 12 16\tsaid',
  'T3\tContent 17 41\tthe bridge would reopen.',
  'T4\tAttribution 12 16\tsaid',
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  'T5\tContent 42 55\t"It is safe,"',
  'T6\tSource 56 68\tthe engineer',
  'T7\tCue 69 73\ttold',
  'T8\tAttribution 69 73\ttold',
  '#1\tAnnotatorNotes T8\tignored',
  'E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5',
].join('\n');

const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  return { start: i, end: i + s.length, text: s };
};

test('BRAT code-point offsets become UTF-16 offsets', () => {
  const gold = parseBrat(ANN, TEXT);
  assert.equal(gold.length, 2);
  const [a, b] = gold;
  assert.equal(TEXT.slice(...a!.source![0]!), 'The mayor');
  assert.equal(TEXT.slice(...a!.cue[0]!), 'said');
  assert.equal(TEXT.slice(...b!.content[0]!), '"It is safe,"');
});

test('perfect predictions score 1 everywhere; a wrong source costs source and all-exact only', () => {
  const gold = parseBrat(ANN, TEXT);
  const perfect: Predicted[] = [
    { kind: 'indirect', cue: at('said'), source: at('The mayor'), content: at('the bridge would reopen.') },
    { kind: 'direct', cue: at('told'), source: at('the engineer'), content: at('"It is safe,"') },
  ];
  const s1 = score([pairDocument(TEXT, gold, perfect)]);
  assert.deepEqual([s1.cue.exact.f1, s1.source.exact.f1, s1.content.exact.f1, s1.all.exact.f1], [1, 1, 1, 1]);

  const wrongSource = [perfect[0]!, { ...perfect[1]!, source: at('engineer') }];
  const s2 = score([pairDocument(TEXT, gold, wrongSource)]);
  assert.equal(s2.cue.exact.f1, 1);
  assert.equal(s2.source.exact.p, 0.5);
  assert.equal(s2.all.exact.r, 0.5);
  // "engineer" is 1 of the 2 gold tokens of "the engineer", and all of the predicted ones
  assert.equal(s2.source.overlap.p, 1);
  assert.equal(s2.source.overlap.r, 0.75);
});

test('a source or content only counts when its cue overlaps the gold cue', () => {
  const gold = parseBrat(ANN, TEXT);
  const noCue: Predicted[] = [{ kind: 'indirect', cue: null, source: at('The mayor'), content: at('the bridge would reopen.') }];
  const s = score([pairDocument(TEXT, gold, noCue)]);
  assert.equal(s.source.exact.p, 0);
  assert.equal(s.content.overlap.p, 0);
  assert.equal(s.predicted, 1);
});

test('gold kinds are read off the content: quoted, unquoted, or partly quoted', () => {
  const t = 'He said "we won." He said we won. He called it "a win" for all.';
  assert.equal(goldKind(t, [[8, 17]]), 'direct');
  assert.equal(goldKind(t, [[26, 33]]), 'indirect');
  assert.equal(goldKind(t, [[44, 64]]), 'mixed');
  const nyt = "He said ''we won.'' Then he left.";
  assert.equal(goldKind(nyt, [[8, 19]]), 'direct');
});

test('a split scores the first annotator file and the pipeline end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-eval-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'a.txt'), TEXT);
  writeFileSync(join(dir, 'attributions', 'a_zz99.ann'), 'T1\tCue 12 16\tsaid\n');
  writeFileSync(join(dir, 'attributions', 'a_aa11.ann'), ANN);
  const docs = readPolnear(dir);
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.annotationFile, 'a_aa11.ann');
  const { result } = evaluate(docs, () => [], { timing: false });
  assert.equal(result.gold, 2);
  assert.equal(result.cue.exact.r, 0);
});

test('agreement scores every annotator of a multi-annotated article against every other', async () => {
  const { readMultiAnnotated } = await import('../src/eval/polnear.js');
  const { agreement } = await import('../src/eval/run.js');
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-agree-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'story.txt'), TEXT);
  writeFileSync(join(dir, 'text', 'single.txt'), TEXT);
  // annotator aaaa marks both attributions; bbbb marks the first with a wider source and not
  // the second; a one-annotator article is not an agreement sample
  writeFileSync(join(dir, 'attributions', 'story_aaaa.ann'), ANN);
  writeFileSync(
    join(dir, 'attributions', 'story_bbbb.ann'),
    ['T1\tSource 2 16\tThe mayor said', 'T2\tCue 12 16\tsaid', 'T3\tContent 17 41\tthe bridge would reopen.', 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'].join('\n'),
  );
  writeFileSync(join(dir, 'attributions', 'single_aaaa.ann'), ANN);
  const multi = readMultiAnnotated(dir);
  assert.deepEqual(multi.map((d) => [d.name, d.annotators.map((a) => a.length)]), [['story', [2, 1]]]);
  const s = agreement(multi);
  // two ordered pairs: aaaa vs bbbb finds 1 of 2 cues (P 1, R 0.5), bbbb vs aaaa the reverse
  assert.equal(s.pairsOfAnnotators, 2);
  assert.deepEqual([s.gold, s.predicted], [3, 3]);
  assert.deepEqual(s.cue.exact, { p: 0.6667, r: 0.6667, f1: 0.6667 });
  assert.equal(s.source.exact.f1, 0);
  assert.equal(s.content.exact.f1, 0.6667);

  // the engine on the same article, scored against each annotator: a prediction of the mayor's
  // statement only matches aaaa's first attribution exactly and bbbb's on cue and content
  const { againstAnnotators } = await import('../src/eval/run.js');
  const mayor: Predicted = { kind: 'indirect', cue: at('said'), source: at('The mayor'), content: at('the bridge would reopen') };
  const e = againstAnnotators(multi, () => [mayor]);
  assert.deepEqual([e.docs, e.gold, e.predicted], [1, 3, 2]);
  assert.deepEqual(e.cue.exact, { p: 1, r: 0.6667, f1: 0.8 });
  assert.deepEqual(e.source.exact, { p: 0.5, r: 0.3333, f1: 0.4 });
});
