import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document/document.js';
import type { Document } from '../src/document/types.js';
import { segment } from '../src/segment/segment.js';
import { findQuotes } from '../src/quotes/quotes.js';
import { findAttributions } from '../src/attribution/attribution.js';
import { ruleSourceAt } from '../src/attribution/rule-source.js';
import { LinearTagger, PerceptronTrainer, allowedTransitions, viterbi, type Sequence } from '../src/model/perceptron.js';
import {
  AttributionModel, baseFeatureTable, confidenceOfMargin, chunks, cueSequence, cueWindow, dropNested, isPassiveCue, sentenceSequence,
} from '../src/model/model.js';
import { rng } from '../src/model/hash.js';
import { cueNeighbours, cueView, tokenAtoms, type TokenAtoms } from '../src/model/features.js';
import { PartScorer } from '../src/model/partscore.js';
import { averageTaggers, trainModel, type GoldParts, type TrainExample } from '../src/model/train.js';
import { combineAttributions, findAttributionsModel, loadModel } from '../src/model/index.js';
import type { Attribution } from '../src/document/types.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPolnear } from '../src/eval/polnear.js';
import { halves, trainingExamples } from '../src/model/examples.js';
import { annotate, stagesFor } from '../src/pipeline/extract.js';

// --- the learner on a synthetic task ---------------------------------------------------------

/** Feature 1 marks "start of a name", 2 "continues it"; everything else is noise 3..9. */
function toySequence(ids: number[]): Sequence {
  const feats = Int32Array.from(ids.flatMap((id) => [id, 100 + id]));
  const offsets = Int32Array.from(ids.map((_, i) => i * 2).concat(ids.length * 2));
  return { n: ids.length, feats, offsets };
}
const toyGold = (ids: number[]) => Uint8Array.from(ids.map((id) => (id === 1 ? 1 : id === 2 ? 2 : 0)));

test('the perceptron learns a toy BIO pattern and generalises to a new sequence', () => {
  const trainer = new PerceptronTrainer(['O', 'B-X', 'I-X'], 10);
  // noise words around a name of 1-3 tokens, in varying positions
  const data = Array.from({ length: 24 }, (_, k) => {
    const noise = (j: number) => 3 + ((k * 5 + j * 3) % 7);
    const name = [1, ...Array.from({ length: k % 3 }, () => 2)];
    const before = Array.from({ length: k % 4 }, (_, j) => noise(j));
    return [...before, ...name, noise(9), noise(11)];
  });
  for (let epoch = 0; epoch < 5; epoch++) for (const ids of data) trainer.train(toySequence(ids), toyGold(ids));
  const tagger = trainer.averaged();
  const unseen = [4, 4, 1, 2, 2, 3, 1];
  assert.deepEqual([...tagger.tag(toySequence(unseen))], [0, 0, 1, 2, 2, 0, 1]);
});

test('viterbi never puts I-X after O or at the start', () => {
  const tags = ['O', 'B-X', 'I-X'];
  const { start, pair } = allowedTransitions(tags);
  assert.deepEqual([...start], [1, 1, 0]);
  // emissions prefer I-X everywhere; the only legal way to use it is B-X first
  const em = Float32Array.from([0, 1, 5, 0, 1, 5, 0, 1, 5]);
  const out = viterbi(em, 3, 3, new Float32Array(12), start, pair);
  assert.deepEqual([...out], [1, 2, 2]);
  assert.deepEqual(chunks(Uint8Array.from([0, 1, 2, 0, 2, 1, 1]), 1, 2), [[1, 3], [5, 6], [6, 7]]);
});

// --- the attribution model on articles we write ----------------------------------------------

const NAMES = ['Maria Lindqvist', 'Tomas Okafor', 'The harbour authority', 'Priya Raman', 'Jonah Fell', 'The union', 'Elena Sorel', 'Kwame Asante'];
const CLAUSES = [
  'the ferry schedule would change in spring',
  'the new pier was safe for heavy trucks',
  'ticket prices had doubled since March',
  'the night buses were often late',
  'nobody had consulted the fishermen',
  'the budget left no room for repairs',
];

interface Built { text: string; gold: GoldParts[] }

/** Builds an article of sentences in two frames, recording the gold spans as it goes. */
function article(seed: number, sentences: number): Built {
  let text = '';
  const gold: GoldParts[] = [];
  for (let k = 0; k < sentences; k++) {
    const name = NAMES[(seed * 3 + k * 5) % NAMES.length]!;
    const clause = CLAUSES[(seed + k * 7) % CLAUSES.length]!;
    if ((seed + k) % 3 === 2) {
      text += 'The weather stayed calm all week. ';
      continue;
    }
    if ((seed + k) % 2 === 0) {
      const s = text.length;
      text += `${name} said that ${clause}. `;
      const cue = s + name.length + 1;
      gold.push({ source: [[s, s + name.length]], cue: [[cue, cue + 4]], content: [[cue + 5, cue + 10 + clause.length]] });
    } else {
      const s = text.length;
      const quoted = `“${clause[0]!.toUpperCase()}${clause.slice(1)},”`;
      text += `${quoted} ${name} said. `;
      const src = s + quoted.length + 1;
      const cue = src + name.length + 1;
      gold.push({ content: [[s, s + quoted.length]], source: [[src, src + name.length]], cue: [[cue, cue + 4]] });
    }
  }
  return { text: text.trim(), gold };
}

function segmented(text: string): Document {
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  return doc;
}

const examples: TrainExample[] = Array.from({ length: 12 }, (_, i) => {
  const a = article(i, 6);
  return { doc: segmented(a.text), gold: a.gold };
});
const options = { cueBits: 14, partBits: 14, cueEpochs: 4, partEpochs: 4, seed: 7 };
const model = trainModel(examples, options);

// The same articles with the rule engine's attributions: a model stacked on the rules.
const withQuotes = (doc: Document) => ({ ...doc, ann: { ...doc.ann, ...findQuotes(doc) } });
const stackedExamples: TrainExample[] = examples.map((ex) => {
  const doc = withQuotes(ex.doc);
  return { doc, gold: ex.gold, rules: findAttributions(doc).attributions };
});
const stacked = trainModel(stackedExamples, options);

const spans = (atts: Attribution[]) =>
  atts.map((a) => ({ cue: a.cue?.text, source: a.source?.text, content: a.content.text, kind: a.kind }));

test('a model trained on toy articles finds cue, source and content in a new article', () => {
  const text = 'Kwame Asante said that the new pier was safe for heavy trucks. The weather stayed calm all week. “Ticket prices had doubled since March,” Jonah Fell said.';
  const doc = segmented(text);
  assert.deepEqual(spans(findAttributionsModel(doc, model).attributions), [
    { cue: 'said', source: 'Kwame Asante', content: 'that the new pier was safe for heavy trucks', kind: 'indirect' },
    { cue: 'said', source: 'Jonah Fell', content: '“Ticket prices had doubled since March,”', kind: 'direct' },
  ]);
  const ids = findAttributionsModel(doc, model).attributions.map((a) => [a.id, a.origin]);
  assert.deepEqual(ids, [['m1', 'model'], ['m2', 'model']]);
});

test('training is deterministic: same data and options give the same bytes', () => {
  const again = trainModel(examples, options);
  assert.ok(model.serialize().equals(again.serialize()));
});

test('averaging taggers averages their weights, and a model averaged over seeds is deterministic and still right', () => {
  const tags = ['O', 'B-CUE', 'I-CUE'];
  const a = new LinearTagger(tags, 2, new Float32Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), new Float32Array(12).fill(1));
  const b = new LinearTagger(tags, 2, new Float32Array([3, 2, 1, 0, -5, 6, 7, 8, 9, 10, 11, -12]), new Float32Array(12).fill(3));
  const mean = averageTaggers([a, b]);
  assert.deepEqual([...mean.weights], [2, 2, 2, 2, 0, 6, 7, 8, 9, 10, 11, 0]);
  assert.deepEqual([...mean.trans], new Array(12).fill(2));
  const averaged = trainModel(examples, { ...options, seeds: 2 });
  assert.ok(averaged.serialize().equals(trainModel(examples, { ...options, seeds: 2 }).serialize()));
  assert.ok(!averaged.serialize().equals(model.serialize()));
  const doc = segmented('Mira Holt said that the ferry would run again in May.');
  assert.deepEqual(spans(findAttributionsModel(doc, averaged).attributions), [
    { cue: 'said', source: 'Mira Holt', content: 'that the ferry would run again in May', kind: 'indirect' },
  ]);
});

test('a save/load round trip gives identical weights and predictions', () => {
  const loaded = AttributionModel.deserialize(model.serialize());
  assert.deepEqual(loaded.part.weights, model.part.weights);
  assert.deepEqual(loaded.cue.trans, model.cue.trans);
  assert.deepEqual(loaded.lexicon, model.lexicon);
  for (const ex of examples.slice(0, 4)) {
    assert.deepEqual(loaded.predict(ex.doc), model.predict(ex.doc));
  }
});

test('a missing model file is reported with its path', () => {
  assert.throws(() => loadModel('/nonexistent/attribution.bin.gz'), /^Error: \/nonexistent\/attribution\.bin\.gz: model file not found/);
});

test('an article without tokens gets no attributions', () => {
  assert.deepEqual(findAttributionsModel(segmented(''), model), { attributions: [] });
  assert.deepEqual(findAttributionsModel(segmented('The weather stayed calm all week.'), model), { attributions: [] });
});

test('an attribution whose cue sits inside another one\'s content is dropped (outermost only)', () => {
  const at = (start: number, end: number) => ({ start, end, text: '' });
  const base = { speakerId: null, statedOn: null, confidence: 0.7, origin: 'model' as const, kind: 'indirect' as const };
  const outer: Attribution = { ...base, id: 'm1', cue: at(10, 14), source: at(0, 9), content: at(15, 60) };
  const inner: Attribution = { ...base, id: 'm2', cue: at(30, 36), source: at(20, 29), content: at(37, 60) };
  const apart: Attribution = { ...base, id: 'm3', cue: at(70, 74), source: at(62, 69), content: at(75, 90) };
  assert.deepEqual(dropNested([outer, inner, apart]).map((a) => a.id), ['m1', 'm3']);
  // each inside the other's content: neither is the outer one, both stay
  const a: Attribution = { ...base, id: 'a', cue: at(10, 14), source: null, content: at(20, 40), contentParts: [at(0, 9), at(20, 40)] };
  const b: Attribution = { ...base, id: 'b', cue: at(25, 29), source: null, content: at(8, 16) };
  assert.deepEqual(dropNested([a, b]).map((x) => x.id), ['a', 'b']);
});

test('a file that is not a model is refused with its name', () => {
  assert.throws(() => AttributionModel.deserialize(Buffer.from('not a model'), 'x.bin.gz'), /x\.bin\.gz: not a whosaid model file/);
});

test('the combiner takes direct-quote content from the rules and fills the model\'s gaps with rules', () => {
  const at = (start: number, end: number) => ({ start, end, text: '' });
  const base = { speakerId: null, statedOn: null, confidence: 0.5 };
  const rules: Attribution[] = [
    { ...base, id: 'a1', kind: 'direct', cue: at(20, 24), source: at(25, 30), content: at(0, 18), origin: 'rule' },
    { ...base, id: 'a2', kind: 'indirect', cue: at(40, 44), source: at(32, 39), content: at(45, 60), origin: 'rule' },
    { ...base, id: 'a3', kind: 'indirect', cue: at(70, 74), source: at(62, 69), content: at(75, 90), origin: 'rule', confidence: 0.8 },
    { ...base, id: 'a5', kind: 'indirect', cue: at(110, 114), source: at(102, 109), content: at(115, 130), origin: 'rule' },
    { ...base, id: 'a6', kind: 'indirect', cue: at(140, 144), source: null, content: at(145, 160), origin: 'rule' },
    { ...base, id: 'a4', kind: 'direct', cue: null, source: null, content: at(92, 99), origin: 'rule', continues: 'a1' },
  ];
  const learned: Attribution[] = [
    { ...base, id: 'm1', kind: 'direct', cue: at(20, 24), source: at(25, 28), content: at(1, 17), origin: 'model' },
    { ...base, id: 'm2', kind: 'indirect', cue: at(40, 44), source: at(32, 39), content: at(45, 58), origin: 'model' },
  ];
  // merge: the direct quote keeps the model's cue and source with the rule's content and id
  const merged = combineAttributions(rules, learned, { direct: 'merge' });
  assert.deepEqual(merged.map((a) => [a.id, a.origin, a.source?.end, a.content.start]), [
    ['a1', 'model', 28, 0], ['m2', 'model', 39, 45], ['a3', 'rule', 69, 75], ['a4', 'rule', undefined, 92], ['a5', 'rule', 109, 115],
  ]);
  // default: the rule's direct quote wins; rules fill gaps when confident (a3) or when they name
  // a source (a5, #880), not when weak and sourceless (a6)
  assert.deepEqual(combineAttributions(rules, learned).map((a) => [a.id, a.source?.end]), [
    ['a1', 30], ['m2', 39], ['a3', 69], ['a4', undefined], ['a5', 109],
  ]);
  assert.deepEqual(combineAttributions(rules, learned, { fillSourcedMinConfidence: 0.6 }).map((a) => a.id), ['a1', 'm2', 'a3', 'a4']);
  assert.deepEqual(combineAttributions(rules, learned, { fillMinConfidence: 0 }).map((a) => a.id), ['a1', 'm2', 'a3', 'a4', 'a5', 'a6']);
  assert.deepEqual(combineAttributions(rules, learned, { direct: 'model', fillGaps: false }).map((a) => a.id), ['m1', 'm2']);
});

const cueViewOf = (a: TokenAtoms, cue: [number, number]) => cueView(a, cue[0], cue[1]);

// --- the fast inference path computes exactly what the training-time definitions compute ----

// the part and cue tag sets (decoded by loops written out for them), and two other layouts
for (const tags of [['O', 'B-S', 'I-S', 'B-K', 'I-K'], ['O', 'B-C', 'I-C'], ['O', 'B-S', 'I-S', 'B-S', 'I-S'], ['B-C', 'I-C', 'O']]) {
  test(`decode gives the same tags as viterbi, ties included (${tags.join(' ')})`, () => {
    const nT = tags.length;
    const { start, pair } = allowedTransitions(tags);
    for (const fraction of [1, 0.25, 0]) {
      const trans = Float32Array.from({ length: nT + nT * nT }, (_, k) => (((k * 7) % 5) - 2) * fraction);
      const tagger = new LinearTagger(tags, 4, new Int16Array(16 * nT), trans);
      for (let seed = 1; seed <= 200; seed++) {
        const n = 1 + (seed % 13);
        // small integers, so equal scores (ties) are common
        const next = rng(seed);
        const em = Float32Array.from({ length: n * nT }, () => Math.floor(next() * 5) - 2);
        assert.deepEqual([...tagger.decode(em, n)], [...viterbi(em, n, nT, trans, start, pair)], `seed ${seed}`);
      }
    }
  });
}

for (const [name, m, exs] of [['plain', model, examples], ['stacked', stacked, stackedExamples]] as const) {
test(`fast emissions equal the emissions of the feature definitions for every cue window (${name} model)`, () => {
  const model = m;
  const scorer = new PartScorer(model.part);
  assert.ok(scorer.fuses(model.cue));
  let windows = 0;
  for (const ex of exs.slice(0, 6)) {
    const a = tokenAtoms(ex.doc, model.lexicon, false, ex.rules ?? null);
    const table = baseFeatureTable(a);
    scorer.startDocument(a);
    const cueEm = new Float32Array(a.n * 3);
    scorer.scoreBase(a, model.cue, cueEm);
    for (const s of ex.doc.ann.sentences!) {
      const ref = model.cue.emissions(sentenceSequence(table, s.firstToken, s.endToken, model.cue.shift));
      assert.deepEqual(cueEm.slice(s.firstToken * 3, s.endToken * 3), ref);
    }
    const cues = model.findCues(ex.doc, a, table);
    const mask = new Uint8Array(a.n);
    for (const [f, e] of cues) mask.fill(1, f, e);
    const nb = cueNeighbours(a.n, mask);
    for (const cue of cues) {
      const [first, end] = cueWindow(a, ex.doc.ann.sentences!, a.sentence[cue[0]]!);
      const ref = model.part.emissions(cueSequence(a, table, first, end, cue[0], cue[1], nb, model.part.shift));
      const em = new Float32Array((end - first) * 5);
      scorer.score(a, cueViewOf(a, cue), nb, first, end, em);
      assert.deepEqual(em, ref);
      windows++;
    }
  }
  assert.ok(windows >= 12, `only ${windows} windows checked`);
});
}

test('a stacked model reads the rule engine\'s attributions, remembers it through save/load, and finds them itself when not given', () => {
  assert.equal(model.stacked, false);
  assert.equal(stacked.stacked, true);
  const loaded = AttributionModel.deserialize(stacked.serialize());
  assert.equal(loaded.stacked, true);
  const doc = withQuotes(segmented('“The night buses were often late,” Priya Raman said. The union said that nobody had consulted the fishermen.'));
  const rules = findAttributions(doc).attributions;
  assert.equal(rules.length, 2);
  assert.deepEqual(loaded.predict(doc), stacked.predict(doc, rules));
  // the rules' spans reach the taggers: without them the cue scores differ
  const scores = (given: Attribution[]) => {
    const a = tokenAtoms(doc, stacked.lexicon, false, given);
    const table = baseFeatureTable(a);
    return stacked.cue.emissions(sentenceSequence(table, 0, a.n, stacked.cue.shift));
  };
  assert.notDeepEqual(scores(rules), scores([]));
  assert.deepEqual(spans(stacked.predict(doc, rules)), [
    { cue: 'said', source: 'Priya Raman', content: '“The night buses were often late,”', kind: 'direct' },
    { cue: 'said', source: 'The union', content: 'that nobody had consulted the fishermen', kind: 'indirect' },
  ]);
});

test('float weights (reference path) and int16 weights (fast path) predict the same, documents of any length in any order', () => {
  const asFloat = (t: LinearTagger) => new LinearTagger(t.tags, t.bits, Float32Array.from(t.weights), t.trans);
  const reference = new AttributionModel(model.lexicon, asFloat(model.cue), asFloat(model.part));
  assert.equal(reference.partScorer(), null);
  assert.notEqual(model.partScorer(), null);
  const long = segmented(article(3, 14).text);
  const docs = [long, examples[1]!.doc, long, examples[2]!.doc, examples[5]!.doc];
  for (const doc of docs) {
    const expected = reference.predict(doc);
    assert.ok(expected.length > 0);
    assert.deepEqual(model.predict(doc), expected);
  }
});

test('a passive cue has no source in its subject: the accused is not the accuser', () => {
  const cueOf = (text: string, cue: string) => {
    const doc = createDocument(text);
    const { tokens } = segment(doc);
    const start = text.indexOf(cue);
    const first = tokens.findIndex((t) => t.start === start);
    const end = tokens.findIndex((t) => t.end === start + cue.length) + 1;
    assert.ok(first >= 0 && end > first, `${cue} is whole tokens`);
    return isPassiveCue(tokens, [first, end]);
  };
  assert.equal(cueOf('The harbour master was accused of hiding the report.', 'was accused of'), true);
  assert.equal(cueOf('Two engineers have been blamed for the delay.', 'have been blamed for'), true);
  assert.equal(cueOf('The mayor accused the board of hiding the report.', 'accused'), false);
  // "was quoted as saying": the subject is the one who spoke
  assert.equal(cueOf('The mayor was quoted as saying the bridge was safe.', 'was quoted as saying'), false);
});

// --- session 11, round 11d: the rules' subject logic for the model's sourceless cues ----------

test('ruleSourceAt gives the source the rules would give a cue found elsewhere', () => {
  const sourceAt = (text: string, cue: string) => {
    const start = text.indexOf(cue);
    assert.ok(start >= 0, cue);
    return ruleSourceAt(segmented(text), { start, end: start + cue.length })?.text ?? null;
  };
  // an infinitive: the subject of the verb governing it, next to it or across its object
  assert.equal(sourceAt('The harbour board wants to discuss the ferry fares on Friday.', 'to discuss'), 'The harbour board');
  assert.equal(sourceAt('Ada Moss visited the pier on Monday to inspect the new cranes.', 'to inspect'), 'Ada Moss');
  // a participle after a comma, or after a preposition, belongs to the clause's subject
  assert.equal(sourceAt('Ada Moss closed the pier on Monday, calling it a danger to swimmers.', 'calling'), 'Ada Moss');
  assert.equal(sourceAt('The dockers lagged behind the pilots in calling for new cranes.', 'calling for'), 'The dockers');
  // a second verb after "and then"
  assert.equal(sourceAt('Tom Reyes rubbed his eyes and then said the tide was late.', 'said'), 'Tom Reyes');
  // an adjective after a copula; a relative "that"
  assert.equal(sourceAt('The ferry engineers are wary of the new cranes.', 'wary of'), 'The ferry engineers');
  assert.equal(sourceAt('The board sent a letter that criticized the fares.', 'criticized'), 'that');
  // no source: a raising verb, a passive with no agent, a cue that holds its own noun
  assert.equal(sourceAt('The pier seemed unsafe to the inspectors.', 'seemed'), null);
  assert.equal(sourceAt('The ferry was ordered to stop on Monday.', 'was ordered'), null);
  assert.equal(sourceAt('There are fears about the pier in the harbour town.', 'are fears about'), null);
});

/** A span finder for a test sentence: `at('said')` is the first "said" in it. */
const spanIn = (text: string) => (part: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part };
};

test('the combiner gives a sourceless model attribution the rules\' source at its cue', () => {
  const text = 'Ada Moss closed the pier on Monday, calling it a danger to swimmers.';
  const doc = segmented(text);
  const at = spanIn(text);
  const base = { speakerId: null, statedOn: null, confidence: 0.7, kind: 'indirect' as const };
  const learned: Attribution[] = [{ ...base, id: 'm1', cue: at('calling'), source: null, content: at('it a danger to swimmers'), origin: 'model' }];
  assert.equal(combineAttributions([], learned, {}, doc)[0]!.source?.text, 'Ada Moss');
  // without the document nothing is looked up; a rule's own source at that cue comes first
  assert.equal(combineAttributions([], learned)[0]!.source, null);
  const rule: Attribution = { ...base, id: 'a1', cue: at('calling'), source: at('the pier'), content: at('it a danger to swimmers'), origin: 'rule', confidence: 0.3 };
  assert.equal(combineAttributions([rule], learned, {}, doc)[0]!.source?.text, 'the pier');
  // a model attribution with a source keeps it
  const own: Attribution[] = [{ ...learned[0]!, source: at('the pier') }];
  assert.equal(combineAttributions([], own, {}, doc)[0]!.source?.text, 'the pier');
});

test('#441 a model source broken off at a comma or inside an abbreviation gives way to the rules\' source', () => {
  const check = (text: string, cue: string, broken: string, expected: string | null, rules: Attribution[] = []) => {
    const doc = segmented(text);
    const at = (part: string, from = 0) => {
      const start = text.indexOf(part, from);
      return { start, end: start + part.length, text: part };
    };
    const base = { speakerId: null, statedOn: null, confidence: 0.7, kind: 'indirect' as const };
    const cueAt = at(cue);
    const learned: Attribution[] = [{ ...base, id: 'm1', cue: cueAt, source: at(broken), content: at('the pier was unsafe'), origin: 'model' }];
    assert.equal(combineAttributions(rules, learned, {}, doc)[0]!.source?.text ?? null, expected);
  };
  check('Ada Moss, chair of the harbour board, said the pier was unsafe.', 'said', ', chair of the harbour board,', 'Ada Moss, chair of the harbour board,');
  check('Rep. Tom Reyes (D-N.Y.) said the pier was unsafe.', 'said', 'Y.)', 'Rep. Tom Reyes (D-N.Y.)');
  // a whole name is not broken; since #1480 the rules' subject logic reads it further (title, party)
  check('Rep. Tom Reyes (D-N.Y.) said the pier was unsafe.', 'said', 'Tom Reyes', 'Rep. Tom Reyes (D-N.Y.)');
});

test('#442 a bare participle cue after the object of "to" or "of" belongs to that object', () => {
  const sourceAt = (text: string, cue: string) => {
    const start = text.indexOf(cue);
    return ruleSourceAt(segmented(text), { start, end: start + cue.length })?.text ?? null;
  };
  assert.equal(sourceAt('The firm gave money to a group backing the harbour plan.', 'backing'), 'a group');
  assert.equal(sourceAt('The crowd cheered at the sight of Ada Moss denouncing the harbour plan.', 'denouncing'), 'Ada Moss');
});

test('#700 where the rules and the model find the same cue, the rules\' source wins over the model\'s', () => {
  const text = 'Ada Moss, who chairs the harbour board, said the pier would close in May.';
  const at = spanIn(text);
  const base = { speakerId: null, statedOn: null, confidence: 0.7, kind: 'indirect' as const };
  const content = at('the pier would close in May');
  const learned: Attribution[] = [{ ...base, id: 'm1', cue: at('said'), source: at('Ada Moss'), content, origin: 'model' }];
  const rule: Attribution = { ...base, id: 'a1', cue: at('said'), source: at('Ada Moss, who chairs the harbour board,'), content, origin: 'rule', confidence: 0.3 };
  const [only] = combineAttributions([rule], learned);
  assert.equal(only!.id, 'm1');
  assert.equal(only!.source?.text, 'Ada Moss, who chairs the harbour board,');
  // a rule cue with other boundaries (when the rules do not fill gaps), or a rule without a
  // source, leaves the model's source alone
  const wider: Attribution = { ...rule, cue: at('said the') };
  assert.equal(combineAttributions([wider], learned, { fillGaps: false })[0]!.source?.text, 'Ada Moss');
  assert.equal(combineAttributions([{ ...rule, source: null }], learned)[0]!.source?.text, 'Ada Moss');
});

test('#881 where the rules and the model find one cue with other boundaries, the rules\' attribution is kept', () => {
  const text = 'Tom Reyes said in a letter that the ferry fares would rise in spring.';
  const at = spanIn(text);
  const base = { speakerId: null, statedOn: null, confidence: 0.7, kind: 'indirect' as const };
  const learned: Attribution[] = [{ ...base, id: 'm1', cue: at('said'), source: at('Tom Reyes'), content: at('in a letter that the ferry fares would rise in spring'), origin: 'model' }];
  const rule: Attribution = { ...base, id: 'a1', cue: at('said in a letter'), source: at('Tom Reyes'), content: at('the ferry fares would rise in spring'), origin: 'rule', confidence: 0.4 };
  const combined = combineAttributions([rule], learned);
  assert.deepEqual(combined.map((a) => [a.id, a.cue?.text, a.content.text]), [['a1', 'said in a letter', 'the ferry fares would rise in spring']]);
  // the same cue: the model's attribution stays (with the rules' source, #700)
  assert.deepEqual(combineAttributions([{ ...rule, cue: at('said') }], learned).map((a) => a.id), ['m1']);
});

test('#1130 a model cue\'s confidence grows with its margin, from 0.5 to 0.95', () => {
  assert.equal(confidenceOfMargin(-3), 0.5);
  assert.equal(confidenceOfMargin(0), 0.5);
  assert.equal(confidenceOfMargin(0.25), 0.6);
  assert.equal(confidenceOfMargin(9), 0.95);
  let last = 0;
  for (let m = -1; m <= 3; m += 0.05) {
    const c = confidenceOfMargin(m);
    assert.ok(c >= last, `not monotone at ${m}`);
    last = c;
  }
  // the toy model has seen "NAME said that ..." in every article: it is sure of that cue
  const doc = segmented('Kwame Asante said that the new pier was safe for heavy trucks.');
  assert.deepEqual(model.predict(doc).map((a) => [a.cue?.text, a.confidence]), [['said', 0.95]]);
});

test('#1130 a model attribution the rules do not share needs confidence 0.6; one at a rule cue stays', () => {
  const text = 'Ada Moss said the pier would close. Tom Reyes hinted the fares might rise.';
  const at = spanIn(text);
  const base = { speakerId: null, statedOn: null, kind: 'indirect' as const, origin: 'model' as const };
  const shared: Attribution = { ...base, id: 'm1', cue: at('said'), source: at('Ada Moss'), content: at('the pier would close'), confidence: 0.55 };
  const own: Attribution = { ...base, id: 'm2', cue: at('hinted'), source: at('Tom Reyes'), content: at('the fares might rise'), confidence: 0.55 };
  const rule: Attribution = { ...shared, id: 'a1', origin: 'rule', confidence: 0.9 };
  assert.deepEqual(combineAttributions([rule], [shared, own]).map((a) => a.id), ['m1']);
  assert.deepEqual(combineAttributions([rule], [shared, { ...own, confidence: 0.65 }]).map((a) => a.id), ['m1', 'm2']);
  assert.deepEqual(combineAttributions([rule], [shared, own], { modelMinConfidence: 0 }).map((a) => a.id), ['m1', 'm2']);
});

test('#1480 a model source the rules\' subject logic reads further at that cue gives way to the longer one', () => {
  const text = 'None of the harbour pilots backed the new fares on Monday.';
  const doc = segmented(text);
  const at = spanIn(text);
  const base = { speakerId: null, statedOn: null, confidence: 0.7, kind: 'indirect' as const };
  const learned: Attribution[] = [{ ...base, id: 'm1', cue: at('backed'), source: at('the harbour pilots'), content: at('the new fares'), origin: 'model' }];
  assert.equal(combineAttributions([], learned, {}, doc)[0]!.source?.text, 'None of the harbour pilots');
  assert.equal(combineAttributions([], learned, { noLongerSource: true }, doc)[0]!.source?.text, 'the harbour pilots');
  // a source the rules' logic does not hold stays; so does one where a rule's source stands
  const other: Attribution[] = [{ ...learned[0]!, source: at('the new fares') }];
  assert.equal(combineAttributions([], other, {}, doc)[0]!.source?.text, 'the new fares');
  const rule: Attribution = { ...base, id: 'a1', cue: at('backed the'), source: at('the harbour pilots'), content: at('the new fares'), origin: 'rule', confidence: 0.3 };
  assert.equal(combineAttributions([rule], learned, { fillGaps: false }, doc)[0]!.source?.text, 'the harbour pilots');
});

test('#1481 a lone article from the rules\' subject logic is no source for a model cue', () => {
  const text = 'Both blazes were claimed by a so-called Pier Front.';
  const doc = segmented(text);
  const at = spanIn(text);
  const base = { speakerId: null, statedOn: null, confidence: 0.7, kind: 'indirect' as const };
  const learned: Attribution[] = [{ ...base, id: 'm1', cue: at('were claimed'), source: null, content: at('Both blazes'), origin: 'model' }];
  assert.equal(combineAttributions([], learned, { keepLoneArticle: true }, doc)[0]!.source?.text, 'a');
  assert.equal(combineAttributions([], learned, {}, doc)[0]!.source, null);
});

// --- the training set, shared by `npm run train` and the held-out evaluation ------------------

/** A PolNeAR-like split in a temp folder: articles with brat annotations, some by two annotators. */
function writeSplit(articles: { name: string; text: string; anns: Record<string, GoldParts[]> }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-split-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  for (const a of articles) {
    writeFileSync(join(dir, 'text', `${a.name}.txt`), a.text);
    for (const [annotator, gold] of Object.entries(a.anns)) {
      const lines: string[] = [];
      let t = 0;
      gold.forEach((g, e) => {
        const roles: string[] = [];
        for (const [role, frags] of [['Cue', g.cue], ['Source', g.source], ['Content', g.content]] as const) {
          if (!frags) continue;
          const id = `T${++t}`;
          lines.push(`${id}\t${role} ${frags.map(([s, x]) => `${s} ${x}`).join(';')}\t${frags.map(([s, x]) => a.text.slice(s, x)).join(' ')}`);
          roles.push(`${role}:${id}`);
        }
        lines.push(`E${e + 1}\t${roles.join(' ')}`);
      });
      writeFileSync(join(dir, 'attributions', `${a.name}_${annotator}.ann`), lines.join('\n') + '\n');
    }
  }
  return dir;
}

test('the training set has one example per article, then one more per further annotator of it', () => {
  const one = article(1, 4);
  const two = article(2, 4);
  const dir = writeSplit([
    { name: 'first', text: one.text, anns: { aa: one.gold, bb: one.gold.slice(0, 1) } },
    { name: 'second', text: two.text, anns: { aa: two.gold } },
  ]);
  const docs = readPolnear(dir);
  const set = trainingExamples(dir, docs);
  assert.equal(set.length, 3);
  assert.deepEqual(set.map((ex) => ex.gold.length), [one.gold.length, two.gold.length, 1]);
  assert.equal(set[2]!.doc, set[0]!.doc, 'a further annotation reads the same segmented text');
  assert.ok(set.every((ex) => ex.rules !== undefined && ex.doc.ann.quotes !== undefined), 'stacked on the rules by default');
  assert.equal(trainingExamples(dir, docs, { firstAnnotator: true }).length, 2);
  assert.ok(trainingExamples(dir, docs, { stack: false }).every((ex) => ex.rules === undefined));
});

test('held-out halves take alternate articles and together hold each article once', () => {
  const [even, odd] = halves(['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(even, ['a', 'c', 'e']);
  assert.deepEqual(odd, ['b', 'd']);
});

test('the pipeline\'s model and combined engines can run on a model other than the committed one', () => {
  // a model that learned from articles with no attribution at all finds none
  const silent = trainModel(examples.map((ex) => ({ ...ex, gold: [] })), options);
  const text = 'Kwame Asante said that the new pier was safe for heavy trucks.';
  assert.deepEqual(annotate(text, {}, stagesFor('model', silent)).ann.attributions, []);
  assert.deepEqual(spans(annotate(text, {}, stagesFor('model', model)).ann.attributions ?? []), [
    { cue: 'said', source: 'Kwame Asante', content: 'that the new pier was safe for heavy trucks', kind: 'indirect' },
  ]);
  // the combined engine still has the rules' attribution
  assert.equal(annotate(text, {}, stagesFor('combined', silent)).ann.attributions?.length, 1);
});
