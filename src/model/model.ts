// The learned attribution model: a cue tagger over each sentence, then for every cue a
// source/content tagger over a window around it, whose features are relative to that cue.
// Linking is built in: each cue's own pass says which tokens are its source and content.
import { gunzipSync, gzipSync } from 'node:zlib';
import { findAttributions } from '../attribution/attribution.js';
import { isPassiveVerb } from '../attribution/clauses.js';
import { newAttribution } from '../document/document.js';
import type { Attribution, AttributionKind, Document, Span, Token } from '../document/types.js';
import { kindOfPieces } from '../quotes/marks.js';
import {
  MAX_BASE, MAX_RELATIVE, baseFeatures, cueNeighbours, cueView, relativeFeatures, tokenAtoms,
  type CueLexicon, type CueNeighbours, type TokenAtoms,
} from './features.js';
import { LinearTagger, type Sequence } from './perceptron.js';
import { PartScorer } from './partscore.js';

export const CUE_TAGS = ['O', 'B-C', 'I-C'] as const;
export const PART_TAGS = ['O', 'B-S', 'I-S', 'B-K', 'I-K'] as const;
const FORMAT = 'whosaid-attribution-model';
const VERSION = 1;

/**
 * Token range [first, end) of the window the part tagger reads for a cue in `sentence`: the
 * sentence itself, and neighbouring sentences only where quotations connect them (a quoted
 * sentence right before or after, a quotation running across the break). Content outside
 * quotes rarely crosses a sentence break, and short windows keep the tagger fast.
 */
export function cueWindow(a: TokenAtoms, sentences: { firstToken: number; endToken: number }[], sentence: number): [number, number] {
  let from = sentence;
  let to = sentence;
  if (sentence > 0 && a.quoteRegion[sentences[sentence - 1]!.endToken - 1]! >= 0) from--;
  if (sentence + 1 < sentences.length && a.quoteRegion[sentences[sentence + 1]!.firstToken]! >= 0) to++;
  while (to + 1 < sentences.length && to - sentence < 6) {
    const last = sentences[to]!.endToken - 1;
    const r = a.quoteRegion[last]!;
    if (r >= 0 && a.regions[r]!.last > last) to++;
    else break;
  }
  while (from > 0 && sentence - from < 5) {
    const first = sentences[from]!.firstToken;
    const r = a.quoteRegion[first]!;
    if (r >= 0 && a.regions[r]!.first < first) from--;
    else break;
  }
  return [sentences[from]!.firstToken, sentences[to]!.endToken];
}

/** Base feature hashes of every token: token i's are hashes[i * MAX_BASE .. + count[i]). */
export interface BaseFeatureTable {
  hashes: Uint32Array;
  count: Uint8Array;
}

let reusable = new Uint32Array(0);

/** With `reuse`, the hashes live in a buffer shared by calls (inference, one document at a time). */
export function baseFeatureTable(a: TokenAtoms, reuse = false): BaseFeatureTable {
  let hashes: Uint32Array;
  if (reuse) {
    if (reusable.length < a.n * MAX_BASE) reusable = new Uint32Array(a.n * MAX_BASE * 2);
    hashes = reusable;
  } else {
    hashes = new Uint32Array(a.n * MAX_BASE);
  }
  const count = new Uint8Array(a.n);
  for (let i = 0; i < a.n; i++) count[i] = baseFeatures(a, i, hashes, i * MAX_BASE) - i * MAX_BASE;
  return { hashes, count };
}

/** Adds the base-feature scores of tokens [first, end) to out (nTags per token, from 0). */
export function addBaseScores(tagger: LinearTagger, table: BaseFeatureTable, first: number, end: number, out: Float32Array): void {
  for (let i = first; i < end; i++) addTokenScores(tagger, table, i, out, (i - first) * tagger.nTags);
}

/** Adds one token's base-feature scores to out[at .. at + nTags). */
export function addTokenScores(tagger: LinearTagger, table: BaseFeatureTable, i: number, out: Float32Array, at: number): void {
  const w = tagger.weights;
  const nT = tagger.nTags;
  const shift = tagger.shift;
  const h = table.hashes;
  const from = i * MAX_BASE;
  const to = from + table.count[i]!;
  if (nT === 3) {
    let s0 = 0, s1 = 0, s2 = 0;
    for (let k = from; k < to; k++) {
      const base = (h[k]! >>> shift) * 3;
      s0 += w[base]!; s1 += w[base + 1]!; s2 += w[base + 2]!;
    }
    out[at]! += s0; out[at + 1]! += s1; out[at + 2]! += s2;
  } else if (nT === 5) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    for (let k = from; k < to; k++) {
      const base = (h[k]! >>> shift) * 5;
      s0 += w[base]!; s1 += w[base + 1]!; s2 += w[base + 2]!; s3 += w[base + 3]!; s4 += w[base + 4]!;
    }
    out[at]! += s0; out[at + 1]! += s1; out[at + 2]! += s2; out[at + 3]! += s3; out[at + 4]! += s4;
  } else {
    for (let k = from; k < to; k++) {
      const base = (h[k]! >>> shift) * nT;
      for (let t = 0; t < nT; t++) out[at + t]! += w[base + t]!;
    }
  }
}

/** A sentence as a sequence for the cue tagger (training). */
export function sentenceSequence(table: BaseFeatureTable, first: number, end: number, shift: number): Sequence {
  const offsets = new Int32Array(end - first + 1);
  let total = 0;
  for (let i = first; i < end; i++) { total += table.count[i]!; offsets[i - first + 1] = total; }
  const feats = new Int32Array(total);
  let at = 0;
  for (let i = first; i < end; i++) {
    for (let k = i * MAX_BASE; k < i * MAX_BASE + table.count[i]!; k++) feats[at++] = table.hashes[k]! >>> shift;
  }
  return { n: end - first, feats, offsets };
}

const relBuffer = new Uint32Array(MAX_RELATIVE);

/** A cue's window as a sequence for the part tagger: base plus cue-relative features (training). */
export function cueSequence(
  a: TokenAtoms, table: BaseFeatureTable, first: number, end: number,
  cueFirst: number, cueEnd: number, nb: CueNeighbours, shift: number,
): Sequence {
  const view = cueView(a, cueFirst, cueEnd);
  const n = end - first;
  const feats = new Int32Array(n * (MAX_BASE + MAX_RELATIVE));
  const offsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = first; i < end; i++) {
    for (let k = i * MAX_BASE; k < i * MAX_BASE + table.count[i]!; k++) feats[at++] = table.hashes[k]! >>> shift;
    const m = relativeFeatures(a, i, view, nb, relBuffer, 0);
    for (let k = 0; k < m; k++) feats[at++] = relBuffer[k]! >>> shift;
    offsets[i - first + 1] = at;
  }
  return { n, feats: feats.subarray(0, at), offsets };
}

/** Contiguous runs of a BIO tag (B-X starts one, I-X continues it) as [first, end) pairs. */
export function chunks(tags: Uint8Array, begin: number, inside: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : -1;
    if (start >= 0 && t !== inside) { out.push([start, i]); start = -1; }
    if (t === begin) start = i;
  }
  return out;
}

function kindOf(parts: Span[]): AttributionKind {
  const pieces: string[] = [];
  for (const p of parts) pieces.push(p.text.trim());
  return kindOfPieces(pieces);
}

/**
 * PolNeAR annotates only the outermost attribution: one whose cue lies inside another's
 * content is dropped (its words stay in the outer content).
 */
export function dropNested(atts: Attribution[]): Attribution[] {
  // two attributions inside each other's content both stay (no outermost one to prefer)
  return atts.filter((a) => !atts.some((b) => cueInside(a, b) && !cueInside(b, a)));
}

/** a's cue lies inside b's content (a loop, not a [content] array per pair: all pairs are tested). */
function cueInside(a: Attribution, b: Attribution): boolean {
  if (a === b || a.cue === null) return false;
  const { start, end } = a.cue;
  if (!b.contentParts) return b.content.start <= start && end <= b.content.end;
  for (const p of b.contentParts) if (p.start <= start && end <= p.end) return true;
  return false;
}

/** A cue in the passive voice ("was told", "have been blamed for"): its last verb is passive. */
export function isPassiveCue(tokens: readonly Token[], cue: [number, number]): boolean {
  for (let k = cue[1] - 1; k >= cue[0]; k--) {
    if (tokens[k]!.pos === 'VERB') return isPassiveVerb(tokens, k, cue[0]);
  }
  return false;
}

/**
 * How sure the cue tagger is of the cue [f, e) of one sentence (tags O B-C I-C, 3 scores per
 * token): the best path's score minus the same path with the cue's tokens tagged O (their
 * emissions and the transitions into, inside and out of the cue).
 */
function cueMargin(em: ArrayLike<number>, tags: Uint8Array, n: number, f: number, e: number, trans: ArrayLike<number>): number {
  const T = (a: number, b: number) => trans[3 + a * 3 + b]!;
  let m = 0;
  for (let i = f; i < e; i++) m += em[i * 3 + tags[i]!]! - em[i * 3]!;
  m += f > 0 ? T(tags[f - 1]!, 1) - T(tags[f - 1]!, 0) : trans[1]! - trans[0]!;
  for (let i = f + 1; i < e; i++) m += T(tags[i - 1]!, tags[i]!) - T(0, 0);
  if (e < n) m += T(tags[e - 1]!, tags[e]!) - T(0, tags[e]!);
  return m;
}

/**
 * A model cue's confidence from its margin, in units of the cue tagger's largest weight:
 * about the share of cues at that margin that overlap a gold cue, measured on held-out train
 * (a model trained on half of train, scored on the other half; session 14, #1130): 53% below
 * 0.12, 57% up to 0.24, 68-70% up to 0.73, 80% up to 1.46, 91% up to 1.95, 95-96% above.
 */
const MARGIN_CONFIDENCE: readonly [number, number][] = [[0, 0.5], [0.25, 0.6], [0.5, 0.7], [1.2, 0.8], [1.7, 0.9], [2.4, 0.95]];

export function confidenceOfMargin(margin: number): number {
  let [x0, y0] = MARGIN_CONFIDENCE[0]!;
  if (margin <= x0) return y0;
  for (const [x1, y1] of MARGIN_CONFIDENCE) {
    if (margin <= x1) return y0 + ((y1 - y0) * (margin - x0)) / (x1 - x0);
    [x0, y0] = [x1, y1];
  }
  return y0;
}

export class AttributionModel {
  constructor(
    readonly lexicon: CueLexicon,
    readonly cue: LinearTagger,
    readonly part: LinearTagger,
    /** Added to every token's B-C score: trades cue precision for recall (tuned on dev). */
    public cueBias = 0,
    /** Trained with the rule engine's attributions as features (stacking): predict needs them. */
    readonly stacked = false,
  ) {}

  private scorer: PartScorer | null | undefined;
  private emBuffer = new Float32Array(0);

  /** The fast part scorer (int16 weights), or null to score through relativeFeatures. */
  partScorer(): PartScorer | null {
    if (this.scorer === undefined) this.scorer = PartScorer.supports(this.part) ? new PartScorer(this.part) : null;
    return this.scorer;
  }

  private cueEmBuffer = new Float32Array(0);
  private cueMask = new Uint8Array(0);

  private largestCueWeight = 0;

  /** The confidence of a cue whose margin is `margin` (see confidenceOfMargin). */
  private cueConfidence(margin: number): number {
    if (this.largestCueWeight === 0) {
      const w = this.cue.weights;
      let max = 1e-9;
      for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
      this.largestCueWeight = max;
    }
    return confidenceOfMargin(margin / this.largestCueWeight);
  }

  /**
   * findCues from every token's cue-tagger scores (3 per token; the bias is added in place);
   * each cue's confidence is pushed to `confidences`.
   */
  cuesFromScores(doc: Document, em: Float32Array, confidences: number[] = []): [number, number][] {
    const cues: [number, number][] = [];
    for (const s of doc.ann.sentences ?? []) {
      if (s.endToken <= s.firstToken) continue;
      const n = s.endToken - s.firstToken;
      const sent = em.subarray(s.firstToken * 3, s.endToken * 3);
      if (this.cueBias) for (let i = 0; i < n; i++) sent[i * 3 + 1]! += this.cueBias;
      const tags = this.cue.decode(sent, n);
      for (const [f, e] of chunks(tags, 1, 2)) {
        cues.push([s.firstToken + f, s.firstToken + e]);
        confidences.push(this.cueConfidence(cueMargin(sent, tags, n, f, e, this.cue.trans)));
      }
    }
    return cues;
  }

  /** Cue spans [first, end) (token indices) in reading order; confidences as cuesFromScores. */
  findCues(doc: Document, a: TokenAtoms, table: BaseFeatureTable, confidences: number[] = []): [number, number][] {
    const cues: [number, number][] = [];
    for (const s of doc.ann.sentences ?? []) {
      if (s.endToken <= s.firstToken) continue;
      const n = s.endToken - s.firstToken;
      const em = new Float32Array(n * this.cue.nTags);
      addBaseScores(this.cue, table, s.firstToken, s.endToken, em);
      if (this.cueBias) for (let i = 0; i < n; i++) em[i * this.cue.nTags + 1]! += this.cueBias;
      const tags = this.cue.viterbi(em, n);
      for (const [f, e] of chunks(tags, 1, 2)) {
        cues.push([s.firstToken + f, s.firstToken + e]);
        confidences.push(this.cueConfidence(cueMargin(em, tags, n, f, e, this.cue.trans)));
      }
    }
    return cues;
  }

  /** Source and content tags of one cue's window. */
  tagParts(a: TokenAtoms, staticScores: Float32Array, window: [number, number], cue: [number, number], nb: CueNeighbours): Uint8Array {
    const [first, end] = window;
    const view = cueView(a, cue[0], cue[1]);
    const nT = this.part.nTags;
    const w = this.part.weights;
    const shift = this.part.shift;
    const em = staticScores.slice(first * nT, end * nT);
    for (let i = first; i < end; i++) {
      const m = relativeFeatures(a, i, view, nb, relBuffer, 0);
      const at = (i - first) * nT;
      if (nT === 5) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        for (let k = 0; k < m; k++) {
          const base = (relBuffer[k]! >>> shift) * 5;
          s0 += w[base]!; s1 += w[base + 1]!; s2 += w[base + 2]!; s3 += w[base + 3]!; s4 += w[base + 4]!;
        }
        em[at]! += s0; em[at + 1]! += s1; em[at + 2]! += s2; em[at + 3]! += s3; em[at + 4]! += s4;
      } else {
        for (let k = 0; k < m; k++) {
          const base = (relBuffer[k]! >>> shift) * nT;
          for (let t = 0; t < nT; t++) em[at + t]! += w[base + t]!;
        }
      }
    }
    return this.part.viterbi(em, end - first);
  }

  /**
   * Attributions of a segmented document. A stacked model reads the rule engine's attributions
   * (`rules`; computed here when not given, which needs the quotes stage).
   */
  predict(doc: Document, rules?: readonly Attribution[]): Attribution[] {
    const tokens = doc.ann.tokens ?? [];
    const sentences = doc.ann.sentences ?? [];
    if (tokens.length === 0) return [];
    const scorer = this.partScorer();
    const ruleInput = this.stacked ? (rules ?? findAttributions(doc).attributions) : null;
    const a = tokenAtoms(doc, this.lexicon, scorer !== null, ruleInput);
    let table: BaseFeatureTable = { hashes: new Uint32Array(0), count: new Uint8Array(0) };
    let cues: [number, number][];
    const confidences: number[] = [];
    if (scorer && scorer.fuses(this.cue)) {
      scorer.startDocument(a);
      if (this.cueEmBuffer.length < a.n * 3) this.cueEmBuffer = new Float32Array(a.n * 6);
      scorer.scoreBase(a, this.cue, this.cueEmBuffer);
      cues = this.cuesFromScores(doc, this.cueEmBuffer, confidences);
    } else {
      table = baseFeatureTable(a, true);
      cues = this.findCues(doc, a, table, confidences);
      scorer?.startDocument(a, table.hashes, table.count, MAX_BASE);
    }
    if (cues.length === 0) return [];
    if (this.cueMask.length < a.n) this.cueMask = new Uint8Array(a.n * 2);
    const cueMask = this.cueMask.fill(0, 0, a.n);
    for (const [f, e] of cues) cueMask.fill(1, f, e);
    const nb = cueNeighbours(a.n, cueMask, scorer !== null);

    let staticScores = new Float32Array(0);
    let scored = new Uint8Array(0);
    if (!scorer) {
      // The cue-independent part of a token's score is computed once, for tokens in some window.
      staticScores = new Float32Array(a.n * this.part.nTags);
      scored = new Uint8Array(a.n);
    }

    const text = doc.text;
    const out: Attribution[] = [];
    for (let c = 0; c < cues.length; c++) {
      const cue = cues[c]!;
      const window = cueWindow(a, sentences, a.sentence[cue[0]]!);
      let tags: Uint8Array;
      if (scorer) {
        const len = window[1] - window[0];
        if (this.emBuffer.length < len * 5) this.emBuffer = new Float32Array(len * 10);
        scorer.score(a, cueView(a, cue[0], cue[1]), nb, window[0], window[1], this.emBuffer);
        tags = this.part.decode(this.emBuffer, len);
      } else {
        for (let i = window[0]; i < window[1]; i++) {
          if (!scored[i]) { addTokenScores(this.part, table, i, staticScores, i * this.part.nTags); scored[i] = 1; }
        }
        tags = this.tagParts(a, staticScores, window, cue, nb);
      }
      const at = (c: [number, number]): Span => {
        const start = tokens[window[0] + c[0]]!.start;
        const end = tokens[window[0] + c[1] - 1]!.end;
        return { start, end, text: text.slice(start, end) };
      };
      const contentChunks = chunks(tags, 3, 4);
      if (contentChunks.length === 0) continue;
      const sourceChunks = chunks(tags, 1, 2);
      const cueAt = cue[0] - window[0];
      let source: Span | null = null;
      if (sourceChunks.length) {
        // several source runs: keep the one nearest the cue
        let best = sourceChunks[0]!;
        const d = (c: [number, number]) => (c[1] <= cueAt ? cueAt - c[1] : c[0] - cueAt);
        for (const c of sourceChunks) if (d(c) < d(best)) best = c;
        source = at(best);
      }
      // built with push, as the arrays handed on below (docs/pipeline-speed.md, session 7)
      const parts: Span[] = [];
      for (const c of contentChunks) parts.push(at(c));
      // A passive cue ("was accused of", "have been blamed for") has no source in its subject:
      // whoever accused is unnamed, or named after it ("by the board"). The subject is what the
      // statement is about, the first part of its content, as PolNeAR annotates it.
      if (source && source.end <= tokens[cue[0]]!.start && isPassiveCue(tokens, cue)) {
        if (source.end <= parts[0]!.start) parts.unshift(source);
        source = null;
      }
      const content: Span = { start: parts[0]!.start, end: parts[parts.length - 1]!.end, text: '' };
      content.text = text.slice(content.start, content.end);
      const cueSpan: Span = { start: tokens[cue[0]]!.start, end: tokens[cue[1] - 1]!.end, text: '' };
      cueSpan.text = text.slice(cueSpan.start, cueSpan.end);
      out.push(newAttribution({
        id: '',
        kind: kindOf(parts),
        cue: cueSpan,
        source,
        content,
        contentParts: parts.length > 1 ? parts : undefined,
        speakerId: null,
        statedOn: null,
        confidence: confidences[c]!,
        origin: 'model',
      }));
    }
    return dropNested(out);
  }

  // Serialisation: gzip( u32 header length | header JSON | per tagger: i16 weights, f32 transitions ).
  // Taggers are quantized before saving (see quantize), so a round trip is exact.
  serialize(): Buffer {
    const taggers = [this.cue, this.part].map((t) => (t.weights instanceof Int16Array ? t : quantize(t)));
    const header = {
      format: FORMAT,
      version: VERSION,
      cueBias: this.cueBias,
      stacked: this.stacked,
      lexicon: [...this.lexicon.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
      taggers: taggers.map((t) => ({ tags: t.tags, bits: t.bits })),
    };
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    const parts: Buffer[] = [len, head, Buffer.alloc((4 - ((4 + head.length) % 4)) % 4)];
    for (const t of taggers) {
      const w = t.weights as Int16Array;
      parts.push(Buffer.from(w.buffer, w.byteOffset, w.byteLength), Buffer.from(new Float32Array(t.trans).buffer));
    }
    return gzipSync(Buffer.concat(parts), { level: 9 });
  }

  static deserialize(data: Buffer, name = 'model'): AttributionModel {
    let raw: Buffer;
    try {
      raw = gunzipSync(data);
    } catch {
      throw new Error(`${name}: not a whosaid model file (not gzip)`);
    }
    const headLen = raw.readUInt32LE(0);
    let header;
    try {
      header = JSON.parse(raw.subarray(4, 4 + headLen).toString('utf8'));
    } catch {
      throw new Error(`${name}: not a whosaid model file (bad header)`);
    }
    if (header.format !== FORMAT || header.version !== VERSION) throw new Error(`${name}: unsupported model format`);
    let off = 4 + headLen;
    off += (4 - (off % 4)) % 4;
    const taggers: LinearTagger[] = [];
    for (const h of header.taggers as { tags: string[]; bits: number }[]) {
      const size = (1 << h.bits) * h.tags.length;
      const w = new Int16Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + size * 2));
      off += size * 2;
      const tn = h.tags.length + h.tags.length * h.tags.length;
      const tr = new Float32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + tn * 4));
      off += tn * 4;
      if (w.length !== size || tr.length !== tn) throw new Error(`${name}: model file is truncated`);
      taggers.push(new LinearTagger(h.tags, h.bits, w, tr));
    }
    return new AttributionModel(new Map(header.lexicon), taggers[0]!, taggers[1]!, header.cueBias ?? 0, header.stacked === true);
  }
}

/**
 * Rounds the weights to int16 (a tagger's scores only matter relative to each other, so the
 * transitions are divided by the same scale instead of multiplying every weight back).
 */
export function quantize(t: LinearTagger): LinearTagger {
  let max = 0;
  for (let i = 0; i < t.weights.length; i++) max = Math.max(max, Math.abs(t.weights[i]!));
  const scale = max / 32767 || 1;
  const w = new Int16Array(t.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = Math.round(t.weights[i]! / scale);
  const trans = new Float32Array(t.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = t.trans[i]! / scale;
  return new LinearTagger(t.tags, t.bits, w, trans);
}
