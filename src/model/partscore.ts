// Fast emissions of the source/content tagger at inference. The part tagger runs once per cue
// over a window, so per (cue, token) work must be small. relativeFeatures (the definition, used
// for training) hashes 32 templates per pair; here they are grouped by what they depend on:
// - the token and the direction only: summed once per (token, direction) per document;
// - the cue and (direction, distance bucket / commas): summed once per cue;
// - small integers only (direction, distance bucket, sentence offset, quote state, counts,
//   POS): summed once per model into memo tables.
// With int16 weights every score is an integer sum (far below 2^24), so regrouping the sums
// gives exactly the emissions LinearTagger computes from relativeFeatures.
import { mix2, mix3, mix4 } from './hash.js';
import { BOS, MAX_BASE, NONE, baseFeatures, bucket, ruleRelation, type CueNeighbours, type CueView, type TokenAtoms } from './features.js';
import type { LinearTagger } from './perceptron.js';

const NT = 5;
/**
 * Both taggers' weights live in one table, 4 int32 per hash bucket, each int32 holding two
 * int16 weights (the first in the low half, the second in the high half):
 *   [c0 | c1, c2 | p0, p1 | p2, p3 | p4]   (c: cue tagger, 3 tags; p: part tagger, 5 tags).
 * A base feature then reads one 16-byte slot for both taggers (one cache line, four loads)
 * instead of 3 + 5 int16 loads from two tables; the table is 1 MB, as the two were together.
 * low16(x) and high16(x) below give the halves back exactly.
 */
const SLOT = 4;
const low16 = (x: number): number => (x << 16) >> 16;
const high16 = (x: number): number => x >> 16;
function pair(a: number, b: number): number {
  return (a & 0xffff) | (b << 16);
}
/** Distinct POS hashes a memo table keys on; tokens beyond that are scored directly. */
const MAX_POS = 64;

/** Sums of NT scores per key, filled on first use. */
class Memo {
  readonly sums: Int32Array;
  readonly done: Uint8Array;
  constructor(size: number) {
    this.sums = new Int32Array(size * NT);
    this.done = new Uint8Array(size);
  }
}

export class PartScorer {
  /** Both taggers' weights, SLOT int32 per bucket (see SLOT). */
  private readonly w: Int32Array;
  /** The cue tagger whose weights fill the table's c0-c2. */
  private cueTagger: LinearTagger | null = null;
  private readonly shift: number;
  /** (dir, distance bucket, quote state): 101, 126. */
  private readonly byDistance = new Memo(3 * 9 * 4);
  /** (dir, sentence offset, quote state, other cue between, near quote): 110, 111, 120, 127, 133. */
  private readonly bySentence = new Memo(3 * 7 * 4 * 2 * 2);
  /** (dir, commas, thats, sentence offset, other cue between, closer, marks): 115-119, 134, 135. */
  private readonly byBetween = new Memo(3 * 4 * 3 * 7 * 2 * 2 * 4);
  /** (dir, relation to the rules' attribution at the cue, quote state): 136, 137. */
  private readonly byRule = new Memo(3 * 4 * 4);
  /** (POS id, dir, distance bucket, commas): 102, 132. */
  private readonly byPos = new Memo(MAX_POS * 3 * 9 * 4);
  private readonly posIds = new Map<number, number>();
  private readonly posHashes: number[] = [];

  // per document
  /** Base scores plus the token-and-direction relative scores, per (token, dir - 1). */
  private tokenDir = new Int32Array(0);
  private tokenDirDone = new Uint8Array(0);
  private posId = new Uint8Array(0);
  /** Base-feature scores per token, computed on first use. */
  private baseSums = new Int32Array(0);
  private baseDone = new Uint8Array(0);
  private hashes: Uint32Array = new Uint32Array(0);
  private counts: Uint8Array = new Uint8Array(0);
  private stride = 0;

  // per cue: (dir, distance bucket) -> 112, 114, 121, 122, 130; (dir, commas) -> 125
  private readonly cueByDistance = new Memo(3 * 9);
  private readonly cueByCommas = new Memo(3 * 4);
  private readonly acc = new Int32Array(NT);
  /** Feature hashes of one token, summed with scalar accumulators. */
  private readonly direct = new Uint32Array(16);

  constructor(tagger: LinearTagger) {
    if (!(tagger.weights instanceof Int16Array) || tagger.nTags !== NT) throw new Error('PartScorer needs an int16 tagger with 5 tags');
    this.shift = tagger.shift;
    const pw = tagger.weights;
    const buckets = pw.length / NT;
    const w = (this.w = new Int32Array(buckets * SLOT));
    for (let b = 0, o = 0, p = 0; b < buckets; b++, o += SLOT, p += NT) {
      w[o + 1] = pair(0, pw[p]!);
      w[o + 2] = pair(pw[p + 1]!, pw[p + 2]!);
      w[o + 3] = pair(pw[p + 3]!, pw[p + 4]!);
    }
  }

  /** Puts the cue tagger's weights into the table (once per cue tagger). */
  private useCue(cue: LinearTagger): void {
    if (this.cueTagger === cue) return;
    const cw = cue.weights;
    const w = this.w;
    for (let o = 0, c = 0; o < w.length; o += SLOT, c += 3) {
      w[o] = pair(cw[c]!, cw[c + 1]!);
      w[o + 1] = pair(cw[c + 2]!, high16(w[o + 1]!));
    }
    this.cueTagger = cue;
  }

  /** Base-feature hashes of one token (scoreBase). */
  private readonly featBuffer = new Uint32Array(MAX_BASE);

  /** Whether scoreBase can score this cue tagger (int16 weights, 3 tags, same table size). */
  fuses(cue: LinearTagger): boolean {
    return cue.weights instanceof Int16Array && cue.nTags === 3 && cue.shift === this.shift;
  }

  /**
   * Base features of every token (after startDocument): the cue tagger's scores into cueEm
   * (3 per token), and the part tagger's base scores (baseSums) from the same table slots.
   *
   * Summing the part scores of every token, not only those some cue window holds (about two
   * thirds), costs 5 adds per feature: the slot is loaded for the cue tagger anyway. A float64
   * table packing both taggers (2 MB) had been tried before: it no longer stayed in the 2 MB L2
   * cache between articles.
   */
  scoreBase(a: TokenAtoms, cue: LinearTagger, cueEm: Float32Array): void {
    this.useCue(cue);
    const w = this.w;
    const shift = this.shift;
    this.streamIn();
    const feats = this.featBuffer;
    const bs = this.baseSums;
    for (let i = 0; i < a.n; i++) {
      const m = baseFeatures(a, i, feats, 0);
      let c0 = 0, c1 = 0, c2 = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
      for (let k = 0; k < m; k++) {
        const b = (feats[k]! >>> shift) * SLOT;
        const x0 = w[b]!, x1 = w[b + 1]!, x2 = w[b + 2]!, x3 = w[b + 3]!;
        c0 += low16(x0); c1 += high16(x0); c2 += low16(x1);
        s0 += high16(x1); s1 += low16(x2); s2 += high16(x2); s3 += low16(x3); s4 += high16(x3);
      }
      cueEm[i * 3] = c0; cueEm[i * 3 + 1] = c1; cueEm[i * 3 + 2] = c2;
      const o = i * NT;
      bs[o] = s0; bs[o + 1] = s1; bs[o + 2] = s2; bs[o + 3] = s3; bs[o + 4] = s4;
    }
    this.baseDone.fill(1, 0, a.n);
  }

  /** Read by streamIn, so that its loads are not optimised away. */
  private touched = 0;

  /**
   * Reads one int32 of every 64-byte line of the table, in order. In the pipeline the other
   * stages evict the table between articles, and an article's features then read about 70% of
   * its lines in random order, each a miss to memory (and to the TLB). Read in order, the lines
   * stream in at memory bandwidth first: predict() in the combined pipeline went from about 1.6
   * to 1.2 ms per article; with the table already cached the pass costs some 20 us.
   */
  private streamIn(): void {
    const w = this.w;
    let t = 0;
    for (let k = 0; k < w.length; k += 16) t |= w[k]!;
    this.touched = t;
  }

  static supports(tagger: LinearTagger): boolean {
    return tagger.weights instanceof Int16Array && tagger.nTags === NT;
  }

  /**
   * Starts a document whose base-feature hashes of token i are
   * hashes[i * stride .. i * stride + counts[i]).
   */
  startDocument(a: TokenAtoms, hashes: Uint32Array = new Uint32Array(0), counts: Uint8Array = new Uint8Array(0), stride = 0): void {
    if (this.tokenDirDone.length < a.n * 3) {
      this.tokenDir = new Int32Array(a.n * 3 * NT * 2);
      this.tokenDirDone = new Uint8Array(a.n * 3 * 2);
      this.posId = new Uint8Array(a.n * 2);
      this.baseSums = new Int32Array(a.n * NT * 2);
      this.baseDone = new Uint8Array(a.n * 2);
    }
    this.tokenDirDone.fill(0, 0, a.n * 3);
    this.baseDone.fill(0, 0, a.n);
    this.hashes = hashes;
    this.counts = counts;
    this.stride = stride;
    for (let i = 0; i < a.n; i++) {
      const p = a.pos[i]!;
      let id = this.posIds.get(p);
      if (id === undefined) {
        id = this.posHashes.length < MAX_POS ? this.posHashes.length : MAX_POS;
        if (id < MAX_POS) { this.posIds.set(p, id); this.posHashes.push(p); }
      }
      this.posId[i] = id;
    }
  }

  private baseScores(i: number): void {
    const w = this.w;
    const shift = this.shift;
    const h = this.hashes;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    for (let k = i * this.stride, to = k + this.counts[i]!; k < to; k++) {
      const b = (h[k]! >>> shift) * SLOT;
      const x1 = w[b + 1]!, x2 = w[b + 2]!, x3 = w[b + 3]!;
      s0 += high16(x1); s1 += low16(x2); s2 += high16(x2); s3 += low16(x3); s4 += high16(x3);
    }
    const o = i * NT;
    const t = this.baseSums;
    t[o] = s0; t[o + 1] = s1; t[o + 2] = s2; t[o + 3] = s3; t[o + 4] = s4;
    this.baseDone[i] = 1;
  }

  private add(h: number, out: Int32Array, at: number): void {
    const w = this.w;
    const b = (h >>> this.shift) * SLOT;
    const x1 = w[b + 1]!, x2 = w[b + 2]!, x3 = w[b + 3]!;
    out[at]! += high16(x1); out[at + 1]! += low16(x2); out[at + 2]! += high16(x2); out[at + 3]! += low16(x3); out[at + 4]! += high16(x3);
  }

  private fillTokenDir(a: TokenAtoms, i: number, dir: number, at: number): void {
    const t = this.tokenDir;
    const h = this.direct;
    if (!this.baseDone[i]) this.baseScores(i);
    const p0 = a.pos[i]!;
    // | 0 as in features.ts ctx: an atom-or-constant kept as int32 is not boxed
    const pm1 = i > 0 ? a.pos[i - 1]! | 0 : BOS;
    const pp1 = i + 1 < a.n ? a.pos[i + 1]! | 0 : NONE;
    const sentFinal = i === a.sentEnd[i]! - 1 ? 1 : 0;
    const wm1 = i > 0 ? a.word[i - 1]! | 0 : BOS;
    const wp1 = i + 1 < a.n ? a.word[i + 1]! | 0 : NONE;
    // templates written out as in baseFeatures
    h[0] = Math.imul(Math.imul((1441012363 ^ dir), 0x9e3779b1) ^ a.word[i]!, 0x85ebca77); // mix3(103, dir, a.word[i]!)
    h[1] = Math.imul(Math.imul((412534984 ^ dir), 0x9e3779b1) ^ a.lemma[i]!, 0x85ebca77); // mix3(104, dir, a.lemma[i]!)
    h[2] = Math.imul(Math.imul((-615942395 ^ dir), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(105, dir, p0)
    h[3] = Math.imul(Math.imul(Math.imul((-1644419774 ^ dir), 0x9e3779b1) ^ pm1, 0x85ebca77) ^ p0, 0x27d4eb2f); // mix4(106, dir, pm1, p0)
    h[4] = Math.imul(Math.imul(Math.imul((1622070143 ^ dir), 0x9e3779b1) ^ p0, 0x85ebca77) ^ pp1, 0x27d4eb2f); // mix4(107, dir, p0, pp1)
    h[5] = Math.imul(Math.imul((593592764 ^ dir), 0x9e3779b1) ^ wm1, 0x85ebca77); // mix3(108, dir, wm1)
    h[6] = Math.imul(Math.imul((-434884615 ^ dir), 0x9e3779b1) ^ wp1, 0x85ebca77); // mix3(109, dir, wp1)
    h[7] = Math.imul(Math.imul(Math.imul((1317823884 ^ dir), 0x9e3779b1) ^ sentFinal, 0x85ebca77) ^ a.quote[i]!, 0x27d4eb2f); // mix4(124, dir, sentFinal, a.quote[i]!)
    h[8] = Math.imul(Math.imul((1498881664 ^ dir), 0x9e3779b1) ^ a.shape[i]!, 0x85ebca77); // mix3(128, dir, a.shape[i]!)
    const bs = this.baseSums;
    const w = this.w;
    let s0 = bs[i * NT]!, s1 = bs[i * NT + 1]!, s2 = bs[i * NT + 2]!, s3 = bs[i * NT + 3]!, s4 = bs[i * NT + 4]!;
    for (let k = 0; k < 9; k++) {
      const b = (h[k]! >>> this.shift) * SLOT;
      const x1 = w[b + 1]!, x2 = w[b + 2]!, x3 = w[b + 3]!;
      s0 += high16(x1); s1 += low16(x2); s2 += high16(x2); s3 += low16(x3); s4 += high16(x3);
    }
    t[at] = s0; t[at + 1] = s1; t[at + 2] = s2; t[at + 3] = s3; t[at + 4] = s4;
  }

  /** Emissions of window [first, end) for cue c into em (NT per token, from 0). */
  score(a: TokenAtoms, c: CueView, nb: CueNeighbours, first: number, end: number, em: Float32Array): void {
    this.cueByDistance.done.fill(0);
    this.cueByCommas.done.fill(0);
    const lr = mix2(c.leftPos, c.rightPos);
    const td = this.tokenDir;
    const w = this.w;
    const shift = this.shift;
    const acc = this.acc;
    for (let i = first; i < end; i++) {
      const dir = i < c.first ? 1 : i >= c.end ? 3 : 2;
      const d = dir - 1;
      const dist = dir === 1 ? c.first - i : dir === 3 ? i - c.end + 1 : 0;
      const db = bucket(dist);
      const sd = Math.max(-3, Math.min(3, a.sentence[i]! - c.sentence)) + 3;
      const q0 = a.quote[i]!;
      const from = dir === 1 ? i + 1 : dir === 3 ? c.end : i;
      const hi = dir === 1 ? c.first : i;
      const commas = Math.min(3, a.commas[hi]! - a.commas[from]!);
      const thats = Math.min(2, a.thats[hi]! - a.thats[from]!);
      const marks = Math.min(3, a.marks[hi]! - a.marks[from]!);
      const ob = nb.count[hi]! - nb.count[from]! > 0 ? 1 : 0;
      let closer = 0;
      if (dir === 1 && nb.prev[i]! >= 0) closer = i - nb.prev[i]! < c.first - i ? 1 : 0;
      if (dir === 3 && nb.next[i]! >= 0) closer = nb.next[i]! - i < i - c.end + 1 ? 1 : 0;
      const region = a.quoteRegion[i]!;
      const nq = region >= c.nearLo && region <= c.nearHi ? 1 : 0;
      const p0 = a.pos[i]!;

      const k = i * 3 + d;
      if (!this.tokenDirDone[k]) { this.fillTokenDir(a, i, dir, k * NT); this.tokenDirDone[k] = 1; }
      let s0 = td[k * NT]!, s1 = td[k * NT + 1]!, s2 = td[k * NT + 2]!, s3 = td[k * NT + 3]!, s4 = td[k * NT + 4]!;

      // cue and direction
      let m = this.cueByDistance, key = d * 9 + db, o = key * NT;
      if (!m.done[key]) {
        acc.fill(0);
        this.add(mix3(112, dir, c.head), acc, 0);
        this.add(mix4(121, dir, c.leftPos, c.rightPos), acc, 0);
        this.add(mix3(130, dir, c.firstLemma), acc, 0);
        this.add(mix4(114, dir, c.head, db), acc, 0);
        this.add(mix4(122, dir, lr, db), acc, 0);
        m.sums.set(acc, o); m.done[key] = 1;
      }
      s0 += m.sums[o]!; s1 += m.sums[o + 1]!; s2 += m.sums[o + 2]!; s3 += m.sums[o + 3]!; s4 += m.sums[o + 4]!;
      m = this.cueByCommas; key = d * 4 + commas; o = key * NT;
      if (!m.done[key]) {
        acc.fill(0);
        this.add(mix4(125, dir, c.head, commas), acc, 0);
        m.sums.set(acc, o); m.done[key] = 1;
      }
      s0 += m.sums[o]!; s1 += m.sums[o + 1]!; s2 += m.sums[o + 2]!; s3 += m.sums[o + 3]!; s4 += m.sums[o + 4]!;

      // small integers only
      m = this.byDistance; key = (d * 9 + db) * 4 + q0; o = key * NT;
      if (!m.done[key]) {
        acc.fill(0);
        this.add(mix3(101, dir, db), acc, 0);
        this.add(mix4(126, dir, db, q0), acc, 0);
        m.sums.set(acc, o); m.done[key] = 1;
      }
      s0 += m.sums[o]!; s1 += m.sums[o + 1]!; s2 += m.sums[o + 2]!; s3 += m.sums[o + 3]!; s4 += m.sums[o + 4]!;
      m = this.bySentence; key = (((d * 7 + sd) * 4 + q0) * 2 + ob) * 2 + nq; o = key * NT;
      if (!m.done[key]) {
        acc.fill(0);
        this.add(mix3(110, dir, sd), acc, 0);
        this.add(mix4(111, dir, sd, q0), acc, 0);
        this.add(mix4(120, dir, q0, nq), acc, 0);
        this.add(mix4(127, dir, mix2(ob, q0), sd), acc, 0);
        this.add(mix4(133, dir, nq, sd), acc, 0);
        m.sums.set(acc, o); m.done[key] = 1;
      }
      s0 += m.sums[o]!; s1 += m.sums[o + 1]!; s2 += m.sums[o + 2]!; s3 += m.sums[o + 3]!; s4 += m.sums[o + 4]!;
      m = this.byBetween; key = (((((d * 4 + commas) * 3 + thats) * 7 + sd) * 2 + ob) * 2 + closer) * 4 + marks; o = key * NT;
      if (!m.done[key]) {
        acc.fill(0);
        this.add(mix3(115, dir, commas), acc, 0);
        this.add(mix3(116, dir, thats), acc, 0);
        this.add(mix3(117, dir, ob), acc, 0);
        this.add(mix3(118, dir, closer), acc, 0);
        this.add(mix3(119, dir, marks), acc, 0);
        this.add(mix4(134, dir, closer, ob), acc, 0);
        this.add(mix4(135, dir, mix2(commas, thats), sd), acc, 0);
        m.sums.set(acc, o); m.done[key] = 1;
      }
      s0 += m.sums[o]!; s1 += m.sums[o + 1]!; s2 += m.sums[o + 2]!; s3 += m.sums[o + 3]!; s4 += m.sums[o + 4]!;
      const rr = ruleRelation(c, i);
      m = this.byRule; key = (d * 4 + rr) * 4 + q0; o = key * NT;
      if (!m.done[key]) {
        acc.fill(0);
        this.add(mix3(136, dir, rr), acc, 0);
        this.add(mix4(137, dir, rr, q0), acc, 0);
        m.sums.set(acc, o); m.done[key] = 1;
      }
      s0 += m.sums[o]!; s1 += m.sums[o + 1]!; s2 += m.sums[o + 2]!; s3 += m.sums[o + 3]!; s4 += m.sums[o + 4]!;
      const pid = this.posId[i]!;
      const direct = this.direct;
      let nd = 0;
      if (pid < MAX_POS) {
        m = this.byPos; key = ((pid * 3 + d) * 9 + db) * 4 + commas; o = key * NT;
        if (!m.done[key]) {
          acc.fill(0);
          this.add(mix4(102, dir, db, p0), acc, 0);
          this.add(mix4(132, dir, mix2(p0, db), commas), acc, 0);
          m.sums.set(acc, o); m.done[key] = 1;
        }
        s0 += m.sums[o]!; s1 += m.sums[o + 1]!; s2 += m.sums[o + 2]!; s3 += m.sums[o + 3]!; s4 += m.sums[o + 4]!;
      } else {
        direct[nd++] = mix4(102, dir, db, p0);
        direct[nd++] = mix4(132, dir, mix2(p0, db), commas);
      }

      // depends on both the cue and the token
      direct[nd++] = Math.imul(Math.imul(Math.imul((-253826835 ^ dir), 0x9e3779b1) ^ c.head, 0x85ebca77) ^ p0, 0x27d4eb2f); // mix4(113, dir, c.head, p0)
      if (i === c.end) direct[nd++] = mix2(123, a.word[i]!);
      if (i === c.first - 1) direct[nd++] = mix2(129, a.word[i]!);
      for (let k = 0; k < nd; k++) {
        const b = (direct[k]! >>> shift) * SLOT;
        const x1 = w[b + 1]!, x2 = w[b + 2]!, x3 = w[b + 3]!;
        s0 += high16(x1); s1 += low16(x2); s2 += high16(x2); s3 += low16(x3); s4 += high16(x3);
      }
      const at = (i - first) * NT;
      em[at] = s0; em[at + 1] = s1; em[at + 2] = s2; em[at + 3] = s3; em[at + 4] = s4;
    }
  }
}
