// A linear-chain tagger over hashed features (first-order Viterbi with BIO constraints) and
// its averaged structured perceptron trainer. Weights live in flat typed arrays indexed by
// bucket * nTags + tag, so scoring a token is a few array reads per feature.

/** One sequence to tag: for position i, its feature buckets are feats[offsets[i] .. offsets[i+1]). */
export interface Sequence {
  n: number;
  feats: Int32Array;
  offsets: Int32Array;
}

/** Which tag may follow which: `I-X` only after `B-X` or `I-X`, and never first. */
export function allowedTransitions(tags: readonly string[]): { start: Uint8Array; pair: Uint8Array } {
  const n = tags.length;
  const start = new Uint8Array(n);
  const pair = new Uint8Array(n * n);
  for (let b = 0; b < n; b++) {
    const tb = tags[b]!;
    start[b] = tb.startsWith('I-') ? 0 : 1;
    for (let a = 0; a < n; a++) {
      const ta = tags[a]!;
      pair[a * n + b] = !tb.startsWith('I-') || ta.slice(2) === tb.slice(2) && ta !== 'O' ? 1 : 0;
    }
  }
  return { start, pair };
}

export class LinearTagger {
  readonly nTags: number;
  /** A feature hash h selects bucket h >>> shift (its top `bits` bits). */
  readonly shift: number;
  private readonly allowStart: Uint8Array;
  private readonly allowPair: Uint8Array;

  constructor(
    readonly tags: readonly string[],
    readonly bits: number,
    /** (1 << bits) * nTags emission weights: floats while training, int16 once quantized. */
    readonly weights: Float32Array | Int16Array,
    /** nTags start weights, then nTags * nTags transition weights (from * nTags + to). */
    readonly trans: Float32Array,
  ) {
    this.nTags = tags.length;
    this.shift = 32 - bits;
    const { start, pair } = allowedTransitions(tags);
    this.allowStart = start;
    this.allowPair = pair;
    this.bio = isBioLayout(tags);
  }

  /** Tags are O, B-X, I-X (3) or O, B-X, I-X, B-Y, I-Y (5): decode has a loop written out for them. */
  private readonly bio: boolean;

  /** Adds the weights of the given buckets to out[at .. at + nTags). */
  addScores(feats: Int32Array, from: number, to: number, out: Float32Array, at: number): void {
    const w = this.weights;
    const nT = this.nTags;
    for (let k = from; k < to; k++) {
      const base = feats[k]! * nT;
      for (let t = 0; t < nT; t++) out[at + t]! += w[base + t]!;
    }
  }

  emissions(seq: Sequence): Float32Array {
    const out = new Float32Array(seq.n * this.nTags);
    for (let i = 0; i < seq.n; i++) this.addScores(seq.feats, seq.offsets[i]!, seq.offsets[i + 1]!, out, i * this.nTags);
    return out;
  }

  /** Best tag sequence for the emission scores (n positions). */
  viterbi(em: Float32Array, n: number): Uint8Array {
    return viterbi(em, n, this.nTags, this.trans, this.allowStart, this.allowPair);
  }

  private masked: Float64Array | null = null;
  private preds = new Uint8Array(0);
  private score = new Float64Array(0);
  private back = new Uint8Array(0);
  private path = new Uint8Array(0);

  /**
   * Same result as viterbi (same sums, same tie-breaking: a forbidden transition scores
   * -Infinity, which never beats the running best), with buffers kept between calls: the
   * returned array is only valid until the next call.
   */
  decode(em: ArrayLike<number>, n: number): Uint8Array {
    const nT = this.nTags;
    if (this.bio && n > 0) {
      this.reserve(n);
      if (nT === 5) return this.decode5(em, n);
      if (nT === 3) return this.decode3(em, n);
    }
    let tr = this.masked;
    if (!tr) {
      tr = new Float64Array(nT + nT * nT);
      for (let t = 0; t < nT; t++) tr[t] = this.allowStart[t] ? this.trans[t]! : -Infinity;
      for (let k = 0; k < nT * nT; k++) tr[nT + k] = this.allowPair[k] ? this.trans[nT + k]! : -Infinity;
      this.masked = tr;
      // preds[b] .. preds[b + 1] index the list of tags allowed before b (stored after the nT + 1 offsets)
      const list: number[] = [];
      const offsets: number[] = [];
      for (let b = 0; b < nT; b++) {
        offsets.push(nT + 1 + list.length);
        for (let a = 0; a < nT; a++) if (this.allowPair[a * nT + b]) list.push(a);
      }
      offsets.push(nT + 1 + list.length);
      this.preds = Uint8Array.from([...offsets, ...list]);
    }
    const preds = this.preds;
    this.reserve(n);
    const out = this.path.subarray(0, n);
    if (n === 0) return out;
    const score = this.score;
    const back = this.back;
    for (let t = 0; t < nT; t++) score[t] = this.allowStart[t] ? this.trans[t]! + em[t]! : -Infinity;
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * nT;
      const cur = i * nT;
      for (let b = 0; b < nT; b++) {
        let best = -Infinity;
        let arg = 0;
        // allowed predecessors of b, in increasing order (a forbidden one could never win)
        for (let p = preds[b]!, pe = preds[b + 1]!; p < pe; p++) {
          const a = preds[p]!;
          const s = score[prev + a]! + tr[nT + a * nT + b]!;
          if (s > best) { best = s; arg = a; }
        }
        score[cur + b] = best + em[cur + b]!;
        back[cur + b] = arg;
      }
    }
    return backtrace(score, back, n, nT, out);
  }

  private reserve(n: number): void {
    if (this.score.length < n * this.nTags) {
      this.score = new Float64Array(n * this.nTags * 2);
      this.back = new Uint8Array(n * this.nTags * 2);
      this.path = new Uint8Array(n * 2);
    }
  }

  // decode5 and decode3 are decode's loop for the BIO layouts with the allowed transitions
  // written out: the previous position's scores and the transition weights stay in locals
  // instead of typed-array reads behind bounds checks (decode was ~10% of the model's time).
  // Same double sums in the same order, predecessors tried in increasing order with a strict
  // comparison, so the same tags, ties included. A forbidden start scores -Infinity, as there.

  /** decode for O, B-X, I-X, B-Y, I-Y: I-X only after B-X or I-X, I-Y only after B-Y or I-Y. */
  private decode5(em: ArrayLike<number>, n: number): Uint8Array {
    const tr = this.trans;
    const t00 = tr[5]!, t01 = tr[6]!, t03 = tr[8]!;
    const t10 = tr[10]!, t11 = tr[11]!, t12 = tr[12]!, t13 = tr[13]!;
    const t20 = tr[15]!, t21 = tr[16]!, t22 = tr[17]!, t23 = tr[18]!;
    const t30 = tr[20]!, t31 = tr[21]!, t33 = tr[23]!, t34 = tr[24]!;
    const t40 = tr[25]!, t41 = tr[26]!, t43 = tr[28]!, t44 = tr[29]!;
    const back = this.back;
    let p0 = tr[0]! + em[0]!, p1 = tr[1]! + em[1]!, p2 = -Infinity, p3 = tr[3]! + em[3]!, p4 = -Infinity;
    for (let i = 1; i < n; i++) {
      const at = i * 5;
      let s: number;
      // O, B-X and B-Y may follow any tag
      let b0 = p0 + t00, a0 = 0;
      s = p1 + t10; if (s > b0) { b0 = s; a0 = 1; }
      s = p2 + t20; if (s > b0) { b0 = s; a0 = 2; }
      s = p3 + t30; if (s > b0) { b0 = s; a0 = 3; }
      s = p4 + t40; if (s > b0) { b0 = s; a0 = 4; }
      let b1 = p0 + t01, a1 = 0;
      s = p1 + t11; if (s > b1) { b1 = s; a1 = 1; }
      s = p2 + t21; if (s > b1) { b1 = s; a1 = 2; }
      s = p3 + t31; if (s > b1) { b1 = s; a1 = 3; }
      s = p4 + t41; if (s > b1) { b1 = s; a1 = 4; }
      let b3 = p0 + t03, a3 = 0;
      s = p1 + t13; if (s > b3) { b3 = s; a3 = 1; }
      s = p2 + t23; if (s > b3) { b3 = s; a3 = 2; }
      s = p3 + t33; if (s > b3) { b3 = s; a3 = 3; }
      s = p4 + t43; if (s > b3) { b3 = s; a3 = 4; }
      let b2 = p1 + t12, a2 = 1;
      s = p2 + t22; if (s > b2) { b2 = s; a2 = 2; }
      let b4 = p3 + t34, a4 = 3;
      s = p4 + t44; if (s > b4) { b4 = s; a4 = 4; }
      p0 = b0 + em[at]!; p1 = b1 + em[at + 1]!; p2 = b2 + em[at + 2]!; p3 = b3 + em[at + 3]!; p4 = b4 + em[at + 4]!;
      back[at] = a0; back[at + 1] = a1; back[at + 2] = a2; back[at + 3] = a3; back[at + 4] = a4;
    }
    let best = p0, last = 0;
    if (p1 > best) { best = p1; last = 1; }
    if (p2 > best) { best = p2; last = 2; }
    if (p3 > best) { best = p3; last = 3; }
    if (p4 > best) { best = p4; last = 4; }
    return this.trace(n, 5, last);
  }

  /** decode for O, B-X, I-X: I-X only after B-X or I-X. */
  private decode3(em: ArrayLike<number>, n: number): Uint8Array {
    const tr = this.trans;
    const t00 = tr[3]!, t01 = tr[4]!, t10 = tr[6]!, t11 = tr[7]!, t12 = tr[8]!;
    const t20 = tr[9]!, t21 = tr[10]!, t22 = tr[11]!;
    const back = this.back;
    let p0 = tr[0]! + em[0]!, p1 = tr[1]! + em[1]!, p2 = -Infinity;
    for (let i = 1; i < n; i++) {
      const at = i * 3;
      let s: number;
      let b0 = p0 + t00, a0 = 0;
      s = p1 + t10; if (s > b0) { b0 = s; a0 = 1; }
      s = p2 + t20; if (s > b0) { b0 = s; a0 = 2; }
      let b1 = p0 + t01, a1 = 0;
      s = p1 + t11; if (s > b1) { b1 = s; a1 = 1; }
      s = p2 + t21; if (s > b1) { b1 = s; a1 = 2; }
      let b2 = p1 + t12, a2 = 1;
      s = p2 + t22; if (s > b2) { b2 = s; a2 = 2; }
      p0 = b0 + em[at]!; p1 = b1 + em[at + 1]!; p2 = b2 + em[at + 2]!;
      back[at] = a0; back[at + 1] = a1; back[at + 2] = a2;
    }
    let best = p0, last = 0;
    if (p1 > best) { best = p1; last = 1; }
    if (p2 > best) { best = p2; last = 2; }
    return this.trace(n, 3, last);
  }

  /** The path ending in tag `last` at position n - 1, from the back pointers. */
  private trace(n: number, nT: number, last: number): Uint8Array {
    const out = this.path.subarray(0, n);
    const back = this.back;
    out[n - 1] = last;
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * nT + out[i]!]!;
    return out;
  }

  tag(seq: Sequence): Uint8Array {
    return this.viterbi(this.emissions(seq), seq.n);
  }
}

/** O, then B-X, I-X pairs (the layout decode5 and decode3 write out). */
function isBioLayout(tags: readonly string[]): boolean {
  if ((tags.length !== 3 && tags.length !== 5) || tags[0] !== 'O') return false;
  for (let k = 1; k < tags.length; k += 2) {
    const b = tags[k]!;
    if (!b.startsWith('B-') || tags[k + 1] !== 'I-' + b.slice(2)) return false;
  }
  return tags.length === 3 || tags[1] !== tags[3];
}

export function viterbi(
  em: ArrayLike<number>,
  n: number,
  nT: number,
  trans: ArrayLike<number>,
  allowStart: Uint8Array,
  allowPair: Uint8Array,
): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * nT);
  const back = new Uint8Array(n * nT);
  for (let t = 0; t < nT; t++) score[t] = allowStart[t] ? trans[t]! + em[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * nT;
    for (let b = 0; b < nT; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < nT; a++) {
        if (!allowPair[a * nT + b]) continue;
        const s = score[prev + a]! + trans[nT + a * nT + b]!;
        if (s > best) { best = s; arg = a; }
      }
      score[i * nT + b] = best + em[i * nT + b]!;
      back[i * nT + b] = arg;
    }
  }
  return backtrace(score, back, n, nT, out);
}

/**
 * Averaged structured perceptron (Collins 2002) with the usual lazy-averaging trick: keep the
 * running weights w and the sum of step-weighted updates u; the average is w - u / steps.
 */
export class PerceptronTrainer {
  readonly nTags: number;
  private readonly w: Float64Array;
  private readonly u: Float64Array;
  private readonly tw: Float64Array;
  private readonly tu: Float64Array;
  private steps = 1;
  private readonly view: LinearTagger;
  private readonly w32: Float32Array;
  private readonly t32: Float32Array;

  constructor(readonly tags: readonly string[], readonly bits: number, readonly margin = 0) {
    this.nTags = tags.length;
    const size = (1 << bits) * this.nTags;
    this.w = new Float64Array(size);
    this.u = new Float64Array(size);
    this.tw = new Float64Array(this.nTags + this.nTags * this.nTags);
    this.tu = new Float64Array(this.tw.length);
    // Decoding during training reads the current (not averaged) weights through a Float32 view
    // kept in sync on every update.
    this.w32 = new Float32Array(size);
    this.t32 = new Float32Array(this.tw.length);
    this.view = new LinearTagger(tags, bits, this.w32, this.t32);
  }

  get tagger(): LinearTagger {
    return this.view;
  }

  private bump(idx: number, delta: number): void {
    this.w[idx]! += delta;
    this.u[idx]! += this.steps * delta;
    this.w32[idx] = this.w[idx]!;
  }

  private bumpTrans(idx: number, delta: number): void {
    this.tw[idx]! += delta;
    this.tu[idx]! += this.steps * delta;
    this.t32[idx] = this.tw[idx]!;
  }

  /** Decodes with the current weights, updates towards gold; returns the number of wrong tags. */
  train(seq: Sequence, gold: Uint8Array): number {
    const em = this.view.emissions(seq);
    if (this.margin) {
      // cost-augmented decoding: every wrong tag gets a head start, so updates enforce a margin
      for (let i = 0; i < seq.n; i++) for (let t = 0; t < this.nTags; t++) if (t !== gold[i]) em[i * this.nTags + t]! += this.margin;
    }
    const pred = this.view.viterbi(em, seq.n);
    this.update(seq, gold, pred);
    return countDiff(gold, pred);
  }

  update(seq: Sequence, gold: Uint8Array, pred: Uint8Array): void {
    const nT = this.nTags;
    for (let i = 0; i < seq.n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
          const base = seq.feats[k]! * nT;
          this.bump(base + g, 1);
          this.bump(base + p, -1);
        }
      }
      const gPrev = i === 0 ? -1 : gold[i - 1]!;
      const pPrev = i === 0 ? -1 : pred[i - 1]!;
      if (g !== p || gPrev !== pPrev) {
        this.bumpTrans(gPrev < 0 ? g : nT + gPrev * nT + g, 1);
        this.bumpTrans(pPrev < 0 ? p : nT + pPrev * nT + p, -1);
      }
    }
    this.steps++;
  }

  /** The averaged weights as a standalone tagger. */
  averaged(): LinearTagger {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i]! - this.u[i]! / this.steps;
    const t = new Float32Array(this.tw.length);
    for (let i = 0; i < t.length; i++) t[i] = this.tw[i]! - this.tu[i]! / this.steps;
    return new LinearTagger(this.tags, this.bits, w, t);
  }
}

function countDiff(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}

/** The best final tag, then back through the stored predecessors: the path Viterbi found. */
function backtrace(score: Float64Array, back: Uint8Array, n: number, nT: number, out: Uint8Array): Uint8Array {
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < nT; t++) {
    const s = score[(n - 1) * nT + t]!;
    if (s > best) { best = s; arg = t; }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * nT + out[i]!]!;
  return out;
}
