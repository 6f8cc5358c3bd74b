// Sources: the subject, agent or apposition that says or holds the content, found left or right
// of the cue.
import type { Token } from '../document/types.js';
import {
  closesQuote, MAX_WALK, plainNounPhrase, type Range, sourceLeft, startsUpper, type TokenView,
  verbGroupStart,
} from './clauses.js';
import { RELATIVE_PRONOUNS } from './lexicon.js';
import { DASHES, FRONTED_OPENERS, MAIN_CLAUSE_STARTS, PARTICIPLE_PREPS } from './words.js';
import { type Char, chars, isComma, isFinal, tokenFrom } from './frame.js';
import { lookingFor } from './retag.js';
import { commaBefore, hasClause } from './content.js';

/**
 * #800 "Ada Moss, the host of “Low Tide,” stated that X", "Tom Reyes, star of the harbour's
 * “Tidewatch,” thanked the board": a cue right after a short quoted title whose comma closes an
 * apposition has the name before the apposition as its subject, apposition and title included
 * (the title is no quotation the cue reports, so the verb is no inverted `said`). The apposition runs
 * back to its comma with no auxiliary and no verb but a participle (`known as`), at most 15 tokens.
 */
export function quotedAppositionSource(view: TokenView, end: number, a: number): Range | null {
  const toks = view.tokens;
  const q = end - 1 > a ? closesQuote(view, end - 1) : -1;
  if (q < 0) return null;
  const quote = view.quotes[q]!;
  if (quote.innerEnd <= quote.innerStart || view.text.charCodeAt(quote.innerEnd - 1) !== 44) return null; // the title ends in a comma
  const open = tokenFrom(toks, quote.start);
  if (open - 1 <= a || end - 1 - open > 8) return null;
  let k = open - 1;
  while (k > a && open - k < 15 && !isComma(toks[k])) {
    const t = toks[k]!;
    if (t.quote !== -1 || t.pos === 'AUX' || (t.pos === 'PUNCT' && (DASHES.has(t.text) || t.text === ':' || t.text === ';' || t.text === '(' || t.text === ')'))) return null;
    if (t.pos === 'VERB' && !/(ed|own)$/.test(t.normal)) return null;
    k--;
  }
  if (k <= a || k === open - 1 || !isComma(toks[k]) || toks[k]!.quote !== -1) return null;
  const head = sourceLeft(view, k, a);
  return head && head.end === k ? { start: head.start, end } : null;
}

/**
 * #1440 "Ada Moss, a pilot whose boat, the Gull, sank last year, said the pier was old": a bare
 * said/says right after a comma, before a reported clause, whose subject chain the apposition walk
 * could not read (an aside with its own commas or verbs) takes everything from the sentence's
 * start to the comma as its source, when the sentence opens (past `and`/`but`) on a plain noun
 * phrase set off by a comma, a dash or a parenthesis. A walk of at most 45 tokens back.
 */
/** #1443 Other speech verbs (past or -s form) that take #1440's long subject. */
const LONG_SUBJECT_VERBS: ReadonlySet<string> = new Set(['add', 'write', 'note', 'argue', 'explain', 'insist', 'claim', 'warn', 'report', 'acknowledge', 'believe', 'predict']);
export function longSubjectSource(view: TokenView, head: number, gs: number, a: number, b: number): Range | null {
  const toks = view.tokens;
  const verb = toks[head]!;
  if (gs !== head || !(verb.normal === 'said' || verb.normal === 'says' || (LONG_SUBJECT_VERBS.has(verb.lemma) && /(ed|es)$/.test(verb.normal))) || verb.quote !== -1) return null;
  if (gs - 1 <= a || gs - a > 45 || !isComma(toks[gs - 1]) || toks[gs - 1]!.quote !== -1) return null;
  const next = toks[head + 1];
  if (!next || next.quote !== -1 || next.pos === 'PUNCT' || next.normal === 'to' || /ing$/.test(next.normal) || !hasClause(view, head + 1, Math.min(b, head + 12))) return null;
  let s = a;
  if (toks[s]!.pos === 'CCONJ' && toks[s]!.quote === -1) s++;
  if (!startsUpper(toks[s]!.text) || toks[s]!.quote !== -1 || toks[s]!.pos === 'ADP' || toks[s]!.pos === 'ADV' || toks[s]!.pos === 'SCONJ') return null;
  let d = s + 1;
  while (d < gs - 1 && !isComma(toks[d]) && !DASHES.has(toks[d]!.text) && toks[d]!.text !== '(') d++;
  if (d >= gs - 1 || d - s > 8) return null;
  const np = plainNounPhrase(view, d, s);
  if (!np || np.start !== s || np.end !== d) return null;
  return { start: s, end: gs };
}

/**
 * #400 An inverted source with an apposition, "said Ada Moss, a ferry pilot, adding ...": the
 * comma closing the apposition is part of the source when the sentence goes on after it.
 */
export function invertedSource(view: TokenView, r: Range, b: number): Char {
  const toks = view.tokens;
  const end = r.end;
  if (end + 1 < b && isComma(toks[end]) && toks[end]!.quote === -1 && !isFinal(toks[end + 1]!)) {
    for (let k = r.start + 1; k < end - 1; k++) if (isComma(toks[k]) && toks[k]!.quote === -1) return [toks[r.start]!.start, toks[end]!.end];
  }
  return chars(view, r);
}

/** A source that is a relative clause's subject: "who", "which", "all of whom", or a phrase opened by "whose". */
export function relativeSource(toks: readonly Token[], src: Range): boolean {
  const first = toks[src.start]!.normal;
  if (src.end - src.start === 1) return RELATIVE_PRONOUNS.has(first);
  return first === 'whose' || (src.end - src.start === 3 && toks[src.start + 1]!.normal === 'of' && RELATIVE_PRONOUNS.has(toks[src.start + 2]!.normal));
}

/**
 * "Ortega, who said the pier was unsafe, closed it": the content of a cue inside a relative
 * clause set off by commas ends at the comma before the main clause's verb.
 */
export function relativeClauseEnd(view: TokenView, src: Range, a: number, r: number, stop: number): number {
  const toks = view.tokens;
  if (!relativeSource(toks, src) || src.start - 1 < a || !isComma(toks[src.start - 1])) return stop;
  for (let t = r; t + 1 < stop; t++) {
    const tok = toks[t]!;
    if (tok.quote !== -1 || !isComma(tok)) continue;
    let v = t + 1;
    if (toks[v]!.pos === 'ADV' && v + 1 < stop) v++;
    if (toks[v]!.quote === -1 && (toks[v]!.pos === 'VERB' || toks[v]!.pos === 'AUX') && !/ing$/i.test(toks[v]!.text)) return t;
  }
  return stop;
}

/** Passive voice: a form of "be" in the verb group before a participle ("has been criticized"). */

/** "his claim", "Trump's fear", "the senator's view": who holds the noun cue, if anyone. */
/**
 * #170 "The union estimates that ...", "the campaign worries that ...", "Some dockers doubt that
 * ...": a cue the tagger read as a noun, right after the head of a noun phrase and before `that`,
 * is the verb; that noun phrase is its source when it opens the clause.
 */
export function nounVerbSubject(view: TokenView, noun: number, a: number): Char | null {
  const toks = view.tokens;
  const prev = toks[noun - 1];
  const next = toks[noun + 1];
  if (!prev || !next || noun - 1 < a || next.normal !== 'that' || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'ADJ' && noun - 2 >= a && toks[noun - 2]!.pos === 'DET')) || prev.quote !== -1) return null;
  const subject = sourceLeft(view, noun, a);
  if (!subject || subject.end !== noun) return null;
  const before = toks[subject.start - 1];
  const opens = subject.start === a || (!!before && before.quote === -1 && (isComma(before) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.text === ':' || before.text === ';'));
  return opens ? [toks[subject.start]!.start, toks[subject.end - 1]!.end] : null;
}

export function possessorOf(view: TokenView, noun: number, a: number, keepMark = false): Char | null {
  const toks = view.tokens;
  let k = noun - 1;
  while (k >= a && toks[k]!.pos === 'ADJ') k--;
  if (k < a) return null;
  const t = toks[k]!;
  if (t.pos === 'PRON' && /^(his|her|their|its|my|our|your)$/.test(t.normal)) return [t.start, t.end];
  if (t.pos === 'PART' && /^['’]s$/.test(t.text) || t.text === "'" || t.text === '’') {
    const owner = sourceLeft(view, k, a);
    // #258 before a view noun's copula the possessive mark stays in the source: "{Moss's} contention
    // was that" (train gold: 160 of 165 sources right before a cue's 's keep it; for the older noun
    // frames gold put the 's into the cue where the rules found them, so those stay as they were)
    if (owner) return [toks[owner.start]!.start, keepMark && owner.end === k ? t.end : toks[owner.end - 1]!.end];
  }
  return null;
}

/**
 * #172 "But Sen. Ada Moss, noting X, said", "Throughout the 2000s, dockers, fearing X, failed":
 * whether a noun phrase at `start` opens the main clause after a sentence-opening conjunction or
 * an opening prepositional or subordinate phrase and its comma.
 */
export function opensAfterLead(toks: readonly Token[], start: number, a: number): boolean {
  const prev = toks[start - 1];
  if (!prev || start - 1 < a || prev.quote !== -1) return false;
  if (start - 1 === a) return prev.pos === 'CCONJ';
  return isComma(prev) && (toks[a]!.pos === 'ADP' || toks[a]!.pos === 'SCONJ') && toks[a]!.quote === -1;
}

/** The subject at the start of the sentence, for a participle with no earlier attribution. */
/**
 * The subject of the main clause when the participle at `groupStart` follows a preposition that
 * opens the sentence ("After saying X, the man ...", "But since announcing X, Ortega has ..."), or null.
 */
export function frontedSubject(view: TokenView, groupStart: number, a: number, b: number): Char | null {
  const toks = view.tokens;
  const prep = groupStart - 1;
  if (prep < a || !PARTICIPLE_PREPS.has(toks[prep]!.normal) || toks[prep]!.quote !== -1) return null;
  let k = a;
  while (k < prep && (toks[k]!.pos === 'CCONJ' || toks[k]!.pos === 'ADV' || (k > a && isComma(toks[k]) && toks[k - 1]!.pos === 'ADV'))) k++;
  // #511 "One week after praising X, Moss ...", "Days before signing X, ...": a span of time may
  // stand before "after"/"before" ("Now, after arguing X, ...": so may an adverb and its comma)
  if (k < prep && prep - k <= 3 && (toks[prep]!.normal === 'after' || toks[prep]!.normal === 'before')) {
    let u = k;
    while (u < prep - 1 && (toks[u]!.pos === 'NUM' || toks[u]!.pos === 'DET' || toks[u]!.normal === 'few')) u++;
    if (u === prep - 1 && SPAN_UNITS.has(toks[u]!.normal) && toks[u]!.quote === -1) k = prep;
  }
  if (k !== prep) return null;
  // the comma that closes the clause, then the main clause's first verb
  let comma = groupStart;
  while (comma < b && comma - groupStart < MAX_WALK && !(isComma(toks[comma]) && toks[comma]!.quote === -1)) comma++;
  if (comma >= b || comma + 1 >= b || !MAIN_CLAUSE_STARTS.has(toks[comma + 1]!.pos)) return null;
  return subjectAfterComma(view, comma, b);
}

/** Units of a span of time before "after"/"before" (#511). */
const SPAN_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'moments']);

/** The subject that opens the main clause after the comma at `comma`: the source of its first verb, or null. */
function subjectAfterComma(view: TokenView, comma: number, b: number): Char | null {
  const toks = view.tokens;
  let v = comma + 1;
  while (v < b && v - comma < 15 && !(toks[v]!.pos === 'VERB' || toks[v]!.pos === 'AUX') && toks[v]!.quote === -1 && !isComma(toks[v])) v++;
  if (v >= b || !(toks[v]!.pos === 'VERB' || toks[v]!.pos === 'AUX')) return null;
  // (#511 from the start of the verb group: "..., Ada Moss still believes")
  const src = sourceLeft(view, verbGroupStart(view, v, comma + 1), comma + 1);
  return src && src.start === comma + 1 ? chars(view, src) : null;
}

/** Prepositions that may open a sentence's participle clause: "In rejecting X, ...". */
const OPENING_PREPS: ReadonlySet<string> = new Set(['in', 'after', 'before', 'while', 'by', 'despite', 'besides', 'upon', 'on', 'without', 'since', 'when']);

/**
 * "Noting that the pier was old, Ada Moss said ...", "Citing the cost, the board ...": a participle
 * opening the sentence (only a conjunction or adverb before it) belongs to the subject of the main
 * clause after the comma that closes it; that subject and comma, or null.
 */
export function openingSubject(view: TokenView, groupStart: number, a: number, b: number): { source: Char; comma: number } | null {
  const toks = view.tokens;
  let k = a;
  while (k < groupStart && (toks[k]!.pos === 'CCONJ' || toks[k]!.pos === 'ADV')) k++;
  // "In rejecting X, the court ...", "After blasting X, Moss ...": one preposition may open the clause (#153)
  if (k + 1 === groupStart && OPENING_PREPS.has(toks[k]!.normal) && toks[k]!.quote === -1) k++;
  // (a lower-case word opening the sentence is a segmenting slip: "..., finding a seat for X")
  // ("Judging from X, ..." reports nothing)
  if (k !== groupStart || toks[groupStart]!.quote !== -1 || !startsUpper(toks[a]!.text) || (toks[k]!.lemma === 'judge' && toks[k + 1]?.normal === 'from')) return null;
  const comma = commaBefore(view, groupStart + 1, b);
  // ("..., whose firm ...": a relative clause on the participle's object, no main clause)
  if (comma >= b || comma + 1 >= b || !MAIN_CLAUSE_STARTS.has(toks[comma + 1]!.pos) || toks[comma + 1]!.quote !== -1 || RELATIVE_PRONOUNS.has(toks[comma + 1]!.normal) || toks[comma + 1]!.normal === 'whose') return null;
  const source = subjectAfterComma(view, comma, b);
  return source ? { source, comma } : null;
}

export function subjectOfSentence(view: TokenView, a: number, before: number): Char | null {
  const toks = view.tokens;
  // "Speaking at a rally, Ortega attacked X, calling ...": past an opening participle clause
  if (toks[a]!.pos === 'VERB' && /ing$/.test(toks[a]!.normal) && toks[a]!.quote === -1) {
    let comma = a + 1;
    while (comma < before && comma - a < 25 && !(isComma(toks[comma]) && toks[comma]!.quote === -1)) comma++;
    if (comma + 1 < before && MAIN_CLAUSE_STARTS.has(toks[comma + 1]!.pos)) a = comma + 1;
  }
  // "When Ortega lost, Ada Moss ...", "In a letter released Monday, the board ...": past an
  // opening subordinate or prepositional clause
  const main = pastOpeningClause(view, a, before);
  return (main > a ? firstSubject(view, main, before) : null) ?? firstSubject(view, a, before);
}

/** Where the main clause starts after an opening clause ("When X did Y, ...", "In a letter, ..."), or `a`. */
export function pastOpeningClause(view: TokenView, a: number, before: number): number {
  const toks = view.tokens;
  let o = a;
  while (o < before && (toks[o]!.pos === 'CCONJ' || (toks[o]!.pos === 'ADV' && !FRONTED_OPENERS.has(toks[o]!.normal)) || isComma(toks[o]))) o++;
  let opened = o < before && toks[o]!.quote === -1 && (FRONTED_OPENERS.has(toks[o]!.normal) || toks[o]!.pos === 'ADP' || toks[o]!.pos === 'SCONJ');
  for (let k = o; k + 1 < before && k - o < 30; k++) {
    const t = toks[k]!;
    if (t.quote !== -1) continue;
    if (FRONTED_OPENERS.has(t.normal) && t.pos === 'SCONJ') opened = true; // "Two weeks after X died, ..."
    if (isComma(t)) return opened && MAIN_CLAUSE_STARTS.has(toks[k + 1]!.pos) ? k + 1 : a;
  }
  return a;
}

/**
 * #1080 The subject of a `when`/`where`/`after`/`as` clause that runs after the main clause (whose
 * subject `own` ends before it) up to the comma at `comma` with no comma, dash or quote inside: a
 * walk of at most 25 tokens back, then the clause's first subject; or null.
 */
export function trailingClauseSubject(view: TokenView, own: Char, a: number, comma: number): Char | null {
  const toks = view.tokens;
  for (let k = comma - 1; k > a && comma - k <= 25; k--) {
    const t = toks[k]!;
    if (t.quote !== -1 || isComma(t) || DASHES.has(t.text) || t.text === ';' || t.text === '(' || t.text === ')') return null;
    if (!TRAILING_SUBORDINATORS.has(t.normal) || (t.normal === 'as' && t.pos !== 'SCONJ')) continue;
    if (t.start < own[1] || !MAIN_CLAUSE_STARTS.has(toks[k + 1]?.pos ?? '')) return null;
    const src = firstSubject(view, k + 1, comma);
    return src && src[0] === toks[k + 1]!.start ? src : null;
  }
  return null;
}
/** (#1081 `and`/`but`/`while` too: "The board closed the pier, but Ada Moss kept the ferry running, saying X") */
const TRAILING_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'where', 'after', 'as', 'and', 'but', 'while']);

/** The first subject found for one of the first verbs after `a` (a relative word is skipped: "Moss, who lost, went on"). */
function firstSubject(view: TokenView, a: number, before: number): Char | null {
  const toks = view.tokens;
  let tries = 0;
  let tried = -1;
  for (let v = a; v < before && v - a < 30 && tries < 3; v++) {
    if (!(toks[v]!.pos === 'VERB' || toks[v]!.pos === 'AUX') || v === a) continue;
    const gs = verbGroupStart(view, v, a);
    if (gs === tried) continue; // "has said": the group was tried at its first verb
    tried = gs;
    const src = sourceLeft(view, gs, a);
    if (src && expletive(toks, src, gs)) continue;
    tries++;
    if (src && plainSubject(toks, src, gs, before - 1)) return chars(view, src);
  }
  return null;
}

/**
 * #192 "Moss sounded off on the plan", "Ortega sounded a wary note about X": `sound` with `off` or
 * an idiom's `note` in its cue is no raising verb; its subject speaks (train gold: 6 of 6 with a source).
 */
export function soundsOff(toks: readonly Token[], head: number, groupEnd: number): boolean {
  if (toks[head]!.lemma === 'look') return lookingFor(toks, head, head - 1, toks.length); // #1022 "is looking for a deal" has a subject
  if (toks[head]!.lemma !== 'sound') return false;
  if (toks[head + 1]?.normal === 'off') return true;
  for (let k = head + 1; k < groupEnd; k++) if (toks[k]!.normal === 'note') return true;
  return false;
}

/** "It’s a big day, but Moss was at the pier, praising ...": an expletive subject of "be" stands for nobody. */
export function expletive(toks: readonly Token[], src: Range, gs: number): boolean {
  return src.end - src.start === 1 && (toks[src.start]!.normal === 'it' || toks[src.start]!.normal === 'there') && toks[gs]!.lemma === 'be';
}

/**
 * Whether the subject of the verb group at `gs` may pass to a verb at `to`: no expletive, and no
 * relative word whose clause closed before (it is the subject inside its clause: "Moss, who was
 * tired after saying X").
 */
function plainSubject(toks: readonly Token[], src: Range, gs: number, to: number): boolean {
  return !expletive(toks, src, gs) && (!relativeSource(toks, src) || !closedBefore(toks, src.end, to));
}

/**
 * "The crowd cheered when Ortega spotted a sign and asked ...": a second verb after "and" shares
 * the subject of the nearest verb before it that has one.
 */
export function nearestSubject(view: TokenView, a: number, and: number): Char | null {
  const toks = view.tokens;
  let tries = 0;
  for (let v = and - 1; v > a && and - v < 30 && tries < 3; v--) {
    const t = toks[v]!;
    if (!(t.pos === 'VERB' || t.pos === 'AUX') || t.quote !== -1 || /ing$/.test(t.text) || toks[v - 1]!.normal === 'to') continue;
    const gs = verbGroupStart(view, v, a);
    tries++;
    const src = sourceLeft(view, gs, a);
    const before = src && src.start > a ? toks[src.start - 1]! : null;
    // (not the subject of a clause inside the first verb's object: "the prediction that Russia
    // would recover, and blamed ...", nor a relative word or an object: "the 49 people killed")
    const inner = before !== null && (COMPLEMENTIZERS.has(before.normal) || before.pos === 'VERB' || before.pos === 'ADP');
    if (src && !inner && plainSubject(toks, src, gs, and)) return chars(view, src);
    v = gs;
  }
  return null;
}
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if']);

/** Whether a comma or dash (outside quotes) stands in [from, to). */
function closedBefore(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.quote === -1 && (isComma(toks[k]) || DASHES.has(toks[k]!.text))) return true;
  return false;
}
