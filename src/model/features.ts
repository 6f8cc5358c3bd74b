// Per-token atoms (hashed once per document) and the feature templates of both taggers:
// base features describe a token in its local context; cue-relative features describe a
// token as seen from one cue (direction, distance, what lies between).
import type { Attribution, Document, Token } from '../document/types.js';
import { tokenRange } from '../document/document.js';
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
  /** IS_* bits per token. */
  flags: Uint8Array;
  /** Prefix count of verbs. */
  verbs: Int32Array;
  near: Nearest;
  /** RULE_* role of each token in the rule engine's attributions (stacking; 0 without rules). */
  rule: Uint8Array;
  /** The rule engine's attributions with a cue, in tokens. */
  ruleSpans: RuleSpans[];
}

/** For each token, the index of the nearest earlier (-1 if none) or later (n if none) token of a kind. */
export interface Nearest {
  prevClose: Int32Array;
  nextOpen: Int32Array;
  prevCueLike: Int32Array;
  nextCueLike: Int32Array;
  nextThat: Int32Array;
  nextOpener: Int32Array;
  prevNominal: Int32Array;
}

function nearest(n: number, quote: Uint8Array, lex: Uint8Array, flags: Uint8Array, reuse: boolean): Nearest {
  const r: Nearest = {
    prevClose: i32(reuse, 'prevClose', n), nextOpen: i32(reuse, 'nextOpen', n), prevCueLike: i32(reuse, 'prevCueLike', n),
    nextCueLike: i32(reuse, 'nextCueLike', n), nextThat: i32(reuse, 'nextThat', n), nextOpener: i32(reuse, 'nextOpener', n),
    prevNominal: i32(reuse, 'prevNominal', n),
  };
  let close = -1, cueLike = -1, nominal = -1;
  for (let i = 0; i < n; i++) {
    r.prevClose[i] = close;
    r.prevCueLike[i] = cueLike;
    r.prevNominal[i] = nominal;
    if (quote[i] === QUOTE_CLOSE) close = i;
    if (lex[i]! >= 4) cueLike = i;
    if (flags[i]! & IS_NOMINAL) nominal = i;
  }
  let open = n, cueNext = n, that = n, opener = n;
  for (let i = n - 1; i >= 0; i--) {
    r.nextOpen[i] = open;
    r.nextCueLike[i] = cueNext;
    r.nextThat[i] = that;
    r.nextOpener[i] = opener;
    if (quote[i] === QUOTE_OPEN) open = i;
    if (lex[i]! >= 4) cueNext = i;
    if (flags[i]! & IS_THAT) that = i;
    if (flags[i]! & IS_OPENER) opener = i;
  }
  return r;
}

// What the rule engine made of a token: the model learns when to trust it.
export const RULE_NONE = 0;
export const RULE_CUE = 1;
/** A cue of an attribution the rules are not confident about (< 0.6). */
export const RULE_WEAK_CUE = 2;
export const RULE_SOURCE = 3;
export const RULE_DIRECT = 4;
export const RULE_CONTENT = 5;

/** A rule attribution in token ranges [first, end). */
export interface RuleSpans {
  cue: [number, number];
  source: [number, number] | null;
  parts: [number, number][];
}

function ruleRoles(tokens: Token[], rules: readonly Attribution[] | null, roles: Uint8Array): RuleSpans[] {
  roles.fill(RULE_NONE, 0, tokens.length);
  if (!rules) return [];
  const spans: RuleSpans[] = [];
  // contents first, so that a cue or source inside another attribution's content keeps its role
  for (const r of rules) {
    const role = r.kind === 'direct' ? RULE_DIRECT : RULE_CONTENT;
    const parts = (r.contentParts ?? [r.content]).map((p) => tokenRange(tokens, p.start, p.end));
    for (const [f, e] of parts) roles.fill(role, f, e);
    if (r.cue) spans.push({ cue: tokenRange(tokens, r.cue.start, r.cue.end), source: r.source ? tokenRange(tokens, r.source.start, r.source.end) : null, parts });
  }
  for (const r of spans) {
    if (r.source) roles.fill(RULE_SOURCE, r.source[0], r.source[1]);
  }
  rules.forEach((r) => {
    if (!r.cue) return;
    const [f, e] = tokenRange(tokens, r.cue.start, r.cue.end);
    roles.fill(r.confidence >= 0.6 ? RULE_CUE : RULE_WEAK_CUE, f, e);
  });
  return spans;
}

/**
 * How a token stands to the rule attribution of the cue being tagged: RREL_NONE when the rules
 * have no attribution at that cue, else outside it, in its source or in its content.
 */
export const RREL_NONE = 0;
export const RREL_OUT = 1;
export const RREL_SOURCE = 2;
export const RREL_CONTENT = 3;

export function ruleRelation(c: CueView, i: number): number {
  const r = c.rule;
  if (!r) return RREL_NONE;
  if (r.source && i >= r.source[0] && i < r.source[1]) return RREL_SOURCE;
  for (const [f, e] of r.parts) if (i >= f && i < e) return RREL_CONTENT;
  return RREL_OUT;
}

export const IS_THAT = 1;
export const IS_OPENER = 2;
export const IS_NOMINAL = 4;

/** Upper bound on the features one token gets from baseFeatures and relativeFeatures. */
export const MAX_BASE = 64;
export const MAX_RELATIVE = 40;


export function lexBucket(rate: number | undefined): number {
  if (rate === undefined || rate <= 0) return 0;
  if (rate < 0.05) return 1;
  if (rate < 0.2) return 2;
  if (rate < 0.5) return 3;
  if (rate < 0.8) return 4;
  return 5;
}

// Hashes are shared across documents, one cache per kind of string (no key building on the
// hot path); a cache is dropped when it grows too big.
function cached<T>(compute: (s: string) => T): (s: string) => T {
  const map = new Map<string, T>();
  return (s) => {
    let v = map.get(s);
    if (v === undefined) {
      if (map.size > 100_000) map.clear();
      v = compute(s);
      map.set(s, v);
    }
    return v;
  };
}
const WORD_SEED = 0x811c9dc5;
const SUFFIX_SEED = 0x01000193;
const LEMMA_SEED = 0x5bd1e995;
const POS_SEED = 0x2f6b8e39;
const SHAPE_SEED = 0x7a3c1d55;

/** Hash of the word's shape (Xx, dd, ...: character classes, repeats collapsed, at most 6), as int32 bits. */
export function shapeHash(s: string): number {
  let h = SHAPE_SEED;
  let last = -1;
  let len = 0;
  for (let i = 0; i < s.length && len < 6; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : c;
    if (k !== last) { h = Math.imul(h ^ k, 0x01000193); len++; }
    last = k;
  }
  return h | 0; // int32 bits, as hashString
}

/**
 * Cue-lexicon bucket per lemma as written (the lexicon is keyed by lower-cased lemma), cached in
 * a direct-mapped table indexed by the lemma's hash and checked by string equality: faster
 * than a Map, whose key hashing redoes each new lemma string.
 */
interface LexCache { lemmas: (string | undefined)[]; buckets: Uint8Array }
const LEX_CACHE_BITS = 14;
const lexCaches = new WeakMap<CueLexicon, LexCache>();
function lexCache(lexicon: CueLexicon): LexCache {
  let c = lexCaches.get(lexicon);
  if (!c) {
    c = { lemmas: new Array<string | undefined>(1 << LEX_CACHE_BITS).fill(undefined), buckets: new Uint8Array(1 << LEX_CACHE_BITS) };
    lexCaches.set(lexicon, c);
  }
  return c;
}

// Inference analyses one document at a time, so its arrays can be reused (typed-array
// allocation was a large share of a document's cost). Pooled arrays may be longer than the
// document: everything reads them up to n.
const pool = new Map<string, Int32Array | Uint32Array | Uint8Array>();
function pooled<T extends Int32Array | Uint32Array | Uint8Array>(reuse: boolean, key: string, n: number, make: (size: number) => T): T {
  if (!reuse) return make(n);
  let a = pool.get(key) as T | undefined;
  if (!a || a.length < n) { a = make(n * 2); pool.set(key, a); }
  return a;
}
const i32 = (reuse: boolean, key: string, n: number) => pooled(reuse, key, n, (k) => new Int32Array(k));
const u32 = (reuse: boolean, key: string, n: number) => pooled(reuse, key, n, (k) => new Uint32Array(k));
const u8 = (reuse: boolean, key: string, n: number) => pooled(reuse, key, n, (k) => new Uint8Array(k));

/**
 * Hashes every token's word, lemma, POS, shape and suffix, and tracks quotation state. With
 * `reuse`, the arrays are shared with the next call's (inference).
 */
export function tokenAtoms(doc: Document, lexicon: CueLexicon, reuse = false, rules: readonly Attribution[] | null = null): TokenAtoms {
  const tokens = doc.ann.tokens ?? [];
  const sentences = doc.ann.sentences ?? [];
  const n = tokens.length;
  const word = u32(reuse, 'word', n);
  const lemma = u32(reuse, 'lemma', n);
  const pos = u32(reuse, 'pos', n);
  const shape = u32(reuse, 'shape', n);
  const suffix = u32(reuse, 'suffix', n);
  const lex = u8(reuse, 'lex', n);
  const lexCached = lexCache(lexicon);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.normal;
    word[i] = hashString(w, WORD_SEED);
    suffix[i] = hashString(w, SUFFIX_SEED, w.length > 3 ? w.length - 3 : 0);
    lemma[i] = hashString(t.lemma, LEMMA_SEED);
    pos[i] = hashString(t.pos, POS_SEED);
    shape[i] = shapeHash(t.text);
    const slot = lemma[i]! >>> (32 - LEX_CACHE_BITS);
    if (lexCached.lemmas[slot] !== t.lemma) {
      lexCached.lemmas[slot] = t.lemma;
      lexCached.buckets[slot] = lexBucket(lexicon.get(t.lemma.toLowerCase()));
    }
    lex[i] = lexCached.buckets[slot]!;
  }

  const sentence = i32(reuse, 'sentence', n).fill(0, 0, n);
  const sentFirst = i32(reuse, 'sentFirst', n).fill(0, 0, n);
  const sentEnd = i32(reuse, 'sentEnd', n).fill(0, 0, n);
  const paraFirst = u8(reuse, 'paraFirst', n).fill(0, 0, n);
  const sentQuoted = u8(reuse, 'sentQuoted', sentences.length).fill(0, 0, sentences.length);
  let lastPara = -1;
  sentences.forEach((s, si) => {
    for (let i = s.firstToken; i < s.endToken; i++) {
      sentence[i] = si;
      sentFirst[i] = s.firstToken;
      sentEnd[i] = s.endToken;
    }
    if (s.paragraph !== lastPara && s.endToken > s.firstToken) paraFirst[s.firstToken] = 1;
    lastPara = s.paragraph;
  });

  // Quotation state: curly marks open/close; a straight mark toggles. Each paragraph starts
  // outside quotes (a quote running on to the next paragraph reopens there with a new mark).
  const quote = u8(reuse, 'quote', n).fill(0, 0, n);
  const quoteRegion = i32(reuse, 'quoteRegion', n).fill(-1, 0, n);
  const regions: { first: number; last: number }[] = [];
  let open = -1;
  const closeRegion = (last: number) => {
    regions.push({ first: open, last });
    for (let k = open; k <= last; k++) quoteRegion[k] = regions.length - 1;
    open = -1;
  };
  // Some outlets write double quotes as two apostrophes ('' or ``), which the tokenizer splits.
  const doubled = (i: number): boolean => {
    const c = tokens[i]!.text;
    const d = tokens[i + 1];
    return (c === "'" || c === '`') && d !== undefined && d.text === c && d.start === tokens[i]!.end;
  };
  for (let i = 0; i < n; i++) {
    if (paraFirst[i] && open >= 0) closeRegion(i - 1);
    const c = tokens[i]!.text;
    const pair = doubled(i);
    if (open < 0 && (c === '“' || c === '«' || c === '"' || pair)) {
      open = i;
      quote[i] = QUOTE_OPEN;
      if (pair) quote[++i] = QUOTE_OPEN;
    } else if (open >= 0 && (c === '”' || c === '»' || c === '"' || (pair && c === "'"))) {
      quote[i] = QUOTE_CLOSE;
      if (pair) quote[++i] = QUOTE_CLOSE;
      closeRegion(i);
    } else if (open >= 0) {
      quote[i] = QUOTE_IN;
    }
  }
  if (open >= 0) closeRegion(n - 1);
  for (let i = 0; i < n; i++) if (quote[i] === QUOTE_OPEN || quote[i] === QUOTE_CLOSE) sentQuoted[sentence[i]!] = 1;

  const commas = i32(reuse, 'commas', n + 1);
  const thats = i32(reuse, 'thats', n + 1);
  const marks = i32(reuse, 'marks', n + 1);
  commas[0] = thats[0] = marks[0] = 0;
  for (let i = 0; i < n; i++) {
    const c = tokens[i]!.text;
    commas[i + 1] = commas[i]! + (c === ',' || c === ';' || c === '—' || c === '–' ? 1 : 0);
    thats[i + 1] = thats[i]! + (tokens[i]!.normal === 'that' ? 1 : 0);
    marks[i + 1] = marks[i]! + (quote[i] === QUOTE_OPEN || quote[i] === QUOTE_CLOSE ? 1 : 0);
  }
  const flags = u8(reuse, 'flags', n).fill(0, 0, n);
  const verbs = i32(reuse, 'verbs', n + 1);
  verbs[0] = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.normal === 'that') flags[i]! |= IS_THAT;
    if (t.text === ':' || quote[i] === QUOTE_OPEN) flags[i]! |= IS_OPENER;
    if (t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN') flags[i]! |= IS_NOMINAL;
    verbs[i + 1] = verbs[i]! + (t.pos === 'VERB' ? 1 : 0);
  }
  const rule = u8(reuse, 'rule', n);
  const ruleSpans = ruleRoles(tokens, rules, rule);
  return {
    rule, ruleSpans, flags, verbs, near: nearest(n, quote, lex, flags, reuse),
    n, tokens, word, lemma, pos, shape, suffix, quote, quoteRegion, regions,
    sentence, sentFirst, sentEnd, paraFirst, lex, commas, thats, marks, sentQuoted,
  };
}

export const NONE = 0x5bd1e995;
export const BOS = 0x1b873593;

/** An atom of a neighbouring token, or a marker past either end of the sentence [lo, hi). */
function ctx(arr: Uint32Array, k: number, lo: number, hi: number): number {
  // | 0: atoms are only xor-ed (same bits as int32); a value that is either a uint32 or a
  // constant is kept boxed by V8, which allocated ~3 numbers per token (baseFeatures 2x slower)
  return k < lo ? BOS : k >= hi ? NONE : arr[k]! | 0;
}

export function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8;
}

/**
 * Base features of token i. Context words stay within the sentence so that features are the
 * same wherever a window starts.
 */
// Templates are written out (mixN with template * SEED precomputed): V8 will not inline ~60
// calls in one function, and each call boxes its uint32 arguments.
export function baseFeatures(a: TokenAtoms, i: number, out: Uint32Array, at: number): number {
  const lo = a.sentFirst[i]!;
  const hi = a.sentEnd[i]!;
  const w0 = a.word[i]!;
  const l0 = a.lemma[i]!;
  const p0 = a.pos[i]!;
  const q0 = a.quote[i]!;
  const wm1 = ctx(a.word, i - 1, lo, hi);
  const wp1 = ctx(a.word, i + 1, lo, hi);
  const wm2 = ctx(a.word, i - 2, lo, hi);
  const wp2 = ctx(a.word, i + 2, lo, hi);
  const lm1 = ctx(a.lemma, i - 1, lo, hi);
  const lp1 = ctx(a.lemma, i + 1, lo, hi);
  const pm1 = ctx(a.pos, i - 1, lo, hi);
  const pp1 = ctx(a.pos, i + 1, lo, hi);
  const pm2 = ctx(a.pos, i - 2, lo, hi);
  const pp2 = ctx(a.pos, i + 2, lo, hi);
  const xm1 = i - 1 >= lo ? a.lex[i - 1]! : 9;
  const xp1 = i + 1 < hi ? a.lex[i + 1]! : 9;
  out[at++] = 1;
  out[at++] = Math.imul((-2056954758 ^ w0), 0x9e3779b1); // mix2(2, w0)
  out[at++] = Math.imul((1209535159 ^ l0), 0x9e3779b1); // mix2(3, l0)
  out[at++] = Math.imul((181057780 ^ p0), 0x9e3779b1); // mix2(4, p0)
  out[at++] = Math.imul((-847419599 ^ a.shape[i]!), 0x9e3779b1); // mix2(5, a.shape[i]!)
  out[at++] = Math.imul((-1875896978 ^ a.suffix[i]!), 0x9e3779b1); // mix2(6, a.suffix[i]!)
  out[at++] = Math.imul((1390592939 ^ wm1), 0x9e3779b1); // mix2(7, wm1)
  out[at++] = Math.imul((362115560 ^ wp1), 0x9e3779b1); // mix2(8, wp1)
  out[at++] = Math.imul((-666361819 ^ wm2), 0x9e3779b1); // mix2(9, wm2)
  out[at++] = Math.imul((-1694839198 ^ wp2), 0x9e3779b1); // mix2(10, wp2)
  out[at++] = Math.imul((1571650719 ^ lm1), 0x9e3779b1); // mix2(11, lm1)
  out[at++] = Math.imul((543173340 ^ lp1), 0x9e3779b1); // mix2(12, lp1)
  out[at++] = Math.imul((-485304039 ^ pm1), 0x9e3779b1); // mix2(13, pm1)
  out[at++] = Math.imul((-1513781418 ^ pp1), 0x9e3779b1); // mix2(14, pp1)
  out[at++] = Math.imul((1752708499 ^ pm2), 0x9e3779b1); // mix2(15, pm2)
  out[at++] = Math.imul((724231120 ^ pp2), 0x9e3779b1); // mix2(16, pp2)
  out[at++] = Math.imul(Math.imul((-304246259 ^ pm1), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(17, pm1, p0)
  out[at++] = Math.imul(Math.imul((-1332723638 ^ p0), 0x9e3779b1) ^ pp1, 0x85ebca77); // mix3(18, p0, pp1)
  out[at++] = Math.imul(Math.imul(Math.imul((1933766279 ^ pm1), 0x9e3779b1) ^ p0, 0x85ebca77) ^ pp1, 0x27d4eb2f); // mix4(19, pm1, p0, pp1)
  out[at++] = Math.imul(Math.imul((905288900 ^ wm1), 0x9e3779b1) ^ w0, 0x85ebca77); // mix3(20, wm1, w0)
  out[at++] = Math.imul(Math.imul((-123188479 ^ w0), 0x9e3779b1) ^ wp1, 0x85ebca77); // mix3(21, w0, wp1)
  out[at++] = Math.imul(Math.imul((-1151665858 ^ l0), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(22, l0, p0)
  out[at++] = Math.imul((2114824059 ^ q0), 0x9e3779b1); // mix2(23, q0)
  out[at++] = Math.imul(Math.imul((1086346680 ^ q0), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(24, q0, p0)
  out[at++] = Math.imul(Math.imul((57869301 ^ q0), 0x9e3779b1) ^ w0, 0x85ebca77); // mix3(25, q0, w0)
  out[at++] = Math.imul(Math.imul((419984861 ^ lm1), 0x9e3779b1) ^ l0, 0x85ebca77); // mix3(33, lm1, l0)
  out[at++] = Math.imul(Math.imul((-608492518 ^ pm1), 0x9e3779b1) ^ w0, 0x85ebca77); // mix3(34, pm1, w0)
  out[at++] = Math.imul(Math.imul((-1636969897 ^ wm1), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(35, wm1, p0)
  out[at++] = Math.imul(Math.imul((-789550298 ^ l0), 0x9e3779b1) ^ wp1, 0x85ebca77); // mix3(30, l0, wp1)
  const fromStart = i - lo;
  const toEnd = hi - 1 - i;
  out[at++] = Math.imul(Math.imul((-970608078 ^ Math.min(fromStart, 3)), 0x9e3779b1) ^ Math.min(toEnd, 3), 0x85ebca77); // mix3(26, Math.min(fromStart, 3), Math.min(toEnd, 3))
  out[at++] = Math.imul(Math.imul((1448462240 ^ bucket(toEnd)), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(32, bucket(toEnd), p0)
  out[at++] = Math.imul(Math.imul((-1999085457 ^ a.paraFirst[i]!), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(27, a.paraFirst[i]!, p0)
  out[at++] = Math.imul(Math.imul((1267404460 ^ a.sentQuoted[a.sentence[i]!]!), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(28, a.sentQuoted[a.sentence[i]!]!, p0)

  // Nearest quotation marks within the sentence: cues sit next to quotes.
  const nb = a.near;
  const pc = nb.prevClose[i]!;
  const left = pc >= lo && i - pc < 6 ? i - pc : 9;
  const no = nb.nextOpen[i]!;
  const right = no < hi && no - i < 6 ? no - i : 9;
  out[at++] = Math.imul(Math.imul((1629520020 ^ left), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(36, left, p0)
  out[at++] = Math.imul(Math.imul((601042641 ^ right), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(37, right, p0)

  // Cue lexicon: how cue-like this word is, and how far the nearest cue-like word is.
  const x0 = a.lex[i]!;
  out[at++] = Math.imul((1810577800 ^ x0), 0x9e3779b1); // mix2(40, x0)
  out[at++] = Math.imul(Math.imul((782100421 ^ x0), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(41, x0, p0)
  out[at++] = Math.imul(Math.imul((1991635580 ^ xp1), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(44, xp1, p0)
  out[at++] = Math.imul(Math.imul((963158201 ^ xm1), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(45, xm1, p0)
  out[at++] = Math.imul(Math.imul(Math.imul((-65319178 ^ xm1), 0x9e3779b1) ^ x0, 0x85ebca77) ^ xp1, 0x27d4eb2f); // mix4(46, xm1, x0, xp1)
  const nl = nb.nextCueLike[i]!;
  const rl = nl < hi && nl - i <= 4 ? nl - i : 0;
  const pl = nb.prevCueLike[i]!;
  const ll = pl >= lo && i - pl <= 4 ? i - pl : 0;
  out[at++] = Math.imul(Math.imul((-246376958 ^ rl), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(42, rl, p0)
  out[at++] = Math.imul(Math.imul((-1274854337 ^ ll), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(43, ll, p0)
  out[at++] = Math.imul(Math.imul(Math.imul((-1093796557 ^ rl), 0x9e3779b1) ^ ll, 0x85ebca77) ^ w0, 0x27d4eb2f); // mix4(47, rl, ll, w0)

  // What the word governs and who precedes it: a following "that", quotation or colon, a
  // subject-like word before, and how many verbs come before it in the sentence.
  const nt = nb.nextThat[i]!;
  const that = nt < hi && nt - i <= 6 ? nt - i : 0;
  const nop = nb.nextOpener[i]!;
  const opener = nop < hi && nop - i <= 6 ? nop - i : 0;
  const pn = nb.prevNominal[i]!;
  const subj = pn >= lo && i - pn <= 5 ? i - pn : 0;
  const verbsBefore = a.verbs[i]! - a.verbs[lo]!;
  out[at++] = Math.imul(Math.imul((115738602 ^ l0), 0x9e3779b1) ^ that, 0x85ebca77); // mix3(50, l0, that)
  out[at++] = Math.imul(Math.imul((-912738777 ^ l0), 0x9e3779b1) ^ opener, 0x85ebca77); // mix3(51, l0, opener)
  out[at++] = Math.imul(Math.imul((-1941216156 ^ l0), 0x9e3779b1) ^ pm1, 0x85ebca77); // mix3(52, l0, pm1)
  out[at++] = Math.imul(Math.imul((1325273761 ^ l0), 0x9e3779b1) ^ pp1, 0x85ebca77); // mix3(53, l0, pp1)
  out[at++] = Math.imul(Math.imul((296796382 ^ l0), 0x9e3779b1) ^ a.sentQuoted[a.sentence[i]!]!, 0x85ebca77); // mix3(54, l0, a.sentQuoted[a.sentence[i]!]!)
  out[at++] = Math.imul(Math.imul((-731680997 ^ subj), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(55, subj, p0)
  out[at++] = Math.imul(Math.imul((-1760158376 ^ l0), 0x9e3779b1) ^ Math.min(verbsBefore, 2), 0x85ebca77); // mix3(56, l0, Math.min(verbsBefore, 2))
  out[at++] = Math.imul(Math.imul(Math.imul((1506331541 ^ subj), 0x9e3779b1) ^ that, 0x85ebca77) ^ p0, 0x27d4eb2f); // mix4(57, subj, that, p0)

  // Stacking: what the rule engine made of this token and its neighbours.
  const r0 = a.rule[i]!;
  const rm1 = i - 1 >= lo ? a.rule[i - 1]! : 7;
  const rp1 = i + 1 < hi ? a.rule[i + 1]! : 8;
  out[at++] = Math.imul((-1579100596 ^ r0), 0x9e3779b1); // mix2(60, r0)
  out[at++] = Math.imul(Math.imul((1687389321 ^ r0), 0x9e3779b1) ^ p0, 0x85ebca77); // mix3(61, r0, p0)
  out[at++] = Math.imul(Math.imul((658911942 ^ rm1), 0x9e3779b1) ^ r0, 0x85ebca77); // mix3(62, rm1, r0)
  out[at++] = Math.imul(Math.imul((-369565437 ^ r0), 0x9e3779b1) ^ rp1, 0x85ebca77); // mix3(63, r0, rp1)
  out[at++] = Math.imul(Math.imul((-1398042816 ^ r0), 0x9e3779b1) ^ l0, 0x85ebca77); // mix3(64, r0, l0)
  out[at++] = Math.imul(Math.imul((1868447101 ^ r0), 0x9e3779b1) ^ q0, 0x85ebca77); // mix3(65, r0, q0)
  return at;
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
  nearLo: number;
  nearHi: number;
  /** The rule engine's attribution at this cue (cues overlap), if any. */
  rule: RuleSpans | null;
}

export function cueView(a: TokenAtoms, first: number, end: number): CueView {
  let headTok = end - 1;
  for (let k = end - 1; k >= first; k--) {
    const p = a.tokens[k]!.pos;
    if (p === 'VERB' || p === 'NOUN') { headTok = k; break; }
  }
  const lo = a.sentFirst[first]!;
  const hi = a.sentEnd[end - 1]!;
  // region ids grow with position, so the regions near the cue form one id range
  let nearLo = Infinity;
  let nearHi = -1;
  for (let k = Math.max(lo, first - 3); k < Math.min(hi, end + 3); k++) {
    const r = a.quoteRegion[k]!;
    if (r >= 0) { nearLo = Math.min(nearLo, r); nearHi = Math.max(nearHi, r); }
  }
  return {
    first, end,
    head: a.lemma[headTok]!,
    firstLemma: a.lemma[first]!,
    leftPos: first > lo ? a.pos[first - 1]! : BOS,
    rightPos: end < hi ? a.pos[end]! : NONE,
    sentence: a.sentence[first]!,
    nearLo,
    nearHi,
    rule: a.ruleSpans.find((r) => r.cue[0] < end && first < r.cue[1]) ?? null,
  };
}

/** Nearest cue token before / after each token (for "is another cue closer" tests). */
export interface CueNeighbours {
  prev: Int32Array;
  next: Int32Array;
  /** Prefix count of cue tokens. */
  count: Int32Array;
}

export function cueNeighbours(n: number, cueMask: Uint8Array, reuse = false): CueNeighbours {
  const prev = i32(reuse, 'cuePrev', n).fill(-1, 0, n);
  const next = i32(reuse, 'cueNext', n).fill(-1, 0, n);
  const count = i32(reuse, 'cueCount', n + 1);
  count[0] = 0;
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
export function relativeFeatures(a: TokenAtoms, i: number, c: CueView, nb: CueNeighbours, out: Uint32Array, at: number): number {
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
  const nearQuote = region >= c.nearLo && region <= c.nearHi ? 1 : 0;
  const pm1 = i > 0 ? a.pos[i - 1]! : BOS;
  const pp1 = i + 1 < a.n ? a.pos[i + 1]! : NONE;
  const sentFinal = i === a.sentEnd[i]! - 1 ? 1 : 0;
  out[at++] = mix3(101, dir, db);
  out[at++] = mix4(102, dir, db, p0);
  out[at++] = mix3(103, dir, w0);
  out[at++] = mix3(104, dir, a.lemma[i]!);
  out[at++] = mix3(105, dir, p0);
  out[at++] = mix4(106, dir, pm1, p0);
  out[at++] = mix4(107, dir, p0, pp1);
  out[at++] = mix3(108, dir, i > 0 ? a.word[i - 1]! : BOS);
  out[at++] = mix3(109, dir, i + 1 < a.n ? a.word[i + 1]! : NONE);
  out[at++] = mix3(110, dir, sd);
  out[at++] = mix4(111, dir, sd, q0);
  out[at++] = mix3(112, dir, c.head);
  out[at++] = mix4(113, dir, c.head, p0);
  out[at++] = mix4(114, dir, c.head, db);
  out[at++] = mix3(115, dir, commas);
  out[at++] = mix3(116, dir, thats);
  out[at++] = mix3(117, dir, otherBetween);
  out[at++] = mix3(118, dir, closer);
  out[at++] = mix3(119, dir, marks);
  out[at++] = mix4(120, dir, q0, nearQuote);
  out[at++] = mix4(121, dir, c.leftPos, c.rightPos);
  out[at++] = mix4(122, dir, mix2(c.leftPos, c.rightPos), db);
  out[at++] = mix4(124, dir, sentFinal, q0);
  out[at++] = mix4(125, dir, c.head, commas);
  out[at++] = mix4(126, dir, db, q0);
  out[at++] = mix4(127, dir, mix2(otherBetween, q0), sd);
  out[at++] = mix3(128, dir, a.shape[i]!);
  out[at++] = mix3(130, dir, c.firstLemma);
  out[at++] = mix4(132, dir, mix2(p0, db), commas);
  out[at++] = mix4(133, dir, nearQuote, sd);
  out[at++] = mix4(134, dir, closer, otherBetween);
  out[at++] = mix4(135, dir, mix2(commas, thats), sd);
  const rr = ruleRelation(c, i);
  out[at++] = mix3(136, dir, rr);
  out[at++] = mix4(137, dir, rr, q0);
  if (i === c.end) out[at++] = mix2(123, w0);
  if (i === c.first - 1) out[at++] = mix2(129, w0);
  return at;
}
