// Cues that are nouns or adjectives with their holder: "her attacks on", "Ada Moss's claim that",
// "the board was eager to", "has the backing of".
import type { Token } from '../document/types.js';
import { MAX_WALK, opensQuote, rootQuote, startsUpper, type TokenView } from './clauses.js';
import { cueEntry } from './lexicon.js';
import {
  DASHES, LINKING_VERBS, MIN_NOUN_RATE, OBJECT_ENDERS, OF_THAT_DETS, POSSESSIVE_MARKS,
} from './words.js';
import { type Char, isComma, isFinal } from './frame.js';
import { isDash } from './content.js';

/**
 * #380 Nouns of stance with the preposition of their object, counted on train after a possessive
 * (his/her/their/its or a name's 's, adjectives between): `attacks on` 19 gold cues of 39 uses,
 * `criticism of` 8 of 16, `opposition to` 6 of 17, `endorsement of` 4 of 8, `embrace of` 3 of 3 ...;
 * nearly all the others lie inside another report's content, where the outer frame hides them.
 */
const POSSESSED_STANCE: ReadonlyMap<string, string> = new Map([
  ['attack', 'on'], ['criticism', 'of'], ['critique', 'of'], ['opposition', 'to'], ['endorsement', 'of'],
  ['embrace', 'of'], ['condemnation', 'of'], ['rejection', 'of'], ['denunciation', 'of'], ['assault', 'on'],
  // #630 "her comments on the fares", "in his assessment of X", "offered their thoughts on X", "reserved
  // his warmest passion for X" (train gold after his/her/their: 9 such uses are cues, none is no cue, 6
  // lie inside another report's content; "cast their votes for", 3 of 3, has "cast" read as a noun)
  ['comment', 'on'], ['assessment', 'of'], ['thought', 'on'], ['passion', 'for'],
]);

/** #380 Whether the noun at `t` is a stance noun after his/her/their, its preposition next: "her attacks on". */
export function possessedStance(view: TokenView, t: number, a: number, b: number): boolean {
  const toks = view.tokens;
  const tok = toks[t]!;
  const prep = POSSESSED_STANCE.get(tok.lemma) ?? POSSESSED_STANCE.get(tok.normal);
  if (!prep || tok.pos !== 'NOUN' || t + 2 >= b || toks[t + 1]!.normal !== prep || toks[t + 1]!.quote !== -1) return false;
  const k = stanceOwnerAt(toks, t, a);
  if (k < a) return false;
  const p = toks[k]!;
  // (a verb right before a possessive pronoun takes the noun as its object, and gold the verb into the
  // cue: "ratcheted up his attacks on", "toned down her criticism of")
  const before = toks[k - 1];
  const verbBefore = !!before && k - 1 >= a && (before.pos === 'VERB' || ((before.normal === 'up' || before.normal === 'down') && toks[k - 2]?.pos === 'VERB') ||
    (before.pos === 'NOUN' && /ing$/.test(before.normal))); // #630 "offering/NOUN his thoughts on": a participle the tagger read as a noun
  // (a name's 's as possessor gained train cue +0.02 but lost dev cue, source and all -0.02; "its" is a
  // group's, mostly armed attacks: both left out)
  if ((tok.lemma === 'attack' || NAME_STANCE.has(tok.lemma)) && POSSESSIVE_MARKS.has(p.text) && p.quote === -1) return possessedAttackName(toks, k, a); // #1041
  return p.pos === 'PRON' && /^(his|her|their)$/.test(p.normal) && (!verbBefore || stanceVerb(view, t, a) >= 0);
}

/**
 * #1044 "Ada Moss's full embrace of the plan", "Ortega's rejection of X": #1041 for embrace and rejection
 * (train gold after a name's 's, not after a verb: 2 cues of exactly this span, none without a cue;
 * `endorsement of` 2 / 2 and `opposition to` 1 / 2 stay out).
 */
const NAME_STANCE: ReadonlySet<string> = new Set(['embrace', 'rejection']);

/**
 * #1041 "Ada Moss's attacks on the board", "Ortega's sharp attack on X": `attack(s) on` after a name's
 * 's (its last word a proper noun) too, the name with its 's the source; not as a verb's object.
 */
function possessedAttackName(toks: readonly Token[], k: number, a: number): boolean {
  if (k - 1 < a || toks[k - 1]!.pos !== 'PROPN') return false;
  let j = k - 1;
  while (j - 1 >= a && j > k - 8 && (toks[j - 1]!.pos === 'PROPN' || toks[j - 1]!.text === '.')) j--;
  if (j - 1 >= a && toks[j - 1]!.normal === 'the') j--;
  return !(j - 1 >= a && toks[j - 1]!.pos === 'VERB');
}

/**
 * #635 "Ada Moss is eager to sell the pier", "the board has been eager to X": a finite linking verb
 * (adverbs between) before `eager` and `to` + a verb: the place of the linking verb, or -1. Train gold:
 * 6 such uses are cues of the verb group and `eager`, 3 take a cue verb after `to` into the cue
 * (`are eager to hear`), none is no cue; a bare `be` is left out (`She'll be eager to show`).
 */
/**
 * #1200 ...and `reluctant`, `hesitant`, `careful`, `happy`, `excited`, `unafraid` in the same frame:
 * "Ada Moss was reluctant to endorse Tom Reyes", "Many pilots were hesitant to sign X" (train after a
 * finite linking verb, outside a predicted content: 9 gold cues with a source, all missed, none
 * without a cue; `willing` 5 gold against 3 none cost dev source 0.04; `ready`, `able`, `likely`,
 * `free` split).
 */
/** #1200 An adjective (or a participle read as a verb) at `k` before a noun: "rich, {polarizing} clients". */
export function adjectiveNext(toks: readonly Token[], k: number, stop: number): boolean {
  const t = toks[k];
  if (!t || k + 1 >= stop || t.quote !== -1) return false;
  return (t.pos === 'ADJ' || (t.pos === 'VERB' && /(ing|ed)$/.test(t.normal))) && toks[k + 1]!.pos === 'NOUN';
}

/** #1382 Whether `careful` at `t` is followed by `not to` + a verb. */
export function carefulNot(toks: readonly Token[], t: number, b: number): boolean {
  return toks[t]!.normal === 'careful' && t + 3 < b && toks[t + 1]!.normal === 'not' && toks[t + 2]!.normal === 'to' && toks[t + 1]!.quote === -1;
}

export function eagerLink(toks: readonly Token[], t: number, a: number, b: number): number {
  // #1382 "was careful not to name X": `not` before `to` after careful
  const n = carefulNot(toks, t, b) ? t + 1 : t;
  if (n + 2 >= b || toks[n + 1]!.normal !== 'to' || toks[n + 2]!.pos !== 'VERB' || toks[n + 1]!.quote !== -1) return -1;
  let k = t - 1;
  while (k >= a && (toks[k]!.pos === 'ADV' || toks[k]!.normal === 'not' || toks[k]!.normal === "n't")) k--;
  if (k < a || toks[k]!.quote !== -1 || toks[k]!.normal === 'be' || !(toks[k]!.lemma === 'be' || LINKING_VERBS.has(toks[k]!.lemma))) return -1;
  return k;
}

/** #632 The place of the finite "has"/"had"/"have" before "the" (adjectives between) and a backing noun before "of", or -1. */
export function backingHave(toks: readonly Token[], t: number, a: number, b: number): number {
  if (t + 2 >= b || toks[t + 1]!.normal !== 'of' || toks[t + 1]!.quote !== -1) return -1;
  let k = t - 1;
  while (k >= a && k >= t - 3 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV') && toks[k]!.quote === -1) k--;
  if (k - 1 < a || toks[k]!.normal !== 'the') return -1;
  k--;
  const have = toks[k]!;
  if (!/^(has|had|have)$/.test(have.normal) || have.quote !== -1) return -1;
  // (not after a modal, "to" or "not": "might not have the backing of" is no report)
  const prev = toks[k - 1];
  if (prev && k - 1 >= a && (prev.normal === 'to' || prev.normal === 'not' || prev.normal === "n't" || (prev.pos === 'AUX' && prev.lemma !== 'be'))) return -1;
  return k;
}

export function possessedIntent(toks: readonly Token[], t: number, a: number, b: number): boolean {
  let r = t + 1;
  if (r < b && toks[r]!.normal === 'not') r++;
  if (r + 1 >= b || toks[r]!.normal !== 'to' || toks[r + 1]!.pos !== 'VERB' || toks[r]!.quote !== -1) return false;
  const k = stanceOwnerAt(toks, t, a);
  // (not after a verb: "kept his promise to", "renewed her call to": gold takes the verb into the cue)
  return k >= a && toks[k]!.pos === 'PRON' && /^(his|her|their)$/.test(toks[k]!.normal) && toks[k]!.quote === -1 && !(k - 1 >= a && toks[k - 1]!.pos === 'VERB');
}

const OF_THAT_PREPS: ReadonlySet<string> = new Set(['of', 'among', 'from', 'by', 'within']);

const OF_THAT_NP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);

/** #841 The place of `that` after "the fear among {the dockers}", or -1. */
export function ofThatAt(toks: readonly Token[], t: number, b: number): number {
  const prep = toks[t + 1];
  if (!prep || t + 3 >= b || !OF_THAT_PREPS.has(prep.normal) || prep.quote !== -1) return -1;
  if (toks[t]!.normal === 'sense' && prep.normal === 'of') return -1;
  let k = t - 1;
  while (k >= 0 && k >= t - 2 && toks[k]!.pos === 'ADJ') k--;
  if (k < 0 || !OF_THAT_DETS.has(toks[k]!.normal)) return -1;
  for (let e = t + 2; e < b && e - t < 14; e++) {
    const x = toks[e]!;
    if (x.quote !== -1) return -1;
    if (x.normal === 'that') {
      const next = toks[e + 1];
      const subject = next !== undefined && e + 1 < b && (next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'NOUN');
      return e > t + 2 && subject ? e : -1;
    }
    // the holders: a noun phrase with its own prepositional phrases ("those in the hall", "members of his circle")
    if (!(OF_THAT_NP.has(x.pos) || x.pos === 'ADP' || x.normal === 'those' || x.normal === 'many' || x.normal === 'some' || x.normal === 'others' || x.normal === 'and' || x.normal === '.')) return -1;
  }
  return -1;
}

/**
 * #840 "her claim that the pier is safe", "his quiet hope that they win", "Ada Moss's fear that “X”": a
 * noun of saying or thinking (any lexicon noun rate) after his/her/their or a name's 's (adjectives
 * between) before a `that` the tagger did not read as a conjunction (a subject or a quotation mark
 * next); #471 takes such a `that` only for nouns at rate >= 0.4. Not after a verb ("repeated his
 * claim that": gold takes the verb into the cue and its subject as the source), not in title case.
 */
export function possessedThat(view: TokenView, t: number, a: number, b: number): boolean {
  const toks = view.tokens;
  const that = toks[t + 1]!;
  if (t + 2 >= b || that.pos === 'SCONJ' || that.quote !== -1 || startsUpper(toks[t]!.text)) return false;
  const next = toks[t + 2]!;
  if (!(next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'NOUN' || opensQuote(view, t + 2) >= 0)) return false;
  const entry = cueEntry(toks[t]!);
  if (!entry || entry.rate < MIN_NOUN_RATE) return false;
  const k = stanceOwnerAt(toks, t, a);
  if (k < a || toks[k]!.quote !== -1) return false;
  const p = toks[k]!;
  if (p.pos === 'PRON') return /^(his|her|their)$/.test(p.normal) && !(k - 1 >= a && toks[k - 1]!.pos === 'VERB');
  return POSSESSIVE_MARKS.has(p.text) && k - 1 >= a && (toks[k - 1]!.pos === 'PROPN' || toks[k - 1]!.pos === 'NOUN');
}

/**
 * #840 The content of a noun's `that` clause when the noun phrase is its sentence's subject: the clause
 * ends before a second verb group that no conjunction, relative word or comma opens ("Moss's claim that
 * she won the vote {would} decide it"); the content `c` unchanged when there is none.
 */
export function subjectThatEnd(toks: readonly Token[], r: number, c: Char): Char {
  let seen = false;
  let last = -1;
  for (let e = r; e < toks.length && toks[e]!.start < c[1] && e - r < MAX_WALK; e++) {
    const tok = toks[e]!;
    if (tok.quote !== -1) continue;
    if (tok.pos === 'SCONJ' || tok.pos === 'CCONJ' || isComma(tok) || DASHES.has(tok.text) || tok.normal === 'who' || tok.normal === 'which' || tok.normal === 'that') { seen = false; continue; }
    const prev = toks[e - 1]!;
    const verb = tok.pos === 'AUX' || (tok.pos === 'VERB' && prev.normal !== 'to' && prev.pos !== 'DET' && prev.pos !== 'ADJ' && !/ing$/.test(tok.normal));
    if (verb && e - 1 !== last) {
      if (seen) return e - 1 >= r ? [c[0], toks[e - 1]!.end] : c;
      seen = true;
    }
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || ((tok.pos === 'ADV' || tok.pos === 'PART') && e - 1 === last)) last = e; // ("has not yet said": one group)
  }
  return c;
}

/** #380 The token before a stance noun's modifiers (at most three adjectives or adverbs): its possessor's place. */
export function stanceOwnerAt(toks: readonly Token[], t: number, a: number): number {
  let k = t - 1;
  while (k >= a && k >= t - 3 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV') && toks[k]!.quote === -1) k--;
  return k;
}

/**
 * #381 "Ortega stepped up her attacks on X", "Moss continued his assault on X": the verb right before
 * the possessive pronoun (a particle up/down between), or -1.
 */
export function stanceVerb(view: TokenView, t: number, a: number): number {
  const toks = view.tokens;
  const k = stanceOwnerAt(toks, t, a);
  if (k - 1 < a || toks[k]!.pos !== 'PRON') return -1;
  let v = k - 1;
  if ((toks[v]!.normal === 'up' || toks[v]!.normal === 'down') && v - 1 >= a) v--;
  const verb = toks[v]!;
  return verb.pos === 'VERB' && verb.quote === -1 && verb.lemma !== 'be' && verb.lemma !== 'have' && !/ing$/.test(verb.text) && toks[v - 1]?.normal !== 'to' ? v : -1;
}

/**
 * #380 The object of a stance noun's preposition: a noun phrase with its own prepositional phrases
 * and an infinitive ("her willingness to accept X"), up to a comma, a finite verb, a dash or a
 * subordinate clause ("Moss's attacks on the board {are} ...").
 */
export function stanceObject(view: TokenView, r: number, stop: number): Char | null {
  const toks = view.tokens;
  let e = r;
  while (e < stop && e - r < MAX_WALK) {
    const tok = toks[e]!;
    if (tok.quote !== -1) { e++; continue; }
    if (isComma(tok) || isFinal(tok) || isDash(toks, e) || tok.pos === 'AUX' || tok.pos === 'SCONJ' || tok.text === ';' || tok.text === ':' || tok.text === '(') break;
    if (tok.pos === 'VERB' && !(toks[e - 1]?.normal === 'to') && !(/ing$/.test(tok.text) && e > r && toks[e - 1]!.pos === 'ADP')) break;
    if (tok.pos === 'CCONJ' && !(e + 1 < stop && (toks[e + 1]!.pos === 'NOUN' || toks[e + 1]!.pos === 'PROPN' || toks[e + 1]!.pos === 'DET' || toks[e + 1]!.pos === 'ADJ'))) break;
    if (tok.pos === 'ADP' && OBJECT_ENDERS.has(tok.normal)) break;
    if (tok.normal === 'as' || tok.normal === 'that' || tok.normal === 'which' || tok.normal === 'who') break;
    e++;
  }
  if (e <= r) return null;
  const lastQ = toks[e - 1]!.quote;
  let end = toks[e - 1]!.end;
  if (lastQ !== -1) end = Math.max(end, view.quotes[rootQuote(view, lastQ)]!.end);
  const firstQ = toks[r]!.quote;
  const start = firstQ !== -1 ? Math.min(toks[r]!.start, view.quotes[rootQuote(view, firstQ)]!.start) : toks[r]!.start;
  return [start, end];
}
