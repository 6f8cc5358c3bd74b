// Content spans: where the reported words after or before a cue start and end (clauses, objects,
// dashes and asides, trailing times, quotations).
import type { Token } from '../document/types.js';
import {
  closesQuote, isAdjunctAt, isAttachedHyphen, MAX_WALK, opensQuote, rootQuote, skipAddressee,
  skipAdjuncts, startsUpper, type TokenView,
} from './clauses.js';
import { ADDRESSEE_VERBS, OBJECT_PRONOUNS, SPEECH_VERBS, TIME_WORDS } from './lexicon.js';
import {
  ASIDE_DASHES, BARE_SPEECH, CLAUSE_FOCUS_ADVERBS, CLAUSE_SUBJECTS, DASHES, DAY_PARTS,
  NOMINAL_START, OBJECT_ENDERS, POSSESSIVES, QUOTE_TAIL_OPENERS, REFLEXIVES,
  SUBJECT_PRONOUNS_AFTER_THAT, TIME_UNITS,
} from './words.js';
import { type Char, isComma, isFinal } from './frame.js';

/** First token after the cue where content may start: past an addressee and adjuncts. */
export function afterCue(view: TokenView, head: number, groupEnd: number, b: number): number {
  const toks = view.tokens;
  let r = groupEnd;
  if (ADDRESSEE_VERBS.has(toks[head]!.lemma)) r = skipAddressee(view, r, b);
  else if (toks[head]!.lemma === 'ask') r = skipAskedPerson(view, r, b);
  r = skipAdjuncts(view, r, b);
  // "said at a hotel in Baltimore that ...": a place or occasion before a "that" clause
  if (r < b && toks[r]!.pos === 'ADP' && toks[r]!.quote === -1 && toks[r]!.normal !== 'that') {
    for (let k = r + 1; k < Math.min(b, r + 12); k++) {
      const t = toks[k]!;
      if (t.normal === 'that' && t.pos !== 'PRON' && t.quote === -1 && k > r + 1) {
        r = k;
        break;
      }
      if (!(NOMINAL_START.has(t.pos) && t.pos !== 'PRON') && t.pos !== 'ADP' && !(t.pos === 'PART' && /['’]s$/.test(t.text))) break;
    }
  }
  // "said to reporters: “...”", "wrote to his followers, “...”": the addressee before the quote
  if (r < b && toks[r]!.normal === 'to' && toks[r]!.quote === -1) {
    let k = r + 1;
    while (k < b && k - r < 8 && toks[k]!.quote === -1 && NOMINAL_START.has(toks[k]!.pos)) k++;
    if (k > r + 1 && k < b && (toks[k]!.text === ':' || isComma(toks[k])) && opensQuote(view, k + 1) >= 0) r = k + 1;
  }
  // an aside between commas before "that": "told POLITICO, however, that ...", "said, in a
  // statement on Monday, that ..."
  if (r < b && isComma(toks[r]) && toks[r]!.quote === -1) {
    for (let k = r + 1; k < Math.min(b, r + 10); k++) {
      if (toks[k]!.quote !== -1) break;
      if (isComma(toks[k])) {
        const aside = toks[r + 1]!.pos === 'ADV' || toks[r + 1]!.pos === 'ADP';
        const next = toks[k + 1];
        if (next && next.quote === -1 && ((next.normal === 'that' && next.pos !== 'PRON') || (aside && k > r + 1 && NOMINAL_START.has(next.pos)))) r = k + 1;
        break;
      }
    }
  }
  // "told the Harbour Times of Lisbon on Saturday that ...", "wrote in his 1990 memoir that
  // ...": names, places and times with no verb before a "that" clause belong to neither
  if (r < b && toks[r]!.normal !== 'that' && toks[r]!.quote === -1) {
    let adjunct = ADDRESSEE_VERBS.has(toks[head]!.lemma);
    for (let k = r; k < Math.min(b, r + 25); k++) {
      const t = toks[k]!;
      // a quoted title with no verb: "said on ''Harbour Hour'' on Sunday that"
      if (t.quote !== -1) {
        if (!adjunct || k === r || isComma(toks[r]) || t.pos === 'VERB' || t.pos === 'AUX') break;
        continue;
      }
      if (t.normal === 'that') {
        // the tagger may read a complementiser after a noun as a relative pronoun
        if (adjunct && k > r && (t.pos !== 'PRON' || SUBJECT_PRONOUNS_AFTER_THAT.has(toks[k + 1]?.normal ?? ''))) r = k;
        break;
      }
      if (t.pos === 'ADP' || isComma(t) || TIME_WORDS.has(t.normal)) adjunct = true;
      else if (!((NOMINAL_START.has(t.pos) && (t.pos !== 'PRON' || POSSESSIVES.has(t.normal))) || (t.pos === 'PART' && /['’]s$/.test(t.text)))) break;
    }
  }
  // an aside between dashes before the clause: "argued - rebuking him by name - that ..."
  if (r < b && DASHES.has(toks[r]!.text) && toks[r]!.quote === -1) {
    for (let k = r + 1; k < Math.min(b, r + 20); k++) {
      if (DASHES.has(toks[k]!.text)) {
        if (toks[k + 1]?.normal === 'that') r = k + 1;
        break;
      }
    }
  }
  // "said Monday's vote was close", "reminded Ada Moss's staff": a word taken for a time or an
  // addressee owns the content's subject, so the content starts with it
  if (r > groupEnd && r < b && /^['’]s$/.test(toks[r]!.text) && toks[r]!.start === toks[r - 1]!.end) {
    let k = r - 1;
    while (k - 1 >= groupEnd && toks[k - 1]!.pos === 'PROPN' && toks[k]!.pos === 'PROPN') k--;
    r = k;
  }
  return r;
}

/** Words that open an embedded question: "asked voters whether ...". */
const EMBEDDED_QUESTION: ReadonlySet<string> = new Set(['if', 'whether', 'how', 'what', 'why', 'who', 'when', 'where', 'which']);

/** "asked the mayor whether ...", "asked him why ...": the person asked is neither source nor content. */
function skipAskedPerson(view: TokenView, from: number, b: number): number {
  const toks = view.tokens;
  let e = from;
  while (e < b && e - from < 6 && toks[e]!.quote === -1 && NOMINAL_START.has(toks[e]!.pos) && !EMBEDDED_QUESTION.has(toks[e]!.normal)) e++;
  return e > from && e < b && toks[e]!.quote === -1 && EMBEDDED_QUESTION.has(toks[e]!.normal) ? e : from;
}

/** A comma, dash or closing quote mark just before a reporting clause. */
export function isPostBoundary(view: TokenView, t: number): boolean {
  const tok = view.tokens[t]!;
  if (tok.quote === -1 && (isComma(tok) || DASHES.has(tok.text))) return true;
  return closesQuote(view, t) >= 0;
}

/** #804 Whether the same dash closes the aside within eight tokens from `r`, with no verb before it. */
export function closingDash(toks: readonly Token[], r: number, b: number, dash: string): boolean {
  for (let k = r; k < b && k - r < 8; k++) {
    const t = toks[k]!;
    if (t.text === dash && t.quote === -1) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.quote !== -1 || (t.pos === 'PUNCT' && t.text !== '.')) return false;
  }
  return false;
}

/** #802 Whether the noun at `n` heads a phrase `a`/`an` (adjectives allowed) right after a comma or dash. */
export function restatedNoun(toks: readonly Token[], n: number, a: number): boolean {
  let k = n - 1;
  while (k > a && n - k < 3 && toks[k]!.pos === 'ADJ') k--;
  if (k <= a || (toks[k]!.normal !== 'a' && toks[k]!.normal !== 'an')) return false;
  const before = toks[k - 1]!;
  return before.quote === -1 && (isComma(before) || DASHES.has(before.text));
}

/** Whether the quotation closing at token `t` ends in a sentence's final mark ("... done.”"). */
export function isFinalInside(view: TokenView, t: number): boolean {
  const q = closesQuote(view, t);
  if (q < 0) return false;
  const inner = view.text.slice(Math.max(view.quotes[q]!.innerStart, view.quotes[q]!.innerEnd - 2), view.quotes[q]!.innerEnd);
  return /[.!?]\s*$/.test(inner);
}

export function contentRight(view: TokenView, r: number, stop: number): Char | null {
  const toks = view.tokens;
  while (r < stop && (isComma(toks[r]) || toks[r]!.text === ':') && toks[r]!.quote === -1) r++;
  if (r >= stop) return null;
  let e = objectEnd(toks, r, stop);
  if (toks[r]!.normal === 'to' && toks[r]!.pos === 'PART') e = infinitiveEnd(toks, r, e);
  while (e > r && (isFinal(toks[e - 1]!) || ((isComma(toks[e - 1]) || toks[e - 1]!.text === ':') && toks[e - 1]!.quote === -1) || (DASHES.has(toks[e - 1]!.text) && toks[e - 1]!.quote === -1))) e--;
  if (e <= r) return null;
  // said, “X,” when asked ...: a leading quotation followed by a new clause is the content
  const opening = opensQuote(view, r);
  if (opening >= 0) {
    const q = view.quotes[rootQuote(view, opening)]!;
    let after = r;
    while (after < stop && toks[after]!.start < q.end) after++;
    const next = toks[after];
    if (after < stop && next && next.quote === -1 && (isComma(next) || next.pos === 'SCONJ' || QUOTE_TAIL_OPENERS.has(next.normal))) return [q.start, q.end];
  }
  let start = toks[r]!.start;
  let end = toks[e - 1]!.end;
  // quotation running past the sentence (several sentences or paragraphs): take all of it
  const lastQ = toks[e - 1]!.quote;
  if (lastQ !== -1) {
    const q = view.quotes[rootQuote(view, lastQ)]!;
    if (q.start >= start && q.end > end) end = q.end;
  }
  const firstQ = toks[r]!.quote;
  if (firstQ !== -1) start = Math.min(start, view.quotes[rootQuote(view, firstQ)]!.start);
  return [start, end];
}

/** Words before "as" that make it a comparison ("as well as he", "much as they") rather than a clause opener. */
const COMPARATIVE_BEFORE_AS: ReadonlySet<string> = new Set(['as', 'so', 'just', 'much', 'well', 'such', 'same', 'soon', 'long']);

const DAY_OR_MONTH: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'tomorrow',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** #1020 Month names (a day number may follow them: "April 5"). */
const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** #1020 The end of a span of time before `ago` at `t` ("three months ago", "a year ago"), or `t`. */
function timeSpanEnd(toks: readonly Token[], t: number, stop: number): number {
  const first = toks[t]!;
  if (first.quote !== -1 || t + 1 >= stop) return t;
  if ((first.pos === 'NUM' || first.normal === 'a') && t + 2 < stop && TIME_UNITS.has(toks[t + 1]!.normal) && toks[t + 2]!.normal === 'ago') return t + 3;
  return t;
}

/**
 * Whether a day or month ("on Monday", "Tuesday night", "in December") starts at `t` and ends the
 * stretch before `stop`. ("last week" is left alone: no gain on train.)
 */
function trailingTime(toks: readonly Token[], t: number, stop: number): boolean {
  let k = timeSpanEnd(toks, t, stop); // #1020 "three months ago"
  if (k === t) {
    if (toks[k]!.pos === 'ADP' && /^(on|in|during)$/.test(toks[k]!.normal)) k++;
    if (k >= stop || !DAY_OR_MONTH.has(toks[k]!.normal) || toks[k]!.quote !== -1) return false;
    k++;
    if (k < stop && toks[k]!.pos === 'NUM' && /^\d{1,2}$/.test(toks[k]!.text) && MONTHS.has(toks[k - 1]!.normal)) k++; // #1020 "April 5"
    if (k < stop && DAY_PARTS.has(toks[k]!.normal)) k++;
  }
  while (k < stop && (isFinal(toks[k]!) || isComma(toks[k]))) k++;
  return k >= stop;
}

/**
 * Whether the stretch from `t` is more than a closing apposition: an auxiliary follows, or a verb
 * after a comma (the phrase sat inside a subject: "said Ada Moss, the mayor, was wrong"), or a
 * list goes on ("the pier, the ferry and the dock").
 */
function verbAfterAside(toks: readonly Token[], t: number, stop: number): boolean {
  let listed = true;
  for (let k = t; k < stop && k - t < MAX_WALK; k++) {
    const tok = toks[k]!;
    if (tok.pos === 'AUX' || (listed && tok.pos === 'CCONJ')) return true;
    if (!isComma(tok) || tok.quote !== -1) continue;
    listed = false;
    let v = k + 1;
    while (v < stop && toks[v]!.pos === 'ADV') v++;
    if (v < stop && (toks[v]!.pos === 'VERB' || toks[v]!.pos === 'AUX')) return true;
  }
  return false;
}

/**
 * #217 'praised the fares - "a good deal," he said - and argued ...': a quotation and its
 * reporting clause set off by a pair of dashes; what follows the second dash is the sentence's.
 */
export function dashAside(view: TokenView, boundary: number, r: number, a: number): boolean {
  const toks = view.tokens;
  if (!isDash(toks, r)) return false;
  if ((toks[boundary - 1]?.quote ?? -1) === -1) return false;
  const k = dashStart(view, boundary, a);
  return k - 1 >= a && isDash(toks, k - 1);
}

/** #217 The opening mark of the quotation that closes at `boundary`. */
export function dashStart(view: TokenView, boundary: number, a: number): number {
  const toks = view.tokens;
  const qi = toks[boundary - 1]!.quote;
  let k = boundary - 1;
  while (k - 1 >= a && boundary - k < MAX_WALK && toks[k - 1]!.quote === qi) k--;
  return k;
}

export function isDash(toks: readonly Token[], t: number): boolean {
  const x = toks[t]!;
  return x.quote === -1 && (x.text === '—' || x.text === '–' || x.text === '--' || (x.text === '-' && !isAttachedHyphen(toks, t)));
}

/** Whether a verb follows the dash that closes the aside opened at `t`. */
function verbAfterDash(toks: readonly Token[], t: number, stop: number): boolean {
  for (let k = t + 1; k < stop && k - t < MAX_WALK; k++) {
    if (!isDash(toks, k)) continue;
    let v = k + 1;
    while (v < stop && toks[v]!.pos === 'ADV') v++;
    if (v < stop && (toks[v]!.pos === 'VERB' || toks[v]!.pos === 'AUX')) return true;
  }
  return false;
}

/**
 * #1500 Whether `but` at `t`, after a dash, opens a clause with a subject pronoun (he, she, they,
 * we, I, it, there) and its verb, and no dash follows in the sentence (the dash closes no aside).
 */
export function dashButClause(toks: readonly Token[], t: number, b: number): boolean {
  const subj = toks[t + 1];
  if (!subj || t + 1 >= b || subj.quote !== -1 || !SUBJECT_PRONOUNS_AFTER_THAT.has(subj.normal)) return false;
  let k = t + 2;
  while (k < b && k - t < 6 && toks[k]!.pos === 'ADV' && toks[k]!.quote === -1) k++;
  const verb = toks[k];
  return k < b && verb!.quote === -1 && (verb!.pos === 'VERB' || verb!.pos === 'AUX') && !dashAfter(toks, t, b);
}

/** Whether another dash follows `t` before `b`: the two set off an aside ("Moss — a lawyer — said"). */
export function dashAfter(toks: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b; k++) if (isDash(toks, k)) return true;
  return false;
}

/** Whether the dash at `t` closes an indefinite noun phrase it renames ("a mirage — a mix of X"). */
export function renamesIndefinite(toks: readonly Token[], t: number, a: number): boolean {
  let k = t - 1;
  while (k >= a && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'NUM')) k--;
  return k >= a && k < t - 1 && (toks[k]!.normal === 'a' || toks[k]!.normal === 'an');
}

/** Parts of speech of a short subject after "and" ("and her aide declined"). */
const AND_SUBJECT: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** Whether "and" at `t` opens a clause: a subject pronoun or a short noun phrase, then a finite verb. */
function clauseAfterAnd(toks: readonly Token[], t: number, stop: number): boolean {
  let k = t + 1;
  const first = toks[k];
  if (!first || k >= stop || first.quote !== -1) return false;
  if (first.pos === 'PRON' || first.normal === 'there') {
    if (!SUBJECT_PRONOUNS_AFTER_THAT.has(first.normal) && !POSSESSIVES.has(first.normal)) return false;
    k++;
  }
  while (k < stop && k - t <= 6 && AND_SUBJECT.has(toks[k]!.pos) && toks[k]!.quote === -1) k++;
  if (k === t + 1) return false;
  while (k < stop && toks[k]!.pos === 'ADV' && toks[k]!.quote === -1) k++;
  const verb = toks[k];
  return k < stop && verb!.quote === -1 && (verb!.pos === 'VERB' || verb!.pos === 'AUX') && !/ing$/i.test(verb!.text);
}

/**
 * "is promising to build a pier, and it hopes to X": an infinitive's content ends before its
 * first comma when ", and" opens a clause with its own subject there.
 */
function infinitiveEnd(toks: readonly Token[], r: number, stop: number): number {
  for (let t = r + 1; t < stop && t - r < MAX_WALK; t++) {
    if (!isComma(toks[t]) || toks[t]!.quote !== -1) continue;
    return toks[t + 1]?.normal === 'and' && toks[t + 1]!.quote === -1 && clauseAfterAnd(toks, t + 1, stop) ? t : stop;
  }
  return stop;
}

/** Whether the comma at `t` is followed by a verb that takes an object or an infinitive, not a preposition. */
function finiteAfterComma(toks: readonly Token[], t: number, stop: number): boolean {
  let k = t + 1;
  while (k < stop && toks[k]!.pos === 'ADV' && toks[k]!.quote === -1) k++;
  const verb = toks[k];
  const next = toks[k + 1];
  if (k + 1 >= stop || !verb || !next || verb.quote !== -1 || verb.pos !== 'VERB' || /ing$/i.test(verb.text)) return false;
  return next.quote === -1 && (VERB_OBJECT_START.has(next.pos) || next.normal === 'to');
}

/** What opens a verb's object: "declined to", "ruled Cruz eligible", "recited her ideas" (not a noun: "a lawless, terrorized nation"). */
const VERB_OBJECT_START: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/** Whether no unquoted comma lies in [from, to): a comma before would make ", and" close a list. */
function commaFree(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isComma(toks[k]) && toks[k]!.quote === -1) return false;
  return true;
}

/** Pronouns that stand as a whole object too: "distanced himself from X and moved on", "know this and use it". */
const OBJECT_LIKE: ReadonlySet<string> = new Set([...REFLEXIVES, 'this', 'these', 'those']);

/**
 * "blamed the board because ...", "endorsed Ortega and moved on": when the content is a noun
 * phrase with no verb of its own (the cue's object, not a reported clause), a subordinate
 * clause or a second verb phrase after it is the writer's, so the content ends before it.
 */
function objectEnd(toks: readonly Token[], r: number, stop: number): number {
  const first = toks[r]!;
  if (first.quote !== -1 || !NOMINAL_START.has(first.pos) || (first.pos === 'PRON' && !OBJECT_PRONOUNS.has(first.normal) && !POSSESSIVES.has(first.normal) && !OBJECT_LIKE.has(first.normal))) return stop;
  let dashOpen = false;
  for (let t = r + 1; t < stop && t - r < MAX_WALK; t++) {
    const tok = toks[t]!;
    // a verb, quoted or not, makes it a clause: Moss said Ortega “was wrong” and ...
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return stop;
    if (tok.quote !== -1) continue;
    // ("even though", "shortly after": the adverb goes with the clause it opens)
    if (OBJECT_ENDERS.has(tok.normal) && (tok.pos === 'SCONJ' || tok.pos === 'ADP')) return t - 1 > r && CLAUSE_FOCUS_ADVERBS.has(toks[t - 1]!.normal) && toks[t - 1]!.quote === -1 ? t - 1 : t;
    // "backed the plan, with most dockers opposed": an absolute "with" phrase after the object is the writer's
    if (tok.normal === 'with' && isComma(toks[t - 1]) && t - 1 > r) return t - 1;
    // "defended the plan by citing its cost": "by" with a gerund tells how, not what
    if (t > r && tok.normal === 'by' && /ing$/.test(toks[t + 1]?.text ?? '') && toks[t + 1]!.pos === 'VERB') return t;
    // "pushed for a single-payer system — a dream for many": a dash aside after the object is the writer's
    // (not one inside a subject: "said the board – and not the mayor – is in charge")
    if (t > r && isDash(toks, t)) {
      if (!dashOpen && !verbAfterDash(toks, t, stop)) return t;
      dashOpen = !dashOpen; // the dash closing an aside inside the content opens none
    }
    // "cited the Safe Berth scheme, the city's mooring plan": a closing apposition is the writer's gloss
    // (not one set off inside a subject: "said Ada Moss, the mayor, was wrong")
    if (tok.text === 'the' && isComma(toks[t - 1]) && t - 1 > r && !verbAfterAside(toks, t, stop)) return t - 1;
    // "echoed that promise on Monday", "offered thanks last week": a closing time phrase is no part of the object
    if (t > r && trailingTime(toks, t, stop)) return t;
    // "tweeted his notes as he waited": "as" with a subject pronoun opens a clause of time
    if (tok.normal === 'as' && !COMPARATIVE_BEFORE_AS.has(toks[t - 1]!.normal) && CLAUSE_SUBJECTS.has(toks[t + 1]?.normal ?? '')) return isComma(toks[t - 1]) ? t - 1 : t;
    // "has not endorsed anyone, and her aide declined to comment": a second clause with its own subject
    // (not after a speech verb, whose words may be a clause with no "that" whose verb the tagger missed)
    if (tok.normal === 'and' && isComma(toks[t - 1]) && t - 1 > r && !SPEECH_VERBS.has(toks[r - 1]?.lemma ?? '') && clauseAfterAnd(toks, t, stop)) return commaFree(toks, r, t - 1) ? t - 1 : stop;
    // "called it a farce and I agree": "and" before a subject pronoun and its verb opens a clause (no comma needed)
    if (tok.normal === 'and' && !isComma(toks[t - 1]) && t > r && CLAUSE_SUBJECTS.has(toks[t + 1]?.normal ?? '') && toks[t + 1]!.quote === -1 && clauseAfterAnd(toks, t, stop)) return t;
    // "joked about the pier, declined to endorse X": a second verb phrase after a comma (not a participle
    // glossing the object: ", known as X", ", followed by Y"; only at the first comma: a later one may
    // close an aside inside a clause's subject, "believes X, especially Y, ensures Z")
    if (isComma(tok) && t > r && finiteAfterComma(toks, t, stop)) return commaFree(toks, r, t) ? t : stop;
    // "endorsed Ortega and moved on", "denied the charges and sued", "backs X but embraces Y": a second verb phrase
    if (tok.pos === 'CCONJ') {
      let k = t + 1;
      while (k < stop && toks[k]!.pos === 'ADV' && toks[k]!.quote === -1) k++;
      const verb = toks[k];
      // not "catering to X and failing to Y" (gerunds in one object) nor "weary and bewildered"
      if (k < stop && verb!.quote === -1 && (verb!.pos === 'VERB' || verb!.pos === 'AUX') && !/ing$/i.test(verb!.text) && toks[t - 1]!.pos !== 'ADJ') return isComma(toks[t - 1]) ? t - 1 : t;
    }
  }
  return stop;
}

/**
 * Content before a postposed reporting clause, ending at token `boundary` (a comma, a dash or a
 * closing quote mark). A quotation is taken whole, even when it opened sentences earlier.
 */
export function contentLeft(view: TokenView, boundary: number, a: number): Char | null {
  const toks = view.tokens;
  const closing = closesQuote(view, boundary);
  if (boundary < a) {
    // the quote ended the previous sentence: it is the whole content
    if (closing < 0) return null;
    const root = view.quotes[rootQuote(view, closing)]!;
    return [root.start, root.end];
  }
  let end: number;
  let lastTok: number;
  if (closing >= 0) {
    end = toks[boundary]!.end;
    lastTok = boundary;
  } else {
    lastTok = boundary - 1;
    if (lastTok < a) return null;
    // ”, (comma after the mark): the quote still ends the content
    end = toks[lastTok]!.end;
  }
  // start after a colon or semicolon that introduces the content within the sentence
  let s = a;
  let closed = false;
  for (let t = lastTok; t >= a && lastTok - t < MAX_WALK; t--) {
    const tok = toks[t]!;
    if (tok.quote !== -1) continue;
    if (t > a && (tok.text === ':' || tok.text === ';')) {
      s = t + 1;
      break;
    }
    // #1161 "(Ada Moss waved, “the pier is safe,” she said.": a parenthesis still open before the cue opens the content
    if (tok.text === ')') closed = true;
    else if (tok.text === '(' && !closed && t < lastTok) {
      s = t + 1;
      break;
    }
  }
  s = afterDateline(view, s, lastTok);
  if (s > lastTok) return null;
  let start = toks[s]!.start;
  const q = closing >= 0 ? closing : toks[lastTok]!.quote;
  if (q !== -1) {
    const root = view.quotes[rootQuote(view, q)]!;
    // a quote that opened before this sentence (or at its start) is the whole content
    if (root.start <= start || closing >= 0 && opensQuote(view, s) >= 0) start = Math.min(start, root.start);
    else if (closing >= 0 && root.start < start) start = root.start;
  }
  const firstQ = toks[s]!.quote;
  if (firstQ !== -1) start = Math.min(start, view.quotes[rootQuote(view, firstQ)]!.start);
  return [start, end];
}

/**
 * #1160 "Moss praised the pier — a landmark, she said, that draws crowds": a reporting clause set
 * in the middle of the words it reports, after a dash or an opening parenthesis, reports from
 * that mark on; what stands before it is the sentence's own (not when another dash follows in the
 * sentence, which closes an aside the clause sits in: "most dockers — 60 percent, a poll found — agree").
 */
export function asideLeft(view: TokenView, left: Char, boundary: number, a: number, b: number): Char {
  const toks = view.tokens;
  let mark = -1;
  for (let t = boundary - 1; t > a && boundary - t < MAX_WALK; t--) {
    const tok = toks[t]!;
    if (tok.start < left[0]) break;
    if (tok.quote !== -1) continue;
    if (tok.text === ')') return left;
    if (tok.text === '(' || isDash(toks, t)) { mark = t; break; }
  }
  if (mark < 0 || mark + 1 >= boundary) return left;
  if (toks[mark]!.text !== '(') for (let t = boundary + 1; t < b && t - boundary < MAX_WALK; t++) if (isDash(toks, t)) return left;
  return [toks[mark + 1]!.start, left[1]];
}

/** Whether [from, to) holds a "that", a colon or a quotation mark that would open reported words. */
export function introducesContent(view: TokenView, from: number, to: number): boolean {
  for (let t = from; t < to && t - from < MAX_WALK; t++) {
    const tok = view.tokens[t]!;
    if (tok.quote !== -1 || tok.text === ':' || (tok.normal === 'that' && tok.pos === 'SCONJ')) return true;
  }
  return false;
}

/** The first comma outside quotation marks in [from, to), or `to`. */
export function commaBefore(view: TokenView, from: number, to: number): number {
  for (let t = from; t < to && t - from < MAX_WALK; t++) if (isComma(view.tokens[t]) && view.tokens[t]!.quote === -1) return t;
  return to;
}

export function quotedWithin(view: TokenView, from: number, to: number): boolean {
  for (let t = from; t < to && t - from < MAX_WALK; t++) if (view.tokens[t]!.quote !== -1) return true;
  return false;
}

/** Whether tokens [from, to) hold a verb outside quotation marks, i.e. could be reported content. */
/** Prepositions that name what a cue is about ("complained about X") rather than an occasion. */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'against', 'with', 'for', 'over', 'into', 'toward', 'towards', 'as']);

/** Time words the lexicon leaves out (tagged as adjectives, or `may` for being a modal). */
const CLOSING_TIME: ReadonlySet<string> = new Set(['late', 'early', 'overnight', 'may']);

/** Whether `first` may open the words closing "CONTENT, SOURCE VERB ...": a person told, an occasion or a time. */
export function closingAdjunct(lemma: string, first: Token): boolean {
  if (first.quote !== -1) return false;
  // "told reporters", "told The Gazette", "told her" (not "tells one joke", "promised a country of X")
  if (lemma === 'tell' && NOMINAL_START.has(first.pos) && first.pos !== 'NUM' && first.normal !== 'one') return true;
  // "assured voters", "reminded the dockers", "warned her": these verbs take the person as their
  // object ("promised" takes the thing promised, "promised a new pier", so only a name or pronoun)
  if (ADDRESSEE_VERBS.has(lemma) && first.normal !== 'it' &&
    (first.pos === 'PROPN' || OBJECT_PRONOUNS.has(first.normal) || (lemma !== 'promise' && NOMINAL_START.has(first.pos) && first.pos !== 'NUM'))) return true;
  if (TIME_WORDS.has(first.normal)) return true;
  // "said again.", "said late Monday.", "said overnight.", "said May 3.": an adverb or a month
  // the time words leave out (for being a modal) still closes the sentence
  if (first.pos === 'ADV' || CLOSING_TIME.has(first.normal)) return true;
  return first.pos === 'ADP' && (BARE_SPEECH.has(lemma) || !TOPIC_PREPOSITIONS.has(first.normal));
}

/** Whether [from, b) runs to the sentence's end with no comma, quotation or clause ("reporters.", "in her filing."). */
export function verblessTail(view: TokenView, from: number, b: number): boolean {
  const toks = view.tokens;
  let e = b;
  while (e > from && isFinal(toks[e - 1]!)) e--;
  if (e <= from || e - from > MAX_WALK) return false;
  for (let t = from; t < e; t++) if (toks[t]!.quote !== -1 || isComma(toks[t]) || toks[t]!.text === ':' || toks[t]!.text === ';' || DASHES.has(toks[t]!.text)) return false;
  return !hasClause(view, from, e);
}

/** Words opening a clause that leans on another: such a clause is no reported content of its own. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'because', 'if', 'when', 'as', 'since', 'after', 'before', 'unless', 'whether', 'once', 'until']);

/** Whether [a, boundary) is a clause standing on its own, not opened by a subordinator ("While X, it ..."). */
export function mainClauseBefore(view: TokenView, a: number, boundary: number): boolean {
  const first = view.tokens[afterDateline(view, a, boundary - 1)]!;
  if (first.quote === -1 && (first.pos === 'SCONJ' || SUBORDINATORS.has(first.normal))) return false;
  return hasClause(view, a, boundary);
}

/** Whether a complementiser "that" opens a clause between `from` and `to`. */
export function complementWithin(view: TokenView, from: number, to: number): boolean {
  for (let t = from; t < to && t - from < MAX_WALK; t++) {
    const tok = view.tokens[t]!;
    if (tok.quote === -1 && tok.normal === 'that' && tok.pos === 'SCONJ') return true;
  }
  return false;
}

export function hasClause(view: TokenView, from: number, to: number, placeParticiples = false): boolean {
  for (let t = from; t < to && t - from < MAX_WALK; t++) {
    const tok = view.tokens[t]!;
    if (tok.quote !== -1) continue;
    // not a name the tagger took for a verb ("said to People"), nor half of a compound ("a follow-up interview")
    if (tok.pos === 'VERB' && t > from && (startsUpper(tok.text) || isAttachedHyphen(view.tokens, t + 1) || isAttachedHyphen(view.tokens, t - 1))) continue;
    // "said at a hotel overlooking the bay": a participle after the noun of a place phrase describes it
    if (placeParticiples && tok.pos === 'VERB' && t > from + 1 && view.tokens[from]!.pos === 'ADP' && /(ing|ed)$/.test(tok.text) && view.tokens[t - 1]!.pos === 'NOUN') continue;
    // "said that night": "that" before a time noun is a determiner
    if (tok.normal === 'that' && t + 1 < to && THAT_TIMES.has(view.tokens[t + 1]!.normal)) continue;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.normal === 'that') return true;
  }
  return false;
}

const THAT_TIMES: ReadonlySet<string> = new Set(['night', 'day', 'morning', 'afternoon', 'evening', 'week', 'month', 'year', 'time', 'weekend']);

/**
 * Skips a dateline that opens a paragraph's first sentence: a place in capitals, then perhaps a
 * date and the agency, then a dash ("PORT ARLEN —", "WASHINGTON (AP) —", "ARLEN, March 12
 * (Harbour Wire) - ", "LOS ANGELES, Feb. 2 (UPI) —"). A hyphen ends one only with a space on
 * each side; the place's words are all capitals, so a sentence's own first words never are one.
 */
function afterDateline(view: TokenView, s: number, last: number): number {
  const toks = view.tokens;
  let k = s;
  let place = 0;
  while (k <= last && place < 5 && /^[A-Z][A-Z.'-]*$/.test(toks[k]!.text) && toks[k]!.text.replace(/[^A-Z]/g, '').length >= 2) {
    k++;
    place++;
  }
  if (place === 0) return s;
  // ", S.C." / ", Calif.": the state
  if (k + 1 <= last && isComma(toks[k]) && !MONTHS_WRITTEN.test(toks[k + 1]!.text) && /^(?:[A-Z]\.){2,3}$|^[A-Z][a-z]{1,5}\.$/.test(toks[k + 1]!.text)) k += 2;
  else if (k + 2 <= last && isComma(toks[k]) && !MONTHS_WRITTEN.test(toks[k + 1]!.text)) {
    // ", Scotland" / ", New South Wales": the country or region, when the agency or dash follows
    let j = k + 1;
    while (j <= last && j - k <= 3 && /^[A-Z][a-z]+$/.test(toks[j]!.text)) j++;
    const next = toks[j];
    if (j > k + 1 && next && (next.text === '(' || ASIDE_DASHES.has(next.text) || next.text === '-')) k = j;
  }
  // ", March 12" / ", Feb. 2": the date
  if (k + 2 <= last && isComma(toks[k]) && MONTHS_WRITTEN.test(toks[k + 1]!.text) && /^\d{1,2}$/.test(toks[k + 2]!.text)) k += 3;
  // "(AP)", "(Harbour Wire)": the agency
  if (k <= last && toks[k]!.text === '(') {
    let close = k + 1;
    while (close <= last && close - k <= 5 && toks[close]!.text !== ')') close++;
    if (close > last || toks[close]!.text !== ')') return s;
    k = close + 1;
  }
  if (k > last) return s;
  const dash = toks[k]!;
  const spacedHyphen = dash.text === '-' && /\s/.test(view.text[dash.start - 1] ?? '') && /\s/.test(view.text[dash.end] ?? '');
  return ASIDE_DASHES.has(dash.text) || spacedHyphen ? k + 1 : s;
}

/** A month as datelines write it: "March", "Sept.", "Feb." */
const MONTHS_WRITTEN = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|June|July|August|September|October|November|December)$/;

/** The whole (outermost) quotation opened by token `t`. */
export function quoteSpan(view: TokenView, t: number): Char | null {
  const q = opensQuote(view, t);
  if (q < 0) return null;
  const root = view.quotes[rootQuote(view, q)]!;
  return [root.start, root.end];
}

/** `“A,” she said, “B.”`: the piece after the reporting clause, if the sentence goes on. */
export function continuationAfterComma(view: TokenView, r: number, b: number, stopAfter: (from: number) => number, quoted: boolean): Char | null {
  const toks = view.tokens;
  if (r >= b || !isComma(toks[r])) return null;
  const next = toks[r + 1];
  if (!next) return null;
  // after a quotation, only another quotation carries on the same words
  if (quoted && opensQuote(view, r + 1) < 0) return null;
  // ", adding ..." and ", according to ..." are their own attributions
  if (next.pos === 'VERB' && /ing$/i.test(next.text)) return null;
  if (next.normal === 'according' || next.pos === 'SCONJ' && next.normal !== 'that') return null;
  // "..., said Ada Moss, the city engineer, in a statement.": an occasion or time closing the sentence
  // (not "..., Devine said, by the primary calendar": other phrases finish the content)
  if ((isAdjunctAt(view, r + 1, b) || TIME_WORDS.has(next.normal)) && next.quote === -1 && verblessTail(view, r + 1, b)) return null;
  const stop = stopAfter(r + 1);
  return contentRight(view, r + 1, stop);
}

/** A period with a letter right after it: inside a web address or an abbreviation ("Factcheck.org", "U.S.-based"). */
export function isInnerPeriod(toks: readonly Token[], t: number, b: number): boolean {
  const tok = toks[t]!;
  const next = toks[t + 1];
  return tok.text === '.' && t + 1 < b && next !== undefined && next.start === tok.end && /^[A-Za-z]/.test(next.text);
}

/** A dash with space around it ("X - Y", "X -- Y", "X — Y"): an aside starts, a source ends. */
export function isSpacedDash(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  return DASHES.has(t.text) && !isAttachedHyphen(toks, k) && k > 0 && toks[k - 1]!.end < t.start;
}
