// Clause-boundary helpers over the token layer: where a cue's verb group starts and ends, the
// noun phrase that is its subject, the adjuncts between cue and content, and where content
// stops. Every walk is bounded (MAX_WALK tokens), so a sentence-less 5 MB text stays linear.
import type { Quotation, Sentence, Token } from '../document/types.js';
import {
  AUXILIARY,
  CLAUSE_ADVERBS,
  OBJECT_PRONOUNS,
  OCCASION_NOUNS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './lexicon.js';

/** No span the rules build is longer than this many tokens. */
export const MAX_WALK = 120;

export interface TokenView {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotes: readonly Quotation[];
  /** char offset of an opening mark -> quotation index */
  openAt: ReadonlyMap<number, number>;
  /** char offset just past a closing mark -> quotation index */
  closeAt: ReadonlyMap<number, number>;
}

export function makeView(text: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quotation[]): TokenView {
  const openAt = new Map<number, number>();
  const closeAt = new Map<number, number>();
  quotes.forEach((q, i) => {
    openAt.set(q.start, i);
    if (!q.unclosed) closeAt.set(q.end, i);
  });
  return { text, tokens, sentences, quotes, openAt, closeAt };
}

/** The outermost quotation around quotation `q`. */
export function rootQuote(view: TokenView, q: number): number {
  let r = q;
  while (view.quotes[r]!.parent >= 0) r = view.quotes[r]!.parent;
  return r;
}

/** Quotation whose opening mark is token `t`, or -1. */
export function opensQuote(view: TokenView, t: number): number {
  const tok = view.tokens[t];
  if (!tok || tok.pos !== 'PUNCT') return -1;
  return view.openAt.get(tok.start) ?? -1;
}

/** Quotation whose closing mark is token `t`, or -1. */
export function closesQuote(view: TokenView, t: number): number {
  const tok = view.tokens[t];
  if (!tok || tok.pos !== 'PUNCT') return -1;
  return view.closeAt.get(tok.end) ?? -1;
}

const NOUNISH = new Set(['PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ', 'DET', 'PART', 'X', 'SYM']);
/** Prepositions that may sit inside a source noun phrase: "spokesman for the campaign". */
const NP_PREPS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to']);
const NP_PUNCT = new Set(['.', '-', '&', "'s", '’s', "'", '’', '/']);

function isNounish(t: Token): boolean {
  if (NOUNISH.has(t.pos)) return t.pos !== 'PART' || /^['’]s$/i.test(t.text);
  return t.pos === 'PUNCT' && NP_PUNCT.has(t.normal) && t.text !== '.';
}

function isComma(t: Token | undefined): boolean {
  return t !== undefined && (t.text === ',' || t.text === '，');
}

/** Extends a cue head leftwards over auxiliaries, negation and manner adverbs ("has also said"). */
export function verbGroupStart(view: TokenView, head: number, floor: number): number {
  let s = head;
  while (s - 1 >= floor) {
    const t = view.tokens[s - 1]!;
    if (t.quote !== -1) break;
    const lemma = t.lemma.toLowerCase();
    if (t.pos === 'AUX' || (t.pos === 'PART' && (lemma === 'not' || t.normal === "n't"))) s--;
    else if (t.pos === 'ADV' && !CLAUSE_ADVERBS.has(t.normal) && !TIME_WORDS.has(t.normal) && /^[a-z]/i.test(t.text)) s--;
    else if (AUXILIARY.has(lemma) && t.pos !== 'VERB') s--;
    else break;
  }
  // a leading adverb alone before the subject is no part of the verb group: "Still, ..."
  return s;
}

export interface Range {
  /** first token */
  start: number;
  /** one past the last token */
  end: number;
}

/**
 * The subject noun phrase ending just before token `end` (exclusive), within the sentence that
 * starts at `floor`. Handles a relative pronoun ("who said"), a pronoun, a plain noun phrase with
 * inner prepositions, and one apposition set off by commas ("Smith, the mayor, said").
 */
export function sourceLeft(view: TokenView, end: number, floor: number): Range | null {
  const toks = view.tokens;
  const limit = Math.max(floor, end - MAX_WALK);
  if (end - 1 < limit) return null;
  const last = toks[end - 1]!;
  if (last.quote !== -1) return null;
  if (RELATIVE_PRONOUNS.has(last.normal) && (last.pos === 'PRON' || last.pos === 'DET' || last.pos === 'SCONJ')) {
    return last.normal === 'that' ? null : { start: end - 1, end };
  }
  if (isComma(last)) {
    // apposition: HEAD , APPOSITIVE , cue
    const innerEnd = end - 1;
    let k = innerEnd - 1;
    while (k >= limit && !isComma(toks[k]) && toks[k]!.quote === -1 && !isBoundary(toks[k]!)) k--;
    if (k < limit || !isComma(toks[k])) return null;
    const appositive = { start: k + 1, end: innerEnd };
    if (!looksAppositive(view, appositive)) return null;
    const head = plainNounPhrase(view, k, limit);
    if (!head) return null;
    return { start: head.start, end };
  }
  return plainNounPhrase(view, end, limit);
}

/** Tokens that end a clause for the purposes of the backward walks. */
function isBoundary(t: Token): boolean {
  if (t.pos === 'PUNCT') return !NP_PUNCT.has(t.normal) || t.text === '.';
  return t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ';
}

/** An appositive names a role or organisation: nominal, possibly with a relative clause. */
function looksAppositive(view: TokenView, r: Range): boolean {
  if (r.end <= r.start) return false;
  const first = view.tokens[r.start]!;
  if (first.pos === 'ADV' && r.end - r.start <= 2) return false; // "Smith, however, said"
  if (r.start < r.end && RELATIVE_PRONOUNS.has(first.normal) && first.normal !== 'that') return true;
  let nouns = 0;
  for (let t = r.start; t < r.end; t++) {
    const tok = view.tokens[t]!;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') {
      // "recently named the company's chief", "who ...": participles are fine, finite verbs are not
      if (!/(ed|en|ing)$/i.test(tok.text)) return false;
    }
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN') nouns++;
  }
  return nouns > 0;
}

/** A comma-free noun phrase ending before `end`. */
export function plainNounPhrase(view: TokenView, end: number, limit: number): Range | null {
  const toks = view.tokens;
  let s = end;
  while (s - 1 >= limit) {
    const t = toks[s - 1]!;
    if (t.quote !== -1 && !(t.pos === 'PROPN' || t.pos === 'NOUN')) break;
    if (isNounish(t)) {
      if (TIME_WORDS.has(t.normal) && s < end) break; // "On Monday Smith said"
      s--;
      continue;
    }
    if (t.pos === 'ADP' && NP_PREPS.has(t.normal) && s < end && s - 2 >= limit && isNominalHead(toks[s - 2]!)) {
      s--;
      continue;
    }
    if (t.pos === 'CCONJ' && (t.normal === 'and' || t.normal === '&') && s < end && s - 2 >= limit) {
      const left = toks[s - 2]!;
      const right = toks[s]!;
      if ((left.pos === 'PROPN' && right.pos === 'PROPN') || (left.pos === 'PRON' && (right.pos === 'PRON' || right.pos === 'DET'))) {
        s--;
        continue;
      }
    }
    break;
  }
  // trim: a phrase must end in a noun, name, number or pronoun; leading prepositions go
  while (s < end && (toks[s]!.pos === 'ADP' || toks[s]!.pos === 'CCONJ' || toks[s]!.pos === 'PUNCT' || toks[s]!.pos === 'PART')) s++;
  if (s >= end) return null;
  const lastTok = toks[end - 1]!;
  if (!(lastTok.pos === 'PROPN' || lastTok.pos === 'NOUN' || lastTok.pos === 'PRON' || lastTok.pos === 'NUM' || lastTok.pos === 'X')) return null;
  if (lastTok.pos === 'PRON' && end - s > 1 && SUBJECT_PRONOUNS.has(lastTok.normal)) return { start: end - 1, end };
  if (lastTok.pos === 'PRON' && OBJECT_PRONOUNS.has(lastTok.normal) && !SUBJECT_PRONOUNS.has(lastTok.normal)) return null;
  return { start: s, end };
}

function isNominalHead(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN';
}

/**
 * A source after an inverted cue ("..., said John Smith, the mayor of Springfield."): a noun
 * phrase, then any appositions up to the end of the sentence, stopping at an adjunct that
 * says when or where, at a participial clause (", adding ...") or at a colon or dash.
 */
export function sourceRight(view: TokenView, start: number, stop: number): Range | null {
  const toks = view.tokens;
  const limit = Math.min(stop, start + MAX_WALK);
  let e = start;
  while (e < limit) {
    const t = toks[e]!;
    if (t.quote !== -1) break;
    if (isComma(t)) {
      const next = toks[e + 1];
      if (!next || next.quote !== -1 || e + 1 >= limit) break;
      if (next.pos === 'VERB' && /ing$/i.test(next.text)) break; // ", adding that"
      if (next.pos === 'SCONJ' || next.pos === 'CCONJ' || next.normal === 'according') break;
      if (TIME_WORDS.has(next.normal) || (next.pos === 'ADP' && isAdjunctAt(view, e + 1, limit))) break;
      e++;
      continue;
    }
    if (t.pos === 'PUNCT' && !NP_PUNCT.has(t.normal)) break;
    if (t.text === '.' ) break;
    if (TIME_WORDS.has(t.normal) && e > start) break;
    if (t.pos === 'ADP' && isAdjunctAt(view, e, limit)) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && e === start) break;
    if (t.pos === 'VERB' && !/(ed|en)$/i.test(t.text) && !RELATIVE_PRONOUNS.has(toks[e - 1]?.normal ?? '')) {
      // a finite verb starts a new clause unless inside a relative clause
      if (!withinRelative(view, start, e)) break;
    }
    e++;
  }
  while (e > start && (isComma(toks[e - 1]) || toks[e - 1]!.pos === 'CCONJ' || toks[e - 1]!.pos === 'ADP')) e--;
  if (e <= start) return null;
  const first = toks[start]!;
  if (!(isNounish(first) || first.pos === 'PROPN')) return null;
  return { start, end: e };
}

function withinRelative(view: TokenView, from: number, at: number): boolean {
  for (let k = at - 1; k >= from; k--) if (RELATIVE_PRONOUNS.has(view.tokens[k]!.normal) && view.tokens[k]!.normal !== 'that') return true;
  return false;
}

/** Prepositions that open a when/where adjunct after a cue. */
const ADJUNCT_PREPS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'via', 'over', 'from', 'through', 'while', 'when', 'last', 'earlier', 'late', 'early', 'by']);

/** True when token `at` opens a time/occasion adjunct: "on Monday", "in an interview". */
export function isAdjunctAt(view: TokenView, at: number, limit: number): boolean {
  const toks = view.tokens;
  const t = toks[at];
  if (!t || !ADJUNCT_PREPS.has(t.normal)) return false;
  for (let k = at + 1; k < Math.min(limit, at + 8); k++) {
    const n = toks[k]!;
    if (TIME_WORDS.has(n.normal) || OCCASION_NOUNS.has(n.normal)) return true;
    if (n.pos === 'NUM' && /^\d{4}$/.test(n.text)) return true;
    if (!(n.pos === 'DET' || n.pos === 'ADJ' || n.pos === 'PROPN' || n.pos === 'NOUN' || n.pos === 'NUM' || n.pos === 'PART' || (n.pos === 'PUNCT' && NP_PUNCT.has(n.normal)))) return false;
  }
  return false;
}

/**
 * Skips when/where adjuncts after a cue ("said Tuesday", "said on Monday in an interview"),
 * but only when what follows them can start content: otherwise the words are content.
 */
export function skipAdjuncts(view: TokenView, from: number, stop: number): number {
  const toks = view.tokens;
  let r = from;
  for (let guard = 0; guard < 6 && r < stop; guard++) {
    const t = toks[r]!;
    if (t.quote !== -1) break;
    let e = r;
    if (TIME_WORDS.has(t.normal) || (t.pos === 'PROPN' && TIME_WORDS.has(t.normal))) {
      while (e < stop && (TIME_WORDS.has(toks[e]!.normal) || toks[e]!.pos === 'NUM')) e++;
    } else if (t.pos === 'ADP' && isAdjunctAt(view, r, stop)) {
      e = r + 1;
      while (e < stop && toks[e]!.quote === -1 && (isNounish(toks[e]!) || (toks[e]!.pos === 'ADP' && ['of', 'with', 'on', 'at', 'in'].includes(toks[e]!.normal) && e + 1 < stop && toks[e + 1]!.pos !== 'PRON'))) {
        if (toks[e]!.normal === 'that') break;
        e++;
      }
    } else break;
    if (e === r) break;
    r = e;
  }
  return r;
}

/** After an addressee verb ("told reporters", "told The Associated Press"), the addressee. */
export function skipAddressee(view: TokenView, from: number, stop: number): number {
  const toks = view.tokens;
  const t = toks[from];
  if (!t || t.quote !== -1) return from;
  if (OBJECT_PRONOUNS.has(t.normal) && t.normal !== 'it') return from + 1;
  if (t.pos === 'PRON' || t.normal === 'that' || t.pos === 'SCONJ') return from;
  let e = from;
  if (t.pos === 'DET' && toks[from + 1]?.pos === 'PROPN') e++;
  if (toks[e]?.pos === 'PROPN') {
    while (e < stop && (toks[e]!.pos === 'PROPN' || (toks[e]!.pos === 'PUNCT' && NP_PUNCT.has(toks[e]!.normal) && toks[e]!.text !== '.'))) e++;
    return e;
  }
  if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET') {
    // "reporters", "a crowd of supporters", "the audience": up to the next clause opener
    while (e < stop && e - from < 6 && (toks[e]!.pos === 'NOUN' || toks[e]!.pos === 'ADJ' || (toks[e]!.pos === 'DET' && e === from) || (toks[e]!.normal === 'of' && e > from))) e++;
    const next = toks[e];
    // only an addressee if a clause follows: "told reporters that", "told the crowd, “…”"
    if (next && (next.normal === 'that' || isComma(next) || next.text === ':' || next.quote !== -1 || next.pos === 'PRON' || next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'PROPN')) return e;
  }
  return from;
}
