// The source the rules would give a cue found elsewhere (the learned model's): only the
// subject logic of the rules runs, for the combined engine (src/model/index.ts).
import { layer, span } from '../document/document.js';
import type { Document, Span, Token } from '../document/types.js';
import {
  isPassiveVerb, makeView, MAX_WALK, plainNounPhrase, type Range, sourceLeft, type TokenView,
  verbGroupStart,
} from './clauses.js';
import { cueEntry } from './lexicon.js';
import {
  AGENT_POS, EXPERIENCER_PARTICIPLES, MIN_CUE_RATE, PARTICIPLE_PREPS, POSSESSIVES, RAISING_VERBS,
} from './words.js';
import { type Char, chars, isComma, perfectContraction, sentenceOf, tokenFrom } from './frame.js';
import { retagParticiples } from './retag.js';
import {
  authorOf, coordinationAt, isCoordinated, isParticipial, joinedListStart, participleSubject,
  reducedPassive,
} from './candidates.js';
import { joinedAgentEnd, placedAgentEnd } from './sentence-frames.js';
import {
  frontedSubject, nearestSubject, openingSubject, soundsOff, subjectOfSentence,
} from './sources.js';

/** Rule views of documents already asked about (built once per document, only when asked). */
const cueViews = new WeakMap<Document, TokenView>();

/**
 * Hands over the view findAttributions built for `doc` (the same text, retagged tokens,
 * sentences and quotes): the combined engine asks here right after the rules ran, and building
 * the view again cost about as much as the subject logic itself.
 */
export function rememberRuleView(doc: Document, view: TokenView): void {
  cueViews.set(doc, view);
}

function cueView(doc: Document): TokenView {
  let view = cueViews.get(doc);
  if (!view) {
    view = makeView(doc.text, retagParticiples(layer(doc, 'tokens')), layer(doc, 'sentences'), doc.ann.quotes ?? []);
    cueViews.set(doc, view);
  }
  return view;
}

/**
 * The source the rules would give a cue at chars [cue.start, cue.end) of `doc` (tokens and
 * sentences as the rule stage sees them), or null: for a cue another component found without a
 * source ("..., calling for X", "plans to discuss X", "began by saying X"). Only the subject
 * logic of the rules runs (the verb's subject, a participle's or second verb's subject, an
 * infinitive's governing verb's subject, a passive's agent); no content is built. Bounded: a
 * few walks of at most MAX_WALK tokens.
 */
export function ruleSourceAt(doc: Document, cue: { start: number; end: number }): Span | null {
  const view = cueView(doc);
  const src = cueSource(view, cue.start, cue.end);
  return src ? span(doc.text, src[0], src[1]) : null;
}

function cueSource(view: TokenView, from: number, to: number): Char | null {
  const toks = view.tokens;
  const first = tokenFrom(toks, from);
  if (first >= toks.length || toks[first]!.start >= to) return null;
  const sent = view.sentences[sentenceOf(view, first)]!;
  const a = sent.firstToken;
  const b = sent.endToken;
  // the head: the cue's first verb, or an "-ing" word opening it that the tagger read as a noun
  // ("answering questions about X"); a cue opening with its own noun ("questions arose about")
  // or with a copula ("there are fears that") has no subject to look for
  let head = /ing$/i.test(toks[first]!.text) && (toks[first]!.pos === 'NOUN' || toks[first]!.pos === 'ADJ') ? first : -1;
  // "Ortega vows X", "many fear X": a verb the tagger read as a noun, right after its subject
  const before = toks[first - 1];
  if (head < 0 && toks[first]!.pos === 'NOUN' && first - 1 >= 0 && (before!.pos === 'PROPN' || (before!.pos === 'PRON' && !POSSESSIVES.has(before!.normal))) && before!.quote === -1 && toks[first + 1]?.pos !== 'VERB') head = first;
  for (let t = first; head < 0 && t < b && toks[t]!.start < to && t - first < MAX_WALK; t++) {
    const tok = toks[t]!;
    // "are wary of X", "was nervous about X": an adjective after a copula heads the cue
    if (tok.pos === 'VERB' || (tok.pos === 'ADJ' && afterCopula(toks, t, first) && toks[t + 1]?.normal !== 'to')) head = t;
    else if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'PRON' || tok.pos === 'DET' || (tok.lemma === 'be' && toks[t + 1]?.pos !== 'ADV' && toks[t + 1]?.pos !== 'ADJ' && toks[t + 1]?.pos !== 'VERB' && toks[t + 1]?.pos !== 'AUX' && toks[t + 1]?.pos !== 'PART')) return null;
  }
  if (head < 0) return null;
  let end = head + 1; // the token after the cue
  while (end < b && end - head < MAX_WALK && toks[end]!.start < to) end++;
  let gs = verbGroupStart(view, head, a);
  // "plans to discuss X", "wants to begin to discuss", "visited the pier on Monday to inspect
  // it": the verb governing the infinitive speaks; "a chance for Moss to explain": the noun
  // phrase after "for"
  let hops = 0;
  for (; hops < 3; hops++) {
    let k = gs - 1;
    if (k < a || toks[k]!.normal !== 'to' || toks[k]!.quote !== -1 || toks[k]!.pos !== 'PART') break;
    k--;
    while (k >= a && gs - k < 5 && toks[k]!.pos === 'ADV') k--;
    if (k >= a && toks[k]!.pos !== 'VERB') {
      let j = k;
      while (j >= a && k - j < 12 && toks[j]!.quote === -1 && !isComma(toks[j]) && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX' && toks[j]!.pos !== 'SCONJ' && toks[j]!.normal !== 'for' && toks[j]!.pos !== 'PUNCT') j--;
      if (j < a || toks[j]!.quote !== -1) return null;
      if (toks[j]!.normal === 'for') {
        const np = j < k ? plainNounPhrase(view, k + 1, j + 1) : null;
        return np && np.start === j + 1 ? chars(view, np) : null;
      }
      if (toks[j]!.pos !== 'VERB') return null;
      k = j;
    }
    if (k < a) return null;
    head = k;
    gs = verbGroupStart(view, head, a);
  }
  const g: Range = { start: gs, end: head + 1 };
  const lemma = toks[head]!.lemma;
  // "The pier seemed unsafe", "a fund known for X", "when asked about X", "was ordered to
  // leave": no source (as in the rules), but "Ortega seemed to confirm X" (the verb after "to"
  // is a cue) has its subject, and "was criticized by X" its agent
  if (hops === 0) {
    if (RAISING_VERBS.has(lemma) && !soundsOff(toks, head, end)) {
      const v = toks[head + 1]?.normal === 'to' ? toks[head + 2] : undefined;
      if (!v || v.pos !== 'VERB' || (cueEntry(v)?.rate ?? 0) < MIN_CUE_RATE) return null;
    } else {
      const reduced = reducedPassive(toks, head, gs, a);
      if (reduced === true || (toks[head]!.normal === 'asked' && gs === head)) return null;
      if ((reduced || isPassiveVerb(toks, head, gs)) && !EXPERIENCER_PARTICIPLES.has(toks[head]!.normal) && !perfectContraction(toks, head, gs)) {
        const r = end;
        if (toks[r]?.normal !== 'by') return null;
        let e = r + 1;
        while (e < b && e - r < 12 && toks[e]!.quote === -1 && (AGENT_POS.has(toks[e]!.pos) || (toks[e]!.normal === 'of' && e > r + 1))) e++;
        if (e > r + 1) e = reduced ? placedAgentEnd(toks, e, b) : joinedAgentEnd(toks, e, b);
        while (e > r + 1 && toks[e - 1]!.normal === 'of') e--;
        return e > r + 1 ? [toks[r + 1]!.start, toks[e - 1]!.end] : null;
      }
    }
  }
  const participial = isParticipial(view, head, gs, a);
  // "shrugged and then said X": an adverb between "and" and the verb
  const andAdverb = gs - 2 > a && toks[gs - 1]!.pos === 'ADV' && toks[gs - 2]!.pos === 'CCONJ' && (toks[gs - 2]!.normal === 'and' || toks[gs - 2]!.normal === 'but') ? gs - 2 : -1;
  if (participial || andAdverb > 0 || isCoordinated(view, gs, a)) {
    if (hops > 0) return null; // ("..., hoping to discuss X": on train, wrong each time)
    const fronted = frontedSubject(view, gs, a, b);
    if (fronted) return plainSource(view, fronted);
    const and = participial ? -1 : andAdverb > 0 ? andAdverb : coordinationAt(view, gs, a);
    return plainSource(view, (and > a ? nearestSubject(view, a, and) : null) ?? subjectOfSentence(view, a, gs));
  }
  if (/ing$/i.test(toks[head]!.text) && gs === head) {
    const opening = openingSubject(view, gs, a, b);
    if (opening) return opening.source;
    // "lagged behind her rivals in calling for X", "won the vote by promising X": the subject
    // of the verb before the preposition
    const prep = toks[gs - 1];
    if (gs - 1 > a && prep!.pos === 'ADP' && prep!.quote === -1 && ING_PREPS.has(prep!.normal)) {
      return frontedSubject(view, gs, a, b) ?? nearestSubject(view, a, gs - 1) ?? subjectOfSentence(view, a, gs);
    }
    const np = participleSubject(view, head, a) ?? objectParticiple(view, head, a);
    return np && np.end === head ? chars(view, authorOf(view, np, a) ?? np) : null;
  }
  let src = sourceLeft(view, g.start, a);
  if (src) src = joinedListStart(view, src, a);
  // "reports that question X", "the ones that stuck with it": a relative "that" (the rules' walk stops there)
  const rel = toks[g.start - 1];
  if (!src && g.start - 2 >= a && rel!.normal === 'that' && rel!.quote === -1 && (toks[g.start - 2]!.pos === 'NOUN' || toks[g.start - 2]!.pos === 'PROPN')) return [rel!.start, rel!.end];
  return src ? plainSource(view, chars(view, src)) : null;
}

/**
 * #442 "gave money to a group backing X", "the spectacle of the mayor denouncing X": a bare
 * participle cue after the object of "to", "of", "about" or "for" belongs to that noun phrase.
 */
function objectParticiple(view: TokenView, head: number, a: number): Range | null {
  const toks = view.tokens;
  const prev = toks[head - 1];
  if (head - 1 < a || !(prev!.pos === 'NOUN' || prev!.pos === 'PROPN') || prev!.quote !== -1) return null;
  const np = plainNounPhrase(view, head, a);
  if (!np || np.end !== head || np.start - 1 < a) return null;
  // the phrase after the last such preposition ("money to {a group}", "the sight of {Ada Moss}")
  for (let k = head - 1; k >= np.start - 1 && k > a; k--) {
    const t = toks[k]!;
    if (t.pos === 'ADP' && t.quote === -1 && OBJECT_PREPS.has(t.normal)) return k + 1 < head ? { start: k + 1, end: head } : null;
    if (t.pos === 'ADP' || t.pos === 'VERB') return null;
  }
  return null;
}
const OBJECT_PREPS: ReadonlySet<string> = new Set(['to', 'of', 'about', 'for']);

/** Whether a copula stands right before `t` (adverbs between: "is deeply wary"), in the cue or just before it. */
function afterCopula(toks: readonly Token[], t: number, first: number): boolean {
  let k = t - 1;
  while (k > 0 && t - k < 4 && toks[k]!.pos === 'ADV') k--;
  return k >= 0 && k >= first - 4 && toks[k]!.lemma === 'be' && toks[k]!.quote === -1;
}

/** A source that stands for someone: not an expletive "there" or "it" ("It took her a day, ..."). */
function plainSource(view: TokenView, src: Char | null): Char | null {
  if (!src) return null;
  const t = tokenFrom(view.tokens, src[0]);
  const tok = view.tokens[t]!;
  return tok.end === src[1] && (tok.normal === 'there' || tok.normal === 'it') ? null : src;
}
/** Prepositions before a participle cue whose subject is the clause's: "in calling for", "by promising". */
const ING_PREPS: ReadonlySet<string> = new Set([...PARTICIPLE_PREPS, 'in', 'for']);
