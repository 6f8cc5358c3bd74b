import { createHash } from 'node:crypto';
import type { Annotations, Attribution, Document, DocumentMeta, Span, Token } from './types.js';

/** A stable id from the text: the same article always gets the same id. */
export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The longest text read as one article: about a million words, far beyond any news story.
 * Beyond it an input is a book, a log or a data dump, and the annotations of one text that
 * size take gigabytes.
 */
export const MAX_TEXT_CHARS = 6_000_000;

/** Why a text cannot be read as one article, or null when it can. */
export function textTooLong(text: string): string | null {
  if (text.length <= MAX_TEXT_CHARS) return null;
  return `text is ${text.length.toLocaleString('en')} characters long, more than one article (at most ${MAX_TEXT_CHARS.toLocaleString('en')})`;
}

export function createDocument(text: string, meta: DocumentMeta = {}, id?: string): Document {
  return { id: id ?? documentId(text), text, meta: { ...meta }, ann: {} };
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** A layer an earlier stage must have added; a missing one is a pipeline wiring bug. */
export function layer<K extends keyof Annotations>(doc: Document, key: K): Annotations[K] {
  const value = doc.ann[key];
  if (value === undefined) throw new Error(`pipeline: layer "${key}" is needed before this stage`);
  return value as Annotations[K];
}

/** Shrinks [start, end) so it neither starts nor ends with white space. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return span(text, start, end);
}

/**
 * Every attribution is built (or copied) here, with all fields in one order and the optional
 * ones present as undefined: attributions of one shape keep every later stage's reads of them
 * monomorphic (mixed shapes made V8 drop and recompile the speakers and voice passes).
 */
export function newAttribution(a: Attribution): Attribution {
  return {
    id: a.id,
    kind: a.kind,
    cue: a.cue,
    source: a.source,
    content: a.content,
    contentParts: a.contentParts,
    speakerId: a.speakerId,
    statedOn: a.statedOn,
    statedWhen: a.statedWhen,
    confidence: a.confidence,
    origin: a.origin,
    continues: a.continues,
    reportedBy: a.reportedBy,
  };
}

/** Indices [first, end) of the tokens (sorted, as segmentation gives them) overlapping the characters [start, end). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
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
