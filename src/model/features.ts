// Per-token atoms (hashed once per document) and the feature templates of both taggers:
// base features describe a token in its local context; cue-relative features describe a
// token as seen from one cue (direction, distance, what lies between).
import type { Document, Token } from '../document/types.js';
import { hashString, mix2, mix3, mix4 } from './hash.js';

/** A cue-word lexicon learned from training data: lemma -> how often it is (part of) a cue. */
export type CueLexicon = Map<string, number>;

export const QUOTE_OUT = 0;
export const QUOTE_IN = 1;
export const QUOTE_OPEN = 2;
export const QUOTE_CLOSE = 3;

export interface TokenAtoms {
  n: number;
  tokens: Token[];
  word: Uint32Array;
  lemma: Uint32Array;
  pos: Uint32Array;
  shape: Uint32Array;
  suffix: Uint32Array;
  /** QUOTE_* state of each token. */
  quote: Uint8Array;
  /** Index of the quotation region the token is in (marks included), or -1. */
  quoteRegion: Int32Array;
  regions: { first: number; last: number }[];
  sentence: Int32Array;
  sentFirst: Int32Array;
  sentEnd: Int32Array;
  paraFirst: Uint8Array;
  /** Cue-lexicon bucket of the token's lemma (0 = never a cue). */
  lex: Uint8Array;
  /** Prefix counts (index i = count over tokens < i) for cheap "what lies between" tests. */
  commas: Int32Array;
  thats: Int32Array;
  marks: Int32Array;
  /** Whether the sentence holds a quotation mark. */
  sentQuoted: Uint8Array;
}

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);

export function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const c = s[i]!;
    const k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

export function lexBucket(rate: number | undefined): number {
  if (rate === undefined || rate <= 0) return 0;
  if (rate < 0.05) return 1;
  if (rate < 0.2) return 2;
  if (rate < 0.5) return 3;
  if (rate < 0.8) return 4;
  return 5;
}

/** Hashes every token's word, lemma, POS, shape and suffix, and tracks quotation state. */
export function tokenAtoms(doc: Document, lexicon: CueLexicon): TokenAtoms {
  const tokens = doc.ann.tokens ?? [];
  const sentences = doc.ann.sentences ?? [];
  const n = tokens.length;
  const word = new Uint32Array(n);
  const lemma = new Uint32Array(n);
  const pos = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const suffix = new Uint32Array(n);
  const lex = new Uint8Array(n);
  const cache = new Map<string, number>();
  const h = (s: string): number => {
    let v = cache.get(s);
    if (v === undefined) { v = hashString(s); cache.set(s, v); }
    return v;
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.normal;
    word[i] = h('w' + w);
    lemma[i] = h('l' + t.lemma);
    pos[i] = h('p' + t.pos);
    shape[i] = h('s' + shapeOf(t.text));
    suffix[i] = h('x' + (w.length > 3 ? w.slice(-3) : w));
    lex[i] = lexBucket(lexicon.get(t.lemma.toLowerCase()));
  }

  const sentence = new Int32Array(n);
  const sentFirst = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  const paraFirst = new Uint8Array(n);
  const sentQuoted = new Uint8Array(sentences.length);
  let lastPara = -1;
  sentences.forEach((s, si) => {
    for (let i = s.firstToken; i < s.endToken; i++) {
      sentence[i] = si;
      sentFirst[i] = s.firstToken;
      sentEnd[i] = s.endToken;
      const c = tokens[i]!.text;
      if (OPEN.has(c) || CLOSE.has(c) || c === '"') sentQuoted[si] = 1;
    }
    if (s.paragraph !== lastPara && s.endToken > s.firstToken) paraFirst[s.firstToken] = 1;
    lastPara = s.paragraph;
  });

  // Quotation state: curly marks open/close; a straight mark toggles. Each paragraph starts
  // outside quotes (a quote running on to the next paragraph reopens there with a new mark).
  const quote = new Uint8Array(n);
  const quoteRegion = new Int32Array(n).fill(-1);
  const regions: { first: number; last: number }[] = [];
  let open = -1;
  const closeRegion = (last: number) => {
    regions.push({ first: open, last });
    for (let k = open; k <= last; k++) quoteRegion[k] = regions.length - 1;
    open = -1;
  };
  for (let i = 0; i < n; i++) {
    if (paraFirst[i] && open >= 0) closeRegion(i - 1);
    const c = tokens[i]!.text;
    if (open < 0 && (OPEN.has(c) || c === '"')) {
      open = i;
      quote[i] = QUOTE_OPEN;
    } else if (open >= 0 && (CLOSE.has(c) || c === '"')) {
      quote[i] = QUOTE_CLOSE;
      closeRegion(i);
    } else if (open >= 0) {
      quote[i] = QUOTE_IN;
    }
  }
  if (open >= 0) closeRegion(n - 1);

  const commas = new Int32Array(n + 1);
  const thats = new Int32Array(n + 1);
  const marks = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const c = tokens[i]!.text;
    commas[i + 1] = commas[i]! + (c === ',' || c === ';' || c === '—' || c === '–' ? 1 : 0);
    thats[i + 1] = thats[i]! + (tokens[i]!.normal === 'that' ? 1 : 0);
    marks[i + 1] = marks[i]! + (quote[i] === QUOTE_OPEN || quote[i] === QUOTE_CLOSE ? 1 : 0);
  }
  return {
    n, tokens, word, lemma, pos, shape, suffix, quote, quoteRegion, regions,
    sentence, sentFirst, sentEnd, paraFirst, lex, commas, thats, marks, sentQuoted,
  };
}

const NONE = 0x5bd1e995;
const BOS = 0x1b873593;

function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8;
}

/**
 * Base features of token i. Context words stay within the sentence so that features are the
 * same wherever a window starts.
 */
export function baseFeatures(a: TokenAtoms, i: number, out: number[]): void {
  const lo = a.sentFirst[i]!;
  const hi = a.sentEnd[i]!;
  const W = (k: number) => (k >= lo && k < hi ? a.word[k]! : k < lo ? BOS : NONE);
  const L = (k: number) => (k >= lo && k < hi ? a.lemma[k]! : k < lo ? BOS : NONE);
  const P = (k: number) => (k >= lo && k < hi ? a.pos[k]! : k < lo ? BOS : NONE);
  const X = (k: number) => (k >= lo && k < hi ? a.lex[k]! : 9);
  const w0 = a.word[i]!;
  const l0 = a.lemma[i]!;
  const p0 = a.pos[i]!;
  const q0 = a.quote[i]!;
  const pm1 = P(i - 1);
  const pp1 = P(i + 1);
  out.push(
    1,
    mix2(2, w0), mix2(3, l0), mix2(4, p0), mix2(5, a.shape[i]!), mix2(6, a.suffix[i]!),
    mix2(7, W(i - 1)), mix2(8, W(i + 1)), mix2(9, W(i - 2)), mix2(10, W(i + 2)),
    mix2(11, L(i - 1)), mix2(12, L(i + 1)),
    mix2(13, pm1), mix2(14, pp1), mix2(15, P(i - 2)), mix2(16, P(i + 2)),
    mix3(17, pm1, p0), mix3(18, p0, pp1), mix4(19, pm1, p0, pp1),
    mix3(20, W(i - 1), w0), mix3(21, w0, W(i + 1)),
    mix3(22, l0, p0),
    mix2(23, q0), mix3(24, q0, p0), mix3(25, q0, w0),
    mix3(33, L(i - 1), l0), mix3(34, pm1, w0), mix3(35, W(i - 1), p0),
    mix3(30, l0, W(i + 1)),
  );
  const fromStart = i - lo;
  const toEnd = hi - 1 - i;
  out.push(mix3(26, Math.min(fromStart, 3), Math.min(toEnd, 3)));
  out.push(mix3(32, bucket(toEnd), p0));
  out.push(mix3(27, a.paraFirst[i]!, p0));
  out.push(mix3(28, a.sentQuoted[a.sentence[i]!]!, p0));

  // Nearest quotation marks within the sentence: cues sit next to quotes.
  let left = 9;
  for (let k = i - 1; k >= lo && i - k < 6; k--) if (a.quote[k] === QUOTE_CLOSE) { left = i - k; break; }
  let right = 9;
  for (let k = i + 1; k < hi && k - i < 6; k++) if (a.quote[k] === QUOTE_OPEN) { right = k - i; break; }
  out.push(mix3(36, left, p0), mix3(37, right, p0));

  // Cue lexicon: how cue-like this word is, and how far the nearest cue-like word is.
  const x0 = a.lex[i]!;
  out.push(mix2(40, x0), mix3(41, x0, p0), mix3(44, X(i + 1), p0), mix3(45, X(i - 1), p0));
  out.push(mix4(46, X(i - 1), x0, X(i + 1)));
  let rl = 0;
  for (let k = i + 1; k < hi && k - i <= 4; k++) if (a.lex[k]! >= 4) { rl = k - i; break; }
  let ll = 0;
  for (let k = i - 1; k >= lo && i - k <= 4; k--) if (a.lex[k]! >= 4) { ll = i - k; break; }
  out.push(mix3(42, rl, p0), mix3(43, ll, p0), mix4(47, rl, ll, w0));
}

/** One cue as the second tagger sees it. */
export interface CueView {
  first: number;
  /** One past the last token. */
  end: number;
  head: number;
  firstLemma: number;
  leftPos: number;
  rightPos: number;
  sentence: number;
  /** Quotation regions touching the cue (ending just before it or starting just after it). */
  nearRegions: Set<number>;
}

export function cueView(a: TokenAtoms, first: number, end: number): CueView {
  let headTok = end - 1;
  for (let k = end - 1; k >= first; k--) {
    const p = a.tokens[k]!.pos;
    if (p === 'VERB' || p === 'NOUN') { headTok = k; break; }
  }
  const lo = a.sentFirst[first]!;
  const hi = a.sentEnd[end - 1]!;
  const nearRegions = new Set<number>();
  for (let k = first - 1; k >= Math.max(lo, first - 3); k--) if (a.quoteRegion[k]! >= 0) nearRegions.add(a.quoteRegion[k]!);
  for (let k = end; k < Math.min(hi, end + 3); k++) if (a.quoteRegion[k]! >= 0) nearRegions.add(a.quoteRegion[k]!);
  for (let k = first; k < end; k++) if (a.quoteRegion[k]! >= 0) nearRegions.add(a.quoteRegion[k]!);
  return {
    first, end,
    head: a.lemma[headTok]!,
    firstLemma: a.lemma[first]!,
    leftPos: first > lo ? a.pos[first - 1]! : BOS,
    rightPos: end < hi ? a.pos[end]! : NONE,
    sentence: a.sentence[first]!,
    nearRegions,
  };
}

/** Nearest cue token before / after each token (for "is another cue closer" tests). */
export interface CueNeighbours {
  prev: Int32Array;
  next: Int32Array;
  /** Prefix count of cue tokens. */
  count: Int32Array;
}

export function cueNeighbours(n: number, cueMask: Uint8Array): CueNeighbours {
  const prev = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const count = new Int32Array(n + 1);
  let last = -1;
  for (let i = 0; i < n; i++) {
    prev[i] = last;
    if (cueMask[i]) last = i;
    count[i + 1] = count[i]! + (cueMask[i] ? 1 : 0);
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = last;
    if (cueMask[i]) last = i;
  }
  return { prev, next, count };
}

/** Features of token i relative to one cue. */
export function relativeFeatures(a: TokenAtoms, i: number, c: CueView, nb: CueNeighbours, out: number[]): void {
  const dir = i < c.first ? 1 : i >= c.end ? 3 : 2;
  const dist = dir === 1 ? c.first - i : dir === 3 ? i - c.end + 1 : 0;
  const db = bucket(dist);
  const sd = Math.max(-3, Math.min(3, a.sentence[i]! - c.sentence)) + 3;
  const p0 = a.pos[i]!;
  const w0 = a.word[i]!;
  const q0 = a.quote[i]!;
  // tokens strictly between this token and the cue: [from, hi)
  const from = dir === 1 ? i + 1 : dir === 3 ? c.end : i;
  const hi = dir === 1 ? c.first : i;
  const commas = Math.min(3, a.commas[hi]! - a.commas[from]!);
  const thats = Math.min(2, a.thats[hi]! - a.thats[from]!);
  const marks = Math.min(3, a.marks[hi]! - a.marks[from]!);
  const otherBetween = nb.count[hi]! - nb.count[from]! > 0 ? 1 : 0;
  let closer = 0;
  if (dir === 1 && nb.prev[i]! >= 0) closer = i - nb.prev[i]! < c.first - i ? 1 : 0;
  if (dir === 3 && nb.next[i]! >= 0) closer = nb.next[i]! - i < i - c.end + 1 ? 1 : 0;
  const region = a.quoteRegion[i]!;
  const nearQuote = region >= 0 && c.nearRegions.has(region) ? 1 : 0;
  const pm1 = i > 0 ? a.pos[i - 1]! : BOS;
  const pp1 = i + 1 < a.n ? a.pos[i + 1]! : NONE;
  const sentFinal = i === a.sentEnd[i]! - 1 ? 1 : 0;
  out.push(
    mix3(101, dir, db), mix4(102, dir, db, p0), mix3(103, dir, w0), mix3(104, dir, a.lemma[i]!),
    mix3(105, dir, p0), mix4(106, dir, pm1, p0), mix4(107, dir, p0, pp1),
    mix3(108, dir, i > 0 ? a.word[i - 1]! : BOS), mix3(109, dir, i + 1 < a.n ? a.word[i + 1]! : NONE),
    mix3(110, dir, sd), mix4(111, dir, sd, q0),
    mix3(112, dir, c.head), mix4(113, dir, c.head, p0), mix4(114, dir, c.head, db),
    mix3(115, dir, commas), mix3(116, dir, thats), mix3(117, dir, otherBetween), mix3(118, dir, closer),
    mix3(119, dir, marks), mix4(120, dir, q0, nearQuote),
    mix4(121, dir, c.leftPos, c.rightPos), mix4(122, dir, mix2(c.leftPos, c.rightPos), db),
    mix4(124, dir, sentFinal, q0), mix4(125, dir, c.head, commas), mix4(126, dir, db, q0),
    mix4(127, dir, mix2(otherBetween, q0), sd), mix3(128, dir, a.shape[i]!), mix3(130, dir, c.firstLemma),
    mix4(132, dir, mix2(p0, db), commas), mix4(133, dir, nearQuote, sd), mix4(134, dir, closer, otherBetween),
    mix4(135, dir, mix2(commas, thats), sd),
  );
  if (i === c.end) out.push(mix2(123, w0));
  if (i === c.first - 1) out.push(mix2(129, w0));
}
