// The record every attribution rule builds (a Frame: cue, source and content parts in
// characters), the tags later passes read off frames, and the small lookups every rule file uses
// (the token at a character, the sentence of a token, commas and final marks).
import type { Token } from '../document/types.js';
import type { Range, TokenView } from './clauses.js';
import { FINAL_PUNCT } from './lexicon.js';

export type Char = [number, number];

export interface Frame {
  cue: Char | null;
  source: Char | null;
  parts: Char[];
  confidence: number;
  /** char offset of the cue head, for the outermost-only rule */
  headAt: number;
  /** the frame this one continues (continuations only) */
  continues: number;
}

/**
 * Every frame is built here, fields in one order: frames of one shape keep the passes that read
 * them monomorphic (V8 recompiled the large functions each time a new shape turned up).
 */
export function frame(cue: Char | null, source: Char | null, parts: Char[], confidence: number, headAt: number, continues = -1): Frame {
  return { cue, source, parts, confidence, headAt, continues };
}

/**
 * #160 "he's said X", "who's argued for X", "She's already shown": a contracted `'s` after a
 * personal or relative pronoun, with no other `be` before the participle, is `has` (a perfect),
 * not `is`, unless `to`, `by` or `as` follows ("he's said to be ill", "she's seen as").
 */
export function perfectContraction(toks: readonly Token[], head: number, from: number): boolean {
  const aux = toks[from];
  if (!aux || !/^['’]s$/.test(aux.text) || from < 1 || !PERFECT_HOSTS.has(toks[from - 1]!.normal)) return false;
  for (let k = from + 1; k < head; k++) if (toks[k]!.lemma === 'be' || toks[k]!.lemma === 'get') return false;
  const next = toks[head + 1]?.normal;
  return next !== 'to' && next !== 'by' && next !== 'as';
}
const PERFECT_HOSTS: ReadonlySet<string> = new Set(['he', 'she', 'who', 'everyone', 'nobody', 'someone']);

export function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.text === ',';
}

/** Words and marks that may end a sentence without being part of indirect content. */
export function isFinal(t: Token): boolean {
  return t.quote === -1 && (FINAL_PUNCT.has(t.text) || t.text === ';');
}

/** #882 Frames of an "as" aside: no other frame's content hides them. */
export const asAsideFrames = new WeakSet<Frame>();

/** #217 Quotations set off by dashes with their reporting clause: they pass no source on. */
export const asideFrames = new WeakSet<Frame>();
/** Frames whose source is the object of their cue ("angered the dockers"): no source for a later participle. */
export const experiencerFrames = new WeakSet<Frame>();

export function chars(view: TokenView, r: Range): Char {
  return [view.tokens[r.start]!.start, view.tokens[r.end - 1]!.end];
}

/** First token starting at or after char offset `at`. */
export function tokenFrom(toks: readonly Token[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sentenceOf(view: TokenView, t: number): number {
  let lo = 0;
  let hi = view.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.sentences[mid]!.firstToken <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Frames whose subject opens another cue's "that" clause: hidden by it however weak it is. */
export const complementFrames = new WeakSet<Frame>();
/** Frames of findings (#231): hide the frames in their content however weak. */
export const evidenceFrames = new WeakSet<Frame>();
