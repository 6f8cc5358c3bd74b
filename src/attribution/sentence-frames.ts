// The frames of one sentence: each cue candidate tried as preposed ("X said CONTENT"), postposed
// ("CONTENT, X said"), sibling (", adding that CONTENT") or question ("asked whether ..."), with
// its cue group, source and content.
import type { Token } from '../document/types.js';
import {
  closesQuote, isPassiveVerb, MAX_WALK, opensQuote, plainNounPhrase, type Range, skipAdjuncts,
  sourceLeft, sourceRight, startsUpper, type TokenView, verbGroupStart, withoutAnonymity,
} from './clauses.js';
import {
  ADDRESSEE_VERBS, cueEntry, RELATIVE_PRONOUNS, SPEECH_VERBS, TIME_WORDS,
} from './lexicon.js';
import {
  AGENT_POS, ASIDE_DASHES, BARE_SPEECH, CLAUSE_FOCUS_ADVERBS, CLAUSE_SUBJECTS, CONTENT_ENDERS,
  CUE_MODALS, CUE_PREPOSITIONS, DASH_REMARKS, DASHES, EAGER_CONTENT_STOPS, EXPERIENCER_PARTICIPLES,
  FRONTED_OPENERS, FRONTED_SUBORDINATORS, MAIN_CLAUSE_STARTS, MIN_CUE_RATE, NOMINAL_START,
  NOT_REPORTING, OBJECT_RELATIVES, OF_THAT_DETS, POSSESSIVE_MARKS, POSSESSIVES, PUT_IT_RATE,
  QUOTE_TAIL_OPENERS, RAISING_VERBS, RELUCTANT_ADJECTIVES,
} from './words.js';
import {
  asAsideFrames, asideFrames, type Char, chars, complementFrames, evidenceFrames, experiencerFrames,
  frame, type Frame, isComma, isFinal, perfectContraction, sentenceOf, tokenFrom,
} from './frame.js';
import {
  asClauseCue, authorOf, byParticiple, type Candidate, candidatesOf, commaInsideMark,
  coordinationAt, copulaThat, genericPolls, heldView, inViewStart, isCoordinated, isParticipial,
  joinedListStart, nextAbsolute, opensClauseAfterComma, participleSubject, reducedPassive,
  subjectOpens, surveyEnd, titledStart, viewpointEnd,
} from './candidates.js';
import { cueGroup } from './cue-extent.js';
import {
  afterCue, asideLeft, closingAdjunct, closingDash, commaBefore, complementWithin, contentLeft,
  contentRight, continuationAfterComma, dashAfter, dashAside, dashButClause, dashStart, hasClause,
  introducesContent, isDash, isFinalInside, isPostBoundary, mainClauseBefore, quotedWithin,
  quoteSpan, renamesIndefinite, restatedNoun, verblessTail,
} from './content.js';
import {
  expletive, frontedSubject, invertedSource, longSubjectSource, nearestSubject, nounVerbSubject,
  openingSubject, opensAfterLead, pastOpeningClause, possessorOf, quotedAppositionSource,
  relativeClauseEnd, relativeSource, soundsOff, subjectOfSentence, trailingClauseSubject,
} from './sources.js';
import {
  adjectiveNext, backingHave, carefulNot, eagerLink, ofThatAt, stanceObject, stanceOwnerAt,
  stanceVerb, subjectThatEnd,
} from './noun-cues.js';
import { accordingFrame } from './labels.js';

/**
 * #1461 "Moss toured the pier, praised the crew, suggested that X": a past verb with a `that`
 * clause after a comma, when a finite verb of the same clause stands before the comma (no
 * relative pronoun, subordinator or quotation in between), is the next verb of a list.
 */
export function listedThatVerb(toks: readonly Token[], gs: number, comma: number, a: number): boolean {
  const v = toks[gs]!;
  const next = toks[gs + 1];
  if (v.pos !== 'VERB' || !/ed$/.test(v.normal) || v.quote !== -1 || !((next?.normal === 'that' && next.pos === 'SCONJ') || (cueEntry(v)?.rate ?? 0) >= LISTED_VERB_RATE)) return false;
  if (comma - a > 30) return false;
  let verb = false;
  for (let j = comma - 1; j >= a; j--) {
    const t = toks[j]!;
    if (t.quote !== -1 || t.pos === 'SCONJ' || t.normal === 'who' || t.normal === 'which' || t.normal === 'that' || isComma(t)) return false;
    if (j > a && t.pos === 'VERB' && /ed$/.test(t.normal) && SUBJECT_ENDS.has(toks[j - 1]!.pos)) verb = true;
  }
  return verb;
}
/** #1462 Train cue rate from which a listed verb without `that` is taken: "..., praised the crew". */
const LISTED_VERB_RATE = 0.5;
/** #1461 Where the subject before a listed verb ends: "Moss toured". */
const SUBJECT_ENDS: ReadonlySet<string> = new Set(['PROPN', 'PRON', 'NOUN']);

/** #883 Subordinators of time or cause whose clause, with a cue of its own, ends a content before it. */
const CAUSE_TIME_OPENERS: ReadonlySet<string> = new Set(['when', 'because', 'while', 'though', 'although', 'since']);

/** #578 Quantity words the tagger reads as adjectives that may stand alone as a subject ("many said"). */
const QUANTITY_SUBJECTS: ReadonlySet<string> = new Set(['many', 'most', 'few', 'several', 'others', 'some', 'all', 'both']);

/**
 * "Ortega says he would sit Moss down and tell him no": a bare verb after "and" that follows a
 * reported clause with its own verb continues that clause, not the inflected cue before it
 * (unlike "Ortega announced X and said Y").
 */
function withoutContentVerbs(view: TokenView, cands: Candidate[], a: number): Candidate[] {
  const toks = view.tokens;
  let kept: Candidate[] | null = null;
  for (let ci = 1; ci < cands.length; ci++) {
    const c = cands[ci]!;
    const head = toks[c.head]!;
    const prev = cands[ci - 1]!;
    const drop = c.type === 'verb' && prev.type === 'verb' && c.head - 1 > a && toks[c.head - 1]!.normal === 'and' && toks[c.head - 1]!.pos === 'CCONJ' &&
      head.text.toLowerCase() === head.lemma && toks[prev.head]!.text.toLowerCase() !== toks[prev.head]!.lemma &&
      hasClause(view, prev.head + 1, c.head - 1);
    if (drop) kept ??= cands.slice(0, ci);
    else if (kept) kept.push(c);
  }
  return kept ?? cands;
}

/** Per sentence, whether it holds a parenthesis or a long dash (one regex pass over the text). */
export function sentencesWithAsides(view: TokenView): Uint8Array {
  const flags = new Uint8Array(view.sentences.length);
  ASIDE_MARK.lastIndex = 0;
  for (let m = ASIDE_MARK.exec(view.text); m; m = ASIDE_MARK.exec(view.text)) {
    const t = tokenFrom(view.tokens, m.index);
    if (t < view.tokens.length) flags[sentenceOf(view, t)] = 1;
  }
  return flags;
}
const ASIDE_MARK = /[(—–]|--/g;

export function sentenceFrames(view: TokenView, si: number, out: Frame[], asides: Uint8Array): void {
  const sent = view.sentences[si]!;
  const a = sent.firstToken;
  const b = sent.endToken;
  const toks = view.tokens;
  const cands = withoutContentVerbs(view, candidatesOf(view, a, b), a);
  if (!cands.length) return;

  // where sibling clauses begin: content to their left stops there
  const breaks: number[] = [];
  const groupOf = (c: Candidate): Range => {
    if (c.type === 'according') {
      const start = isComma(toks[c.head - 1]) ? c.head - 1 : c.head;
      if (start > a) breaks.push(start);
      // "That’s according to X": the contracted "is" belongs to the cue
      const prev = toks[c.head - 1];
      const contracted = c.head - 2 >= a && prev !== undefined && POSSESSIVE_MARKS.has(prev.text) && prev.start === toks[c.head - 2]!.end;
      return { start: contracted ? c.head - 1 : c.head, end: c.head + 2 };
    }
    if (c.type === 'stance') {
      // #380 the modifiers after the possessor and the preposition join the cue: "{harsh attacks on}"
      let s = c.head;
      while (s - 1 >= a && (toks[s - 1]!.pos === 'ADJ' || toks[s - 1]!.pos === 'ADV') && toks[s - 1]!.quote === -1) s--;
      const v = stanceVerb(view, c.head, a);
      if (v >= 0) s = verbGroupStart(view, v, a); // #381 "has stepped up her attacks on"
      return { start: s, end: c.head + 2 };
    }
    if (c.type === 'noun') {
      // #258 "The hope has been that", "most explosive claim is that": modifiers and copula join the cue
      const that = copulaThat(toks, c.head, b);
      if (that < 0) return { start: c.head, end: c.head + 1 };
      let s = c.head;
      while (s - 1 >= a && (toks[s - 1]!.pos === 'ADJ' || toks[s - 1]!.pos === 'ADV' || toks[s - 1]!.normal === 'the' || toks[s - 1]!.normal === 'one') && toks[s - 1]!.quote === -1) s--;
      return { start: s, end: that };
    }
    if (c.type === 'ofthat') {
      // #841 the determiner and modifiers join the cue: "{a quiet recognition} among X that"
      let s = c.head;
      while (s - 1 >= a && s >= c.head - 2 && toks[s - 1]!.pos === 'ADJ' && toks[s - 1]!.quote === -1) s--;
      if (s - 1 >= a && OF_THAT_DETS.has(toks[s - 1]!.normal)) s--;
      return { start: s, end: c.head + 1 };
    }
    if (c.type === 'possthat') {
      // #840 the modifiers after the possessor join the cue: "{false claims} that"
      let s = c.head;
      while (s - 1 >= a && (toks[s - 1]!.pos === 'ADJ' || toks[s - 1]!.pos === 'ADV') && toks[s - 1]!.quote === -1) s--;
      return { start: s, end: c.head + 1 };
    }
    // #635 "{has been eager} to"; #1380 after reluctant/hesitant/careful with `to` and its verb:
    // "{was reluctant to endorse} X", "{were hesitant to sign} X" (train gold: 5 of 6 such cues the
    // rules found hold the verb; after eager/happy/excited/unafraid 3 of 11, left bare)
    if (c.type === 'eager') return { start: verbGroupStart(view, eagerLink(toks, c.head, a, b), a), end: RELUCTANT_ADJECTIVES.has(toks[c.head]!.normal) ? c.head + (carefulNot(toks, c.head, b) ? 4 : 3) : c.head + 1 };
    if (c.type === 'backing') return { start: backingHave(toks, c.head, a, b), end: c.head + 2 }; // #632 "{has the backing of}"
    if (c.type === 'intent') {
      // #631 the modifiers after the possessor join the cue: "{abrupt decision} to"
      let s = c.head;
      while (s - 1 >= a && (toks[s - 1]!.pos === 'ADJ' || toks[s - 1]!.pos === 'ADV') && toks[s - 1]!.quote === -1) s--;
      return { start: s, end: c.head + 1 };
    }
    if (c.type === 'survey' || c.type === 'adverb' || c.type === 'viewpoint' || c.type === 'inview') return { start: c.head, end: c.head + 1 };
    const g = cueGroup(view, c.head, a, b);
    const and = coordinationAt(view, g.start, a);
    if (and >= 0 && and < g.start - 1) breaks.push(and); // "and on Monday said": the content before stops at "and"
    else if (isParticipial(view, c.head, g.start, a) || and >= 0) {
      breaks.push(isComma(toks[g.start - 1]) ? g.start - 1 : closesQuote(view, g.start - 1) >= 0 ? g.start : isComma(toks[g.start - 2]) ? g.start - 2 : g.start - 1);
    }
    return g;
  };
  // built with push: a map's array changed elements kind once this function was optimised, and
  // every read of it deoptimised the whole function ("wrong map")
  const groups: Range[] = [];
  for (const c of cands) groups.push(groupOf(c));
  // subjects are looked up twice (for breaks and frames): remember them
  const leftSources: (Range | null | undefined)[] = new Array(cands.length);
  const leftSource = (ci: number): Range | null => {
    let r = leftSources[ci];
    if (r === undefined) {
      r = sourceLeft(view, groups[ci]!.start, a);
      if (r) r = titledStart(view, joinedListStart(view, r, a), a);
      else if (!/ing$/i.test(toks[cands[ci]!.head]!.text)) r = quotedAppositionSource(view, groups[ci]!.start, a); // #800
      if (!r && cands[ci]!.type === 'verb') r = longSubjectSource(view, cands[ci]!.head, groups[ci]!.start, a, b); // #1440
      leftSources[ci] = r;
    }
    return r;
  };
  // Whether a confident cue before candidate ci has its own subject: then an unquoted
  // "X said Y, wrote songs" is no inversion. ("Smith, who said X, said Y": a relative
  // clause's cue reports nothing of the main clause.)
  const reportedBefore = (ci: number): boolean =>
    cands.some((o, oi) => {
      if (oi >= ci || o.type !== 'verb' || o.rate < 0.6) return false;
      const src = leftSource(oi);
      return src !== null && !relativeSource(toks, src);
    });
  // a strong cue with its own subject after a comma starts a new reporting clause:
  // "Asked if X had rattled them, Ryan said, ..." -- the earlier content stops at that comma
  // and so does the main verb after a relative clause: "Smith, who said X, said Y"
  // "The Gazette reported that Ada Moss, the city engineer, said X": a subject opening an earlier
  // cue's "that" clause is inside that content, apposition and all
  const nestedSources: Range[] = [];
  const nestedHeads = new Set<number>();
  cands.forEach((c, ci) => {
    if (ci === 0 || c.type !== 'verb' || c.rate < 0.6) return;
    const gs = groups[ci]!.start;
    const src = leftSource(ci);
    if (src && src.start - 1 > a && toks[src.start - 1]!.normal === 'that' && toks[src.start - 1]!.pos === 'SCONJ' && toks[src.start - 1]!.quote === -1 && cands[ci - 1]!.type === 'verb' && cands[ci - 1]!.head < src.start - 1) {
      nestedSources.push(src);
      nestedHeads.add(toks[c.head]!.start);
      return;
    }
    if (gs - 1 > a && isComma(toks[gs - 1]) && !/ing$/i.test(toks[c.head]!.text) && toks[gs]!.pos !== 'PART') {
      // "..., and Jo Li, the engineer, said": the break comes before the whole source
      breaks.push(src && src.start - 1 > a && (isComma(toks[src.start - 1]) || toks[src.start - 1]!.pos === 'CCONJ') ? src.start - 1 : gs - 1);
      return;
    }
    if (src && src.start - 1 > a && (isComma(toks[src.start - 1]) || toks[src.start - 1]!.pos === 'CCONJ')) breaks.push(src.start - 1);
    // "He said that he was ''very comfortable,'' The Post reported.": content stops at the quote
    else if (src && src.start - 1 > a && closesQuote(view, src.start - 1) >= 0) breaks.push(src.start);
  });
  // #883 "is worried about the fares because she thinks X", "was talking about the pier when he
  // told Y": a clause of time or cause whose subject is a pronoun and whose cue has a rate of 0.5
  // or more ends the content of a cue before it, when no speech verb or "according to" stands
  // earlier in the sentence (a speech verb's clause keeps it: "said she left because she thought
  // X"; train gold keeps such clauses in 73 of 89 speech-verb contents; with any subject and cue
  // this cost dev 0.05 cue and 0.10 content)
  cands.forEach((c, ci) => {
    if (ci === 0 || c.type !== 'verb') return;
    const src = leftSource(ci);
    if (!src || src.start - 2 <= a || src.end - src.start !== 1 || !CLAUSE_SUBJECTS.has(toks[src.start]!.normal) || c.rate < 0.5) return;
    const sub = toks[src.start - 1]!;
    if (sub.quote !== -1 || !CAUSE_TIME_OPENERS.has(sub.normal)) return;
    if (cands[ci - 1]!.head >= src.start - 1) return;
    for (let oi = 0; oi < ci; oi++) if (cands[oi]!.type === 'according' || (cands[oi]!.type === 'verb' && SPEECH_VERBS.has(toks[cands[oi]!.head]!.lemma))) return;
    // ("even though", "in part because": the words before go with the clause)
    let k = src.start - 1;
    if (CLAUSE_FOCUS_ADVERBS.has(toks[k - 1]!.normal) && k - 1 > a) k--;
    else if (toks[k - 1]!.normal === 'part' && toks[k - 2]?.normal === 'in' && k - 2 > a) k -= 2;
    breaks.push(isComma(toks[k - 1]) ? k - 1 : k);
  });
  // "Although he said he would stay, the mayor left": a content inside a fronted subordinate
  // clause ends at the comma where the main clause begins
  let opener = a;
  while (opener < b && (toks[opener]!.pos === 'CCONJ' || (toks[opener]!.pos === 'ADV' && !FRONTED_OPENERS.has(toks[opener]!.normal)))) opener++;
  // #577 ...and "As the board weighed the fares, the pier closed": an opening "as" clause too, when
  // its cue takes an object there (not "As Moss put it, ...", "As the Harbour Times noted in May,
  // ...") and no other cue follows in the main clause (an "as" clause only ends the content)
  const asOpener = opener < b && toks[opener]!.normal === 'as' && asClauseCue(toks, opener, cands[0]!.head, groups[0]!.end, b);
  if (opener < b && (FRONTED_OPENERS.has(toks[opener]!.normal) || asOpener) && toks[opener]!.quote === -1 && cands[0]!.head > opener) {
    for (let t = cands[0]!.head + 1; t + 1 < b && t - opener < MAX_WALK; t++) {
      const tok = toks[t]!;
      if (tok.quote !== -1 || !isComma(tok)) continue;
      const next = toks[t + 1]!;
      // (#577 not a place's second part, "As Moss toured Faro, Portugal, ...", nor before another cue)
      const asStop = !asOpener || !(next.pos === 'PROPN' && t + 2 < b && (isComma(toks[t + 2]) || isFinal(toks[t + 2]!))) && cands[cands.length - 1]!.head < t;
      // #578 "While dockers have worried about X, many said ...": a quantity word right before the
      // main clause's verb starts it too
      const quantity = next.pos === 'ADJ' && QUANTITY_SUBJECTS.has(next.normal) && t + 2 < b && (toks[t + 2]!.pos === 'VERB' || toks[t + 2]!.pos === 'AUX');
      if (next.quote === -1 && (MAIN_CLAUSE_STARTS.has(next.pos) || quantity) && asStop) breaks.push(t);
      break;
    }
  }
  // "The pier closed (Ortega said it was unsafe) on Monday": content of a cue inside a
  // parenthesis or a pair of dashes ends where the aside closes
  let asideOpen = -1;
  let ci0 = 0;
  for (let t = asides[si] ? a : b; t < b; t++) {
    const tok = toks[t]!;
    if (tok.quote !== -1) continue;
    const opens = tok.text === '(' || (asideOpen < 0 && (tok.text === '—' || tok.text === '–' || tok.text === '--'));
    const closes = asideOpen >= 0 && (tok.text === ')' ? toks[asideOpen]!.text === '(' : tok.text === toks[asideOpen]!.text);
    if (closes) {
      while (ci0 < cands.length && cands[ci0]!.head <= asideOpen) ci0++;
      if (ci0 < cands.length && cands[ci0]!.head < t) breaks.push(t);
      asideOpen = -1;
    } else if (opens) asideOpen = t;
  }
  const remarks: number[] = [];
  for (let t = a; t < b; t++) {
    const tok = toks[t]!;
    if (tok.quote !== -1) {
      // '“...,” but ...': American copy puts the comma inside the closing mark
      if (t + 1 < b && toks[t + 1]!.quote === -1 && closesQuote(view, t) >= 0 && commaInsideMark(view, t) && CONTENT_ENDERS.has(toks[t + 1]!.normal) && toks[t + 2]?.normal !== 'that') breaks.push(t + 1);
      continue;
    }
    if (tok.text === ';') breaks.push(t);
    // ", but ...", ", which ...", ", allowing ...": the writer's own addition after the content
    else if (isComma(tok) && t + 1 < b && toks[t + 1]!.quote === -1 && CONTENT_ENDERS.has(toks[t + 1]!.normal) && toks[t + 2]?.normal !== 'that') breaks.push(t);
    // #1500 "Ada Moss said the pier was safe — but she would not sail": `but` + a subject pronoun
    // and its verb after a single dash ends the content like ", but" (not a pair of dashes)
    else if (isDash(toks, t) && toks[t + 1]?.normal === 'but' && toks[t + 1]!.quote === -1 && dashButClause(toks, t + 1, b)) breaks.push(t);
    // ", a move that ...": an appositive remark ends content, but not a source ("said Smith, a lawyer")
    else if (isComma(tok) && t + 1 < b && toks[t + 1]!.quote === -1 && (toks[t + 1]!.normal === 'a' || toks[t + 1]!.normal === 'an') && !nestedSources.some((r) => r.start < t && t < r.end)) remarks.push(t);
    // "said the pier was unsafe — a claim the board disputed": the same remark after a dash
    else if (isDash(toks, t) && t + 1 < b && toks[t + 1]!.quote === -1 && DASH_REMARKS.has(toks[t + 1]!.normal) && !dashAfter(toks, t, b) && !renamesIndefinite(toks, t, a) && !nestedSources.some((r) => r.start < t && t < r.end)) remarks.push(t);
  }
  breaks.sort((x, y) => x - y);
  const firstAtOrAfter = (list: readonly number[], from: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo]! : b;
  };
  /** Where content starting at `from` must stop. */
  const stopAfter = (from: number): number => Math.min(firstAtOrAfter(breaks, from), firstAtOrAfter(remarks, from), from + MAX_WALK);
  /** Where a source starting at `from` must stop. */
  const sourceStop = (from: number): number => Math.min(firstAtOrAfter(breaks, from), from + MAX_WALK);

  let lastSource: Char | null = null;
  const sentenceStartFrames = out.length;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    const g = groups[ci]!;
    // #290 "responded by saying": the turn verb is inside the participle's cue, no cue of its own
    if (c.type === 'verb' && groups.some((o, oi) => oi > ci && o.start <= c.head && c.head < o.end && toks[cands[oi]!.head - 1]?.normal === 'by')) continue;
    if (c.type !== 'verb') {
      otherFrames(view, cands, groups, ci, a, b, stopAfter, sourceStop, out);
      continue;
    }
    const cue: Char = [toks[g.start]!.start, toks[g.end - 1]!.end];
    const headAt = toks[c.head]!.start;
    if (g.start - 1 >= a && toks[g.start - 1]!.normal === 'as' && toks[g.end]?.normal === 'by' && /ed$/i.test(toks[c.head]!.text)) {
      // "As reported by X, CONTENT." / "CONTENT, as first reported by X.": the agent is the source
      let e = g.end + 1;
      while (e < b && e - g.end < 12 && toks[e]!.quote === -1 && !isComma(toks[e]) && !isFinal(toks[e]!)) e++;
      if (e > g.end + 1) {
        const asAt = g.start - 1;
        const content = isComma(toks[e]) && e + 1 < b
          ? contentRight(view, e + 1, Math.min(b, e + 1 + MAX_WALK))
          : asAt - 1 > a && isComma(toks[asAt - 1]) ? contentLeft(view, asAt - 1, a) : null;
        if (content) {
          out.push(frame(cue, [toks[g.end + 1]!.start, toks[e - 1]!.end], [content], c.rate * 0.9, headAt));
          continue;
        }
      }
    }
    // a passive ("was shown the door", "is dismissed as false") has no agent for a subject
    if (RAISING_VERBS.has(toks[c.head]!.lemma) && toks[g.end]?.normal === 'to' && g.end + 2 < b && toks[g.end + 1]!.pos === 'VERB' && !NOT_REPORTING.has(toks[g.end + 1]!.lemma) && toks[g.end + 1]!.quote === -1 && (cueEntry(toks[g.end + 1]!)?.rate ?? 0) >= MIN_CUE_RATE) {
      // "Ortega seemed to confirm X": the subject did the act the writer hedges; the verb after
      // "to" joins the cue (train gold: 17 of 19 with the subject as source)
      const subject = leftSource(ci);
      const content = contentRight(view, afterCue(view, g.end + 1, g.end + 2, b), stopAfter(g.end + 2));
      // #821 "Moss praised the crew and seemed to blame the board": a second verb shares the
      // source of the frame before it, or the subject of the verb before its "and"
      const and = subject ? -1 : coordinationAt(view, g.start, a);
      const shared = and >= 0 ? (out.length > sentenceStartFrames ? inheritedSource(view, out, sentenceStartFrames) : null) ?? (and > a ? nearestSubject(view, a, and) : null) : null;
      if (shared && content) {
        out.push(frame([toks[g.start]!.start, toks[g.end + 1]!.end], shared, [content], c.rate * 0.8, headAt));
        continue;
      }
      if (subject && content) {
        out.push(frame([toks[g.start]!.start, toks[g.end + 1]!.end], chars(view, subject), [content], c.rate * 0.8, headAt));
        continue;
      }
    }
    const reduced = reducedPassive(toks, c.head, g.start, a);
    if (reduced || (isPassiveVerb(toks, c.head, g.start) && !EXPERIENCER_PARTICIPLES.has(toks[c.head]!.normal) && !perfectContraction(toks, c.head, g.start)) || (RAISING_VERBS.has(toks[c.head]!.lemma) && !soundsOff(toks, c.head, g.end))) {
      let r = g.end;
      let agent: Char | null = null;
      if (toks[r]?.normal === 'by' && r + 1 < b) {
        // "was criticized by X for Y": the agent is the source
        let e = r + 1;
        while (e < b && e - r < 12 && toks[e]!.quote === -1 && (AGENT_POS.has(toks[e]!.pos) || (toks[e]!.normal === 'of' && e > r + 1))) e++;
        if (e > r + 1) e = reduced ? placedAgentEnd(toks, e, b) : joinedAgentEnd(toks, e, b);
        while (e > r + 1 && toks[e - 1]!.normal === 'of') e--;
        if (e > r + 1) {
          agent = [toks[r + 1]!.start, toks[e - 1]!.end];
          r = e;
        }
      }
      // "is viewed more kindly by voters", "was called “a farce” by the union": an agent after a
      // short complement is the source too, and the complement ends before it
      const late = agent === null && !RAISING_VERBS.has(toks[c.head]!.lemma) ? lateAgent(view, r, b) : null;
      if (late) agent = late.agent;
      const content = contentRight(view, afterCue(view, c.head, r, b), late ? late.by : stopAfter(r));
      // the grammatical subject is what the content is about: "Yellen + for not raising rates"
      const subject = leftSource(ci);
      const parts: Char[] = [];
      // "It seems the plan failed": an expletive "it" stands for nothing
      const expletive = subject !== null && subject.end - subject.start === 1 && toks[subject.start]!.normal === 'it' && RAISING_VERBS.has(toks[c.head]!.lemma);
      if (subject && !expletive) parts.push(chars(view, subject));
      if (content) parts.push(content);
      if (content && (reduced === true || c.rate >= 0.5 || RAISING_VERBS.has(toks[c.head]!.lemma) || heldView(toks, c.head, b))) {
        const f = frame(cue, agent, parts, c.rate * 0.6, headAt);
        if (reduced) experiencerFrames.add(f); // #270 a noun's participle passes no source on
        out.push(f);
      } else if (!content && agent && subject && !expletive && toks[c.head - 1]!.normal === 'first' && c.rate >= 0.5 && (r >= b || isFinal(toks[r]!))) {
        // #803 "The pier deal was first reported by the Harbour Times.": who broke the news closes
        // the sentence; the agent is the source, the subject the content (train gold: 5 of 5 such
        // uses are cues; passives with an agent and nothing after are split otherwise, round 10c)
        out.push(frame(cue, agent, [chars(view, subject)], c.rate * 0.6, headAt));
      } else if (!content && !agent && !reduced && subject && !expletive && c.rate >= 0.5 && !RAISING_VERBS.has(toks[c.head]!.lemma) && toks[c.head]!.lemma !== 'call') {
        // #1420 "When the case was argued in May, ...", "The fee was not disclosed.": an agentless
        // passive of a strong cue verb with nothing reported after it (the sentence ends, or a
        // comma or a preposition follows) reports its subject, with no source (train: 27 new
        // frames, 14 with gold's cue, 10 of them with gold's content too; `was called` is the
        // race being called, not a report); not in an aside closed right before a verb (`Moss,
        // speaking before the fees were announced, said X`)
        const nx = toks[r];
        if (r >= b || nx === undefined || isFinal(nx) || (isComma(nx) && toks[r + 1]?.pos !== 'VERB') || nx.pos === 'ADP') out.push(frame(cue, null, [chars(view, subject)], c.rate * 0.6, headAt));
      }
      continue;
    }
    if (toks[c.head]!.lemma === 'put' && c.rate === PUT_IT_RATE) {
      // "As Ortega put it, CONTENT", "..., as Ortega puts it, CONTENT": what follows the aside
      const src = leftSource(ci);
      const content = contentRight(view, g.end, stopAfter(g.end));
      if (src && content) out.push(frame(cue, chars(view, src), [content], c.rate, headAt));
      continue;
    }
    const asked = askedClause(view, c.head, g, a, b);
    if (asked) {
      out.push(frame(cue, asked.source, asked.parts, c.rate * 0.8, headAt));
      continue;
    }
    // "The remark has angered the dockers": the person moved holds the attitude; what moved them is the content
    const moved = !/ing$/i.test(toks[c.head]!.text) && PSYCH_VERBS.has(toks[c.head]!.lemma) && g.end === c.head + 1 && !isPassiveVerb(toks, c.head, g.start) ? experiencer(view, g.end, stopAfter(g.end)) : null;
    const stimulus = moved ? leftSource(ci) : null;
    if (moved && stimulus) {
      const f = frame(cue, chars(view, moved), [chars(view, stimulus)], c.rate * 0.8, headAt);
      experiencerFrames.add(f);
      out.push(f);
      continue;
    }
    const inherited = isParticipial(view, c.head, g.start, a) || isCoordinated(view, g.start, a);
    if (inherited) {
      // "After saying X, the man left": a participle clause opening the sentence belongs to the
      // main clause's subject after it
      const fronted = frontedSubject(view, g.start, a, b);
      const previous = fronted ?? (out.length > sentenceStartFrames ? inheritedSource(view, out, sentenceStartFrames) : lastSource);
      // "Harbour workers, fearing the cuts, ...": the noun phrase before the comma
      const before = isComma(toks[g.start - 1]) && g.start - 1 > a ? plainNounPhrase(view, g.start - 1, a) : null;
      const and = isParticipial(view, c.head, g.start, a) ? -1 : coordinationAt(view, g.start, a);
      let own = (byParticiple(view, c.head, g.start, a) ? nearestSubject(view, a, g.start - 1) : null) ?? previous ?? (and > a ? nearestSubject(view, a, and) : null) ?? subjectOfSentence(view, a, g.start);
      // #512 "Moss called X (although he allowed Y) and promised Z", "Moss jumped in — as he
      // often does — and praised X": a subject inside an aside closed before the cue is not the
      // one the verb shares; the subject of the verb before the aside is
      const aside = own ? openOfAside(view, tokenFrom(toks, own[0]), a, g.start) : -1;
      if (aside > a) own = nearestSubject(view, a, aside) ?? own;
      // #513 "When he announced X, Reyes was cheered, telling Y", "Ever since she endorsed X, Moss
      // has been ..., attacking Y": a source inherited from an opening subordinate clause gives way
      // to the main clause's subject after its comma
      if (own && !fronted && own === previous) {
        const main = pastOpeningClause(view, a, g.start);
        if (main > a && own[1] <= toks[main]!.start) own = subjectOfSentence(view, a, g.start) ?? own;
      }
      // #1080 "The row began at the pier, when dockers blocked the gate, shouting X": with no
      // earlier frame, a participle right after a trailing `when`/`where`/`after`/`as` clause
      // belongs to that clause's subject, not the sentence's
      if (own && !fronted && previous === null && and <= a && isComma(toks[g.start - 1])) own = trailingClauseSubject(view, own, a, g.start - 1) ?? own;
      // a participle set off right after the sentence's subject ends at its closing comma
      const appositive = own === null && before !== null && (before.start === a || opensAfterLead(toks, before.start, a));
      const src = own ?? (appositive ? chars(view, before!) : null);
      const from = afterCue(view, c.head, g.end, b);
      const content = contentRight(view, from, appositive ? Math.min(stopAfter(g.end), commaBefore(view, from, b)) : stopAfter(g.end));
      if (!content) continue;
      out.push(frame(cue, src, [content], c.rate * 0.8, headAt));
      continue;
    }

    // "Angered by the cuts, the dockers walked out": a participle of feeling opening the sentence (#156)
    if (g.start === c.head && EXPERIENCER_PARTICIPLES.has(toks[c.head]!.normal) && /ed$/.test(toks[c.head]!.normal)) {
      const opening = openingSubject(view, g.start, a, b);
      const by = toks[g.end]?.normal === 'by' && g.end + 1 < b;
      const content = opening ? contentRight(view, by ? g.end + 1 : afterCue(view, c.head, g.end, b), Math.min(stopAfter(g.end), opening.comma)) : null;
      if (opening && content) {
        out.push(frame(by ? [cue[0], toks[g.end]!.end] : cue, opening.source, [content], c.rate * 0.8, headAt));
        continue;
      }
    }
    // a bare participle without auxiliary or comma ("issued statements condemning X") is no cue,
    // unless it is a speech verb after its own noun phrase ("voters saying X")
    if (/ing$/i.test(toks[c.head]!.text) && g.start === c.head) {
      // "Noting that X, Ada Moss said ...": a participle clause opening the sentence (#152)
      const opening = openingSubject(view, g.start, a, b);
      if (opening) {
        const from = afterCue(view, c.head, g.end, b);
        const content = contentRight(view, from, Math.min(stopAfter(g.end), opening.comma));
        if (content) out.push(frame(cue, opening.source, [content], c.rate * 0.8, headAt));
        continue;
      }
      const np = participleSubject(view, c.head, a);
      // "with Ada Moss calling X and the board backing Y": the next absolute clause ends the content
      const stop = np && toks[np.start - 1]?.normal === 'with' ? Math.min(stopAfter(g.end), nextAbsolute(view, g.end, b)) : stopAfter(g.end);
      const content = np && contentRight(view, afterCue(view, c.head, g.end, b), stop);
      if (np && content) out.push(frame(cue, chars(view, authorOf(view, np, a) ?? np), [content], c.rate * 0.8, headAt));
      continue;
    }
    if (c.head === a && g.start === a && SPEECH_VERBS.has(toks[c.head]!.lemma) && /^[A-Z][a-z]+$/.test(toks[c.head]!.text) && toks[c.head]!.normal !== toks[c.head]!.lemma && !/s$/.test(toks[c.head]!.normal)) {
      // #215 'Said Ada Moss, who runs the ferry, "We were proud."': a fronted speech verb, its
      // source, a comma or colon and the quotation
      const srcR = sourceRight(view, g.end, sourceStop(g.end));
      let q = srcR ? srcR.end : -1;
      while (q >= 0 && q < b && q - srcR!.end < 3 && toks[q]!.quote === -1 && (isComma(toks[q]) || toks[q]!.text === ':')) q++;
      const quote = srcR && q > srcR.end && q < b ? quoteSpan(view, q) : null;
      if (srcR && quote) {
        const source = chars(view, srcR);
        lastSource = source;
        out.push(frame(cue, source, [quote], c.rate * 0.9, headAt));
        continue;
      }
    }
    const src = leftSource(ci);
    let boundary = src ? src.start - 1 : g.start - 1;
    // “... .” Smith said.  -- the quote closed the previous sentence of the same paragraph
    if (boundary === a - 1 && a > 0 && closesQuote(view, a - 1) >= 0 && view.sentences[si - 1]?.paragraph === sent.paragraph) {
      boundary = a - 1;
    }
    // a quotation ending the previous paragraph is no content of a sentence opening the next
    const samePara = view.sentences[si - 1]?.paragraph === sent.paragraph;
    const postBoundary = boundary >= 0 && (boundary >= a || (boundary === a - 1 && samePara)) && isPostBoundary(view, boundary) && (boundary >= a || closesQuote(view, boundary) >= 0);
    const r = afterCue(view, c.head, g.end, b);
    const quoteFollows = isComma(toks[r]) && opensQuote(view, r + 1) >= 0;
    const rightEmpty = r >= b || isFinal(toks[r]!) || (isComma(toks[r]) && !quoteFollows);
    // “A,” Smith said “B.” -- the segmenter kept a new quoted sentence in this one
    const quoteRight = r < b && opensQuote(view, r) >= 0 && closesQuote(view, boundary) >= 0;

    // after a quotation, words with no verb ("told reporters", "said late last week") are no content
    // nor is "when asked whether ...", which is an attribution of its own
    const askedAfter = r + 1 < b && (toks[r]!.normal === 'when' || toks[r]!.normal === 'after') && toks[r + 1]!.normal === 'asked';
    // ...nor is a subordinate clause: “...,” Ortega said when a reporter asked her about it.
    const subordinate = r < b && toks[r]!.quote === -1 && toks[r]!.normal !== 'that' && (toks[r]!.pos === 'SCONJ' || QUOTE_TAIL_OPENERS.has(toks[r]!.normal));
    // (a participle after a comma is a clause of its own: “...,” X said at the time, explaining ...)
    // and after "told", what follows is the person told unless a clause or quotation is introduced
    // (a "that" the cue's walk stopped at opens the clause, whatever the tagger made of it after an
    // aside: "He warned, however, that ...")
    const toldWhom = ADDRESSEE_VERBS.has(toks[c.head]!.lemma) && !introducesContent(view, g.end, b) && !(r < b && toks[r]!.normal === 'that' && toks[r]!.quote === -1);
    // ...nor a phrase opened by a preposition, whatever verbs it holds: “...,” Ortega said of
    // accepting the offer / said to rousing applause (unless it reports a clause: "in a letter that ...")
    // (looked at only after a quotation, so the walks to the comma run rarely)
    const prepPhrase = (): boolean => r < b && (SPEECH_VERBS.has(toks[c.head]!.lemma) || !CUE_PREPOSITIONS.has(toks[r]!.normal)) && toks[r]!.quote === -1 && toks[r]!.normal !== 'that' &&
      (toks[r]!.pos === 'ADP' || (toks[r]!.normal === 'to' && r + 1 < b && (NOMINAL_START.has(toks[r + 1]!.pos) || /ing$/.test(toks[r + 1]!.text)))) && !complementWithin(view, r, commaBefore(view, r, b));
    // (#296 "“...,” Moss said about the ferry": the topic after the cue's own "about" too)
    const sayTopic = toks[c.head]!.lemma === 'say' && toks[g.end - 1]!.normal === 'about' && r === g.end;
    // #1501 "When Ada Moss called the pier “a relic,” Tom Reyes seized on the remark": a quotation
    // inside a fronted subordinate clause is no content of a later verb that is no speech verb;
    // that verb's words follow it
    const frontedQuote = !rightEmpty && closesQuote(view, boundary) >= 0 && toks[a]!.quote === -1 && FRONTED_SUBORDINATORS.has(toks[a]!.normal) &&
      !SPEECH_VERBS.has(toks[c.head]!.lemma) && !ADDRESSEE_VERBS.has(toks[c.head]!.lemma) && toks[c.head]!.lemma !== 'ask';
    const rightIsAdjunct = !rightEmpty && !frontedQuote && closesQuote(view, boundary) >= 0 && !quoteFollows && !quoteRight && (askedAfter || subordinate || toldWhom || sayTopic || dashAside(view, boundary, r, a) || prepPhrase() || !hasClause(view, r, commaBefore(view, r, b), true));
    // "The pier is unsafe, he told reporters.", "..., Ada Moss said in her filing.": after an
    // unquoted clause, words with no verb closing the sentence (a person told, an occasion, a
    // time) are no content; the clause before the comma is
    // (a reporting verb with its subject, not "who denied any involvement": an object noun
    // phrase is content, so only an addressee, a preposition or a time may open those words)
    const unquotedTail = (): boolean => !rightEmpty && src !== null && boundary > a && isComma(toks[boundary]) && toks[boundary]!.quote === -1 &&
      (SPEECH_VERBS.has(toks[c.head]!.lemma) || ADDRESSEE_VERBS.has(toks[c.head]!.lemma)) && !relativeSource(toks, src) && closingAdjunct(toks[c.head]!.lemma, toks[r]!) && verblessTail(view, r, b) && mainClauseBefore(view, a, boundary);

    // #575 "When the ferry sank, Ada Moss issued the following statement:" closing the paragraph: the
    // quotation opening the next one is the content, not the fronted clause (below, after the left content).
    // #1472 "Ada Moss told reporters:", "Ada Moss said on Monday:": the same when the words between
    // the cue and the colon say whom or when (no verb, no quotation)
    const colonAfterCue = r >= b && postBoundary && boundary >= a && toks[g.end - 1]!.text === ':';
    const colonAfterAdjunct = r <= b - 1 && toks[b - 1]!.text === ':' && toks[b - 1]!.quote === -1 && b - 1 - r <= 8 && closesQuote(view, boundary) < 0 && adjunctOnly(toks, r, b - 1);
    if (src && (colonAfterCue || colonAfterAdjunct) && view.sentences[si + 1]?.paragraph === sent.paragraph + 1) {
      const q = quoteSpan(view, b);
      if (q) {
        const source = chars(view, src);
        lastSource = source;
        out.push(frame(cue, source, [q], c.rate * 0.8, headAt));
        continue;
      }
    }
    // #804 "The new ad — as Tom Reyes noted last week in the Faro Post — promises X": an `as` report
    // set off by dashes; its subject is the source, what stands before the first dash the content
    // (train gold: 3 of 3 such asides are cues, none found before; gold's content varies)
    if (src && boundary - 1 > a && toks[boundary]!.normal === 'as' && toks[boundary]!.quote === -1 && DASHES.has(toks[boundary - 1]!.text) && toks[boundary - 1]!.quote === -1 && SPEECH_VERBS.has(toks[c.head]!.lemma) && closingDash(toks, r, b, toks[boundary - 1]!.text)) {
      const content = contentLeft(view, boundary - 1, a);
      if (content) {
        const source = chars(view, src);
        lastSource = source;
        out.push(frame(cue, source, [content], c.rate * 0.9, headAt));
      }
      continue;
    }
    if (src && rightEmpty && boundary >= a && toks[boundary]!.normal === 'as' && toks[boundary]!.quote === -1 && SPEECH_VERBS.has(toks[c.head]!.lemma)) {
      // "As The Post reported, CONTENT." / "CONTENT, as the paper reported." / "A, as X
      // reported, CONTENT": the clause after it when the sentence goes on, else the one before
      const goesOn = r < b && isComma(toks[r]);
      const content = goesOn
        ? contentRight(view, r + 1, Math.min(b, r + 1 + MAX_WALK))
        : boundary - 1 > a && isComma(toks[boundary - 1]) ? contentLeft(view, boundary - 1, a) : null;
      if (content) {
        const source = chars(view, src);
        lastSource = source;
        out.push(frame(cue, source, [content], c.rate * 0.9, headAt));
      }
      continue;
    }
    // #801 "more riders than the board expected", "sooner than anyone had predicted": a cue closing
    // a comparison after "than" and its subject reports the compared amount; the subject is the
    // source, "than" the content (train gold: 7 of 8 such uses outside another content are cues, 4
    // with "than" as the whole content; passives such as "than was hoped" go the passive way above)
    if (src && src.start - 1 > a && toks[src.start - 1]!.normal === 'than' && toks[src.start - 1]!.quote === -1 &&
      (r >= b || isFinal(toks[r]!) || isComma(toks[r]) || DASHES.has(toks[r]!.text)) && (r >= b || toks[r]!.quote === -1)) {
      const source = chars(view, src);
      lastSource = source;
      out.push(frame(cue, source, [[toks[src.start - 1]!.start, toks[src.start - 1]!.end]], c.rate * 0.9, headAt));
      continue;
    }
    // #802 "Ortega called the pier unsafe, a charge that the board strongly denied.": an object
    // relative "that" after a noun phrase set off by a comma or dash (a restatement), its subject and
    // the cue closing the clause: the subject is the source, "that" the content (train gold: 3 of 3
    // such uses are cues, all with the subject as source)
    if (src && src.start - 2 >= a && toks[src.start - 1]!.normal === 'that' && toks[src.start - 1]!.quote === -1 && toks[src.start - 2]!.pos === 'NOUN' && restatedNoun(toks, src.start - 2, a) &&
      (r >= b || isFinal(toks[r]!) || isComma(toks[r]) || DASHES.has(toks[r]!.text)) && (r >= b || toks[r]!.quote === -1)) {
      const source = chars(view, src);
      lastSource = source;
      out.push(frame(cue, source, [[toks[src.start - 1]!.start, toks[src.start - 1]!.end]], c.rate * 0.9, headAt));
      continue;
    }
    if (src && postBoundary && (rightEmpty || rightIsAdjunct || quoteRight || (quoteFollows && closesQuote(view, boundary) >= 0) || unquotedTail())) {
      // CONTENT, Smith said [, CONTENT].
      // (#217 a quotation set off by dashes with its reporting clause is the whole content, and
      // the sentence's subject stays the source of what follows the second dash)
      const dashed = !rightEmpty && closesQuote(view, boundary) >= 0 && dashAside(view, boundary, r, a);
      const left = dashed ? quoteSpan(view, dashStart(view, boundary, a)) : contentLeft(view, boundary, a);
      if (!left) continue;
      if (dashed) {
        const f = frame(cue, chars(view, src), [left], c.rate * 0.95, headAt);
        asideFrames.add(f);
        out.push(f);
        continue;
      }
      const parts = [left];
      let more = quoteRight ? quoteSpan(view, r) : continuationAfterComma(view, r, b, stopAfter, closesQuote(view, boundary) >= 0);
      if (!more && closesQuote(view, boundary) >= 0 && r < b && !isComma(toks[r])) {
        // “A,” he said of the plan, “B.”: the quote goes on after words with no verb
        const k = commaBefore(view, r, b);
        if (k < b && opensQuote(view, k + 1) >= 0 && !hasClause(view, r, k, true)) more = quoteSpan(view, k + 1);
      }
      if (more) parts.push(more);
      if (more) parts[0] = asideLeft(view, parts[0]!, boundary, a, b); // #1160
      // “A.” He added, “B.”: with its own quotation after it, a cue opening a new sentence
      // introduces that one; the quotation before it ended its own sentence
      if (more && boundary === a - 1 && (quoteRight || quoteFollows) && isFinalInside(view, boundary)) parts.shift();
      const source = chars(view, src);
      lastSource = source;
      out.push(frame(cue, source, parts, c.rate * 0.95, headAt));
      continue;
    }
    // inversion takes a bare reporting verb ("said Smith", not "not declare neutrality")
    const invertible = g.start === c.head && (SPEECH_VERBS.has(toks[c.head]!.lemma) || closesQuote(view, boundary) >= 0) &&
      (closesQuote(view, boundary) >= 0 || !reportedBefore(ci) || finalSay(view, c.head, g.end, boundary, b));
    if (!src && postBoundary && invertible) {
      // “CONTENT,” said Smith, the mayor.
      const srcR = sourceRight(view, g.end, sourceStop(g.end));
      if (srcR) {
        const after = skipAdjuncts(view, srcR.end, b);
        const left = contentLeft(view, boundary, a);
        const quoteBefore = closesQuote(view, boundary) >= 0;
        // "CONTENT, said Ada Moss in her filing.": an occasion closing the sentence leaves it clean
        const clean = after >= b || isFinal(toks[after]!) || isComma(toks[after]) || opensQuote(view, after) >= 0 || (!quoteBefore && toks[after]!.pos === 'ADP' && verblessTail(view, after, b));
        // after a quotation, "said NAME" is the attribution whatever the sentence adds after the
        // name ("..., said Jo Marr, a strategist in 2008 and 2012.")
        if (left && (clean || quoteBefore)) {
          const parts = [left];
          const more = !clean ? null : opensQuote(view, after) >= 0
            ? quoteSpan(view, after)
            : continuationAfterComma(view, after, b, stopAfter, quoteBefore);
          // #1473 (not "..., said the people, who asked not to be named": a relative clause after
          // the name describes the speaker, it is nothing they said)
          if (more && !(more[0] === toks[after + 1]?.start && SOURCE_RELATIVE_WORDS.has(toks[after + 1]!.normal))) parts.push(more);
          // #385 an anonymity clause cut off, else #400 the comma closing an apposition
          const named = withoutAnonymity(toks, srcR);
          const source = named !== srcR ? chars(view, named) : invertedSource(view, srcR, b);
          lastSource = source;
          out.push(frame(cue, source, parts, c.rate * 0.9, headAt));
          continue;
        }
      }
    }
    // "Moss said, if elected, she would stay": the clause after the comma is the content (#154)
    const commaClause = src && !postBoundary && BARE_SPEECH.has(toks[c.head]!.lemma) && toks[c.head]!.lemma !== 'tell' && subjectOpens(toks, src, a) && r + 1 < b && isComma(toks[r]) && toks[r]!.quote === -1 && !quoteFollows && opensClauseAfterComma(view, r + 1, b)
      ? contentRight(view, r + 1, stopAfter(r + 1)) : null;
    if (commaClause) {
      const source = chars(view, src!);
      lastSource = source;
      out.push(frame(cue, source, [commaClause], c.rate * 0.9, headAt));
      continue;
    }
    if (src && !rightEmpty) {
      // Smith said (that) CONTENT.
      const content = contentRight(view, r, relativeClauseEnd(view, src, a, r, stopAfter(r)));
      if (!content) continue;
      // "Jo Li reported from Washington.": a bare place or time phrase is no reported content
      if (toks[r]!.pos === 'ADP' && toks[r]!.quote === -1 && !CUE_PREPOSITIONS.has(toks[r]!.normal) && !hasClause(view, r, stopAfter(r)) && !quotedWithin(view, r, stopAfter(r))) continue;
      const source = chars(view, src);
      lastSource = source;
      // "a wall, which he said Mexico would pay for": the relative word stands for reported
      // content, so it is a content fragment of its own
      // ("in which he said ..." is not: there the relative word belongs to the preposition; but
      // "what" is the object itself: "in what he called a disgrace")
      const rel = src.start - 1 >= a ? toks[src.start - 1]! : null;
      const objectRel = rel && rel.quote === -1 && OBJECT_RELATIVES.has(rel.normal) && rel.pos !== 'SCONJ' && (rel.normal === 'what' || !(src.start - 2 >= a && toks[src.start - 2]!.pos === 'ADP'));
      // #211 "a storm that the harbour master said could last a week": a subject relative bridged
      // by the cue; "that" is the clause's own subject, a fragment of the content (train gold: 115
      // such contents keep the relative word, 9 leave it out)
      const bridged = !objectRel && rel && rel.quote === -1 && rel.normal === 'that' && src.start - 2 >= a && (toks[src.start - 2]!.pos === 'NOUN' || toks[src.start - 2]!.pos === 'PROPN') &&
        content[0] === toks[r]!.start && (toks[r]!.pos === 'AUX' || (toks[r]!.pos === 'VERB' && !/ing$/.test(toks[r]!.normal)));
      const parts: Char[] = objectRel || bridged ? [[rel!.start, rel!.end], content] : [content];
      out.push(frame(cue, source, parts, c.rate * 0.9, headAt));
      continue;
    }
    if (src && r >= b && toks[g.end - 1]!.text === ':') {
      // "Smith said:" ends the paragraph and the quotation opens the next one
      const next = toks[b];
      const q = next && view.sentences[si + 1] && view.sentences[si + 1]!.paragraph === sent.paragraph + 1 ? quoteSpan(view, b) : null;
      if (!q) continue;
      const source = chars(view, src);
      lastSource = source;
      out.push(frame(cue, source, [q], c.rate * 0.8, headAt));
    }
  }
  if (nestedHeads.size) for (let i = sentenceStartFrames; i < out.length; i++) if (nestedHeads.has(out[i]!.headAt)) complementFrames.add(out[i]!);
  for (let i = sentenceStartFrames; i < out.length; i++) {
    const f = out[i]!;
    const s = asAside(toks, f, a, b);
    // (not when another frame of the sentence has the same cue: one of the two is hidden)
    if (s < 0 || out.some((o, j) => j >= sentenceStartFrames && j !== i && o.cue !== null && o.cue[0] === f.cue![0])) continue;
    asAsideFrames.add(f);
    // after a clause, with the sentence ending or going on with "and" or a dash after the aside
    // ("X, as the Gazette reported, and Y"): what the aside reports is the clause before it
    const e = closeOfAside(toks, f, b);
    const close = toks[e]!;
    let k = a;
    while (k < s - 2 && toks[k]!.pos === 'CCONJ') k++;
    if (s - 2 - k < 3 || toks[s - 3]!.normal === 'that' || toks[s - 3]!.quote !== -1) continue;
    const after = toks[e + 1];
    if (!(isFinal(close) || isDash(toks, e) || (after && after.quote === -1 && after.pos === 'CCONJ'))) continue;
    // (not over another frame's cue: "He mocked X and assured Y - as Moss has said - and ...")
    const from = toks[k]!.start, to = toks[s - 3]!.end;
    if (out.some((o, j) => j >= sentenceStartFrames && o.cue !== null && from <= o.cue[0] && o.cue[0] < to)) continue;
    const g = frame(f.cue, f.source, [[toks[k]!.start, toks[s - 3]!.end]], f.confidence, f.headAt);
    out[i] = g;
    asAsideFrames.add(g);
  }
  // #231 "The audit found that Ada Moss said the pier was safe": what a finding holds stays
  // inside it, however weak `find`'s own rate (train: 8 inner frames kept under `find` were
  // false, 2 right; not under a modal, "will probably find"; `show` as well, 7 false and none
  // right on train, lost cue and content on dev)
  let evidenceHeads: Set<number> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.type !== 'verb' || !EVIDENCE_VERBS.has(toks[c.head]!.lemma)) continue;
    let modal = false;
    for (let k = groups[i]!.start; k < c.head && !modal; k++) modal = toks[k]!.pos === 'AUX' && CUE_MODALS.has(toks[k]!.normal);
    if (!modal) (evidenceHeads ??= new Set()).add(toks[c.head]!.start);
  }
  if (evidenceHeads) for (let i = sentenceStartFrames; i < out.length; i++) if (evidenceHeads.has(out[i]!.headAt)) evidenceFrames.add(out[i]!);
}

/**
 * The frame of a cue that is no verb: "according to", "reportedly", "To Ada Moss, ...", "in her
 * view", a poll, an adjective ("eager to"), a noun of backing, intent or stance, a noun with its
 * holder and a `that` clause. Content stops where `stopAfter` says, a source where `sourceStop` does.
 */
function otherFrames(view: TokenView, cands: readonly Candidate[], groups: readonly Range[], ci: number, a: number, b: number, stopAfter: (from: number) => number, sourceStop: (from: number) => number, out: Frame[]): void {
  const toks = view.tokens;
  const c = cands[ci]!;
  const g = groups[ci]!;
  const cue: Char = [toks[g.start]!.start, toks[g.end - 1]!.end];
  const headAt = toks[c.head]!.start;
  if (c.type === 'according') {
    const f = accordingFrame(view, c, g, a, b, stopAfter, sourceStop);
    if (f) out.push(frame(cue, f.source, f.parts, f.confidence, headAt));
    return;
  }

  if (c.type === 'adverb') {
    // "X is reportedly spending ...": the writer reports unnamed reports; the clause around
    // the adverb is the content ("reportedly told" is part of the verb's own cue)
    if (groups.some((o, oi) => oi !== ci && o.start <= c.head && c.head < o.end)) return;
    let v = c.head;
    while (v - 1 >= a && (toks[v - 1]!.pos === 'AUX' || toks[v - 1]!.pos === 'PART')) v--;
    const subject = v > a ? sourceLeft(view, v, a) : null;
    const right = contentRight(view, c.head + 1, stopAfter(c.head + 1));
    if (!subject || !right) return;
    out.push(frame(cue, null, [[toks[subject.start]!.start, toks[c.head - 1]!.end], right], c.rate, headAt));
    return;
  }
  if (c.type === 'viewpoint') {
    // #360 "To Ada Moss, the pier is a danger": the person's view; the rest of the sentence is the content
    const e = viewpointEnd(view, c.head, a, b);
    const right = contentRight(view, e, Math.min(b, e + MAX_WALK));
    if (right) out.push(frame(cue, [toks[c.head + 1]!.start, toks[e - 1]!.end], [right], c.rate, headAt));
    return;
  }
  if (c.type === 'inview') {
    // #470 "In their view, X", "X, in Ada Moss's view.", "X, in his view, Y": the clause around
    const i = inViewStart(toks, c.head, a);
    // a view inside another report's clause is part of its content ("She says the pier, in her view, is safe")
    if (ci > 0 && cands[ci - 1]!.head >= a) return;
    const source: Char = [toks[i + 1]!.start, toks[c.head - 1]!.end];
    let first = a;
    while (first < i && (toks[first]!.pos === 'CCONJ' || (toks[first]!.pos === 'ADV' && !startsUpper(toks[first]!.text)) || isComma(toks[first]))) first++;
    // "X, and in their view Y": the view opens a clause of its own
    if (toks[i - 1]?.pos === 'CCONJ') first = i;
    const after = c.head + 1 < b && isComma(toks[c.head + 1]) ? c.head + 2 : c.head + 1;
    const parts: Char[] = [];
    if (first < i) {
      const left = contentLeft(view, isComma(toks[i - 1]) ? i - 1 : i, a);
      if (!left) return;
      parts.push(left);
    }
    if (after < b && !isFinal(toks[after]!)) {
      const right = contentRight(view, after, Math.min(b, after + MAX_WALK));
      if (!right) return;
      parts.push(right);
    }
    if (parts.length) out.push(frame(cue, source, parts, c.rate, headAt));
    return;
  }
  if (c.type === 'survey') {
    const e = surveyEnd(view, c.head, b);
    const source: Char = [toks[c.head + 1]!.start, toks[e - 1]!.end];
    let first = a;
    while (first < c.head && (toks[first]!.pos === 'CCONJ' || toks[first]!.pos === 'ADV' || isComma(toks[first]))) first++;
    if (first === c.head) {
      // "In a CNN poll released Monday, 50 percent said ...": the poll reports the whole rest
      // (#230: and, like any frame, hides the answers it reports: train gold nests no cue)
      // "In the new poll, conducted March 1-3, 40 percent said ...": the participle phrase describes the poll
      let from = e + 1;
      if (isComma(toks[e]) && from < b && toks[from]!.pos === 'VERB' && /ed$/.test(toks[from]!.text)) {
        let k = from + 1;
        while (k < b && k - from < 10 && !isComma(toks[k]) && toks[k]!.quote === -1 && !isFinal(toks[k]!)) k++;
        if (isComma(toks[k])) from = k + 1;
      }
      const right = isComma(toks[e]) ? contentRight(view, from, Math.min(b, from + MAX_WALK)) : null;
      if (right) out.push(frame(cue, source, [right], c.rate, headAt));
    } else if ((e >= b || isFinal(toks[e]!)) && !genericPolls(toks, c.head, e)) {
      // "Trump leads by 9 points in the latest Quinnipiac poll."
      const left = contentLeft(view, isComma(toks[c.head - 1]) ? c.head - 1 : c.head, a);
      if (left) out.push(frame(cue, source, [left], c.rate * 0.9, headAt));
    }
    return;
  }

  if (c.type === 'eager') {
    // #635 the infinitive is the content (up to a comma or the end of the clause), the subject the source
    const stop = stopAfter(g.end);
    let e = g.end;
    // #1200 ...nor at a comma between two adjectives ("to sail for rich, loyal patrons"); it
    // stops before a clause of time or cause ("to sell the pier when the fares rose")
    while (e < stop && e - g.end < MAX_WALK && !(isComma(toks[e]) && !(toks[e - 1]!.pos === 'ADJ' && adjectiveNext(toks, e + 1, stop))) && !isFinal(toks[e]!) && toks[e]!.text !== ';' && toks[e]!.text !== ':' && toks[e]!.quote === -1 && !((toks[e]!.pos === 'SCONJ' || toks[e]!.pos === 'ADV') && EAGER_CONTENT_STOPS.has(toks[e]!.normal))) e++;
    const content: Char | null = e > g.end ? [toks[g.end]!.start, toks[e - 1]!.end] : null;
    const subject = sourceLeft(view, g.start, a);
    if (content && subject) out.push(frame(cue, chars(view, subject), [content], c.rate * 0.7, headAt));
    return;
  }
  if (c.type === 'backing') {
    // #632 the backers after "of" are the source, the subject of "have" the content
    const backers = stanceObject(view, g.end, stopAfter(g.end));
    const backed = sourceLeft(view, verbGroupStart(view, g.start, a), a); // ("She also has")
    if (backers && backed) out.push(frame(cue, backers, [chars(view, backed)], c.rate * 0.7, headAt));
    return;
  }
  if (c.type === 'intent') {
    // #631 the infinitive ("not" included) is the content, the possessive pronoun the source
    const content = stanceObject(view, g.end, stopAfter(g.end));
    const k = stanceOwnerAt(toks, c.head, a);
    if (content) {
      const f = frame(cue, [toks[k]!.start, toks[k]!.end], [content], c.rate * 0.7, headAt);
      experiencerFrames.add(f); // a later participle takes no source from the possessor
      out.push(f);
    }
    return;
  }
  if (c.type === 'stance') {
    // #380 the object of the preposition is the content, the possessor (with its 's) the source
    const content = stanceObject(view, g.end, stopAfter(g.end));
    // #381 after a verb the verb's subject speaks (train gold: "stepped up his attacks on" with the subject as source)
    const verbFirst = stanceVerb(view, c.head, a) >= 0;
    const subject = verbFirst ? sourceLeft(view, g.start, a) : null;
    const source = verbFirst ? (subject ? chars(view, subject) : null) : possessorOf(view, g.start, a, true);
    // (the owner alone, not the phrase it sits in: "in response to {Moss's} attacks on")
    if (source && !verbFirst) ownerOnly(toks, source, c.head);
    if (content && source) {
      const f = frame(cue, source, [content], c.rate * 0.7, headAt);
      experiencerFrames.add(f); // a later participle takes no source from the possessor
      out.push(f);
    }
    return;
  }
  if (c.type === 'ofthat') {
    // #841 the people after the preposition are the source, the `that` clause the content
    const that = ofThatAt(toks, c.head, b);
    const content = contentRight(view, that, stopAfter(that));
    if (content) {
      const f = frame(cue, [toks[c.head + 2]!.start, toks[that - 1]!.end], [content], c.rate * 0.7, headAt);
      experiencerFrames.add(f);
      out.push(f);
    }
    return;
  }
  if (c.type === 'possthat') {
    // #840 the possessor is the source, its 's kept ("{Moss's} claim that"), the clause the content
    let content = contentRight(view, g.end, stopAfter(g.end));
    const source = possessorOf(view, g.start, a, true);
    if (source) {
      // (the owner alone, not the phrase it sits in: "out of {Moss's} claim that")
      const s0 = ownerOnly(toks, source, c.head);
      // the phrase opens its clause: the clause's own verb ends the content ("Moss's claim that she won {is} false")
      if (content && (s0 === a || toks[s0 - 1]!.text === ':' || toks[s0 - 1]!.pos === 'CCONJ')) content = subjectThatEnd(toks, g.end + 1, content);
    }
    if (content && source) {
      const f = frame(cue, source, [content], c.rate * 0.7, headAt);
      experiencerFrames.add(f); // a later participle takes no source from the possessor
      out.push(f);
    }
    return;
  }
  if (c.type === 'noun') {
    const content = contentRight(view, g.end, stopAfter(g.end));
    if (!content) return;
    out.push(frame(cue, possessorOf(view, g.start, a, g.end > c.head + 1) ?? nounVerbSubject(view, c.head, a), [content], c.rate * 0.7, headAt));
    return;
  }
}
/** Words that may stand between an "as" aside's verb and its closing mark ("as the Gazette reported on Tuesday,"). */
const AS_ASIDE_TAIL: ReadonlySet<string> = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADV', 'ADJ']);

/**
 * #1001 "The vote signals the end, said Ada Moss, a pilot.": a bare `said`/`says` after a comma
 * whose source (and apposition) closes the sentence inverts even after an earlier cue, which then
 * lies inside its content.
 */
function finalSay(view: TokenView, head: number, groupEnd: number, boundary: number, b: number): boolean {
  const toks = view.tokens;
  if (toks[head]!.lemma !== 'say' || !isComma(toks[boundary]) || toks[boundary]!.quote !== -1 || head !== boundary + 1) return false;
  const srcR = sourceRight(view, groupEnd, Math.min(b, groupEnd + 30));
  if (!srcR) return false;
  let k = srcR.end;
  if (k < b && isComma(toks[k])) k++;
  return k >= b || isFinal(toks[k]!);
}

/**
 * #882 "the pier will close, as the Harbour Times reported on Tuesday, and ...", "As I noted
 * above, ...", "- as Ada Moss has said -": a report set off as an "as" aside (after a comma, a
 * dash or at the sentence start; its verb takes no object or clause, only a short time or place
 * phrase before the closing comma, dash or period) reports its own words, so no other frame's
 * content hides it (train: 7 such frames now kept, 6 of them gold cues with gold's source, one
 * no cue). Returns the token where its source starts, or -1.
 */
function asAside(toks: readonly Token[], f: Frame, a: number, b: number): number {
  if (!f.cue || !f.source) return -1;
  const s = tokenFrom(toks, f.source[0]);
  if (s - 1 < a || toks[s - 1]!.normal !== 'as' || toks[s - 1]!.quote !== -1) return -1;
  if (!(s - 1 === a || isComma(toks[s - 2]) || isDash(toks, s - 2))) return -1;
  const h = tokenFrom(toks, f.cue[0]);
  if (h - s > 6) return -1;
  for (let k = s; k < h; k++) if (toks[k]!.pos === 'VERB' || toks[k]!.quote !== -1 || isComma(toks[k])) return -1;
  const e = closeOfAside(toks, f, b);
  const close = toks[e];
  return e < b && close !== undefined && close.quote === -1 && (isComma(close) || isDash(toks, e) || isFinal(close)) ? s : -1;
}

/**
 * #882 The token after an "as" aside's verb and its tail, which opens with a preposition or an
 * adverb ("on Tuesday", "above", "at the time"; never an object): the aside's closing mark.
 */
function closeOfAside(toks: readonly Token[], f: Frame, b: number): number {
  let e = tokenFrom(toks, f.cue![1]);
  if (e < b && (toks[e]!.pos === 'ADP' || toks[e]!.pos === 'ADV')) {
    const tailEnd = Math.min(b, e + 5);
    while (e < tailEnd && AS_ASIDE_TAIL.has(toks[e]!.pos) && toks[e]!.quote === -1) e++;
  }
  return e;
}
/** #231 Verbs of findings whose content hides the reports inside it. */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['find']);

/**
 * "Moss said the board was wrong, adding ...", "Moss dismissed Ortega's claim that X, saying ...":
 * a frame whose cue lies inside the content of an earlier frame of the sentence is a report
 * inside that one; the participle belongs to the outer frame's subject.
 */
function outerFrame(view: TokenView, out: readonly Frame[], first: number, last: number): Frame {
  let f = out[last]!;
  for (let i = last - 1; i >= first; i--) {
    const o = out[i]!;
    // (a relative clause's frame reports nothing of its main clause, whatever its content holds,
    // and a content that runs past a comma to the cue may have run into the next clause)
    const holder = o.parts.find(([s, e]) => s <= f.headAt && f.headAt < e);
    if (holder && !relativeChars(view, o.source) && view.text.lastIndexOf(',', f.headAt) < holder[0]) f = o;
  }
  return f;
}

/**
 * The source a participle or second verb inherits from the sentence's frames so far, or null:
 * "Ortega shared a letter called “Harbour” on Monday, writing ...": a frame whose source is the
 * object of a verb or preposition (a naming participle, "a reply saying") is no clause of its own.
 */
function inheritedSource(view: TokenView, out: readonly Frame[], first: number): Char | null {
  let last = out.length - 1;
  while (last >= first && (objectSource(view, out[last]!) || experiencerFrames.has(out[last]!) || asideFrames.has(out[last]!))) last--;
  return last >= first ? outerFrame(view, out, first, last).source : null;
}

/**
 * Where the parentheses or pair of dashes around token `t` open, when they open after `a` and
 * close before `before` (a walk of at most 30 tokens each way), or -1 (#512).
 */
function openOfAside(view: TokenView, t: number, a: number, before: number): number {
  const toks = view.tokens;
  let o = -1;
  for (let k = t - 1; k >= a && t - k <= 30; k--) {
    const w = toks[k]!.text;
    if (w === ')') return -1;
    if (w === '(' || ASIDE_DASHES.has(w)) { o = k; break; }
  }
  if (o < 0) return -1;
  const open = toks[o]!.text;
  const close = open === '(' ? ')' : open;
  for (let k = t + 1; k < before && k - t <= 30; k++) {
    const w = toks[k]!.text;
    if (w === close) return o;
    if (w === '(' || (open === '(' && ASIDE_DASHES.has(w))) return -1;
  }
  return -1;
}
/** Whether a frame's source stands right after a verb or preposition outside its cue ("shared a letter called X"). */
function objectSource(view: TokenView, f: Frame): boolean {
  if (!f.source || !f.cue) return false;
  const t = tokenFrom(view.tokens, f.source[0]);
  const prev = view.tokens[t - 1];
  if (!prev || prev.sentence !== view.tokens[t]!.sentence || (f.cue[0] <= prev.start && prev.end <= f.cue[1])) return false;
  return prev.pos === 'VERB' || (prev.pos === 'ADP' && !CLAUSE_PREPOSITIONS.has(prev.normal));
}
/** Words the tagger may read as prepositions that open a clause with its own subject ("after Moss said", "with Moss saying"). */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'as', 'while', 'because', 'if', 'until', 'once', 'although', 'though', 'when', 'with', 'like', 'than']);

/** Whether a source is a relative word ("who", "whose views"). */
function relativeChars(view: TokenView, src: Char | null): boolean {
  if (!src) return false;
  const t = tokenFrom(view.tokens, src[0]);
  return t < view.tokens.length && (RELATIVE_PRONOUNS.has(view.tokens[t]!.normal) || view.tokens[t]!.normal === 'whose');
}

/** An agent phrase opened by "by" within a few words after `r` (no comma, clause or verb before it), with where "by" stands. */
function lateAgent(view: TokenView, r: number, b: number): { agent: Char; by: number } | null {
  const toks = view.tokens;
  for (let k = r; k < b && k - r < 10; k++) {
    const t = toks[k]!;
    if (t.quote !== -1) continue;
    if (isComma(t) || isFinal(t) || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'that') return null;
    if (t.normal !== 'by' || k === r) continue;
    const first = toks[k + 1];
    if (!first || !AGENT_START.has(first.pos) || first.quote !== -1 || /ing$/.test(first.text)) return null;
    // ("by voters and donors": a noun phrase, joined ones too)
    let e = k + 1;
    while (e < b && e - k < 12 && toks[e]!.quote === -1 && !RELATIVE_PRONOUNS.has(toks[e]!.normal) &&
      (AGENT_POS.has(toks[e]!.pos) || (toks[e]!.normal === 'of' && e > k + 1) || (toks[e]!.normal === 'and' && AGENT_START.has(toks[e + 1]?.pos ?? '')) ||
        ((toks[e]!.text === "'" || toks[e]!.text === '’') && toks[e]!.start === toks[e - 1]!.end))) e++;
    while (e > k + 1 && !(toks[e - 1]!.pos === 'NOUN' || toks[e - 1]!.pos === 'PROPN' || toks[e - 1]!.pos === 'PRON')) e--;
    return e > k + 1 ? { agent: [toks[k + 1]!.start, toks[e - 1]!.end], by: k } : null;
  }
  return null;
}
/**
 * #604 "was criticized by Ada Moss and the harbour board", "is endorsed by both the pilots and the
 * dockers": an agent ending at `and`/`or` runs on over the second noun phrase (train gold: all 8
 * agents after `by` that hold such a pair keep it whole; 7 were cut at the conjunction), unless a
 * verb follows that phrase ("was praised by Moss and the board said X"). Not for a reduced passive
 * after a noun (`a plan opposed by X and Y.`), whose content would be left empty. At most 12 tokens.
 */
export function joinedAgentEnd(toks: readonly Token[], e: number, b: number): number {
  const and = toks[e];
  if (!and || (and.normal !== 'and' && and.normal !== 'or') || and.quote !== -1 || !AGENT_START.has(toks[e + 1]?.pos ?? '') || toks[e + 1]!.quote !== -1) return placedAgentEnd(toks, e, b);
  let k = e + 1;
  while (k < b && k - e < 12 && toks[k]!.quote === -1 && (AGENT_POS.has(toks[k]!.pos) || (toks[k]!.normal === 'of' && k > e + 1))) k++;
  const next = toks[k];
  if (k < b && next && (next.pos === 'VERB' || next.pos === 'AUX')) return e;
  return placedAgentEnd(toks, k, b);
}

/**
 * #925 "was endorsed by the 300 dockers in the hall.", "echoed by the board and pilots across the
 * bay,", "a move endorsed by the dockers in the hall, who ...": a place after a plural or lower-case agent, closing the sentence or its clause, belongs
 * to the agent (train gold: such places after names or before a time or number are left out).
 */
export function placedAgentEnd(toks: readonly Token[], e: number, b: number): number {
  const prep = toks[e], head = toks[e - 1];
  if (!prep || !head || prep.quote !== -1 || prep.pos !== 'ADP' || !PLACE_PREPS.has(prep.normal) || e + 2 >= b) return e;
  if (!(head.pos === 'NOUN' && /^[a-z]/.test(head.text)) && !((head.pos === 'NOUN' || head.pos === 'PROPN') && /[^s]s$/.test(head.text))) return e;
  if (toks[e + 1]!.pos !== 'DET' && !POSSESSIVES.has(toks[e + 1]!.normal)) return e;
  let k = e + 2;
  while (k < b && k - e < 6 && toks[k]!.quote === -1 && (toks[k]!.pos === 'ADJ' || (toks[k]!.pos === 'NOUN' && /^[a-z]/.test(toks[k]!.text) && !TIME_WORDS.has(toks[k]!.normal)))) k++;
  if (k === e + 2 || toks[k - 1]!.pos !== 'NOUN') return e;
  return k >= b || isFinal(toks[k]!) || (isComma(toks[k]) && toks[k]!.quote === -1) ? k : e;
}
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'across', 'around', 'throughout']);

/** Where an agent after "by" may start: "by the unions", "by Moss", "by many". */
const AGENT_START: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** Verbs whose object, not their subject, holds the attitude: "the plan angered the dockers" (train gold: the object is the source). */
const PSYCH_VERBS: ReadonlySet<string> = new Set(['anger', 'rattle', 'surprise', 'thrill', 'frustrate', 'bother', 'please', 'annoy', 'infuriate', 'offend', 'scare', 'alarm', 'upset', 'dismay', 'disappoint', 'worry', 'convince', 'outrage', 'shock', 'trouble', 'disturb', 'irritate', 'frighten', 'delight', 'unnerve', 'anger']);

/**
 * The object noun phrase right after a psychological verb, or null: "angered some dockers on the
 * night shift", "bothers me"; not "worried that ...", nor the subject of a clause ("worries Moss would lose").
 */
function experiencer(view: TokenView, r: number, stop: number): Range | null {
  const toks = view.tokens;
  const first = toks[r];
  if (!first || first.quote !== -1 || !AGENT_START.has(first.pos) || RELATIVE_PRONOUNS.has(first.normal) || (first.pos === 'PRON' && !MOVED_PRONOUNS.has(first.normal))) return null;
  let e = r;
  while (e < stop && e - r < 12 && toks[e]!.quote === -1 && !RELATIVE_PRONOUNS.has(toks[e]!.normal) &&
    (AGENT_POS.has(toks[e]!.pos) || (toks[e]!.normal === 'of' && e > r) || (toks[e]!.normal === 'and' && AGENT_START.has(toks[e + 1]?.pos ?? '')))) e++;
  const next = toks[e];
  while (e > r && !(toks[e - 1]!.pos === 'NOUN' || toks[e - 1]!.pos === 'PROPN' || toks[e - 1]!.pos === 'PRON')) e--;
  if (e === r || (next && (next.pos === 'VERB' || next.pos === 'AUX' || next.normal === 'to'))) return null;
  return { start: r, end: e };
}
const MOVED_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'many', 'some', 'others', 'everyone', 'everybody', 'anyone', 'few']);

/** #1473 Relative words that open a clause about the person just named. */
const SOURCE_RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

/** #1472 Words naming only whom or when ("reporters", "the board on Monday", "in a statement late Friday"): no verb, clause or quotation. */
function adjunctOnly(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = toks[k]!;
    if (x.quote !== -1 || x.normal === 'that' || !ADJUNCT_POS.has(x.pos)) return false;
  }
  return true;
}
const ADJUNCT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'ADP', 'NUM', 'ADV', 'PUNCT']);

/** The cue's tokens: verb group plus a learned particle, "in a statement", or a colon. */
/**
 * #1202 "Ada Moss used her speech to call for a new pier", "the board has used the fares to justify
 * X", "..., using a rude word to describe the pier": `use` with an object (no verb, comma or quote in
 * it, at most ten tokens) before the infinitive `to` at `to` of a cue verb: the place of `use`, or -1
 * (not "used to" + a verb, the habit). Train: 11 gold cues with a source, none found, 1 nested in
 * another gold content, 2 no cue, outside a predicted content.
 */
export function usedMeansAt(toks: readonly Token[], to: number, a: number): number {
  if (toks[to]!.pos !== 'PART' || toks[to]!.quote !== -1) return -1;
  for (let k = to - 1; k >= a && to - k <= 11; k--) {
    const w = toks[k]!;
    if (w.quote !== -1 || w.pos === 'PUNCT' || w.pos === 'AUX' || w.pos === 'SCONJ' || w.pos === 'CCONJ' || w.pos === 'PART') return -1;
    if (w.pos === 'VERB') return w.lemma === 'use' && k + 1 < to ? k : -1;
  }
  return -1;
}

/**
 * #1206 Whether the words from the sentence's start to `to` are a name alone (one to five proper
 * nouns or hyphens) and the verb at `head` is a cue of rate >= 0.5: a headline's future ("Harbour
 * Board to endorse Ada Moss"; train: 3 such uses before no auxiliary, all gold cues with the name as
 * source, none found; 1 more before an auxiliary, a subject: "Promise to add ships is met with X").
 */
export function headlineInfinitive(toks: readonly Token[], to: number, a: number, head: number): boolean {
  if (to - a > 5 || toks[to]!.quote !== -1 || (cueEntry(toks[head]!)?.rate ?? 0) < 0.5) return false;
  for (let k = a; k < to; k++) if (toks[k]!.quote !== -1 || !(toks[k]!.pos === 'PROPN' || (toks[k]!.text === '-' && k > a))) return false;
  // (no auxiliary after it: "Promise to add ships is met with relief" is a subject)
  for (let k = head + 1; k < toks.length && toks[k]!.sentence === toks[head]!.sentence && k - head < 30; k++) if (toks[k]!.pos === 'AUX') return false;
  return true;
}

const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'who', 'where', 'which']);

/**
 * "Asked whether X, she said ...", "when asked about Y": a passive question with no subject.
 * The cue is "asked", the source whoever asked ("by a reporter"), the content the question up
 * to the comma that returns to the main clause.
 */
function askedClause(view: TokenView, head: number, g: Range, a: number, b: number): { source: Char | null; parts: Char[] } | null {
  const toks = view.tokens;
  const tok = toks[head]!;
  if (tok.normal !== 'asked' || g.start !== head) return null;
  const prev = toks[head - 1];
  if (head > a && !(prev && (isComma(prev) || ['when', 'after', 'once', 'if', 'before', 'while'].includes(prev.normal)))) return null;
  // "Asked about X": the preposition is in the cue, so the question starts after it
  const aboutCue = toks[g.end - 1]!.normal === 'about';
  let r = aboutCue ? g.end : head + 1;
  let source: Char | null = null;
  if (toks[r]?.normal === 'by') {
    let e = r + 1;
    while (e < b && e - r < 8 && !QUESTION_OPENERS.has(toks[e]!.normal) && toks[e]!.normal !== 'to' && !isComma(toks[e]) && toks[e]!.quote === -1) e++;
    if (e > r + 1) source = [toks[r + 1]!.start, toks[e - 1]!.end];
    r = e;
  }
  // "Asked on Fox News who ...": where the question was put, before the question itself
  if (r < b && toks[r]!.pos === 'ADP' && !QUESTION_OPENERS.has(toks[r]!.normal) && toks[r]!.normal !== 'for' && toks[r]!.normal !== 'to') {
    let k = r + 1;
    while (k < b && k - r < 8 && toks[k]!.quote === -1 && (NOMINAL_START.has(toks[k]!.pos) || toks[k]!.pos === 'PART') && !QUESTION_OPENERS.has(toks[k]!.normal)) k++;
    if (k > r + 1 && k < b && QUESTION_OPENERS.has(toks[k]!.normal)) r = k;
  }
  r = skipAdjuncts(view, r, b);
  while (r < b && toks[r]!.pos === 'ADV' && !QUESTION_OPENERS.has(toks[r]!.normal)) r++; // "Asked specifically what"
  if (r >= b || !(aboutCue || QUESTION_OPENERS.has(toks[r]!.normal) || toks[r]!.normal === 'to' || toks[r]!.normal === 'for')) return null;
  // the question runs to the comma that closes the clause (a comma inside a quote ends it too)
  let e = r;
  while (e < b && e - r < MAX_WALK && !(isComma(toks[e]) && toks[e]!.quote === -1)) {
    if (isComma(toks[e]) && closesQuote(view, e + 1) >= 0) {
      e += 2;
      break;
    }
    e++;
  }
  const content = contentRight(view, r, e);
  return content ? { source, parts: [content] } : null;
}

/**
 * A possessor found in a longer phrase keeps only the owner: its start moves past the last
 * preposition or verb before the cue ("in response to {Moss's} attacks on"). Returns the
 * owner's first token.
 */
function ownerOnly(toks: readonly Token[], source: Char, head: number): number {
  let s0 = tokenFrom(toks, source[0]);
  for (let k = s0; k < head && toks[k]!.start < source[1]; k++) if (toks[k]!.pos === 'ADP' || toks[k]!.pos === 'VERB') s0 = k + 1;
  source[0] = toks[s0]!.start;
  return s0;
}
