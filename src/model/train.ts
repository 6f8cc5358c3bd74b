// Training of the attribution model from documents with gold attributions (character
// offsets). Deterministic: the data order is shuffled with a seeded PRNG, nothing else is random.
import type { Attribution, Document } from '../document/types.js';
import { tokenRange } from '../document/document.js';
import { cueNeighbours, tokenAtoms, type CueLexicon, type CueNeighbours, type TokenAtoms } from './features.js';
import { rng } from './hash.js';
import {
  AttributionModel, CUE_TAGS, PART_TAGS, baseFeatureTable, cueSequence, cueWindow, quantize,
  sentenceSequence, type BaseFeatureTable,
} from './model.js';
import { LinearTagger, PerceptronTrainer, type Sequence } from './perceptron.js';

type Frag = [number, number];

/** Gold parts with character offsets; structurally the same as the evaluator's GoldAttribution. */
export interface GoldParts {
  cue: Frag[];
  source: Frag[] | null;
  content: Frag[];
}

/** A segmented document (tokens and sentences present) with its gold attributions. */
export interface TrainExample {
  doc: Document;
  gold: GoldParts[];
  /** The rule engine's attributions of doc: given for every example, the model is stacked on them. */
  rules?: readonly Attribution[];
}

export interface TrainOptions {
  cueBits?: number;
  partBits?: number;
  cueEpochs?: number;
  partEpochs?: number;
  seed?: number;
  /**
   * Train this many times with seeds seed, seed + 1, ... and average the weights: a linear
   * tagger's average is the average of their scores, which evens out the shuffle's luck.
   */
  seeds?: number;
  /** Minimum occurrences of a lemma before the cue lexicon trusts its rate. */
  lexiconMinCount?: number;
  /** Cost-augmented training: wrong tags get this head start while training (0 = plain perceptron). */
  cueMargin?: number;
  partMargin?: number;
  /** Folds for jackknifed cue predictions that the part tagger trains on (1 = gold cues only). */
  folds?: number;
  log?: (line: string) => void;
}

/**
 * The options `npm run train` trains the committed model with (the best measured; see
 * docs/model.md, "What was tried"). trainModel's own defaults are the plain learner's.
 */
export const TRAIN_DEFAULTS = {
  cueEpochs: 8,
  partEpochs: 12,
  cueBits: 16,
  partBits: 16,
  folds: 2,
  cueMargin: 0,
  partMargin: 150,
  seeds: 5,
} as const satisfies TrainOptions;

/** How often each lemma is (part of) a gold cue. */
export function learnLexicon(examples: readonly TrainExample[], minCount = 3): CueLexicon {
  const total = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const ex of examples) {
    const tokens = ex.doc.ann.tokens ?? [];
    const isCue = new Uint8Array(tokens.length);
    for (const g of ex.gold) for (const [s, e] of g.cue) {
      const [f, t] = tokenRange(ex.doc.ann.tokens!, s, e);
      isCue.fill(1, f, t);
    }
    tokens.forEach((tok, i) => {
      const l = tok.lemma.toLowerCase();
      total.set(l, (total.get(l) ?? 0) + 1);
      if (isCue[i]) asCue.set(l, (asCue.get(l) ?? 0) + 1);
    });
  }
  const lex: CueLexicon = new Map();
  for (const [l, c] of asCue) {
    const n = total.get(l)!;
    if (n >= minCount && c >= 2) lex.set(l, Math.round((c / n) * 1000) / 1000);
  }
  return lex;
}

interface Prepared {
  ex: TrainExample;
  atoms: TokenAtoms;
  table: BaseFeatureTable;
  cueTags: Uint8Array;
  /** One entry per distinct gold cue: its token range and part tags over its window. */
  cues: { cue: [number, number]; window: [number, number]; tags: Uint8Array }[];
  cueMask: Uint8Array;
}

function prepare(ex: TrainExample, lexicon: CueLexicon): Prepared {
  const doc = ex.doc;
  const atoms = tokenAtoms(doc, lexicon, false, ex.rules ?? null);
  const table = baseFeatureTable(atoms);
  const n = atoms.n;
  const cueTags = new Uint8Array(n);
  const byCue = new Map<string, { cue: [number, number]; gold: GoldParts[] }>();
  for (const g of ex.gold) {
    if (g.cue.length === 0) continue;
    const s = Math.min(...g.cue.map((f) => f[0]));
    const e = Math.max(...g.cue.map((f) => f[1]));
    const r = tokenRange(doc.ann.tokens!, s, e);
    if (r[1] <= r[0]) continue;
    const key = `${r[0]}:${r[1]}`;
    if (!byCue.has(key)) byCue.set(key, { cue: r, gold: [] });
    byCue.get(key)!.gold.push(g);
    if (cueTags[r[0]] === 0) cueTags[r[0]] = 1;
    for (let i = r[0] + 1; i < r[1]; i++) if (cueTags[i] === 0) cueTags[i] = 2;
  }
  const cueMask = new Uint8Array(n);
  for (let i = 0; i < n; i++) cueMask[i] = cueTags[i] ? 1 : 0;
  const cues: Prepared['cues'] = [];
  const sentences = doc.ann.sentences!;
  for (const { cue, gold } of byCue.values()) {
    const window = cueWindow(atoms, sentences, atoms.sentence[cue[0]]!);
    const tags = new Uint8Array(window[1] - window[0]);
    const mark = (frags: Frag[], b: number) => {
      for (const [s, e] of frags) {
        const [f, t] = tokenRange(doc.ann.tokens!, s, e);
        for (let i = Math.max(f, window[0]); i < Math.min(t, window[1]); i++) {
          tags[i - window[0]] = i === f ? b : b + 1;
        }
      }
    };
    for (const g of gold) {
      if (g.source) mark(g.source, 1);
      mark(g.content, 3);
    }
    fixBegins(tags);
    cues.push({ cue, window, tags });
  }
  return { ex, atoms, table, cueTags, cues, cueMask };
}

/** A source or content run cut by a window edge still needs a B first. */
function fixBegins(tags: Uint8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t === 2 || t === 4) && (i === 0 || (tags[i - 1] !== t && tags[i - 1] !== t - 1))) tags[i] = t - 1;
  }
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function trainModel(examples: readonly TrainExample[], opts: TrainOptions = {}): AttributionModel {
  const seed = opts.seed ?? 20151109;
  const log = opts.log ?? (() => {});
  const lexicon = learnLexicon(examples, opts.lexiconMinCount ?? 3);
  const stacked = examples.length > 0 && examples.every((ex) => ex.rules !== undefined);
  const prepared = examples.map((ex) => prepare(ex, lexicon));
  log(`lexicon ${lexicon.size} lemmas; ${prepared.reduce((n, p) => n + p.atoms.n, 0)} tokens`);
  const runs: { cue: LinearTagger; part: LinearTagger }[] = [];
  for (let k = 0; k < Math.max(1, opts.seeds ?? 1); k++) {
    if (k > 0) log(`seed ${seed + k}`);
    runs.push(trainTaggers(prepared, lexicon, stacked, seed + k, opts));
  }
  const cue = quantize(averageTaggers(runs.map((r) => r.cue)));
  const part = quantize(averageTaggers(runs.map((r) => r.part)));
  return new AttributionModel(lexicon, cue, part, 0, stacked);
}

/** The element-wise mean of taggers of one shape (the tagger itself when there is one). */
export function averageTaggers(taggers: LinearTagger[]): LinearTagger {
  if (taggers.length === 1) return taggers[0]!;
  const first = taggers[0]!;
  const w = new Float32Array(first.weights.length);
  const t = new Float32Array(first.trans.length);
  for (const tagger of taggers) {
    for (let i = 0; i < w.length; i++) w[i]! += tagger.weights[i]! / taggers.length;
    for (let i = 0; i < t.length; i++) t[i]! += tagger.trans[i]! / taggers.length;
  }
  return new LinearTagger(first.tags, first.bits, w, t);
}

/** One training run: the cue tagger, then the part tagger on jackknifed cues (float weights). */
function trainTaggers(prepared: Prepared[], lexicon: CueLexicon, stacked: boolean, seed: number, opts: TrainOptions): { cue: LinearTagger; part: LinearTagger } {
  const cueBits = opts.cueBits ?? 16;
  const partBits = opts.partBits ?? 16;
  const cueEpochs = opts.cueEpochs ?? 8;
  const partEpochs = opts.partEpochs ?? 8;
  const log = opts.log ?? (() => {});

  // Pass 1: the cue tagger, one sequence per sentence.
  const next = rng(seed);
  const trainCues = (docs: Prepared[], label: string): LinearTagger => {
    const trainer = new PerceptronTrainer(CUE_TAGS, cueBits, opts.cueMargin ?? 0);
    const shift = 32 - cueBits;
    const items: { seq: Sequence; gold: Uint8Array }[] = [];
    for (const p of docs) {
      for (const s of p.ex.doc.ann.sentences ?? []) {
        if (s.endToken <= s.firstToken) continue;
        items.push({ seq: sentenceSequence(p.table, s.firstToken, s.endToken, shift), gold: p.cueTags.slice(s.firstToken, s.endToken) });
      }
    }
    for (let epoch = 0; epoch < cueEpochs; epoch++) {
      let wrong = 0;
      for (const item of shuffle(items, next)) wrong += trainer.train(item.seq, item.gold);
      log(`${label} epoch ${epoch + 1}: ${wrong} wrong tags`);
    }
    return trainer.averaged();
  };
  const cue = trainCues(prepared, 'cue');

  // The part tagger learns from the cues the cue tagger will really give it: each document's
  // cues are predicted by a cue tagger trained on the other folds (jackknifing). A predicted
  // cue that matches no gold cue teaches it to return nothing, which drops the cue.
  const folds = opts.folds ?? 2;
  const predictedCues: [number, number][][] = prepared.map(() => []);
  if (folds > 1) {
    for (let f = 0; f < folds; f++) {
      const tagger = quantize(trainCues(prepared.filter((_, i) => i % folds !== f), `fold ${f + 1} cue`));
      const m = new AttributionModel(lexicon, tagger, tagger, 0, stacked);
      prepared.forEach((p, i) => {
        if (i % folds === f) predictedCues[i] = m.findCues(p.ex.doc, p.atoms, p.table);
      });
    }
  }

  // Pass 2: the source/content tagger, one sequence per gold cue and per extra predicted cue.
  const partTrainer = new PerceptronTrainer(PART_TAGS, partBits, opts.partMargin ?? 0);
  const partShift = 32 - partBits;
  const cueItems: { p: Prepared; nb: CueNeighbours; c: Prepared['cues'][number] }[] = [];
  prepared.forEach((p, i) => {
    const predicted = predictedCues[i]!;
    let mask = p.cueMask;
    if (folds > 1) {
      mask = new Uint8Array(p.atoms.n);
      for (const [f, e] of predicted) mask.fill(1, f, e);
    }
    const nb = cueNeighbours(p.atoms.n, mask);
    for (const c of p.cues) cueItems.push({ p, nb, c });
    const sentences = p.ex.doc.ann.sentences!;
    for (const cue of predicted) {
      if (p.cues.some((g) => g.cue[0] === cue[0] && g.cue[1] === cue[1])) continue;
      const window = cueWindow(p.atoms, sentences, p.atoms.sentence[cue[0]]!);
      const tags = new Uint8Array(window[1] - window[0]);
      // a cue with wrong boundaries still owns the gold parts of the cue it overlaps
      const gold = p.cues.find((g) => g.cue[0] < cue[1] && cue[0] < g.cue[1]);
      if (gold) {
        for (let t = Math.max(window[0], gold.window[0]); t < Math.min(window[1], gold.window[1]); t++) {
          tags[t - window[0]] = gold.tags[t - gold.window[0]]!;
        }
        fixBegins(tags);
      }
      cueItems.push({ p, nb, c: { cue, window, tags } });
    }
  });
  log(`part tagger: ${cueItems.length} cue windows`);
  for (let epoch = 0; epoch < partEpochs; epoch++) {
    let wrong = 0;
    for (const { p, nb, c } of shuffle(cueItems, next)) {
      const seq = cueSequence(p.atoms, p.table, c.window[0], c.window[1], c.cue[0], c.cue[1], nb, partShift);
      wrong += partTrainer.train(seq, c.tags);
    }
    log(`part epoch ${epoch + 1}: ${wrong} wrong tags`);
  }
  return { cue, part: partTrainer.averaged() };
}
