// Training of the attribution model from documents with gold attributions (character
// offsets). Deterministic: the data order is shuffled with a seeded PRNG, nothing else is random.
import type { Document } from '../document/types.js';
import { cueNeighbours, tokenAtoms, type CueLexicon, type TokenAtoms } from './features.js';
import { rng } from './hash.js';
import {
  AttributionModel, CUE_TAGS, PART_TAGS, baseFeatureTable, cueSequence, cueWindow, quantize,
  sentenceSequence, type BaseFeatureTable,
} from './model.js';
import { PerceptronTrainer, type Sequence } from './perceptron.js';

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
}

export interface TrainOptions {
  cueBits?: number;
  partBits?: number;
  cueEpochs?: number;
  partEpochs?: number;
  seed?: number;
  /** Minimum occurrences of a lemma before the cue lexicon trusts its rate. */
  lexiconMinCount?: number;
  log?: (line: string) => void;
}

/** Token indices overlapping [start, end). */
function tokenRange(doc: Document, start: number, end: number): [number, number] {
  const tokens = doc.ann.tokens!;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < tokens.length && tokens[e]!.start < end) e++;
  return [lo, e];
}

/** How often each lemma is (part of) a gold cue. */
export function learnLexicon(examples: readonly TrainExample[], minCount = 3): CueLexicon {
  const total = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const ex of examples) {
    const tokens = ex.doc.ann.tokens ?? [];
    const isCue = new Uint8Array(tokens.length);
    for (const g of ex.gold) for (const [s, e] of g.cue) {
      const [f, t] = tokenRange(ex.doc, s, e);
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
  const atoms = tokenAtoms(doc, lexicon);
  const table = baseFeatureTable(atoms);
  const n = atoms.n;
  const cueTags = new Uint8Array(n);
  const byCue = new Map<string, { cue: [number, number]; gold: GoldParts[] }>();
  for (const g of ex.gold) {
    if (g.cue.length === 0) continue;
    const s = Math.min(...g.cue.map((f) => f[0]));
    const e = Math.max(...g.cue.map((f) => f[1]));
    const r = tokenRange(doc, s, e);
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
        const [f, t] = tokenRange(doc, s, e);
        for (let i = Math.max(f, window[0]); i < Math.min(t, window[1]); i++) {
          tags[i - window[0]] = i === f ? b : b + 1;
        }
      }
    };
    for (const g of gold) {
      if (g.source) mark(g.source, 1);
      mark(g.content, 3);
    }
    // a source or content run cut by the window edge still needs a B first
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]!;
      if ((t === 2 || t === 4) && (i === 0 || (tags[i - 1] !== t && tags[i - 1] !== t - 1))) tags[i] = t - 1;
    }
    cues.push({ cue, window, tags });
  }
  return { ex, atoms, table, cueTags, cues, cueMask };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function trainModel(examples: readonly TrainExample[], opts: TrainOptions = {}): AttributionModel {
  const cueBits = opts.cueBits ?? 17;
  const partBits = opts.partBits ?? 17;
  const cueEpochs = opts.cueEpochs ?? 8;
  const partEpochs = opts.partEpochs ?? 8;
  const seed = opts.seed ?? 20151109;
  const log = opts.log ?? (() => {});
  const lexicon = learnLexicon(examples, opts.lexiconMinCount ?? 3);
  const prepared = examples.map((ex) => prepare(ex, lexicon));
  log(`lexicon ${lexicon.size} lemmas; ${prepared.reduce((n, p) => n + p.atoms.n, 0)} tokens`);

  // Pass 1: the cue tagger, one sequence per sentence.
  const cueTrainer = new PerceptronTrainer(CUE_TAGS, cueBits);
  const cueShift = 32 - cueBits;
  const sentenceItems: { seq: Sequence; gold: Uint8Array }[] = [];
  for (const p of prepared) {
    for (const s of p.ex.doc.ann.sentences ?? []) {
      if (s.endToken <= s.firstToken) continue;
      sentenceItems.push({
        seq: sentenceSequence(p.table, s.firstToken, s.endToken, cueShift),
        gold: p.cueTags.slice(s.firstToken, s.endToken),
      });
    }
  }
  const next = rng(seed);
  for (let epoch = 0; epoch < cueEpochs; epoch++) {
    let wrong = 0;
    for (const item of shuffle(sentenceItems, next)) wrong += cueTrainer.train(item.seq, item.gold);
    log(`cue epoch ${epoch + 1}: ${wrong} wrong tags`);
  }
  const cue = quantize(cueTrainer.averaged());

  // Pass 2: the source/content tagger, one sequence per gold cue.
  const partTrainer = new PerceptronTrainer(PART_TAGS, partBits);
  const partShift = 32 - partBits;
  const cueItems: { p: Prepared; k: number }[] = [];
  const neighbours = prepared.map((p) => cueNeighbours(p.atoms.n, p.cueMask));
  prepared.forEach((p, pi) => p.cues.forEach((_, k) => cueItems.push({ p: prepared[pi]!, k })));
  const nbOf = new Map(prepared.map((p, i) => [p, neighbours[i]!]));
  for (let epoch = 0; epoch < partEpochs; epoch++) {
    let wrong = 0;
    for (const { p, k } of shuffle(cueItems, next)) {
      const c = p.cues[k]!;
      const seq = cueSequence(p.atoms, p.table, c.window[0], c.window[1], c.cue[0], c.cue[1], nbOf.get(p)!, partShift);
      wrong += partTrainer.train(seq, c.tags);
    }
    log(`part epoch ${epoch + 1}: ${wrong} wrong tags`);
  }
  const part = quantize(partTrainer.averaged());
  return new AttributionModel(lexicon, cue, part);
}
