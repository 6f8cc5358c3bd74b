// Cue candidates: which words of a sentence may head a cue (the lexicon learned from PolNeAR
// train plus the frames counted there), and which look like cues but are not.
import type { Token } from '../document/types.js';
import {
  closesQuote, isAttachedHyphen, isFloatingQuantifier, looksAppositive, MAX_WALK, opensClauseAt, opensQuote,
  plainNounPhrase, type Range, rootQuote, sourceLeft, startsUpper, SUBJECT_DETERMINERS, type TokenView, verbGroupStart,
} from './clauses.js';
import {
  cueEntry, cueParticle, OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SPEECH_VERBS, TIME_WORDS, verbEntry,
} from './lexicon.js';
import {
  ADVOCATE_NOUNS, AS_FRAME_VERBS, AUTHORING_VERBS, AUX_BE, BACKING_NOUNS, CONTENT_ENDERS,
  CUE_MODALS, DASHES, DEGREE_ADVERBS, EAGER_ADJECTIVES, EXPERIENCER_PARTICIPLES, INCLUDING_DOCS,
  ISSUED_DOCUMENTS, ISSUING_VERBS, LINKING_VERBS, MIN_CUE_COUNT, MIN_CUE_RATE, MIN_NOUN_RATE,
  MIN_PARTICLE_RATE, NOT_REPORTING, OF_THAT_NOUNS, PARTICIPLE_PREPS, PARTICLE_IDIOMS, PLANS_TO_RATE,
  POSSESSED_INTENT, POSSESSED_STANCE_RATE, POSSESSIVE_MARKS, POSSESSIVES, PUT_IT_RATE, REFLEXIVES,
  STANCE_ADJECTIVES, TIME_UNITS, TIME_WORDS_AFTER_DOCUMENT, WEEKDAYS,
} from './words.js';
import { isComma, isFinal } from './frame.js';
import { deliversSpeech, INTENTION_FRAMES } from './retag.js';
import { listedThatVerb } from './sentence-frames.js';
import { hasClause } from './content.js';
import {
  backingHave, eagerLink, ofThatAt, possessedIntent, possessedStance, possessedThat, stanceOwnerAt,
} from './noun-cues.js';

export interface Candidate {
  head: number;
  type: 'verb' | 'according' | 'noun' | 'stance' | 'survey' | 'adverb' | 'viewpoint' | 'inview' | 'intent' | 'backing' | 'eager' | 'possthat' | 'ofthat';
  rate: number;
}

export function candidatesOf(view: TokenView, a: number, b: number): Candidate[] {
  const toks = view.tokens;
  const out: Candidate[] = [];
  for (let t = a; t < b; t++) {
    const tok = toks[t]!;
    if (tok.quote !== -1) continue;
    if (tok.normal === 'according' && toks[t + 1]?.normal === 'to') {
      out.push({ head: t, type: 'according', rate: 0.93 });
      continue;
    }
    if (tok.normal === 'reportedly' && tok.pos === 'ADV') {
      out.push({ head: t, type: 'adverb', rate: 0.5 });
      continue;
    }
    if (tok.normal === 'to' && viewpointEnd(view, t, a, b) >= 0) {
      out.push({ head: t, type: 'viewpoint', rate: 0.7 });
      continue;
    }
    if (tok.normal === 'view' && tok.pos === 'NOUN' && inViewStart(toks, t, a) >= 0) {
      // #470 "in Ada Moss's view, X", "X, in their view.": the possessor's view
      out.push({ head: t, type: 'inview', rate: 0.7 });
      continue;
    }
    if (tok.normal === 'in' && tok.pos === 'ADP' && surveyEnd(view, t, b) >= 0) {
      out.push({ head: t, type: 'survey', rate: 0.7 });
      continue;
    }
    if (tok.pos === 'NOUN' && copulaThat(toks, t, b) > 0) {
      // #258 "Their fear is that ...", "Moss's contention was that ...": a noun of a view, then "be that"
      const entry = cueEntry(tok);
      if (entry && entry.rate >= VIEW_IS_RATE) {
        out.push({ head: t, type: 'noun', rate: entry.rate });
        continue;
      }
      if (POSSESSED_IS_NOUNS.has(tok.normal) && possessedIsThat(toks, t, a)) {
        out.push({ head: t, type: 'noun', rate: VIEW_IS_RATE }); // #1043 "Ada Moss's answer was that X"
        continue;
      }
    }
    if (tok.pos === 'ADJ' && EAGER_ADJECTIVES.has(tok.normal) && eagerLink(toks, t, a, b) >= 0) {
      out.push({ head: t, type: 'eager', rate: ATTITUDE_RATE }); // #635 "Ada Moss is eager to sell the pier"
      continue;
    }
    if (tok.pos === 'NOUN' && BACKING_NOUNS.has(tok.normal) && backingHave(toks, t, a, b) >= 0) {
      out.push({ head: t, type: 'backing', rate: POSSESSED_STANCE_RATE }); // #632 "Moss has the backing of the dockers"
      continue;
    }
    if (tok.pos === 'NOUN' && POSSESSED_INTENT.has(tok.lemma) && possessedIntent(toks, t, a, b)) {
      out.push({ head: t, type: 'intent', rate: POSSESSED_STANCE_RATE }); // #631 "her decision to sell the pier"
      continue;
    }
    if (tok.pos === 'NOUN' && possessedStance(view, t, a, b)) {
      // #380 "her sharp attacks on the board", "his criticism of X": a possessed noun of stance and its object
      out.push({ head: t, type: 'stance', rate: POSSESSED_STANCE_RATE });
      continue;
    }
    // ("Ada Moss notes that ...": a name before the word makes it the verb, below)
    // ("Polls show that ...", "Data show that ...": a plural subject makes it the verb, below)
    if (tok.pos === 'NOUN' && toks[t + 1]?.normal === 'that' && (toks[t + 1]!.pos === 'SCONJ' || thatOpensClause(tok, toks, t, b)) &&
      !(NOUN_OR_SPEECH.has(tok.normal) && t > a && (toks[t - 1]!.pos === 'PROPN' || toks[t - 1]!.pos === 'PRON') && toks[t - 1]!.quote === -1) &&
      !(VERBLIKE_NOUNS.has(tok.normal) && t > a && pluralSubjectBefore(toks, t, a))) {
      // "the claim that ...", "his fear that ...": a noun of saying or thinking with its clause
      const entry = cueEntry(tok);
      if (entry && entry.rate >= MIN_NOUN_RATE) out.push({ head: t, type: 'noun', rate: entry.rate });
      continue;
    }
    if (tok.pos === 'NOUN' && OF_THAT_NOUNS.has(tok.normal) && ofThatAt(toks, t, b) >= 0) {
      out.push({ head: t, type: 'ofthat', rate: POSSESSED_STANCE_RATE }); // #841 "the fear among the dockers that X"
      continue;
    }
    if (tok.pos === 'NOUN' && toks[t + 1]?.normal === 'that' && possessedThat(view, t, a, b)) {
      // #840 "her claim that the pier is safe", "Ada Moss's nagging fear that X": a possessed noun of saying before a `that` not read as a conjunction
      out.push({ head: t, type: 'possthat', rate: cueEntry(tok)!.rate });
      continue;
    }
    if ((tok.pos === 'NOUN' || tok.pos === 'PROPN') && UNAMBIGUOUS_SPEECH.has(tok.normal) && t > a && toks[t - 1]!.quote === -1) {
      // "Hollande Says Trump ...", "SEIU chief says ...": these forms are never nouns
      const prev = toks[t - 1]!;
      if (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON') out.push({ head: t, type: 'verb', rate: 0.7 });
      continue;
    }
    if (tok.pos === 'NOUN' && NOUN_OR_SPEECH.has(tok.normal) && t > a && (toks[t - 1]!.pos === 'PROPN' || toks[t - 1]!.pos === 'PRON') && toks[t - 1]!.quote === -1) {
      // "Viguerie notes that ...", "“...,” Bozell notes.": a name, then the word, then a clause or the end
      const next = toks[t + 1];
      // "The Harbour Times reports the mayor will resign": a news outlet's name before "reports" and a new clause
      // (any of these words: "Ada Moss notes the pier is old")
      const reportClause = toks[t - 1]!.pos === 'PROPN' && next !== undefined && t + 1 < b && next.quote === -1 && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'NUM');
      if (!next || t + 1 >= b || isFinal(next) || isComma(next) || next.normal === 'that' || next.text === ':' || reportClause) out.push({ head: t, type: 'verb', rate: 0.7 });
      continue;
    }
    const intention = INTENTION_FRAMES.get(tok.normal);
    if (intention !== undefined && intention(toks, t, a, b)) {
      out.push({ head: t, type: 'verb', rate: PLANS_TO_RATE });
      continue;
    }
    if ((tok.pos === 'PROPN' || tok.pos === 'NOUN') && VERBLIKE_NOUNS.has(tok.normal) && headlineBaseVerb(toks, t, a, b)) {
      out.push({ head: t, type: 'verb', rate: 0.5 }); // #573 "Harbour Records Show Rising Fares"
      continue;
    }
    if (tok.pos === 'NOUN' && VERBLIKE_NOUNS.has(tok.normal) && t > a) {
      // "records show.", "Polls show voters ...": the tagger took a reporting verb for a noun
      // "Polls there show", "where polls show" (the tagger may read "polls" as a verb too)
      const next = toks[t + 1];
      const subject = pluralSubjectBefore(toks, t, a);
      // ...or a parenthetical: "The jet, records show, is rarely used"
      let k = t - 1;
      while (k > a && t - k < 6 && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'DET')) k--;
      const aside = next !== undefined && isComma(next) && k < t - 1 && isComma(toks[k]);
      const clause = !next || t + 1 >= b || isFinal(next) || aside || next.normal === 'that' || next.pos === 'PRON' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM' || next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'ADV' ||
        (next.pos === 'VERB' && /^[a-z]+ing$/.test(next.text) && t + 2 < b && toks[t + 2]!.text !== ','); // "Polls show working-class dockers ..."
      if (subject && clause) out.push({ head: t, type: 'verb', rate: 0.5 });
      continue;
    }
    if (tok.pos === 'NOUN' && ADVOCATE_NOUNS.has(tok.normal) && advocateCopula(toks, t, a, b) >= 0) {
      // "Moss is a vocal critic of the plan", "has been an early backer of Ortega"
      out.push({ head: t, type: 'verb', rate: ATTITUDE_RATE });
      continue;
    }
    if (tok.pos === 'ADJ' && (STANCE_ADJECTIVES.has(tok.normal) || toks[t + 1]?.normal === 'about') && stanceAdjective(toks, t, a, b)) {
      // "Moss has been critical of the plan", "the dockers are wary of the board"
      out.push({ head: t, type: 'verb', rate: ATTITUDE_RATE });
      continue;
    }
    if (tok.pos === 'ADJ' && tok.normal === 'clear' && madeClear(toks, t, a, b)) {
      out.push({ head: t, type: 'verb', rate: ATTITUDE_RATE }); // #251 "Moss made clear on Monday she would stay"
      continue;
    }
    if (tok.pos === 'ADJ' && (ATTITUDE_ADJECTIVES.has(tok.normal) || BARE_CLAUSE_ADJECTIVES.has(tok.normal)) && bareClauseAfter(toks, t, a, b)) {
      out.push({ head: t, type: 'verb', rate: ATTITUDE_RATE }); // #1205 "I am glad the pier is open"
      continue;
    }
    if (tok.pos === 'ADJ' && t + 1 < b && toks[t + 1]!.normal === 'that' && (ATTITUDE_ADJECTIVES.has(tok.normal) || (tok.normal === 'clear' && t - 1 >= a && toks[t - 1]!.lemma === 'make'))) {
      // "Moss was adamant that ...", "dockers remain confident that ...", "Ortega made clear that ..."
      out.push({ head: t, type: 'verb', rate: ATTITUDE_RATE });
      continue;
    }
    if (tok.pos !== 'VERB') continue;
    if (asksReader(view, t, a, b)) continue; // #201
    if (ISSUING_VERBS.has(tok.lemma) && issuedQuoteEnd(view, t + 1, b) > 0) {
      out.push({ head: t, type: 'verb', rate: ISSUED_QUOTE_RATE }); // #575 "issued the following statement: “...”"
      continue;
    }
    if ((IDIOM_CUES.has(tok.lemma) || PARTICLE_IDIOMS.has(tok.lemma)) && idiomEnd(toks, t, b) > 0) {
      out.push({ head: t, type: 'verb', rate: IDIOM_RATE });
      continue;
    }
    // #864 "sore over what they saw as a slight", "what is seen as a weak plan": see + as inside a
    // free relative `what` names the thing, no view of its own (train gold: none of 9 such uses, all
    // inside another gold content; 5 were false cues)
    if (tok.lemma === 'see' && t + 1 < b && toks[t + 1]!.normal === 'as' && ((t > a && toks[t - 1]!.normal === 'what') || (t - 1 > a && toks[t - 2]!.normal === 'what'))) continue;
    // #865 "what riders think of the pier", "What do you think of the fares?": think + of inside a
    // free relative or a question with `what` names an opinion, no report of one (train gold: 1 of
    // 7 such uses; 4 were false cues, the 1 paired had another cue and source)
    if (tok.lemma === 'think' && t + 1 < b && toks[t + 1]!.normal === 'of' && whatBefore(toks, t, a)) continue;
    if (AS_FRAME_VERBS.has(tok.lemma) && castsAs(toks, t, b)) {
      out.push({ head: t, type: 'verb', rate: CASTS_AS_RATE }); // #200 "Moss cast herself as a reformer"
      continue;
    }
    if (tok.lemma === 'put' && putsIt(toks, t, a, b)) {
      out.push({ head: t, type: 'verb', rate: PUT_IT_RATE });
      continue;
    }
    if (t - 2 >= a && isAttachedHyphen(toks, t - 1)) continue; // "well-known", "long-awaited": part of an adjective
    // #490 "a laid-off docker", "a sought-after guide": a verb with an attached hyphen after it is part of
    // a compound word (train gold: no cue ends right before an attached hyphen; 5 such false cues)
    if (t + 2 < b && isAttachedHyphen(toks, t + 1)) continue;
    if (comparedWith(toks, t, b)) continue; // #491
    if ((tok.lemma === 'know' || tok.lemma === 'think') && fixedKnowThink(toks, t, a, b)) continue; // #492
    // #493 "in a clip posted to her page", "a statement posted online": "posted" right after the item
    // posted is a reduced relative, no report (train gold: none of 7 such uses before to/on/online; 5
    // were false cues; "the harbour board posted on its page that X" has a poster and stays)
    if (tok.normal === 'posted' && postedItem(toks, t, a, b)) continue;
    if (t > a && startsUpper(tok.text) && toks[t - 1]!.pos === 'PROPN' && !UNAMBIGUOUS_SPEECH.has(tok.normal) && !headlineVerb(toks, t, a, b)) continue; // "Josh Earnest"
    if (signedAct(toks, t, a, b)) {
      out.push({ head: t, type: 'verb', rate: SIGNED_RATE }); // #1020 "Ada Moss signed a bill"
      continue;
    }
    // #1241 "it will push the board to act", "It encouraged riders to walk": encourage, push or
    // help with a lone `it` as subject (past at most two
    // auxiliaries, adverbs or `not`) tells what a thing brings about, no view (train: 6 such rule
    // cues, all false with `it` as source; gold gives `it` no such cue)
    if (IT_CAUSES.has(tok.lemma) && wordBeforeVerb(toks, t, a, 'it', 2)) continue;
    if (ISSUED_ACTS.has(tok.lemma) && issuedAct(toks, t, a, b)) {
      out.push({ head: t, type: 'verb', rate: SIGNED_RATE }); // #1180 "Ada Moss released a statement"
      continue;
    }
    const entry = cueEntry(tok);
    if (!entry || entry.rate < MIN_CUE_RATE || entry.count < MIN_CUE_COUNT) {
      const next = toks[t + 1];
      // a weak verb with a strong particle: "spoke about", "commented on", "fired back"
      // #257 ...also past a manner adverb: "spoke favorably of", "talked openly about"
      const adverbed = t + 2 < b && next!.pos === 'ADV' && /ly$/i.test(next!.text) && !DEGREE_ADVERBS.has(next!.normal) && next!.quote === -1 && toks[t + 2]!.quote === -1;
      const particle = t + 1 < b && next!.quote === -1 ? cueParticle(tok, next) ?? (adverbed ? cueParticle(tok, toks[t + 2]) : undefined) : undefined;
      if (particle && particle.rate >= MIN_PARTICLE_RATE && particle.count >= MIN_CUE_COUNT && !NOT_REPORTING.has(tok.lemma) && !whetherHowSubject(toks, t, a)) {
        out.push({ head: t, type: 'verb', rate: particle.rate });
        continue;
      }
      // #1141 "..., delivering a sharp rebuke of the board": a participle set off by a comma that
      // delivers a speech noun (within four tokens) reports for the clause's subject
      if (tok.normal === 'delivering' && t - 1 >= a && isComma(toks[t - 1]) && deliversSpeech(toks, t, b)) {
        out.push({ head: t, type: 'verb', rate: 0.5 });
        continue;
      }
      // #1400 "Many pilots feel the pier is too old", "Ada Moss feels she has nothing to hide": feel
      // (rate 0.295, under the floor) before a clause with no `that` reports a view
      if (tok.lemma === 'feel' && feelsClause(toks, t, b)) {
        out.push({ head: t, type: 'verb', rate: THAT_FRAME_RATE });
        continue;
      }
      // #1404 "The harbour memo includes a plea for X": a document noun + includes/included tells what
      // the document puts forward
      if ((tok.normal === 'includes' || tok.normal === 'included') && t > a && toks[t - 1]!.pos === 'NOUN' && INCLUDING_DOCS.has(toks[t - 1]!.normal) && next && next.quote === -1 && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NUM')) {
        out.push({ head: t, type: 'verb', rate: THAT_FRAME_RATE });
        continue;
      }
      // #1406 "Ada Moss focused on the fares", "she will focus on the pier": focus (rate 0.261) + `on`
      // right after a name or he/she/it/we/I tells what one puts forward
      if (tok.lemma === 'focus' && focusesOn(toks, t, a, b)) {
        out.push({ head: t, type: 'verb', rate: THAT_FRAME_RATE });
        continue;
      }
      // any verb taking a "that" clause reports something: "hinted that", "bragged that"
      if (next && next.normal === 'that' && next.pos === 'SCONJ' && !NOT_REPORTING.has(tok.lemma)) {
        out.push({ head: t, type: 'verb', rate: THAT_FRAME_RATE });
      }
      continue;
    }
    const prev = toks[t - 1];
    // "the reported plan", "a called-off meeting": a participle used as an adjective
    // (but "both warned that", "each argued that": a determiner standing alone as the subject)
    if (prev && t > a && (prev.pos === 'DET' || prev.pos === 'ADJ') && /ed$/i.test(tok.text) && !(t - 2 >= a && isFloatingQuantifier(toks, t - 1)) &&
      !((prev.pos === 'ADJ' || (SUBJECT_DETERMINERS.has(prev.normal) && opensClauseAt(toks, t - 1, a))) && verbalAfter(toks[t + 1], t + 1 < b))) continue;
    if (NAMING_VERBS.has(tok.normal) && namesIndefinite(toks, t, a)) continue;
    if (reducedLabel(toks, t, a)) continue;
    if (tok.lemma === 'appear' && showsUp(toks, t, b)) continue;
    // #1361 "Appearing calm, Ada Moss left the pier", "his knack for appearing relaxed": appearing
    // with no `to` after it tells how someone looks, no hedged report (train: 4 such rule cues, all
    // false, none paired; `appearing to back the board` stays)
    if (tok.normal === 'appearing' && !(t + 1 < b && toks[t + 1]!.normal === 'to')) continue;
    // #1362 "the fares are fair, considering the cost of the pier": considering right after a
    // comma (past `even`) weighs a fact, no one's deliberation (train: 3 such rule cues, all false;
    // sentence-initial `Considering X, Ada Moss said Y` stays)
    if (tok.normal === 'considering' && t > a && (isComma(toks[t - 1]) || (toks[t - 1]!.normal === 'even' && t - 1 > a && isComma(toks[t - 2])))) continue;
    if (tok.lemma === 'seek' && seeksOffice(toks, t, b)) continue; // #233
    // #660 "fares declined 40 percent", "fees declined to $2 million", "the rate declined sharply
    // from 2010": decline with a measure after it is a fall, no refusal (train gold: none of 7 such uses)
    if (tok.lemma === 'decline' && declinesBy(toks, t, b)) continue;
    // #661 "Ada Moss wrote a book", "who wrote the letter in May": writing a work with no report of
    // its own after it (no -ing verb, `that`, `which`, `called`, colon or quote) is authorship (train
    // gold: 1 of 10 such uses is a cue, with an -ing verb after the work: "wrote a letter asking X")
    if (tok.lemma === 'write' && writesWork(toks, t, b)) continue;
    // #663 "Tom Reyes was responding to a letter", "riders are responding to the fares": the
    // progressive of respond tells what someone was doing, no report (train gold: none of 5 such uses)
    if (tok.normal === 'responding' && t > a && (AUX_BE.has(toks[t - 1]!.normal) || (t - 2 >= a && toks[t - 1]!.pos === 'ADV' && AUX_BE.has(toks[t - 2]!.normal)))) continue;
    // #664 "the ferry race offers an opportunity for X", "the port offered a stark contrast with Y",
    // "the island offers more delegates": offer + a chance, window, contrast, platform, benefits or
    // delegates gives a thing, no view (train gold: none of 13 such uses; 8 were false cues)
    if (tok.lemma === 'offer' && offersThing(toks, t, b)) continue;
    // #665 "whether she would support Tom Reyes if he won the seat": support under a modal with an
    // `if` after it is a conditional pledge, no view (train gold: none of 10 such uses)
    if (tok.lemma === 'support' && conditionalSupport(toks, t, a, b)) continue;
    // #666 "the plan sounds like far too much money", "sounding a bit like a preacher": sound + like
    // compares, no report (train gold: none of 17 such uses; 7 were false cues)
    if (tok.lemma === 'sound' && soundsLike(toks, t, b)) continue;
    // #667 "the club charged a $900 fee", "charging riders more than $30": charge + a sum or a fee
    // asks a price, no accusation (train gold: none of 9 such uses; 4 were false cues)
    if (tok.lemma === 'charge' && chargesPrice(toks, t, b)) continue;
    // #668 "riders find better jobs", "refugees found a home in Faro", "could find some other way":
    // finding a way, a job, work or a home reports nothing (train gold: none of 48 such uses; 9 were
    // false cues; the older test below takes only a way right after the verb)
    if (tok.lemma === 'find' && findsThing(toks, t, b)) continue;
    // #860 "riders will see a new pier", "the board will consider a bid": see and consider under
    // will tell what is to happen, no view (train gold: none of 26 such uses; 3 were false cues)
    if (MODAL_PLANS.has(tok.lemma) && modalPlan(toks, t, a)) continue;
    // #862 "said the fares were too high and wanted a new board", "Ada Moss spoke and showed a
    // map": support, promote, show, back, seek, want, learn, demand, indicate or underscore right
    // after `and` carries on the clause before, no report of its own (train gold: 3 of 55 such
    // uses are cues, 38 lie inside another gold content; 33 were false cues, 3 paired)
    if (t > a && toks[t - 1]!.normal === 'and' && AND_NOT_CUES.has(tok.lemma)) continue;
    // #863 "riders who seek a refund", "officials who sought to close the pier": seek right after
    // `who` names the people by what they are after, no view (train gold: none of 8 such uses; 6
    // were false cues)
    if (tok.lemma === 'seek' && t > a && toks[t - 1]!.normal === 'who') continue;
    // #867 "Ada Moss does not recognize the pier she grew up on", "the board doesn't recognize or
    // track the fares": not recognizing something tells what one fails to see or admit, no view
    // (train gold: none of 10 such uses; 4 were false cues)
    if (tok.lemma === 'recognize' && t > a && toks[t - 1]!.lemma === 'not') continue;
    // #868 "the board may want to check its figures": want right after may is advice to the
    // subject, no wish of its own (train gold: none of 5 such uses; 3 were false cues)
    if (tok.lemma === 'want' && t > a && toks[t - 1]!.normal === 'may') continue;
    // #869 "Ada Moss lost the harbour seat", "polls see her losing the runoff": lose reports nothing
    // (train gold: none of 284 uses; 2 were false cues; also in NOT_REPORTING)
    if (tok.lemma === 'lose') continue;
    // #870 "his favored candidate", "their favored route": favored right after a possessive is an
    // adjective, no view (train gold: none of 7 such uses; 3 were false cues)
    if (tok.lemma === 'favor' && t > a && POSSESSIVES.has(toks[t - 1]!.normal)) continue;
    // #901 "Tom Reyes, who has endorsed Ada Moss, said X", "who has not endorsed anyone", "who
    // has known her for years": endorse or know in a relative perfect describes the person, no
    // report (train gold: 2 of 14 such uses are cues; 12 were false cues)
    if ((tok.lemma === 'endorse' || tok.lemma === 'know') && relativePerfect(toks, t, a)) continue;
    // #902 "the full report can be found here", "if the ferry was found to leak": a passive
    // found tells where or how a thing turned up, no finding of the subject's (train gold: 2 of 17
    // such uses are cues, both with a by-agent or a place after, neither found; 6 were false cues
    // with the subject as source); `found ... by` stays
    if (tok.normal === 'found' && t > a && passiveBe(toks, t, a) && !(t + 1 < b && toks[t + 1]!.normal === 'by')) continue;
    // #903 "you'll find a long queue at the pier", "as you can see, the fares rose": find or see
    // with a generic `you` (past one auxiliary or adverb) guides the reader, no view (train gold:
    // 1 of 38 such uses is a cue, not found; 4 were false cues)
    if ((tok.lemma === 'find' || tok.lemma === 'see') && genericYou(toks, t, a)) continue;
    // #904 "Ada Moss looked at the pier and found a crack", "but found the ferry too slow": find
    // right after and, but or or carries on the clause before, no finding of its own, unless a
    // `that` clause follows (train gold: none of 19 such uses without `that`, 12 inside another
    // gold content; 6 were false cues; both with `that` are cues and stay)
    if (tok.lemma === 'find' && t > a && CONJ_FIND.has(toks[t - 1]!.normal) && !(t + 1 < b && toks[t + 1]!.normal === 'that')) continue;
    // #905 "Ada Moss read the letter and thought the fares were fair", "and responded with a
    // shrug": think or respond right after and, but or or carries on the clause before, unless
    // `that`, `about` or `of` follows (train gold: 1 of 12 such uses is a cue, with `about`; 6 were
    // false cues)
    if ((tok.lemma === 'think' || tok.lemma === 'respond') && t > a && CONJ_FIND.has(toks[t - 1]!.normal) && !(t + 1 < b && THINK_OPENERS.has(toks[t + 1]!.normal))) continue;
    // #906 "the board wants them to pay", "wherever the dockers want me", "she would want someone
    // from the pier": want + an object pronoun or someone/anyone is a wish about a person, no view
    // (train gold: none of 46 such uses, 43 inside another gold content; 5 were false cues)
    if (tok.lemma === 'want' && t + 1 < b && WANT_OBJECTS.has(toks[t + 1]!.normal)) continue;
    // #907 "When I saw the pier I laughed", "I wanted to speak out": see or want right after `I`
    // tells the writer's or speaker's own story, no report (train gold: 1 of 89 such uses, 84
    // inside another gold content; 7 were false cues)
    if ((tok.lemma === 'see' || tok.lemma === 'want') && t > a && toks[t - 1]!.normal === 'i') continue;
    // #908 "Ada Moss did not attack the board directly", "one of the few he didn't attack": attack
    // right after not/n't tells what someone held back from, no report (train gold: none of 4 such
    // uses; 3 were false cues)
    if (tok.lemma === 'attack' && t > a && toks[t - 1]!.lemma === 'not') continue;
    // #909 "the storm threatens the pier", "they could threaten the board's lead": threaten + the
    // puts a thing at risk, no threat uttered (train gold: none of 6 such uses; 3 were false cues)
    if (tok.lemma === 'threaten' && t + 1 < b && toks[t + 1]!.normal === 'the') continue;
    // #980 "pilots kept reading harbour polling data showing that just two riders knew": showing
    // right after data describes the figures, no report of their own (train gold: none of 4 such
    // uses, all inside another gold content; 3 were false cues with `data` as source)
    if (tok.normal === 'showing' && t > a && toks[t - 1]!.normal === 'data') continue;
    // #981 "Tom Reyes spoke for an hour, projecting calm about the pier": projecting tells how
    // someone comes across, no report (train gold: 1 of 7 uses is a cue; 3 were false cues, none
    // paired)
    if (tok.normal === 'projecting') continue;
    // #982 "Ada Moss, who introduced a bill on fares", "the board introduced a new fare":
    // introduce + a/an brings in a thing, no report (train gold: 2 of 7 such uses are cues,
    // neither found; 3 were false cues)
    if (tok.lemma === 'introduce' && t + 1 < b && (toks[t + 1]!.normal === 'a' || toks[t + 1]!.normal === 'an')) continue;
    // #983 "Tom Reyes, who decided last year against a run, spoke at the pier": decide right after
    // `who` describes the person by a choice, no view reported (train gold: none of 3 such uses;
    // 2 were false cues with `who` as source)
    if (tok.lemma === 'decide' && t > a && toks[t - 1]!.normal === 'who') continue;
    // #985 "the dockers stayed calm, even without knowing every fare, and went home":
    // knowing right after without tells what someone lacks, no view (train gold: none of 2 such
    // uses; both were false cues)
    if (tok.normal === 'knowing' && t > a && toks[t - 1]!.normal === 'without') continue;
    // #669 "the board cleared a path for X", "before the ferry cleared the harbour": `cleared`
    // reports nothing (train gold: none of 8 uses; 3 false cues); nor do ensure and accelerate (also in NOT_REPORTING)
    if (tok.normal === 'cleared' || tok.lemma === 'ensure' || tok.lemma === 'accelerate') continue;
    // #234 "fares at a level not seen since 1990", "the worst storm the harbour had seen since
    // the war": a measure of time, no view (train gold: 1 of 6 such uses is a cue)
    if (tok.lemma === 'see' && t + 1 < b && toks[t + 1]!.normal === 'since') continue;
    // #232 "(Additional reporting by Ada Moss)", "with all precincts reporting": a credit line and
    // a vote count report nothing (train gold: none of 6 credit lines and 4 precinct counts)
    if (tok.normal === 'reporting' && ((t + 1 < b && toks[t + 1]!.normal === 'by') || (t > a && (toks[t - 1]!.normal === 'additional' || toks[t - 1]!.normal === 'precincts')))) continue;
    if (tok.lemma === 'call' && phoneCall(toks, t, b)) continue;
    // #900 "the phone calls from the pier", "a conference call with the board": call right after
    // phone, telephone or conference is the noun, no cue (train gold: 2 of 38 such uses are cues,
    // neither found; 4 were false cues with `phone` or the like as source)
    if (tok.lemma === 'call' && t > a && CALL_NOUNS.has(toks[t - 1]!.normal)) continue;
    // #302 "Ada Moss, who is challenging Ortega for the harbour seat": a rival in a race, no view
    // (train gold: none of 5 "who is challenging NAME" is a cue; "challenged Ortega to a debate" stays)
    if (tok.normal === 'challenging' && t - 2 >= a && AUX_BE.has(toks[t - 1]!.normal) && (toks[t - 2]!.normal === 'who' || toks[t - 2]!.normal === 'that') && t + 1 < b && startsUpper(toks[t + 1]!.text) && !toks.slice(t + 1, Math.min(b, t + 8)).some((x) => x.normal === 'to' || x.normal === 'on' || x.normal === 'about')) continue;
    // #301 "a lead of 40 pledged delegates": an adjective (train gold: none of 10 is a cue)
    if (tok.normal === 'pledged' && t + 1 < b && /^(super)?delegates?$/.test(toks[t + 1]!.normal)) continue;
    // #300 "the ferry delay added to the gloom", "Ortega won Faro, adding to his lead": add + to +
    // a common noun phrase increases something, no report (train gold: none of 15 such uses is a
    // cue; the one cued "added to" has a name after it, an outlet as addressee)
    if (tok.lemma === 'add' && t + 2 < b && toks[t + 1]!.normal === 'to' && !(toks[t + 2]!.pos === 'PROPN' && startsUpper(toks[t + 2]!.text)) && !toks.slice(t + 2, Math.min(b, t + 7)).some((x) => (x.normal === 'that' && x.pos === 'SCONJ') || x.quote !== -1)) continue; // not before a report: "added to the board that X"
    // "found himself in a bind", "found ways to win": finding oneself or a means reports nothing
    // "showed up at the rally", "talk shows", "their shows": no display of evidence
    if (tok.lemma === 'show' && ((t + 1 < b && toks[t + 1]!.normal === 'up') || (tok.normal === 'shows' && t > a && SHOW_KINDS.has(toks[t - 1]!.text)))) continue;
    if (tok.lemma === 'find' && t + 1 < b && (REFLEXIVES.has(toks[t + 1]!.normal) || toks[t + 1]!.normal === 'ways' || (toks[t + 1]!.normal === 'a' && toks[t + 2]?.normal === 'way'))) continue;
    // #1240 "Ada Moss praised the pier but wants a new ferry", "the board met but hasn't decided":
    // a verb at the lexicon's floor (rate below BUT_FLOOR_RATE: see, support, want, favor, decide)
    // right after `but` (past at most three auxiliaries, adverbs or `not`) has no subject of its own
    // and carries on the clause before (train: 11 such rule cues false with a source, 4 paired)
    if (entry.rate < BUT_FLOOR_RATE && wordBeforeVerb(toks, t, a, 'but', 3)) continue;
    // #1360 "it is unclear whether Ada Moss knew of the leak", "how the board responds to the
    // storm matters": a verb whose short subject opens with `whether` or `how` names an open
    // question, no report (train: 20 such rule cues false, 7 paired with gold's source)
    if (whetherHowSubject(toks, t, a)) continue;
    out.push({ head: t, type: 'verb', rate: entry.rate });
  }
  // Any verb reports a quotation when it is placed like "said": right after a quote that ends
  // in a comma, question mark or dash ("“...?” Hannity pressed."), or right before a colon or
  // comma that opens one ("Trump answered: “...”").
  let have: Set<number> | null = null;
  const add = (t: number): void => {
    have ??= new Set(out.map((c) => c.head));
    if (have.has(t)) return;
    const tok = toks[t]!;
    if (tok.pos !== 'VERB' || tok.quote !== -1 || NOT_REPORTING.has(tok.lemma) || comparedWith(toks, t, b)) return;
    have.add(t);
    out.push({ head: t, type: 'verb', rate: QUOTE_FRAME_RATE });
  };
  for (let t = a; t < b; t++) {
    const q = closesQuote(view, t);
    if (q >= 0) {
      const inner = view.text.slice(Math.max(view.quotes[q]!.innerStart, view.quotes[q]!.innerEnd - 2), view.quotes[q]!.innerEnd);
      if (!/[,?!\u2014-]\s*$/.test(inner)) continue;
      // the verb within a short subject after the mark, or right after it
      for (let k = t + 1; k < Math.min(b, t + 10); k++) {
        const x = toks[k]!;
        if (x.pos === 'VERB' && startsUpper(x.text)) continue; // a name the tagger took for a verb
        if (x.pos === 'VERB') {
          add(k);
          break;
        }
        if (x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART') continue;
        if (x.pos === 'PUNCT' && !isComma(x) && x.text !== '(' && x.text !== ')' && x.text !== '.') break;
        if (x.quote !== -1) break;
      }
    } else if (opensQuote(view, t) >= 0 && t - 2 >= a && (toks[t - 1]!.text === ':' || isComma(toks[t - 1]))) {
      // not when a reporting clause follows the quotation: "X embodied: “A,” he said."
      if (!(toks[t - 1]!.text === ':' && reportedAfter(view, t, b))) add(t - 2);
    }
  }
  out.sort((x, y) => x.head - y.head);
  return out;
}

/** #660 decline + a measure: a number, `$`, `by`, `from`, `to` + a number, or a -ly adverb not before `to`. */
function declinesBy(toks: readonly Token[], t: number, b: number): boolean {
  if (t + 1 >= b) return false;
  const next = toks[t + 1]!, after = t + 2 < b ? toks[t + 2] : undefined;
  if (next.pos === 'NUM' || next.text === '$' || next.normal === 'by' || next.normal === 'from') return true;
  if (next.normal === 'to') return after !== undefined && (after.pos === 'NUM' || after.text === '$');
  return next.pos === 'ADV' && next.normal.endsWith('ly') && !(after !== undefined && after.normal === 'to');
}

/** #664 offer + at most three determiners, adjectives, numbers, names or pronouns + a thing offered (OFFERED_THINGS). */
function offersThing(toks: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b && k <= t + 4; k++) {
    const x = toks[k]!;
    if (x.quote !== -1) return false;
    if (OFFERED_THINGS.has(x.normal)) return true;
    if (!(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || x.pos === 'PROPN' || x.pos === 'PRON' || x.pos === 'ADV')) return false;
  }
  return false;
}
const OFFERED_THINGS: ReadonlySet<string> = new Set(['opportunity', 'opportunities', 'window', 'chance', 'contrast', 'benefit', 'benefits', 'platform', 'delegates', 'protection', 'protections']);

/** #665 would/will/could/might/'d (past one adverb or `not`) + support, and `if` within ten tokens after it. */
function conditionalSupport(toks: readonly Token[], t: number, a: number, b: number): boolean {
  let k = t - 1;
  if (k > a && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k--;
  if (k < a || !(CUE_MODALS.has(toks[k]!.normal) && toks[k]!.normal !== 'can' && toks[k]!.normal !== 'should' && toks[k]!.normal !== 'must' && toks[k]!.normal !== 'may')) return false;
  for (let j = t + 1; j < b && j <= t + 10; j++) {
    if (toks[j]!.quote !== -1) return false;
    if (toks[j]!.normal === 'if') return true;
  }
  return false;
}

/** #666 sound + `like` within three tokens, past no verb, punctuation or quotation. */
function soundsLike(toks: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b && k <= t + 3; k++) {
    const x = toks[k]!;
    if (x.normal === 'like' && x.quote === -1) return true;
    if (x.quote !== -1 || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT') return false;
  }
  return false;
}

/** #667 charge + `$` or a price noun within five tokens, past no verb, punctuation, quotation, `that` or `with`. */
function chargesPrice(toks: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b && k <= t + 5; k++) {
    const x = toks[k]!;
    if (x.text === '$' || PRICE_NOUNS.has(x.normal)) return true;
    if (x.quote !== -1 || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT' || x.normal === 'that' || x.normal === 'with') return false;
  }
  return false;
}
const PRICE_NOUNS: ReadonlySet<string> = new Set(['fee', 'fees', 'rent', 'tuition', 'dues', 'price', 'prices', 'premium', 'premiums']);

const AND_NOT_CUES: ReadonlySet<string> = new Set(['support', 'promote', 'show', 'back', 'seek', 'want', 'learn', 'demand', 'indicate', 'underscore']);

/** #865 `what` within three tokens before `t`. */
function whatBefore(toks: readonly Token[], t: number, a: number): boolean {
  for (let k = t - 1; k >= a && k >= t - 3; k--) if (toks[k]!.normal === 'what') return true;
  return false;
}

/** #902 a form of be right before t, or before one adverb before t. */
function passiveBe(toks: readonly Token[], t: number, a: number): boolean {
  const p = toks[t - 1]!;
  if (p.lemma === 'be') return true;
  return p.pos === 'ADV' && t - 2 >= a && toks[t - 2]!.lemma === 'be';
}

/** #1241 verbs of bringing about that report nothing with a lone `it` as subject. */
const IT_CAUSES: ReadonlySet<string> = new Set(['encourage', 'push', 'help']);

/**
 * `word` right before t, or before at most `skip` auxiliaries, adverbs or particles before t
 * (#1241 `it will not push`, #1240 `but still wants`).
 */
function wordBeforeVerb(toks: readonly Token[], t: number, a: number, word: string, skip: number): boolean {
  for (let k = t - 1; k >= a && k >= t - 1 - skip; k--) {
    const x = toks[k]!;
    if (x.normal === word) return true;
    if (x.pos !== 'AUX' && x.pos !== 'ADV' && x.pos !== 'PART') return false;
  }
  return false;
}

/**
 * #1360 the verb at t (not title case) has a subject of one to three words (pronoun, name, noun,
 * determiner or adjective; not `many`), past at most three auxiliaries, adverbs or `not`, and right
 * before that subject (past at most one adverb: `how deeply`, `how much`) stands `whether` or `how`.
 */
function whetherHowSubject(toks: readonly Token[], t: number, a: number): boolean {
  if (startsUpper(toks[t]!.text)) return false;
  let k = t - 1;
  while (k >= a && k >= t - 3 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k--;
  const end = k;
  while (k >= a && end - k < 3 && WH_SUBJECT_POS.has(toks[k]!.pos) && toks[k]!.normal !== 'many') k--;
  if (k === end || k < a) return false;
  if (toks[k]!.pos === 'ADV' && k - 1 >= a && toks[k]!.normal !== 'how') k--;
  return toks[k]!.normal === 'whether' || toks[k]!.normal === 'how';
}

/** #1360 tags of the words of a short subject. */
const WH_SUBJECT_POS: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ']);

/** #1240 lexicon rate below which a verb right after `but` carries on the clause before. */
const BUT_FLOOR_RATE = 0.34;

/** #904 conjunctions before which find carries on the clause before. */
const CONJ_FIND = new Set(['and', 'but', 'or']);

/** #905 words after think or respond that keep it a cue after a conjunction. */
const THINK_OPENERS = new Set(['that', 'about', 'of']);

/** #906 objects that make want a wish about a person. */
const WANT_OBJECTS = new Set(['me', 'him', 'them', 'it', 'us', 'you', 'someone', 'anyone', 'somebody', 'anybody', 'everyone', 'everybody']);

/** #903 `you` right before t, or before one auxiliary, adverb or particle before t. */
function genericYou(toks: readonly Token[], t: number, a: number): boolean {
  if (t - 1 < a) return false;
  const p = toks[t - 1]!;
  if (p.normal === 'you') return true;
  return (p.pos === 'AUX' || p.pos === 'ADV' || p.pos === 'PART') && t - 2 >= a && toks[t - 2]!.normal === 'you';
}

/** #901 `who` + a form of have (+ `not`) right before the verb at t. */
function relativePerfect(toks: readonly Token[], t: number, a: number): boolean {
  let k = t - 1;
  if (k > a && toks[k]!.lemma === 'not') k--;
  return k > a && toks[k]!.lemma === 'have' && toks[k - 1]!.normal === 'who';
}

/** #860 will/'ll (past one adverb or `not`) + see or consider. */
function modalPlan(toks: readonly Token[], t: number, a: number): boolean {
  let k = t - 1;
  if (k > a && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k--;
  if (k < a || toks[k]!.quote !== -1) return false;
  const m = toks[k]!.normal;
  return m === 'will' || m === "'ll" || m === '’ll';
}
const MODAL_PLANS: ReadonlySet<string> = new Set(['see', 'consider']);

/** #668 find + at most three determiners, adjectives, numbers, adverbs or pronouns + a way, a job, work or a home. */
function findsThing(toks: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b && k <= t + 4; k++) {
    const x = toks[k]!;
    if (x.quote !== -1) return false;
    if (FOUND_THINGS.has(x.normal) && x.pos !== 'VERB') return true; // not "found they work harder"
    if (!(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || x.pos === 'ADV' || x.pos === 'PRON')) return false;
  }
  return false;
}
const FOUND_THINGS: ReadonlySet<string> = new Set(['way', 'ways', 'job', 'jobs', 'work', 'home', 'homes']);

/** #661 write + a determiner or possessive + at most three words + a written work, and no report within twelve tokens after it. */
function writesWork(toks: readonly Token[], t: number, b: number): boolean {
  if (t + 2 >= b) return false;
  const det = toks[t + 1]!;
  if (!(det.pos === 'DET' || (det.pos === 'PRON' && POSSESSIVES.has(det.normal)))) return false;
  let k = t + 2;
  while (k < b && k <= t + 5 && !WRITTEN_WORKS.has(toks[k]!.normal)) {
    if (toks[k]!.quote !== -1 || isComma(toks[k]!)) return false;
    k++;
  }
  if (k >= b || k > t + 5) return false;
  for (let j = k + 1; j < b && j <= k + 12; j++) {
    const x = toks[j]!;
    if (x.quote !== -1 || x.text === ':' || REPORT_AFTER_WORK.has(x.normal) || (x.pos === 'VERB' && x.normal.endsWith('ing'))) return false;
  }
  return true;
}
const WRITTEN_WORKS: ReadonlySet<string> = new Set(['book', 'books', 'letter', 'letters', 'profile', 'introduction', 'dissertation', 'constitution', 'speech', 'op-ed', 'column', 'novel', 'memoir', 'article', 'story', 'piece', 'foreword', 'essay', 'chapter', 'script', 'song', 'editorial']);
const REPORT_AFTER_WORK: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'called', 'titled', 'entitled', 'saying']);

/** #493 "posted" between an item and to/on/onto/online (see candidatesOf). */
function postedItem(toks: readonly Token[], t: number, a: number, b: number): boolean {
  return t > a && t + 1 < b && POSTED_ITEMS.has(toks[t - 1]!.normal) && POSTED_WHERE.has(toks[t + 1]!.normal);
}
const POSTED_WHERE: ReadonlySet<string> = new Set(['to', 'on', 'onto', 'online']);
/** #493 Items that get posted. */
const POSTED_ITEMS = new Set(['video', 'videos', 'statement', 'statements', 'article', 'articles', 'message', 'messages', 'photo', 'photos', 'clip', 'clips', 'post', 'posts', 'letter', 'letters', 'image', 'images', 'picture', 'pictures', 'comment', 'comments', 'note', 'notes', 'tweet', 'tweets', 'memo', 'memos', 'footage', 'recording', 'story', 'stories', 'essay', 'column']);

/**
 * #492 "a think tank", "the pier as we know it", "and, you know, the fares": "think" before
 * "tank(s)", "know" in "as we/you/they know it" and a "you know" set off by commas or dashes
 * report nothing (train gold: none of 38 such uses is a cue; 3 were false cues).
 */
function fixedKnowThink(toks: readonly Token[], t: number, a: number, b: number): boolean {
  const next = t + 1 < b ? toks[t + 1]! : undefined;
  if (toks[t]!.lemma === 'think') return next !== undefined && (next.normal === 'tank' || next.normal === 'tanks');
  const prev = t - 1 >= a ? toks[t - 1]! : undefined;
  if (!prev || !next) return false;
  if (next.normal === 'it' && t - 2 >= a && toks[t - 2]!.normal === 'as' && (prev.normal === 'we' || prev.normal === 'you' || prev.normal === 'they')) return true;
  const gap = (x: Token): boolean => isComma(x) || DASHES.has(x.text);
  return prev.normal === 'you' && t - 2 >= a && gap(toks[t - 2]!) && gap(next);
}

/**
 * #491 "fares were up, compared with last year", "a \"modest\" fee, compared to what the board
 * spends": "compared" right before "to"/"with" is the preposition of a comparison, no cue (train
 * gold: none of 68 such uses is a cue; the gold cues of "compare" all have an object first:
 * "compared the pier to a ruin"). Also kept out of the quotation frame, where all 3 such false
 * cues on train came from.
 */
function comparedWith(toks: readonly Token[], t: number, b: number): boolean {
  return toks[t]!.normal === 'compared' && t + 1 < b && (toks[t + 1]!.normal === 'to' || toks[t + 1]!.normal === 'with');
}

/**
 * #251 "Ada Moss made clear on Monday that X", "has made clear she will stay", "made it clear the
 * pier stays", "makes clear the risks": `make (it) clear` reports a view with or without a `that`
 * right after it (train gold: 14 of 16 such uses, 6 of them found only with `that` next); not a
 * passive ("as was made clear"), not before `to` (an addressee) or the end of the clause.
 */
function madeClear(toks: readonly Token[], t: number, a: number, b: number): boolean {
  let k = t - 1;
  if (k >= a && toks[k]!.normal === 'it') k--;
  if (k < a || toks[k]!.lemma !== 'make' || toks[k]!.pos !== 'VERB' || toks[k]!.quote !== -1) return false;
  if (k - 1 >= a && toks[k - 1]!.lemma === 'be') return false;
  const next = toks[t + 1];
  if (!next || t + 1 >= b || next.quote !== -1 && next.normal !== '“') return false;
  return next.normal !== 'that' && next.normal !== 'to' && !isComma(next) && !isFinal(next) && next.pos !== 'CCONJ';
}

/**
 * #258 "Their fear is that X", "The hope has been that X", "Moss's most telling claim was that X": a
 * noun of a view (lexicon noun rate >= 0.2) with a copula and `that` after it; the cue runs over the
 * copula (train gold: 7 of 7 such uses are cues, 6 of them with the copula), the content is the clause.
 * Returns the position of `that`, or -1.
 */
export function copulaThat(toks: readonly Token[], t: number, b: number): number {
  let k = t + 1;
  if (k < b && (toks[k]!.normal === 'has' || toks[k]!.normal === 'have' || toks[k]!.normal === 'had')) k++;
  if (k >= b || toks[k]!.lemma !== 'be' || toks[k]!.normal === 'being' || toks[k]!.quote !== -1) return -1;
  k++;
  return k < b && toks[k]!.normal === 'that' && toks[k]!.quote === -1 ? k : -1;
}
/** The noun rate a view noun needs before "is that" (#258). */
const VIEW_IS_RATE = 0.2;

/**
 * #1043 "Ada Moss's answer was that the pier is safe", "his point is that X": answer, response and point
 * before "is/was that" after his/her/their or a name's 's (train gold: 3 such uses, all cues of the noun
 * and the copula, the possessor the source; without a possessor "the message is that" lies inside
 * quotations, and "explanation" is 0 of 1).
 */
const POSSESSED_IS_NOUNS: ReadonlySet<string> = new Set(['answer', 'response', 'point']);

function possessedIsThat(toks: readonly Token[], t: number, a: number): boolean {
  const k = stanceOwnerAt(toks, t, a);
  if (k < a || toks[k]!.quote !== -1) return false;
  const p = toks[k]!;
  return (p.pos === 'PRON' && /^(his|her|their)$/.test(p.normal)) || (POSSESSIVE_MARKS.has(p.text) && k - 1 >= a && (toks[k - 1]!.pos === 'PROPN' || toks[k - 1]!.pos === 'NOUN'));
}

/**
 * "his colleague David French defended X", "the inspector general judged it", "the 52-year-old
 * asked in ...": after a word the tagger read as an adjective, an "-ed" word followed by what a
 * verb takes (a determiner, pronoun, "that", "to", a preposition, a number) is the verb; before
 * a noun it modifies it ("the reported plan") (#155).
 */
function verbalAfter(next: Token | undefined, inside: boolean): boolean {
  if (!next || !inside || next.quote !== -1) return false;
  return next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM' || (next.pos === 'ADP' && next.normal !== 'by') || (next.normal === 'that' && next.pos === 'SCONJ') || (next.normal === 'to' && next.pos === 'PART');
}

/** A title-case headline: four or more longer words in toks[a, b), at least 80% of them capitalised. */
function titleCase(toks: readonly Token[], a: number, b: number): boolean {
  let words = 0, capitalised = 0;
  for (let k = a; k < b; k++) {
    const w = toks[k]!.text;
    if (w.length <= 3 || !/^[A-Za-z]/.test(w)) continue;
    words++;
    if (startsUpper(w)) capitalised++;
  }
  return words >= 4 && capitalised >= 0.8 * words;
}

/**
 * "Ortega Announces Ferry Plan", "Moss Explained Why X": in a title-case headline (four or more
 * longer words, at least 80% of them capitalised) a capitalised "-s" or "-ed" verb after a
 * name is the verb, not part of the name (train: 58 such words, 48 of them gold cues, 21 of those
 * not found before; "-ed": 13, 12 gold, all new). Scans the sentence only for such a verb after a name.
 */
function headlineVerb(toks: readonly Token[], t: number, a: number, b: number): boolean {
  return /^[A-Z][a-z]+(?:s|ed)$/.test(toks[t]!.text) && titleCase(toks, a, b);
}

/**
 * #573 "Harbour Records Show Rising Fares", "Leaked Memos Reveal Pier Deal", "Some Say It Was Rigged":
 * in a title-case headline (as `headlineVerb`) a capitalised base form of a VERBLIKE_NOUNS verb,
 * tagged as a name or noun, right after a capitalised plural noun (or `Some`) and before a
 * capitalised word, is the verb (train: 8 such words, all gold cues, none found before).
 */
function headlineBaseVerb(toks: readonly Token[], t: number, a: number, b: number): boolean {
  if (t <= a || t + 1 >= b || !/^[A-Z][a-z]+$/.test(toks[t]!.text)) return false;
  const prev = toks[t - 1]!, next = toks[t + 1]!;
  if (prev.quote !== -1 || next.quote !== -1 || !/^[A-Z]/.test(next.text)) return false;
  if (!(prev.text === 'Some' || ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && /^[A-Z][a-z]+s$/.test(prev.text)))) return false;
  return titleCase(toks, a, b);
}

/** #960 After "wrote"/"penned" (its group ending at `k`): "a/an/the/his [up to two modifiers] letter(s)"; the end of the cue, or -1. */
export function writtenLetterEnd(toks: readonly Token[], k: number, b: number): number {
  if (k >= b || toks[k]!.quote !== -1 || !(['a', 'an', 'the'].includes(toks[k]!.normal) || POSSESSIVES.has(toks[k]!.normal))) return -1;
  const det = k++;
  while (k < b && k - det <= 2 && toks[k]!.quote === -1 && toks[k]!.normal !== 'letter' && toks[k]!.normal !== 'letters' && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NOUN')) k++;
  return k < b && (toks[k]!.normal === 'letter' || toks[k]!.normal === 'letters') && toks[k]!.pos === 'NOUN' && toks[k]!.quote === -1 ? k + 1 : -1;
}

/** #961 After ask/raise/pose (its group ending at `k`): up to five fillers, "question(s)" and about/on/over/regarding; the end of the cue, or -1. */
export function questionsAboutEnd(toks: readonly Token[], k: number, b: number): number {
  const from = k;
  while (k < b && k - from < 5 && toks[k]!.quote === -1 && toks[k]!.normal !== 'question' && toks[k]!.normal !== 'questions' && (QUESTION_FILLERS.has(toks[k]!.normal) || toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM')) k++;
  if (k + 1 >= b || (toks[k]!.normal !== 'question' && toks[k]!.normal !== 'questions') || toks[k]!.pos !== 'NOUN' || toks[k]!.quote !== -1 || toks[k + 1]!.quote !== -1) return -1;
  return QUESTION_PREPOSITIONS.has(toks[k + 1]!.normal) ? k + 2 : -1;
}
const QUESTION_FILLERS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'us', 'me', 'you', 'series', 'number', 'lot', 'couple', 'of']);
const QUESTION_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on', 'over', 'regarding']);

/** #575 Confidence of "issued the following statement: “...”" (train: 3 such uses, all gold cues). */
const ISSUED_QUOTE_RATE = 0.8;

/**
 * #575 After an issuing verb (its group ending at `k`): "[out] a/the/his [following/formal]
 * statement [Monday]" and a colon or comma before an opening quotation. Returns the end of the
 * cue (after the colon; before the comma), or -1.
 */
export function issuedQuoteEnd(view: TokenView, k: number, b: number): number {
  const toks = view.tokens;
  if (k < b && (toks[k]!.normal === 'out' || toks[k]!.normal === 'off')) k++;
  if (k >= b || toks[k]!.quote !== -1 || !(['a', 'an', 'the'].includes(toks[k]!.normal) || POSSESSIVES.has(toks[k]!.normal))) return -1;
  const det = k++;
  while (k < b && k - det <= 3 && toks[k]!.quote === -1 && !ISSUED_DOCUMENTS.has(toks[k]!.normal) && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NOUN' || toks[k]!.normal === 'following')) k++;
  if (k >= b || !ISSUED_DOCUMENTS.has(toks[k]!.normal) || toks[k]!.pos !== 'NOUN' || toks[k]!.quote !== -1) return -1;
  k++;
  while (k < b && k - det < 8 && TIME_WORDS_AFTER_DOCUMENT.has(toks[k]!.normal) && toks[k]!.quote === -1) k++;
  if (k >= b || toks[k]!.quote !== -1) return -1;
  // (a colon may close the sentence, the quotation opening the next paragraph)
  if (toks[k]!.text === ':') return k + 1 < toks.length && opensQuote(view, k + 1) >= 0 ? k + 1 : -1;
  if (k + 1 >= b || opensQuote(view, k + 1) < 0) return -1;
  return isComma(toks[k]) ? k : -1;
}

/**
 * #577 Whether the cue at `head` (its group ending at `groupEnd`) stands inside a sentence-opening
 * "as" clause and takes an object there: no comma between "as" and the cue, and the cue is
 * followed by neither a comma, a preposition nor "it" ("As Moss put it, ...", "As the Harbour
 * Times noted in May, ...": those asides report the main clause).
 */
export function asClauseCue(toks: readonly Token[], opener: number, head: number, groupEnd: number, b: number): boolean {
  if (head <= opener || groupEnd >= b || head - opener > MAX_WALK) return false;
  for (let k = opener + 1; k < head; k++) if (isComma(toks[k]) || toks[k]!.quote !== -1) return false;
  const next = toks[groupEnd]!;
  return next.quote === -1 && !isComma(next) && next.pos !== 'ADP' && next.pos !== 'PUNCT' && next.normal !== 'it';
}

/** Whether the quotation opened at `t` is followed by its own postposed speech verb: “A,” he said. */
function reportedAfter(view: TokenView, t: number, b: number): boolean {
  const toks = view.tokens;
  const q = opensQuote(view, t);
  if (q < 0) return false;
  const end = view.quotes[rootQuote(view, q)]!.end;
  let k = t;
  while (k < b && toks[k]!.start < end) k++;
  for (let j = k; j < b && j - k < 6; j++) {
    const x = toks[j]!;
    if (x.pos === 'VERB') return SPEECH_VERBS.has(x.lemma) && x.quote === -1;
    if (x.pos === 'PUNCT' || x.quote !== -1) return false;
  }
  return false;
}

/**
 * "appeared on Channel 4", "will appear in court", "appearing before supporters Monday": to appear
 * in person reports nothing (unlike "appeared to waver", "appears that ...").
 */
function showsUp(toks: readonly Token[], t: number, b: number): boolean {
  const next = t + 1 < b ? toks[t + 1]! : undefined;
  if (!next || isFinal(next) || isComma(next)) return true;
  if (next.pos === 'ADP') return next.normal !== 'as' && next.normal !== 'like';
  return TIME_WORDS.has(next.normal) || next.normal === 'together' || next.normal === 'onstage';
}

/** Words before "shows" that make it the noun: "talk shows", "their shows" (as written: "ABC News shows" is a verb). */
const SHOW_KINDS: ReadonlySet<string> = new Set(['TV', 'television', 'talk', 'morning', 'interview', 'news', 'cable', 'radio', 'reality', 'Sunday', 'his', 'her', 'their', 'Their', 'its', 'our', 'my']);

/** Objects of support and of attack that several idiom verbs share (#184, #254, #325, #326). */
const SUPPORT_FORMS: ReadonlyArray<readonly [string, string]> = [['support', 'for'], ['support', 'to'], ['support', 'behind']];
const ATTACK_FORMS: ReadonlyArray<readonly [string, string]> = ['attack', 'attacks'].flatMap((n) => ['on', 'against'].map((p): readonly [string, string] => [n, p]));
/**
 * #1181 "Ada Moss has made a strong argument against X", "made several statements about X", and
 * (with `that`, in `idiomEnd`) "made the case that X", "made the point that X": the whole phrase is
 * the cue, its object or clause the content. Train: 8 new frames with gold's source, 1 with another
 * source, none without a gold cue. `made the case for X` (train 4 gold, 2 nested) lost dev content
 * 0.03 and is left out.
 */
const MADE_CASE_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['argument', 'for'], ['argument', 'against'], ['argument', 'about'],
  ['statement', 'about'], ['statement', 'on'], ['point', 'about'],
];
/** #1181 Nouns of `make` before a `that` clause: "made the case that X", "made the point that X". */
const MADE_CASE_THAT: ReadonlySet<string> = new Set(['case', 'point', 'argument']);

/**
 * Verb + noun + preposition idioms of stance or speech, by verb lemma: "took issue with",
 * "made no mention of", "poked fun at" (train: 33 uses outside quotes, 29 of them gold cues; the
 * cue holds the whole idiom, the content is the object after it).
 */
export const IDIOM_CUES: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> = new Map([
  ['take', [['issue', 'with'], ['credit', 'for'], ['aim', 'at'], ['shot', 'at'], ['swipe', 'at']]], // #254 swipe
  ['make', [['mention', 'of'], ['secret', 'of'], ['comment', 'about'], ['apology', 'for'], ['reference', 'to'], ['call', 'for'], ...MADE_CASE_FORMS]], // #254 reference, call
  ['poke', [['fun', 'at']]],
  // #182 "told the story of", "sounded a wary note about" (train gold: 3 of 3 and 3 of 4 cued as one; "sound" keeps its raising frame, so no source)
  ['tell', [['story', 'of']]],
  ['sound', [['note', 'about'], ['note', 'of'], ['note', 'for'], ['note', 'on']]],
  // #183 "showed no sign of X", "has shown little sign of X" (train gold: 5 of 6 cued as one)
  ['show', [['sign', 'of']]],
  // #184 "pledged their support for X", "threw his support behind X" (train gold: 8 of 10 cued, whole; "expressed her support" stays a verb and its object); a possessive may stand before the noun
  // #254 "provided no details about X", "took a swipe at X", "made a veiled reference to X", "made an
  // impassioned call for X", "delivered a defense of X", "reached a consensus on X", "continued his
  // assault on X", "released a list of X" (train gold: 17 of 20 such uses cued, whole)
  ['provide', [['detail', 'about']]],
  ['deliver', [['defense', 'of']]],
  ['reach', [['consensus', 'on']]],
  // #326 "continued his attacks against X", "escalated her attacks on X" (train gold: 5 of 5 such uses with a gold cue hold the whole phrase)
  ['continue', [['assault', 'on'], ['assault', 'against'], ...ATTACK_FORMS]],
  ['escalate', [...ATTACK_FORMS, ['criticism', 'of']]],
  ['release', [['list', 'of']]],
  ...['pledge', 'lend', 'throw', 'signal'].map((verb): [string, ReadonlyArray<readonly [string, string]>] => [verb, SUPPORT_FORMS]),
  // #325 "has set his sights on X", "aimed her sights at X" (train gold: 2 of 2 cued whole), "offered
  // his congratulations to X", "expressed his condolences over X" (3 of 3), "expressed an interest in
  // X", "never indicated an interest in X" (2 of 2)
  ...['set', 'aim', 'train'].map((verb): [string, ReadonlyArray<readonly [string, string]>] => [verb, [['sight', 'on'], ['sights', 'on'], ['sight', 'at'], ['sights', 'at']]]),
  ['offer', [...SUPPORT_FORMS, ...condolenceForms()]],
  ['extend', condolenceForms()],
  ['express', [...condolenceForms(), ['interest', 'in']]],
  ['indicate', [['interest', 'in']]],
  // #963 "a gunman claiming allegiance to X", "swore his allegiance to X" (train gold: 2 of 2 such uses with a gold cue hold the whole phrase)
  ...['swear', 'profess'].map((verb): [string, ReadonlyArray<readonly [string, string]>] => [verb, [['allegiance', 'to']]]),
  // #964 "claimed responsibility for X", "claim credit for X" (train gold: 6 of 7 such uses of claim/take with a gold cue hold the whole phrase)
  ['claim', [['allegiance', 'to'], ['credit', 'for'], ['responsibility', 'for']]],
  // #965 "has called more attention to X" (train gold: 5 of 5 such uses of call/draw with a gold cue hold the whole phrase; "draw" too lost dev source 0.02)
  ['call', [['attention', 'to']]],
  // #291 "distanced himself from X" (train gold: 6 of 6 such cues hold the reflexive and "from"; other "VERB himself as/from" stay out, 41 of 58)
  ['distance', [...REFLEXIVES].map((r): readonly [string, string] => [r, 'from'])],
]);
/** #325 "condolences over/for/to", "congratulations to" (singular and plural lemmas). */
function condolenceForms(): (readonly [string, string])[] {
  return ['condolence', 'condolences', 'congratulation', 'congratulations'].flatMap((n) => ['over', 'for', 'to'].map((p): readonly [string, string] => [n, p]));
}

/** Confidence of such an idiom. */
const IDIOM_RATE = 0.8;
/** Words that may stand between an idiom's verb and its noun: "no", "a", "some", "frequent". */
const IDIOM_FILLERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** The token after the idiom whose verb is at `t` ("took aim at" -> the token after "at"), or -1. */
export function idiomEnd(toks: readonly Token[], t: number, b: number): number {
  if (toks[t]!.lemma === 'show') {
    const shown = shownAttitudeEnd(toks, t, b);
    if (shown > 0) return shown;
  }
  const particles = PARTICLE_IDIOMS.get(toks[t]!.lemma);
  if (particles) {
    for (const words of particles) {
      // ("spending shot back up" is no retort)
      if (t + words.length < b && words.every((w, i) => toks[t + 1 + i]!.normal === w && toks[t + 1 + i]!.quote === -1) && toks[t + 1 + words.length]!.normal !== 'up') {
        const e = t + 1 + words.length;
        // #255 an idiom ending in "to" takes its verb ("went out of her way to praise"), or is none
        if (words[words.length - 1] === 'to') return e < b && toks[e]!.pos === 'VERB' && toks[e]!.quote === -1 ? e + 1 : -1;
        return e;
      }
    }
    if (!IDIOM_CUES.has(toks[t]!.lemma)) return -1; // #966 ("call" has both)
  }
  const forms = IDIOM_CUES.get(toks[t]!.lemma);
  if (!forms) return -1;
  let k = t + 1;
  // #252 (the idiom's own noun ends the fillers even where the tagger read it as an adjective:
  // "made no secret of", secret/ADJ, was taken for a filler; train gold: 3 of 3 cued as one)
  while (k < b && k - t <= 2 && (IDIOM_FILLERS.has(toks[k]!.pos) || /^(his|her|their|its|our)$/.test(toks[k]!.normal)) && toks[k]!.quote === -1 && !(toks[k]!.pos === 'ADJ' && forms.some(([n]) => n === toks[k]!.lemma.toLowerCase()))) k++;
  if (k + 1 >= b) return -1;
  const noun = toks[k]!.lemma.toLowerCase(), prep = toks[k + 1]!.normal;
  for (const [n, p] of forms) if (n === noun && p === prep && toks[k + 1]!.quote === -1) return k + 2;
  if (prep === 'that' && MADE_CASE_THAT.has(noun) && toks[t]!.lemma === 'make' && toks[k + 1]!.quote === -1) return k + 1; // #1181 "made the case that X"
  if (prep === 'to' && noun === 'case' && toks[t]!.lemma === 'make') {
    // #1182 "made the case to the dockers that X": an addressee (no verb in it), then the clause
    // (train: 2 new frames, both exact in cue, source and content; dev unchanged)
    for (let j = k + 2; j < b && j - k <= 12; j++) {
      const x = toks[j]!;
      if (x.normal === 'that') return j > k + 2 ? k + 1 : -1;
      if (x.quote !== -1 || x.pos === 'VERB' || x.pos === 'AUX' || isFinal(x)) return -1;
    }
  }
  return -1;
}

/**
 * #293 "has shown little inclination to X", "shows no respect for X", "showed an understanding of X":
 * `show` + a determiner + a noun of attitude is one cue, with the preposition after it (not "to" or
 * "that"); with nothing after the noun it is no idiom (train gold: 14 of 16 such uses cued whole).
 */
function shownAttitudeEnd(toks: readonly Token[], t: number, b: number): number {
  let k = t + 1;
  while (k < b && k - t <= 3 && (IDIOM_FILLERS.has(toks[k]!.pos) || POSSESSIVES.has(toks[k]!.normal)) && toks[k]!.quote === -1) k++;
  if (k === t + 1 || k + 1 >= b || !SHOWN_ATTITUDES.has(toks[k]!.lemma.toLowerCase()) || toks[k]!.quote !== -1 || toks[k + 1]!.quote !== -1) return -1;
  const next = toks[k + 1]!.normal;
  if (SHOWN_PREPOSITIONS.has(next)) return k + 2;
  return next === 'to' || next === 'that' ? k + 1 : -1;
}
const SHOWN_ATTITUDES: ReadonlySet<string> = new Set(['inclination', 'interest', 'respect', 'understanding', 'sign', 'desire', 'willingness', 'appetite']);
const SHOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'for', 'about']);

/** Confidence of such a verb with its "as". */
const CASTS_AS_RATE = 0.65;

/** "cast herself as", "pitched the plan as": an object of at most five words, then "as". */
export function castsAs(toks: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b && k - t <= 6; k++) {
    const x = toks[k]!;
    if (x.normal === 'as') return k > t + 1;
    // #202 ("all of the pier as": "of" may stand in the object; so may an adverb, "himself more as")
    if (x.quote !== -1 || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT' || (x.pos === 'ADP' && x.normal !== 'of') || x.pos === 'SCONJ' || x.pos === 'CCONJ') return false;
  }
  return false;
}

/** Auxiliaries that open a yes-no question. */
const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'did', 'does', 'would', 'will', 'can', 'could', 'should']);

/**
 * #201 "Do you back the ferry plan?", "Would you say the pier is safe?": a question put to the
 * reader asks for a view and reports none (train: 10 such verbs taken, none a gold cue), except
 * in an interview, where a paragraph opened by "Q:" puts it to someone named (2 of 2 are cues).
 */
function asksReader(view: TokenView, t: number, a: number, b: number): boolean {
  const toks = view.tokens;
  if (t - 2 !== a || toks[t - 1]!.normal !== 'you' || !QUESTION_AUXILIARIES.has(toks[a]!.normal) || toks[b - 1]!.text !== '?') return false;
  const line = view.text.lastIndexOf('\n', toks[a]!.start) + 1;
  return !/^\s*Q\s*[:.]/.test(view.text.slice(line, line + 8));
}

/** "as Ortega put it," / "as she puts it:": "as", a short subject, "put(s) it", then a comma or colon. */
function putsIt(toks: readonly Token[], t: number, a: number, b: number): boolean {
  if (toks[t]!.lemma !== 'put' || toks[t + 1]?.normal !== 'it' || t + 2 >= b || !(isComma(toks[t + 2]) || toks[t + 2]!.text === ':')) return false;
  // (#940 "as Ada Moss, a former pier chief, put it:": an apposition set off by commas, at most 16
  // tokens, when `as` opens the clause)
  let commas = 0;
  for (let k = t - 1; k >= a && t - k <= (commas ? 16 : 8); k--) {
    const x = toks[k]!;
    if (x.quote !== -1 || x.pos === 'VERB' || x.pos === 'AUX') return false;
    if (isComma(x)) {
      if (++commas > 2) return false;
      continue;
    }
    if (x.normal === 'as') return k < t - 1 && (commas === 0 || (commas === 2 && isComma(toks[t - 1]) && (k === a || isComma(toks[k - 1]) || toks[k - 1]!.pos === 'CCONJ')));
  }
  return false;
}

/** #1020 Confidence of "Ada Moss signed a bill" (train: 10 new attributions, 8 of them gold cues). */
const SIGNED_RATE = 0.5;

/**
 * #1020 "Ada Moss signed a bill", "Tom Reyes on Monday signed an order", "She quietly signed the
 * pact": active past `signed` right after its subject (a name or he/she/they/we/I/who; an adverb
 * or a day between) with an object opening on a determiner, number or adjective, is an act of
 * stance. Not after a noun (`groups signed the letter`: no dev gain), `that`/`which` (`groups that
 * signed the letter` join a letter), an auxiliary (`had just signed`) or `and`, nor with a
 * particle (`signed on`, `signed up`), nor before a document's participle (`signed a letter
 * urging X`: gold's cue runs through the participle, #94's frame).
 */
function signedAct(toks: readonly Token[], t: number, a: number, b: number): boolean {
  if (toks[t]!.normal !== 'signed' || t <= a || t + 1 >= b) return false;
  const next = toks[t + 1]!;
  if (next.quote !== -1 || !(next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'ADJ') || POSSESSIVES.has(next.normal)) return false;
  let k = t - 1;
  if (toks[k]!.pos === 'ADV' && k > a) k--;
  const prev = toks[k]!;
  if (prev.quote !== -1) return false;
  if (!(prev.pos === 'PRON' ? SIGNED_SUBJECTS.has(prev.normal) : prev.pos === 'PROPN')) return false;
  // "signed a letter Monday urging X": the document and its participle are one cue (#94), left to that frame
  for (let j = t + 2; j < b && j - t <= 8; j++) {
    const x = toks[j]!;
    if (x.pos === 'VERB') return !/ing$/.test(x.text);
    if (x.pos === 'PUNCT' || x.pos === 'AUX') break;
  }
  return true;
}
const SIGNED_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'who']);

/**
 * #1180 "Ada Moss released a statement", "the harbour board issued a report", "Tom Reyes filed a
 * complaint", "she shared her view", "the Gazette published a story about X": an active verb that
 * puts out a document, a suit or a view, right after its subject (a name or he/she/they/we/I/who;
 * an adverb between) and before an object opening on a determiner, number, adjective or
 * possessive, is an act of stance, the object its content (train: 34 such uses are gold cues with a
 * source, 15 no cue; after a common noun 4 more gold and 12 more none). Past or present forms only;
 * not after `who`, not before a time (`released last week`) nor before an -ing participle later in
 * the sentence (`released a statement Monday, urging X`: the participle's frame). Train: 26 new
 * frames, 19 with gold's source, 7 no cue.
 */
function issuedAct(toks: readonly Token[], t: number, a: number, b: number): boolean {
  if (t <= a || t + 1 >= b || !/ed$|es$/.test(toks[t]!.normal) && toks[t]!.normal !== 'share') return false;
  const next = toks[t + 1]!;
  if (next.quote !== -1 || !(next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'ADJ' || POSSESSIVES.has(next.normal))) return false;
  let k = t - 1;
  if (toks[k]!.pos === 'ADV' && k > a) k--;
  const prev = toks[k]!;
  if (prev.quote !== -1) return false;
  // ("Ada Moss, who filed a suit, said X": a relative inside another frame's source is left alone)
  if (!(prev.pos === 'PRON' ? SIGNED_SUBJECTS.has(prev.normal) && prev.normal !== 'who' : prev.pos === 'PROPN')) return false;
  // the object's noun, no time ("a poll released last week showed X" is a reduced relative)
  let n = t + 1;
  while (n < b && n - t <= 4 && (toks[n]!.pos === 'DET' || toks[n]!.pos === 'NUM' || toks[n]!.pos === 'ADJ' || toks[n]!.pos === 'ADV' || POSSESSIVES.has(toks[n]!.normal))) n++;
  if (n >= b || !(toks[n]!.pos === 'NOUN' || toks[n]!.pos === 'PROPN') || TIME_UNITS.has(toks[n]!.normal) || WEEKDAYS.has(toks[n]!.text)) return false;
  // "released a statement Monday, saying X": the participle is the cue (left to its own frame)
  for (let j = n + 1; j < b && j - t <= 25; j++) {
    const x = toks[j]!;
    if (x.pos === 'VERB' && /ing$/.test(x.text)) return false;
    if (isFinal(x)) break;
  }
  return true;
}
const ISSUED_ACTS: ReadonlySet<string> = new Set(['issue', 'release', 'file', 'publish', 'share']);

/** Determiners and possessives that may open the object of a telephone call. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NUM', 'ADJ']);

/**
 * "The mayor called both bidders late on Tuesday", "Moss called her to set a date", "Ortega
 * called.": a telephone call names nobody's words (unlike "called him a liar", "called the plan
 * “a disaster”", "called for", "called on"). After the object, if any, the clause ends or goes on
 * with a time word, an infinitive, an adverb or "and" with a second verb; "called off" is no call.
 */
/** #900 nouns that make `call` a noun right after them. */
const CALL_NOUNS = new Set(['phone', 'telephone', 'conference']);

function phoneCall(toks: readonly Token[], t: number, b: number): boolean {
  if (toks[t - 1]?.lemma === 'be') return false; // "are called": a passive names
  let k = t + 1;
  if (k >= b) return true;
  if (toks[k]!.normal === 'off') return true;
  if (toks[k]!.quote !== -1 || !(OBJECT_OPENERS.has(toks[k]!.pos) || toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN')) return isFinal(toks[k]!);
  if (toks[k]!.pos === 'PRON' && OBJECT_PRONOUNS.has(toks[k]!.normal)) k++;
  else {
    // the object: determiners and adjectives, then a run of nouns or names (possessives inside)
    while (k < b && k - t < 6 && OBJECT_OPENERS.has(toks[k]!.pos) && toks[k]!.quote === -1) k++;
    const head = k;
    while (k < b && k - t < 10 && toks[k]!.quote === -1 && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN' || POSSESSIVE_MARKS.has(toks[k]!.text) || toks[k]!.text === '-')) k++;
    if (k === head) return false;
  }
  if (k >= b) return true;
  const next = toks[k]!;
  if (next.quote !== -1) return false;
  // ("called Trump and Clinton “crazy”": "and" must open a second predicate)
  const after = toks[k + 1];
  return isFinal(next) || TIME_WORDS.has(next.normal) || (next.normal === 'to' && next.pos === 'PART') || (next.pos === 'ADV' && next.normal !== 'as') ||
    (next.normal === 'and' && k + 1 < b && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PRON'));
}

/** Participles that name what comes before them: "a group called Black Votes Matter". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);

/** "a charity called Harbour Lights": an indefinite noun phrase right before a naming participle. */
function namesIndefinite(toks: readonly Token[], t: number, a: number): boolean {
  let k = t - 1;
  if (k < a || toks[k]!.pos !== 'NOUN') return false;
  while (k >= a && t - k < 6 && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'PROPN')) k--;
  return k >= a && toks[k]!.pos === 'DET' && (toks[k]!.normal === 'a' || toks[k]!.normal === 'an');
}

function seeksOffice(toks: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b && k <= t + 4; k++) {
    const x = toks[k]!;
    if (x.quote !== -1) return false;
    if (OFFICE_NOUNS.has(x.normal) || (x.normal === 'house' && toks[k - 1]!.normal === 'white')) return true;
    if (!(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'PROPN' || x.pos === 'PART' || x.pos === 'NUM' || (x.pos === 'PRON' && POSSESSIVES.has(x.normal)))) return false;
  }
  return false;
}
const OFFICE_NOUNS: ReadonlySet<string> = new Set(['nomination', 'reelection', 're-election', 'presidency', 'term', 'office', 'seat', 'governorship']);

/** Participles that label or target the noun right before them, with their preposition. */
const LABEL_PARTICIPLES: ReadonlyMap<string, string> = new Map([['known', 'as'], ['aimed', 'at']]);

/** "a tax known as the levy", "an ad aimed at farmers": a reduced relative names or targets, it reports nothing. */
function reducedLabel(toks: readonly Token[], t: number, a: number): boolean {
  const prep = LABEL_PARTICIPLES.get(toks[t]!.normal);
  if (prep === undefined || toks[t + 1]?.normal !== prep || t - 1 < a) return false;
  const prev = toks[t - 1]!;
  return prev.quote === -1 && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
}

/** #360 Pronouns that hold a view after a sentence-opening "To": "To many, ...", "But to others, ...". */
const VIEWPOINT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'me', 'us', 'many', 'others', 'some']);

/**
 * #360 "To Ada Moss, the pier is a danger", "To the harbour consultant Reyes, who ..., X", "But
 * to many, X": `to` opening the sentence (after a conjunction or adverb) and a name or a pronoun
 * of people, then a comma: the view is the person's (train gold: 7 of 7 such openers are cues;
 * "To White House officials," or "To her supporters," end in a common noun and are 0 of 3). The
 * end (exclusive) of the source, its closing comma included, or -1.
 */
export function viewpointEnd(view: TokenView, t: number, a: number, b: number): number {
  const toks = view.tokens;
  let first = a;
  // ("Right to Rise, the PAC": a capitalised word before `to` is a name)
  while (first < t && (toks[first]!.pos === 'CCONJ' || (toks[first]!.pos === 'ADV' && !startsUpper(toks[first]!.text)) || isComma(toks[first]))) first++;
  if (first !== t || t + 2 >= b) return -1;
  let k = t + 1;
  if (VIEWPOINT_PRONOUNS.has(toks[k]!.normal)) k++;
  else {
    for (; k < b && k - t <= 5; k++) {
      const x = toks[k]!;
      if (x.quote !== -1 || isComma(x)) break;
      if (!(x.pos === 'PROPN' || (x.pos === 'NOUN' && k > t + 1) || x.text === '.')) return -1;
    }
    if (k === t + 1 || toks[k - 1]!.pos !== 'PROPN' || !startsUpper(toks[k - 1]!.text)) return -1;
  }
  if (!isComma(toks[k])) return -1;
  // "To Sexton, who has studied the rallies, X": the relative clause and its closing comma belong to the source
  if (toks[k + 1]?.normal === 'who') {
    let r = k + 2;
    while (r < b && r - k < 20 && !isComma(toks[r]) && toks[r]!.quote === -1 && !isFinal(toks[r]!)) r++;
    return isComma(toks[r]) ? r + 1 : -1;
  }
  // "To Ortega, his aides and the dockers, X": a list of the people holding the view
  let r = k + 1;
  let and = false;
  while (r < b && r - k < 10 && !isComma(toks[r]) && toks[r]!.quote === -1 && toks[r]!.pos !== 'VERB' && toks[r]!.pos !== 'AUX') {
    if (toks[r]!.normal === 'and') and = true;
    r++;
  }
  return and && isComma(toks[r]) ? r : k;
}

/** #471 The noun rate a noun needs before a `that` the tagger read as a relative pronoun (at 0.3, dev all -0.02). */
const NOUN_THAT_PRON_RATE = 0.4;

/**
 * #471 "the claim that Ortega lied", "his complaints that they cheat": `that` after a noun of saying
 * (noun rate >= 0.4) read by the tagger as a relative pronoun still opens the noun's clause when a
 * subject (a pronoun, a name, a determiner or a noun) comes right after it.
 */
function thatOpensClause(tok: Token, toks: readonly Token[], t: number, b: number): boolean {
  if (t + 2 >= b) return false;
  const next = toks[t + 2]!;
  if (!(next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'NOUN')) return false;
  const entry = cueEntry(tok);
  return entry !== undefined && entry.rate >= NOUN_THAT_PRON_RATE;
}

/** #470 Pronouns that own a view: "in my view", "in their view". */
const VIEW_OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our']);

/**
 * #470 "in Ada Moss's view", "in Dr. Reyes's and Mr. Ortega's view", "In their view,": the `in`
 * before a possessor (a pronoun, or names ending in `'s`) and the noun `view` at `t`; the index of
 * `in`, or -1 (train gold: every such `view` outside another report's content is a cue, 6 of 7,
 * the seventh with `'s` in its cue; the possessor is the source, the clause around the content).
 */
export function inViewStart(toks: readonly Token[], t: number, a: number): number {
  const owner = toks[t - 1];
  if (owner === undefined || t - 2 < a) return -1;
  if (VIEW_OWNERS.has(owner.normal)) return toks[t - 2]!.normal === 'in' ? t - 2 : -1;
  if (!(POSSESSIVE_MARKS.has(owner.text) || owner.text === "'" || owner.text === '’')) return -1;
  for (let k = t - 2; k >= a && t - k <= 9; k--) {
    const x = toks[k]!;
    if (x.quote !== -1) return -1;
    if (x.normal === 'in') return k < t - 2 && (toks[k + 1]!.pos === 'PROPN' || startsUpper(toks[k + 1]!.text)) ? k : -1;
    if (!(x.pos === 'PROPN' || x.text === '.' || POSSESSIVE_MARKS.has(x.text) || x.normal === 'and' || (startsUpper(x.text) && x.pos !== 'VERB'))) return -1;
  }
  return -1;
}

/** Nouns of measured opinion: "in a CNN poll", "in the latest survey". */
const SURVEY_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'polling']);
const SURVEY_NP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);

/**
 * After "in" at `t`: the end (exclusive) of a noun phrase headed by a survey noun, with what
 * follows it up to a comma or the sentence end ("a CBS News poll released last Thursday"), or -1.
 */
export function surveyEnd(view: TokenView, t: number, b: number): number {
  const toks = view.tokens;
  let k = t + 1;
  let head = -1;
  for (; k < b && k - t <= 12 && toks[k]!.quote === -1; k++) {
    const x = toks[k]!;
    if (SURVEY_NOUNS.has(x.normal) && (x.pos === 'NOUN' || x.pos === 'PROPN')) {
      head = k++;
      break;
    }
    // ("the most recent poll": a degree adverb before its adjective)
    if (!(SURVEY_NP.has(x.pos) || x.text === '/' || x.text === '-' || x.text === '&' || (x.pos === 'ADV' && k + 1 < b && toks[k + 1]!.pos === 'ADJ'))) return -1;
  }
  // "a poll station" is no poll
  if (head < 0 || (k < b && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN') && !/^[A-Z]/.test(toks[k]!.text))) return -1;
  // "leading in the polls", "ahead in polls": the polls in general cite no survey (train gold: 7 of 56 are cues)
  if (toks[head]!.normal === 'polls' && (head === t + 1 || (head === t + 2 && toks[t + 1]!.normal === 'the')) && !(k < b && toks[k]!.pos === 'ADP')) return -1;
  while (k < b && k - head < 10 && toks[k]!.quote === -1 && !isComma(toks[k]) && !isFinal(toks[k]!)) {
    const x = toks[k]!;
    // ("conducted by the Harbour Times and Lisbon Radio": names joined inside the description)
    if (!(SURVEY_NP.has(x.pos) || x.pos === 'ADP' || (x.pos === 'VERB' && /ed$/.test(x.text)) || (x.normal === 'and' && k + 1 < b && toks[k + 1]!.pos === 'PROPN'))) break;
    k++;
  }
  return k;
}

/**
 * "Ortega leads in opinion polls of dockers", "ahead in national polls": plural polls named by
 * nothing but common words, after the clause they end, cite no survey (train: 0 of 8 the rules
 * took were cues; "In the latest polls, X" opening a sentence stays).
 */
export function genericPolls(toks: readonly Token[], t: number, e: number): boolean {
  // judged up to the survey noun: what follows describes it ("polls over Ada Moss")
  for (let k = t + 1; k < e; k++) {
    const x = toks[k]!;
    if (/^[A-Z0-9]/.test(x.text)) return false;
    if (x.normal === 'polls' || x.normal === 'surveys') return true;
  }
  return false;
}

/** Plural subject pronouns before a verb the tagger read as a noun ("they say", "who say"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['they', 'we', 'who', 'others', 'some', 'many', 'most', 'both']);

/** Verb forms the tagger sometimes reads as nouns (headlines in title case) that are always verbs. */
const UNAMBIGUOUS_SPEECH: ReadonlySet<string> = new Set(['says', 'said', 'tells', 'told', 'warns', 'urges', 'insists', 'admits', 'predicts', 'vows', 'denies', 'thinks', 'believes', 'argues', 'slams', 'praises', 'blasts', 'mocks', 'endorses', 'defends', 'accuses', 'chides', 'criticizes', 'denounces', 'touts']);

/** Third-person reporting verbs that are also plural nouns ("meeting notes"): verbs after a name or pronoun. */
const NOUN_OR_SPEECH: ReadonlySet<string> = new Set(['reports', 'notes', 'remarks', 'comments', 'quips', 'jokes', 'claims', 'charges', 'counters', 'replies', 'answers']);

/** Plural nouns of evidence, whatever tag they get: "where polls show ...". */
const EVIDENCE_PLURALS: ReadonlySet<string> = new Set(['polls', 'surveys', 'records', 'results', 'data', 'numbers', 'figures', 'documents', 'emails', 'studies', 'estimates', 'projections']);
/** Whether a plural subject stands right before `t` ("polls", "they", "records there"): then a VERBLIKE_NOUNS word is its verb. */
function pluralSubjectBefore(toks: readonly Token[], t: number, a: number): boolean {
  const prev = (toks[t - 1]!.normal === 'there' || toks[t - 1]!.normal === 'here') && t - 1 > a ? toks[t - 2]! : toks[t - 1]!;
  return prev.quote === -1 &&
    (((prev.pos === 'NOUN' || prev.pos === 'PROPN') && /s$/i.test(prev.text)) || EVIDENCE_PLURALS.has(prev.normal) || prev.pos === 'NUM' || (prev.pos === 'VERB' && /ed$/.test(prev.text)) || (prev.pos === 'PRON' && SUBJECT_WORDS.has(prev.normal)));
}

/** Reporting verbs the tagger often reads as nouns after a plural subject. */
const VERBLIKE_NOUNS: ReadonlySet<string> = new Set(['call', 'fear', 'show', 'suggest', 'indicate', 'say', 'find', 'estimate', 'predict', 'warn', 'argue', 'reveal', 'confirm', 'support', 'oppose', 'favor', 'back']);

/** Adjectives of a held attitude that take a "that" clause (train gold: 31 of 41 such uses are in a cue). */
const ATTITUDE_ADJECTIVES: ReadonlySet<string> = new Set(['confident', 'hopeful', 'aware', 'unaware', 'concerned', 'optimistic', 'adamant', 'sure', 'skeptical', 'fearful', 'frustrated', 'alleged']);
/**
 * #1205 "I am glad the pier is open", "They aren't sure they can win", "Some pilots are hopeful Ada
 * Moss will stay": an attitude adjective (and glad, certain, unsure) after a finite linking verb
 * (adverbs and `not` between; not after `it`) before a clause with no `that`, opened by a subject
 * pronoun or by a name, noun or `the` with a verb within three tokens (train, outside a predicted content:
 * 8 gold cues with a source, none found, 1 no cue, `it is almost certain the ferry ...`, which the `it`
 * test leaves out).
 */
const BARE_CLAUSE_ADJECTIVES: ReadonlySet<string> = new Set(['glad', 'certain', 'unsure']);
const BARE_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/**
 * A name, noun or `the` right after `t` and a finite verb within the next three tokens, nouns and
 * adjectives between ("the pier is", "Ada Moss has"): the subject and verb of a clause with no `that`.
 */
function nounThenVerb(toks: readonly Token[], t: number, b: number): boolean {
  const next = toks[t + 1]!;
  if (next.pos !== 'PROPN' && next.pos !== 'NOUN' && next.normal !== 'the') return false;
  for (let k = t + 2; k < b && k - t <= 4; k++) {
    const w = toks[k]!;
    if (w.quote !== -1) return false;
    if (w.pos === 'VERB' || w.pos === 'AUX') return toks[k - 1]!.pos !== 'DET' && (!/ing$/.test(w.normal) || w.pos === 'AUX');
    if (w.pos !== 'PROPN' && w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  }
  return false;
}
function bareClauseAfter(toks: readonly Token[], t: number, a: number, b: number): boolean {
  if (t + 2 >= b || toks[t + 1]!.quote !== -1) return false;
  const link = eagerLinkAt(toks, t, a);
  if (link < 0 || (link - 1 >= a && toks[link - 1]!.normal === 'it')) return false;
  const next = toks[t + 1]!;
  if (next.pos === 'PRON') return BARE_CLAUSE_PRONOUNS.has(next.normal);
  return nounThenVerb(toks, t, b);
}
/**
 * #1400 "Many pilots feel the pier is too old", "Ada Moss feels she has nothing to hide": feel before
 * a clause with no `that`, opened by he/she/they/we/I/you or by a name, noun or `the` with a verb
 * within three tokens (train, outside a predicted content: 4 gold cues with a source, none found, no
 * use without a cue; `felt the need to`, `feel the spotlight` have no verb after the noun).
 */
function feelsClause(toks: readonly Token[], t: number, b: number): boolean {
  if (t + 2 >= b || toks[t + 1]!.quote !== -1) return false;
  const next = toks[t + 1]!;
  if (next.pos === 'PRON') return BARE_CLAUSE_PRONOUNS.has(next.normal) && (toks[t + 2]!.pos === 'VERB' || toks[t + 2]!.pos === 'AUX' || toks[t + 2]!.pos === 'ADV');
  return nounThenVerb(toks, t, b);
}
/**
 * #1406 "Ada Moss focused on the fares", "she will focus on the pier", "we never focused on fares": a
 * finite focus right before `on`, whose subject, past adverbs, `not` and auxiliaries other than `be`,
 * is a name (not after a determiner or `'s`) or he/she/it/we/I (train: 11 new frames, 8 exact in cue
 * and source, 3 false; common-noun subjects such as `the discussion will focus on X` and `a firm
 * focused on X` are split and left out, see #1401).
 */
function focusesOn(toks: readonly Token[], t: number, a: number, b: number): boolean {
  const tok = toks[t]!;
  if (tok.pos !== 'VERB' || t + 2 >= b || toks[t + 1]!.normal !== 'on' || toks[t + 1]!.quote !== -1 || /ing$/.test(tok.normal)) return false;
  let k = t - 1;
  while (k >= a && (toks[k]!.pos === 'ADV' || toks[k]!.normal === 'not' || toks[k]!.normal === "n't" || (toks[k]!.pos === 'AUX' && toks[k]!.lemma !== 'be'))) k--;
  if (k < a) return false;
  const w = toks[k]!;
  if (w.quote !== -1) return false;
  if (w.pos === 'PRON') return FOCUS_SUBJECTS.has(w.normal);
  return w.pos === 'PROPN' && !(k - 1 >= a && (toks[k - 1]!.pos === 'DET' || /^['’]s$/.test(toks[k - 1]!.text)));
}
const FOCUS_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'we', 'i']);
/** The place of the finite linking verb before the adjective at `t` (adverbs and `not` between), or -1. */
function eagerLinkAt(toks: readonly Token[], t: number, a: number): number {
  let k = t - 1;
  while (k >= a && (toks[k]!.pos === 'ADV' || toks[k]!.normal === 'not' || toks[k]!.normal === "n't")) k--;
  if (k < a || toks[k]!.quote !== -1 || toks[k]!.normal === 'be' || !(toks[k]!.lemma === 'be' || LINKING_VERBS.has(toks[k]!.lemma))) return -1;
  return k;
}

/** "has been critical of X", "are not wary of X": a linking verb (adverbs between) before the adjective, its preposition after. */
function stanceAdjective(toks: readonly Token[], t: number, a: number, b: number): boolean {
  const listed = toks[t + 1]?.normal === STANCE_ADJECTIVES.get(toks[t]!.normal);
  if (t + 2 >= b || !(listed || aboutStance(toks, t)) || toks[t + 1]!.quote !== -1) return false;
  let k = t - 1;
  while (k >= a && (toks[k]!.pos === 'ADV' || toks[k]!.normal === 'not' || toks[k]!.normal === "n't")) k--;
  // #634 (any adjective before "about" only after a finite linking verb with a subject, and not in a
  // comparison: "reasons to be wary about X", "will be happy about X", "what is most striking about X",
  // "are more upbeat about X than Y" are none)
  if (!listed && ((k >= a && toks[k]!.normal === 'be') || (k - 1 >= a && (toks[k - 1]!.normal === 'to' || toks[k - 1]!.normal === 'what')) || thanAfter(toks, t + 2, b))) return false;
  return k >= a && (toks[k]!.lemma === 'be' || LINKING_VERBS.has(toks[k]!.lemma)) && toks[k]!.quote === -1;
}

/**
 * #634 "Ada Moss was upfront about X", "the dockers are still uneasy about X", "Reyes is cagey about X":
 * any adjective before "about" after a linking verb names a stance toward its object (train gold: 24
 * such uses are cues of exactly the linking verb through "about", 7 with other bounds, 9 neither cue
 * nor inside another report's content, 64 inside one; not `worth about` nor before a number).
 */
// (a quantity, or the writer's verdict on the subject: "were wrong about X", train gold 1 of 3)
const NOT_ABOUT_STANCE: ReadonlySet<string> = new Set(['worth', 'wrong', 'right', 'correct']);

export function aboutStance(toks: readonly Token[], t: number): boolean {
  const next = toks[t + 1];
  const after = toks[t + 2];
  return next?.normal === 'about' && !NOT_ABOUT_STANCE.has(toks[t]!.normal) && !!after && after.pos !== 'NUM' && after.pos !== 'SYM';
}

/** #634 Whether "than" comes within ten tokens from `from` (a comparison: "more upbeat about X than Y"). */
function thanAfter(toks: readonly Token[], from: number, b: number): boolean {
  for (let k = from; k < b && k < from + 10; k++) if (toks[k]!.normal === 'than') return true;
  return false;
}

/**
 * "is a vocal critic of X", "were supporters of X": the form of "be" before such a noun (at most
 * four determiners, adjectives or adverbs between), with "of"/"for" after it; -1 otherwise
 * (train gold: 13 of 24 such uses, most of the others inside another report's content).
 */
export function advocateCopula(toks: readonly Token[], t: number, a: number, b: number): number {
  if (t + 2 >= b || !(toks[t + 1]!.normal === 'of' || toks[t + 1]!.normal === 'for') || toks[t + 1]!.quote !== -1) return -1;
  let k = t - 1;
  while (k >= a && t - k <= 4 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k--;
  return k >= a && toks[k]!.lemma === 'be' && toks[k]!.quote === -1 ? k : -1;
}

/** Confidence of such an adjective. */
const ATTITUDE_RATE = 0.5;

/**
 * #270 "a builder known for his piers", "a ferry seen as too slow", "an ad titled “Low Tide”",
 * "a clerk accused of theft": a participle right after its noun with no auxiliary is a reduced
 * passive, so the noun is what the view is about, no source (train gold gives such cues no source).
 * Only forms that cannot be a past tense, or an -ed form whose object slot is taken by `of`/`with`.
 */
export function reducedPassive(toks: readonly Token[], head: number, from: number, a: number): boolean | typeof AGENT_ONLY {
  const verb = toks[head]!;
  if (verb.pos !== 'VERB' || verb.quote !== -1 || from - 1 < a) return false;
  for (let k = from; k < head; k++) if (toks[k]!.pos !== 'ADV' && toks[k]!.pos !== 'PART') return false; // "once known for", "not seen as"
  const prev = toks[from - 1]!;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || prev.quote !== -1) return false;
  if (REDUCED_ONLY.has(verb.normal)) return true;
  const next = toks[head + 1];
  if (!next) return false;
  // #274 "a plan opposed by the unions", "a memo seen by the board": an -ed form before its agent
  if (next.normal === 'by' && /^[a-z]+ed$/.test(verb.text) && prev.pos === 'NOUN' && /^[a-z]/.test(prev.text) && !EXPERIENCER_PARTICIPLES.has(verb.normal)) return AGENT_ONLY;
  if (REDUCED_OF.has(verb.normal)) return (next.normal === 'of' || next.normal === 'with') && /^[a-z]/.test(prev.text);
  // #273 "a ruling expected in June", "riders expected to return", "files now deemed secret",
  // "three names mentioned as candidates", "a clerk identified in the report"
  if (verb.normal === 'expected' || verb.normal === 'projected') return next.normal === 'to' || next.normal === 'in' || TIME_WORDS.has(next.normal);
  if (verb.normal === 'deemed') return next.pos === 'ADJ' || next.quote !== -1;
  return REDUCED_PREP.has(verb.normal) && (next.normal === 'as' || next.normal === 'in' || next.normal === 'by');
}
/** #274 a reduced passive that re-sources a frame the verb's own rate makes, but builds none. */
const AGENT_ONLY = 'agent';
const REDUCED_PREP: ReadonlySet<string> = new Set(['mentioned', 'identified', 'learned']);
const REDUCED_ONLY: ReadonlySet<string> = new Set(['known', 'seen', 'shown', 'titled', 'entitled', 'billed']);
const REDUCED_OF: ReadonlySet<string> = new Set(['accused', 'charged', 'suspected', 'convicted']);

/**
 * #272 "Ada Moss, the harbour master, and Tom Reyes, a docker, said", "But dockers, sailors, and
 * many pilots say", "At the pier, Ortega, 52, and his wife, Ana, pleaded", "the dockers, sailors
 * and pilots said": a subject the walk cut at a list's comma (or at `, and`) starts with the
 * list's first noun phrase when everything before it in the clause is noun phrases and their
 * appositions (no verb), after an opening conjunction or prepositional or time phrase.
 */
export function joinedListStart(view: TokenView, r: Range, a: number): Range {
  const toks = view.tokens;
  let cut = r.start - 1; // the comma before the part the walk kept
  if (cut - 1 > a && toks[cut]!.normal === 'and' && toks[cut]!.pos === 'CCONJ' && isComma(toks[cut - 1])) cut--;
  else {
    let joined = false; // "sailors and pilots": a bare comma only before a joined part
    for (let k = r.start; k < r.end && !joined; k++) joined = toks[k]!.normal === 'and' && toks[k]!.pos === 'CCONJ';
    if (!joined) return r;
  }
  if (cut - 1 <= a || cut - a > 60 || !isComma(toks[cut]) || toks[cut]!.quote !== -1 || RELATIVE_PRONOUNS.has(toks[r.start]!.normal)) return r;
  let start = a;
  while (start < cut && (toks[start]!.pos === 'CCONJ' || isComma(toks[start]))) start++; // "But", "And"
  const segs: Range[] = [];
  let from = start;
  for (let k = start; k <= cut; k++) {
    if (toks[k]!.quote !== -1) return r;
    if (isComma(toks[k])) {
      if (k === from) return r;
      segs.push({ start: from, end: k });
      from = k + 1;
    }
  }
  // opening phrases: "At the pier,", "Over lunch in 2005,", "Earlier in the day,"
  let i = 0;
  while (i < segs.length && (LIST_OPENERS.has(toks[segs[i]!.start]!.pos) || TIME_WORDS.has(toks[segs[i]!.start]!.normal))) i++;
  if (i >= segs.length) return r;
  const head = plainNounPhrase(view, segs[i]!.end, segs[i]!.start);
  if (!head || head.start !== segs[i]!.start || head.end !== segs[i]!.end) return r;
  const bare = toks[r.start - 1]!.normal !== 'and';
  // ("Late in the race, she and her rivals": a list with no `and` before its last part holds no prepositions)
  if (bare) for (let k = segs[i]!.start; k < cut; k++) if (toks[k]!.pos === 'ADP') return r;
  for (let j = i + 1; j < segs.length; j++) {
    const seg = segs[j]!;
    const open = toks[seg.start]!;
    if (open.pos === 'VERB' || open.pos === 'AUX') return r; // "Moss, wearing a hat, ..., and he urged"
    if (bare) {
      // with no `and` before the kept part, every segment is a plain item of the list
      const item = plainNounPhrase(view, seg.end, seg.start);
      if (!item || item.start !== seg.start || item.end !== seg.end) return r;
    } else if (!looksAppositive(view, seg)) return r;
  }
  return { start: segs[i]!.start, end: r.end };
}
const LIST_OPENERS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'ADV']);

const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"']);
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"']);
const TITLE_BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ',', ';', ':']);

/**
 * #401 'the “Harbour Nights” star said', '“Pier Talk” host Ada Moss said': a short quoted title
 * right before the source's noun names it, and so belongs to the source (with its article).
 */
export function titledStart(view: TokenView, r: Range, a: number): Range {
  const toks = view.tokens;
  const close = r.start - 1;
  if (close - 2 < a || !CLOSING_MARKS.has(toks[close]!.text) || toks[close]!.end === toks[r.start]!.start) return r;
  const head = toks[r.start]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return r;
  let k = close - 1;
  while (k >= a && close - k <= 6 && !OPENING_MARKS.has(toks[k]!.text)) {
    if (TITLE_BREAKS.has(toks[k]!.text) || CLOSING_MARKS.has(toks[k]!.text)) return r;
    k--;
  }
  if (k < a || k === close - 1 || !OPENING_MARKS.has(toks[k]!.text) || !startsUpper(toks[k + 1]!.text)) return r;
  // the title opens the sentence or follows its article
  if (k === a) return { start: k, end: r.end };
  return toks[k - 1]!.pos === 'DET' && toks[k - 1]!.quote === -1 ? { start: k - 1, end: r.end } : r;
}

/** Participles of a view held by people a passive leaves unnamed: "is seen as", "are considered" (their verbs' cue rates are 0.27-0.45). */
const PASSIVE_VIEWS: ReadonlySet<string> = new Set(['seen', 'considered', 'viewed', 'regarded', 'known']);

/**
 * "The pier is widely seen as unsafe", "Moss is best known for her songs", "they are considered
 * the best": such a passive states a view when what follows names it (not "was seen on camera").
 */
export function heldView(toks: readonly Token[], head: number, b: number): boolean {
  if (!PASSIVE_VIEWS.has(toks[head]!.normal) || head + 1 >= b) return false;
  const next = toks[head + 1]!;
  if (next.quote !== -1) return true;
  if (next.pos === 'ADP' || next.pos === 'SCONJ') return next.normal === 'as' || next.normal === 'for' || next.normal === 'by';
  return next.normal === 'as' || next.normal === 'to' || next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'NUM' || next.pos === 'ADV';
}

/** Confidence of a verb outside the lexicon that takes a "that" clause. */
const THAT_FRAME_RATE = 0.45;

/** Confidence of a verb that is a cue only by its place next to a quotation. */
const QUOTE_FRAME_RATE = 0.6;

/** Participle opening a clause that shares the main clause's source: ", adding that ...". */
export function isParticipial(view: TokenView, head: number, groupStart: number, a: number): boolean {
  const tok = view.tokens[head]!;
  if (!/ing$/i.test(tok.text)) return false;
  // "X, for his part, is calling ...": with its own auxiliary the verb is finite, and so is
  // the verb of "Moss, the mayor, issued a statement Monday, saying ..."
  for (let k = groupStart; k < head; k++) if (view.tokens[k]!.pos === 'AUX' || (view.tokens[k]!.pos === 'VERB' && !/ing$/i.test(view.tokens[k]!.text))) return false;
  const before = view.tokens[groupStart - 1];
  if (!before || groupStart - 1 < a) return false;
  if (isComma(before)) return true;
  // '... “in this race,” adding that ...': the comma sits inside the closing quotation mark
  if (before.quote !== -1 && closesQuote(view, groupStart - 1) >= 0 && commaInsideMark(view, groupStart - 1)) return true;
  // "... flipped his pick on the spot – saying", "... got in trouble by saying"
  if ((DASHES.has(before.text) || (PARTICIPLE_PREPS.has(before.normal) && before.pos !== 'VERB')) && SPEECH_VERBS.has(tok.lemma)) return true;
  // "... before clarifying that ...", "after determining that ...": after a preposition any verb with a "that" clause reports (not after a dash)
  if (PARTICIPLE_PREPS.has(before.normal) && before.pos !== 'VERB' && view.tokens[head + 1]?.normal === 'that' && view.tokens[head + 1]!.pos === 'SCONJ') return true;
  if (byParticiple(view, head, groupStart, a)) return true; // #1100
  // #1140 "won the race by denouncing the fares", "spoke while praising the pilots": after by or
  // while a frequent cue verb takes the main clause's subject too
  if (PREP_PARTICIPLE_PREPS.has(before.normal) && before.pos !== 'VERB' && (verbEntry(tok.lemma)?.rate ?? 0) >= PREP_PARTICIPLE_RATE) return true;
  return before.pos === 'CCONJ' && isComma(view.tokens[groupStart - 2]);
}

/**
 * Whether a comma sits just inside the closing quotation mark that ends at token `t`: “...,”
 * or ''...,'' (a doubled apostrophe is two tokens).
 */
export function commaInsideMark(view: TokenView, t: number): boolean {
  const toks = view.tokens;
  let k = t;
  while (k - 1 >= 0 && toks[k - 1]!.text === "'" && toks[k]!.text === "'" && toks[k - 1]!.end === toks[k]!.start) k--;
  return isComma(toks[k - 1]);
}

/**
 * #1100 "The board hit back by accusing Moss of X", "Moss opened the meeting by praising the
 * crew": after `by` a cue verb of rate >= 0.5 (not a speech verb, which was taken before) reports
 * for the subject of the verb before `by`.
 */
export function byParticiple(view: TokenView, head: number, groupStart: number, a: number): boolean {
  const toks = view.tokens;
  const tok = toks[head]!;
  const before = toks[groupStart - 1];
  if (groupStart - 1 <= a || before === undefined || before.normal !== 'by' || before.pos === 'VERB' || before.quote !== -1 || SPEECH_VERBS.has(tok.lemma) || (cueEntry(tok)?.rate ?? 0) < 0.5) return false;
  // not inside a reported clause ("Moss said that by X-ing ...", "argued the board erred by X-ing")
  for (let k = groupStart - 2; k >= a && groupStart - k <= 30; k--) {
    const t = toks[k]!;
    if ((t.normal === 'that' && t.pos === 'SCONJ') || (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma))) return false;
  }
  return true;
}

/** #1140 Train cue rate from which a verb after one of PARTICIPLE_PREPS shares the clause's subject. */
const PREP_PARTICIPLE_RATE = 0.75;
/**
 * #1140 The prepositions of that frame (after/before: dev cue and source -0.02; without: no
 * report). `by` was in it too; merged with #1100, which takes `by` from rate 0.5 but not inside
 * a reported clause, `by` is left to #1100.
 */
const PREP_PARTICIPLE_PREPS: ReadonlySet<string> = new Set(['while']);

/**
 * "calls saying shots were fired", "with a third of the pilots saying they ...": a bare speech
 * participle right after a noun phrase reports what that phrase says.
 */
export function participleSubject(view: TokenView, head: number, a: number): Range | null {
  const toks = view.tokens;
  if (head - 1 < a) return null;
  const prev = toks[head - 1]!;
  // "with recent polls showing X", "a survey finding that X": evidence speaks through these verbs
  if (!SPEECH_VERBS.has(toks[head]!.lemma)) {
    // "..., with Ada Moss calling the plan a disgrace": an absolute "with" gives any cue its subject
    if (!EVIDENCE_PARTICIPLES.has(toks[head]!.normal) || !EVIDENCE_NOUNS.has(prev.normal) || prev.quote !== -1) return withSubject(view, head, a);
    // the evidence's own noun phrase, without the clause it sits in ("with recent polls")
    let s = head - 1;
    while (s - 1 >= a && head - s < 6 && toks[s - 1]!.quote === -1 && EVIDENCE_NP.has(toks[s - 1]!.pos)) s--;
    return { start: s, end: head };
  }
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM') || prev.quote !== -1) return null;
  const np = plainNounPhrase(view, head, a);
  return np && np.end === head ? np : null;
}

/**
 * "Ortega emailed supporters saying X", "the union filed a lawsuit alleging X", "is making a pitch
 * to voters saying X": a bare participle after the object of such a verb reports what the verb's
 * subject says, not the object (a sign or poll that speaks for itself stands after other verbs).
 */
export function authorOf(view: TokenView, np: Range, a: number): Range | null {
  const toks = view.tokens;
  let k = np.start - 1;
  if (k > a && (toks[k]!.normal === 'out' || toks[k]!.normal === 'back' || toks[k]!.normal === 'off')) k--;
  const verb = toks[k];
  if (k < a || !verb || verb.pos !== 'VERB' || verb.quote !== -1) return null;
  if (!AUTHORING_VERBS.has(verb.lemma)) {
    // #1220 "entered the meeting believing X", "left the hall thinking X": an event or place
    // entered, left, started or taken (a determiner or possessive + common nouns) speaks for no
    // one ("left most riders thinking X" keeps its riders)
    if (!PASSAGE_VERBS.has(verb.lemma) || !(toks[np.start]!.pos === 'DET' || POSSESSIVES.has(toks[np.start]!.normal)) || toks[np.end - 1]!.pos !== 'NOUN') return null;
    for (let t = np.start + 1; t < np.end; t++) if (toks[t]!.pos === 'NUM' || toks[t]!.pos === 'PROPN') return null;
  }
  return sourceLeft(view, verbGroupStart(view, k, a), a);
}
/** #1220 Verbs whose object is an event or place, no speaker: "entered the meeting believing X". */
const PASSAGE_VERBS: ReadonlySet<string> = new Set(['enter', 'leave', 'start', 'take']);

/** Where "and" opens another absolute clause (a noun phrase and a participle) after `from`, or `b`. */
export function nextAbsolute(view: TokenView, from: number, b: number): number {
  const toks = view.tokens;
  for (let t = from; t < b && t - from < MAX_WALK; t++) {
    if (toks[t]!.normal !== 'and' || toks[t]!.quote !== -1) continue;
    for (let k = t + 2; k < b && k - t < 8; k++) {
      const v = toks[k]!;
      if (v.pos === 'VERB' && /ing$/.test(v.text) && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN')) return t;
      if (!(v.pos === 'NOUN' || v.pos === 'PROPN' || v.pos === 'ADJ' || v.pos === 'DET' || v.pos === 'NUM')) break;
    }
  }
  return b;
}

/** The noun phrase between an absolute "with" and participle `head`, or null. */
function withSubject(view: TokenView, head: number, a: number): Range | null {
  const toks = view.tokens;
  const prev = toks[head - 1]!;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || prev.quote !== -1) return null;
  // "with the right calling card": a participle before a noun modifies it
  if (toks[head + 1]?.pos === 'NOUN' || (cueEntry(toks[head]!)?.rate ?? 0) < 0.5) return null;
  const np = plainNounPhrase(view, head, a);
  if (!np || np.end !== head || np.start - 1 < a) return null;
  const w = toks[np.start - 1]!;
  // (the absolute phrase set off by a comma: "stuck with Trump talking" is an object)
  return w.normal === 'with' && w.quote === -1 && np.start - 2 >= a && isComma(toks[np.start - 2]) ? np : null;
}

/** Participles through which evidence reports, and the nouns of evidence that take them. */
const EVIDENCE_PARTICIPLES: ReadonlySet<string> = new Set(['showing', 'finding', 'suggesting', 'indicating']);
const EVIDENCE_NP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([...EVIDENCE_PLURALS, 'poll', 'survey', 'record', 'result', 'document', 'email', 'study', 'estimate', 'projection', 'report', 'reports', 'analysis', 'data']);

/** A second verb of the same subject: "... announced X and said CONTENT". */
export function isCoordinated(view: TokenView, groupStart: number, a: number): boolean {
  return coordinationAt(view, groupStart, a) >= 0;
}

/** Whether a subject opens its sentence (a conjunction or adverb may stand before it), so its clause is the main one. */
export function subjectOpens(toks: readonly Token[], src: Range, a: number): boolean {
  let k = a;
  while (k < src.start && (toks[k]!.pos === 'CCONJ' || toks[k]!.pos === 'ADV')) k++;
  return k === src.start;
}

/**
 * Whether the words after a speech verb's comma are a reported clause ("said, if elected, she
 * would ...", "says, win or lose, he's staying"): not a participle or a writer's addition
 * ("said, adding ...", ", but ..."), and a clause with its own verb follows before the sentence ends.
 */
export function opensClauseAfterComma(view: TokenView, from: number, b: number): boolean {
  const first = view.tokens[from]!;
  if (first.quote !== -1 || isFinal(first) || /ing$/.test(first.normal) || CONTENT_ENDERS.has(first.normal) || first.pos === 'CCONJ') return false;
  return hasClause(view, from, Math.min(b, from + MAX_WALK));
}

/** Words that open a time phrase between "and" and a verb: "and on Monday said", "but last week wrote". */
const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'later']);

/**
 * Where the "and"/"but" of a second verb of the same subject stands, or -1: right before the
 * verb group, or before a short time phrase ("... and on Monday said CONTENT").
 */
export function coordinationAt(view: TokenView, groupStart: number, a: number): number {
  const toks = view.tokens;
  let k = groupStart - 1;
  if (k > a && toks[k]!.quote === -1 && TIME_WORDS.has(toks[k]!.normal)) {
    while (k - 1 > a && groupStart - k < 4 && (TIME_WORDS.has(toks[k - 1]!.normal) || toks[k - 1]!.pos === 'NUM')) k--;
    if (k - 1 > a && TIME_PHRASE_OPENERS.has(toks[k - 1]!.normal)) k--;
    k--;
  }
  const before = toks[k];
  // #1460 "Moss told the board X, then warned that Y": a comma and `then` join a second verb too
  if (k === groupStart - 1 && k - 1 > a && before !== undefined && before.normal === 'then' && before.quote === -1 && isComma(toks[k - 1])) return k - 1;
  if (k === groupStart - 1 && k - 1 > a && isComma(before) && listedThatVerb(toks, groupStart, k, a)) return k; // #1461
  return before !== undefined && k > a && before.pos === 'CCONJ' && (before.normal === 'and' || before.normal === 'but') ? k : -1;
}
