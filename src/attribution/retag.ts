// Words the tagger read as nouns or adjectives where a reader sees a verb of saying or intending
// ("promising", "plans to", "has voted for"): retagged before the rules run, or recognised in
// place, so that the cue rules see them as verbs.
import type { Token } from '../document/types.js';
import { startsUpper } from './clauses.js';
import { hasVerbParticle, verbEntry, verbParticle } from './lexicon.js';
import {
  AS_FRAME_VERBS, AUX_BE, MIN_CUE_COUNT, MIN_CUE_RATE, MIN_PARTICLE_RATE, POSSESSIVES, WEEKDAYS,
} from './words.js';
import { isComma } from './frame.js';
import { castsAs } from './candidates.js';

/** Words before a participle that make it a verb: ", promising to", "by mocking", "is repeating". */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set([
  ',', 'by', 'while', 'after', 'before', 'without', 'and', 'is', 'are', 'was', 'were', 'been', 'be', 'am', 'not', 'also',
  'just', 'from', 'of', 'about', 'when', 'since', 'still', 'now', 'even', 'again', '—', '–', '”', "''",
]);
/** Verbs whose "-ing" form read as a noun or adjective is mostly no report ("ruling party", "offering free tuition"). */
const NOT_PARTICIPLE_CUES: ReadonlySet<string> = new Set(['seem', 'rule', 'read', 'love', 'offer']);

/** The cue verb a lower-case "-ing" word stands for ("promising" -> "promise", "jabbing" -> "jab"), or null. */
function participleLemma(word: string): string | null {
  const base = word.slice(0, -3);
  for (const lemma of [base, base + 'e', /(.)\1$/.test(base) ? base.slice(0, -1) : '']) {
    const entry = lemma ? verbEntry(lemma) : undefined;
    if (entry && entry.rate >= MIN_CUE_RATE && entry.count >= MIN_CUE_COUNT) return NOT_PARTICIPLE_CUES.has(lemma) ? null : lemma;
  }
  return null;
}

/** Subjects a verb's "-s" form agrees with ("he points"), and its base form ("they point"). */
const SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who', 'which', 'that']);
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'i', 'you', 'who', 'which', 'that']);

/**
 * "Critics point to X", "Merkel talks about X", "as Ortega points out,": a word the tagger read as
 * a noun is a verb when the word after it is that verb's learned particle (rate >= 0.5) and it
 * agrees with the word before it (a name or he/she/it before "talks", a plural or they/we before
 * "talk"; not a possessive, nor a unit after a number). Train: 16 of the 23 new attributions have
 * a gold cue exactly.
 */
/** Whether the word the tagger read as a noun at `t` agrees as a verb with the word before it. */
function agreesAsVerb(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!, prev = tokens[t - 1]!;
  if (prev.quote !== -1 || POSSESSIVES.has(prev.normal)) return false;
  return tok.text.endsWith('s') ? prev.pos === 'PROPN' || SINGULAR_SUBJECTS.has(prev.normal) :
    ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && /[^s]s$/.test(prev.text)) || PLURAL_SUBJECTS.has(prev.normal);
}

/**
 * #530 "Ada Moss plans to sell the pier", "She plans to vote for Ortega", "The board plans to
 * raise fares": "plans" before "to" and a verb, after a name, a singular subject pronoun or a
 * singular noun (not after a possessive, an adjective or a determiner: "his plans to", "detailed
 * plans to", "the plans to"), is the verb of an intention, a cue whatever the tagger read.
 */
function plansTo(tokens: readonly Token[], t: number, a: number, b: number): boolean {
  if (t <= a || t + 2 >= b || tokens[t + 1]!.normal !== 'to' || tokens[t + 2]!.pos !== 'VERB') return false;
  const prev = tokens[t - 1]!;
  if (prev.quote !== -1 || POSSESSIVES.has(prev.normal)) return false;
  // #1403 "Ada Moss backed the ferry, but soon plans to argue for the pier": `but` (an adverb between)
  // before `plans to` carries on the subject of the clause before (train: 2 gold cues with a source,
  // none found, 1 nested, no use without a cue outside a predicted content)
  if (prev.normal === 'but' || (prev.pos === 'ADV' && t - 2 >= a && tokens[t - 2]!.normal === 'but')) return true;
  if (prev.pos === 'ADV' && t - 2 >= a) return plansSubject(tokens[t - 2]!); // "The board also plans to"
  if (t - 1 === a && /ed$/.test(prev.text)) return false; // "Detailed plans to ...": an adjective opening the sentence
  return plansSubject(prev);
}

/**
 * #1402 "The dockers plan to strike", "pilots who plan to sail", "Ada Moss does not plan to run": the
 * base `plan` before `to` and a verb, right after they/we/who or a plural noun or name (an adverb
 * between), or after do/does/did + `not` and any subject #530 takes, is the verb of an intention
 * (train uses outside a predicted content: 4 gold cues with a source, none found; none without a cue
 * after such a subject; `they had better plan to X` and `the campaigns they plan to run` are left out
 * by the subject test and by the noun before `they`).
 */
function planBaseTo(tokens: readonly Token[], t: number, a: number, b: number): boolean {
  if (t <= a || t + 2 >= b || tokens[t + 1]!.normal !== 'to' || tokens[t + 2]!.pos !== 'VERB') return false;
  let k = t - 1;
  if (tokens[k]!.normal === 'not' || tokens[k]!.normal === "n't") {
    k--;
    if (k <= a || tokens[k]!.lemma !== 'do' || tokens[k]!.pos !== 'AUX') return false;
    k--;
    if (tokens[k]!.quote !== -1) return false;
    return plansSubject(tokens[k]!) || PLAN_SUBJECTS.has(tokens[k]!.normal) || ((tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') && /[^s]s$/.test(tokens[k]!.text));
  }
  if (tokens[k]!.pos === 'ADV' && k > a) k--;
  const subj = tokens[k]!;
  if (subj.quote !== -1) return false;
  if (subj.pos === 'PRON') return PLAN_SUBJECTS.has(subj.normal) && !(subj.normal !== 'who' && k - 1 >= a && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN'));
  return (subj.pos === 'NOUN' || subj.pos === 'PROPN') && /[^s]s$/.test(subj.text) && !(k - 1 >= a && POSSESSIVES.has(tokens[k - 1]!.normal));
}
const PLAN_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'who']);

/**
 * #1021 "The harbour board is planning to raise fares", "Ada Moss had planned to visit the pier",
 * "A group of pilots planned to protest": `planning` after a form of `be`, or `planned` after its
 * subject (or after `had` and its subject), before `to` and a verb, is an intention like #530's
 * `plans to`. Not after `than` (`took more time than he'd planned to spend`).
 */
function planningTo(tokens: readonly Token[], t: number, a: number, b: number): boolean {
  if (t <= a || t + 2 >= b || tokens[t + 1]!.normal !== 'to' || tokens[t + 2]!.pos !== 'VERB') return false;
  let k = t - 1;
  if (tokens[t]!.normal === 'planning') {
    if (k > a && (tokens[k]!.normal === 'not' || tokens[k]!.normal === "n't" || tokens[k]!.pos === 'ADV')) k--;
    if (!AUX_BE.has(tokens[k]!.normal) || tokens[k]!.pos !== 'AUX') return false;
    k--;
  } else if (tokens[k]!.normal === 'had' || tokens[k]!.normal === "'d") k--;
  if (k < a || tokens[k]!.quote !== -1) return false;
  const subj = tokens[k]!;
  if (k - 1 >= a && tokens[k - 1]!.normal === 'than') return false;
  if (subj.pos === 'PRON') return PLANNING_SUBJECTS.has(subj.normal);
  return subj.pos === 'PROPN' || (subj.pos === 'NOUN' && /^[a-z]+$/.test(subj.text));
}
const PLANNING_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'which']);

/**
 * #1022 "The dockers are looking for a new chief", "Ada Moss is looking for a deal": `looking`
 * right after a form of `be`, before `for` and a noun phrase, is an intention with its subject as
 * source (not "is looking good", "was looking ahead"). (`is looking to` + a verb too: train source
 * +0.02, but dev cue, source and content -0.02.)
 */
export function lookingFor(tokens: readonly Token[], t: number, a: number, b: number): boolean {
  if (t <= a || t + 2 >= b || tokens[t]!.normal !== 'looking' || !LOOKING_BE.has(tokens[t - 1]!.normal) || tokens[t - 1]!.pos !== 'AUX') return false;
  const next = tokens[t + 1]!, after = tokens[t + 2]!;
  return next.quote === -1 && next.normal === 'for' && (after.pos === 'DET' || after.pos === 'ADJ' || after.pos === 'NOUN');
}
const LOOKING_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", "'re", '’s', '’re', 'be', 'been']);

/**
 * #1023 "The district has voted for Ada Moss", "who had voted against the plan", "Kent has voted
 * Liberal for decades": `voted` right after a form of `have`, before for/against or a party word
 * (a capitalised adjective or name), is a stance with its subject as source (not "have already
 * voted", "has not voted": those are acts of voting, or none).
 */
function hasVotedFor(tokens: readonly Token[], t: number, a: number, b: number): boolean {
  if (t <= a || t + 1 >= b || tokens[t]!.normal !== 'voted' || tokens[t - 1]!.pos !== 'AUX' || tokens[t - 1]!.lemma !== 'have') return false;
  const next = tokens[t + 1]!;
  if (next.quote !== -1) return false;
  return next.normal === 'for' || next.normal === 'against' || ((next.pos === 'ADJ' || next.pos === 'PROPN') && startsUpper(next.text));
}

/**
 * #1201 "Some 40 percent would vote for Ada Moss", "only 9 percent would rather vote against X": a
 * poll share's `would vote for/against` (an adverb between) is a stance with the share as source
 * (train: 4 gold cues with a source, none found, 1 nested in another gold content; after any subject
 * 6 gold against 1 nested, but dev cue, source and content -0.02; after will/can/could/must the act
 * of voting is meant).
 */
function wouldVoteFor(tokens: readonly Token[], t: number, a: number, b: number): boolean {
  if (t - 1 <= a || t + 1 >= b || tokens[t]!.pos !== 'VERB') return false;
  const next = tokens[t + 1]!;
  if (next.quote !== -1 || !(next.normal === 'for' || next.normal === 'against')) return false;
  let k = t - 1;
  if (tokens[k]!.pos === 'ADV' && k - 1 > a) k--;
  if (!((tokens[k]!.normal === 'would' || tokens[k]!.normal === "'d" || tokens[k]!.normal === '’d') && tokens[k]!.quote === -1)) return false;
  return k - 1 >= a && (tokens[k - 1]!.normal === 'percent' || tokens[k - 1]!.normal === '%');
}

/**
 * Intention and support frames a word opens, each with the check that it does here (one look-up
 * per token; the words are distinct, so at most one check runs).
 */
export const INTENTION_FRAMES: ReadonlyMap<string, (tokens: readonly Token[], t: number, a: number, b: number) => boolean> = new Map([
  ['vote', wouldVoteFor], // #1201 "Some 40 percent would vote for Ada Moss"
  ['voted', hasVotedFor], // #1023 "The district has voted for Ada Moss"
  ['looking', lookingFor], // #1022 "The dockers are looking for a new chief"
  ['planning', planningTo], // #1021 "The board is planning to raise fares"
  ['planned', planningTo],
  ['plan', planBaseTo], // #1402 "The dockers plan to strike"
  ['plans', plansTo], // #530 "Ada Moss plans to sell the pier"
]);

function plansSubject(prev: Token): boolean {
  if (prev.pos === 'PRON') return SINGULAR_SUBJECTS.has(prev.normal);
  return prev.pos === 'PROPN' || (prev.pos === 'NOUN' && /^[a-z]+$/.test(prev.text) && !/s$/.test(prev.text));
}

/** Verbs whose noun reading wins after a name ("Western states", "Illinois state Rep."). */
const NOUN_FIRST: ReadonlySet<string> = new Set(['state']);

/**
 * "Republicans blast Obama", "Legal observers note the plan ...", "Israel disputes this": a
 * strong cue verb (rate >= 0.5) the tagger read as a noun, agreeing with the word before it (as
 * in #127) and followed by an object or clause (a name, pronoun, determiner, "that" or a
 * quotation), is the verb (train: 28 new gold cues, 17 uses that are none). Not after a
 * name that is itself modified ("the Western states").
 */
function objectVerb(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!, prev = tokens[t - 1]!, next = tokens[t + 1]!;
  if (!/^[a-z]+$/.test(tok.text) || NOUN_FIRST.has(tok.lemma)) return false;
  // #531 ...or before "to" and a verb: "Ada Moss pledges to rebuild the quay"
  const infinitive = next.normal === 'to' && tokens[t + 2]?.pos === 'VERB';
  if (!(next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'DET' || next.normal === 'that' || next.quote !== -1 || infinitive)) return false;
  if (!agreesAsVerb(tokens, t) && !determinedSubject(tokens, t)) return false;
  if (prev.pos === 'PROPN' && t >= 2 && (tokens[t - 2]!.pos === 'NUM' || tokens[t - 2]!.pos === 'ADJ' || tokens[t - 2]!.pos === 'DET')) return false;
  const entry = verbEntry(tok.lemma);
  // #456 "Harbourline estimates her wealth", "Faro views itself as": after a name, any cue
  // verb (rate >= 0.3) reads so; not before a day name ("Harbourline posts Sunday")
  const bar = prev.pos === 'PROPN' && !WEEKDAYS.has(next.text) ? MIN_CUE_RATE : 0.5;
  return entry !== undefined && entry.rate >= bar && entry.count >= MIN_CUE_COUNT;
}

/** #1141 Nouns of speech that `, delivering` hands over. */
const DELIVERED_SPEECH: ReadonlySet<string> = new Set(['speech', 'critique', 'indictment', 'tribute', 'apology', 'address', 'remarks', 'message', 'rebuke', 'warning', 'statement', 'attack', 'defense', 'plea', 'eulogy', 'lecture']);

/** #1141 Whether a speech noun stands within four tokens after `t` ("delivering a sharp rebuke"). */
export function deliversSpeech(tokens: readonly Token[], t: number, b: number): boolean {
  for (let k = t + 1; k < b && k - t <= 4; k++) {
    const w = tokens[k]!;
    if (DELIVERED_SPEECH.has(w.normal)) return true;
    if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'ADP') return false;
  }
  return false;
}

/** #451 Determiners that open a one-noun subject ("the report notes"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);

/**
 * #451 "The report notes the pier is old", "The board claims its fares are fair": an "-s" word
 * right after a determiner and one singular noun (not an "-ing" word: "his closing remarks"),
 * before an object that is no subject pronoun ("the budget points she raised" is a noun and its
 * relative clause), agrees as a verb (train: 5 such gold cues missed, 1 use with no gold cue).
 */
function determinedSubject(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!, prev = tokens[t - 1]!, next = tokens[t + 1]!;
  if (t < 2 || !tok.text.endsWith('s') || prev.pos !== 'NOUN' || !/^[a-z]+$/.test(prev.text) || /(s|ing)$/.test(prev.text)) return false;
  if (next.pos === 'PRON' && !POSSESSIVES.has(next.normal)) return false;
  return SUBJECT_DETERMINERS.has(tokens[t - 2]!.normal);
}

function particleVerb(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!, next = tokens[t + 1]!;
  if (!/^[a-z]+$/.test(tok.text) || next.quote !== -1 || next.pos === 'PUNCT') return false;
  // the verb agrees with its subject: "Moss talks", "he points", "critics point", "they talk"
  // ("the bombing campaign against", "a clarion call for" are nouns)
  if (!agreesAsVerb(tokens, t)) return false;
  const particle = verbParticle(tok.lemma, next);
  return particle !== undefined && particle.rate >= MIN_PARTICLE_RATE && particle.count >= MIN_CUE_COUNT && !(t >= 2 && tokens[t - 2]!.pos === 'NUM');
}

/** `tok` read as a verb: a token literal in the segmenter's property order, so every token keeps one hidden class. */
function verbToken(tok: Token, lemma: string): Token {
  return { start: tok.start, end: tok.end, text: tok.text, pos: 'VERB', lemma, normal: tok.normal, sentence: tok.sentence, quote: tok.quote };
}

/** #212 Quantities that stand alone as a subject: "that some say", "which many say". */
const BRIDGE_QUANTITIES: ReadonlySet<string> = new Set(['some', 'many', 'most', 'others', 'few', 'several']);

/** #212 "that critics say is", "which some say was": a relative word, a short subject, "say", a finite verb. */
function bridgedSay(tokens: readonly Token[], t: number): boolean {
  const prev = tokens[t - 1]!, next = tokens[t + 1]!;
  if (next.quote !== -1 || !(next.pos === 'AUX' || (next.pos === 'VERB' && /^[a-z]+$/.test(next.text) && !/ing$/.test(next.text)))) return false;
  if (!(BRIDGE_QUANTITIES.has(prev.normal) || (prev.pos === 'NOUN' && /[^s]s$/.test(prev.text)) || prev.pos === 'PROPN')) return false;
  for (let k = t - 2; k >= 0 && t - k <= 5; k--) {
    const w = tokens[k]!;
    if (w.quote !== -1 || w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') return false;
    if (w.normal === 'that' || w.normal === 'which' || w.normal === 'who') return k > 0 && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN' || isComma(tokens[k - 1]) || tokens[k - 1]!.pos === 'PUNCT');
  }
  return false;
}

/** #1002 Quantity words that stand alone before "say" ("Some say", "Nearly a third say"). */
const SAY_QUANTITIES: ReadonlySet<string> = new Set(['some', 'many', 'most', 'few', 'several', 'third', 'thirds', 'half']);
/** Tags that open a reported clause right after "say". */
const SAY_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['PRON', 'DET', 'SCONJ']);

/**
 * #1002 "Some say the pier is old", "Nearly a third say they like the ferry": "say" the tagger read
 * as a noun after a quantity standing alone as the subject (not after a noun, verb or preposition:
 * "have some say in", "a say"), before the start of a clause.
 */
function quantitySay(tokens: readonly Token[], t: number): boolean {
  if (t < 1 || t + 1 >= tokens.length) return false;
  const prev = tokens[t - 1]!, next = tokens[t + 1]!;
  if (prev.quote !== -1 || next.quote !== -1 || !SAY_QUANTITIES.has(prev.normal) || !SAY_CLAUSE_OPENERS.has(next.pos)) return false;
  if (t < 2 || tokens[t - 2]!.sentence !== prev.sentence) return true;
  const before = tokens[t - 2]!;
  return before.pos !== 'NOUN' && before.pos !== 'PROPN' && before.pos !== 'VERB' && before.pos !== 'AUX' && before.pos !== 'ADP';
}

/** The verb lemma of a word the tagger read as a noun after a subject (#127, #130, #131), or null. */
function nounAsVerb(tokens: readonly Token[], t: number): string | null {
  const tok = tokens[t]!, prev = tokens[t - 1]!;
  // #200 "and cast himself as", "Moss cast the board as": never a noun before its object and "as"
  if (AS_FRAME_VERBS.has(tok.lemma) && prev.pos !== 'DET' && prev.pos !== 'ADJ' && !POSSESSIVES.has(prev.normal) && castsAs(tokens, t, tokens.length)) return tok.lemma;
  // #212 "a berth that most pilots say is the safest", "rules that some say target dockers":
  // "say" after the subject of a relative clause bridged by it, before that clause's verb
  if (tok.normal === 'say' && bridgedSay(tokens, t)) return 'say';
  if (tok.normal === 'say' && quantitySay(tokens, t)) return 'say';
  // every reading needs a subject right before: a noun, name, pronoun or relative word
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && prev.pos !== 'PRON' && !SINGULAR_SUBJECTS.has(prev.normal)) return null;
  // "Moss shot back that ...": the retort, not a photograph
  if (tok.normal === 'shot') return tokens[t + 1]!.normal === 'back' && prev.pos !== 'NOUN' ? 'shoot' : null;
  // (most nouns name no cue verb: one map lookup each)
  const verb = verbEntry(tok.lemma) !== undefined, particles = hasVerbParticle(tok.lemma);
  return (verb && objectVerb(tokens, t)) || (particles && particleVerb(tokens, t)) ? tok.lemma : null;
}

/**
 * #452 "the pier is a mess,” Will wrote.", "Instead, Will described the plan as": a capitalised
 * "Will" inside a sentence right before a past or "-s" verb form is a name, never the modal (train:
 * 6 such uses, 5 of the verbs gold cues, none found before).
 */
function willAsName(tokens: readonly Token[], t: number): boolean {
  const prev = tokens[t - 1]!, next = tokens[t + 1]!;
  if (prev.sentence !== tokens[t]!.sentence || next.pos !== 'VERB' || !/^[a-z]+$/.test(next.text)) return false;
  return next.normal !== next.lemma && !next.normal.endsWith('ing');
}

/** #450 Subject words an "-ed" verb the tagger read as an adjective follows ("they preferred X"). */
const ED_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'who']);

/**
 * #450 "Moss referenced a report", "The dockers preferred the old pier", "a pilot who detailed
 * the plan": a cue verb's past form (rate >= 0.5) the tagger read as an adjective, right after a
 * name, a plural noun or a subject pronoun and before an object (a determiner, pronoun, name,
 * "that" or a quotation), is the verb (train: 8 such words, all gold cues, none found before).
 */
function adjAsVerb(tokens: readonly Token[], t: number): string | null {
  const tok = tokens[t]!, prev = tokens[t - 1]!, next = tokens[t + 1]!;
  if (!/^[a-z]+ed$/.test(tok.text) || prev.quote !== -1) return null;
  if (!(prev.pos === 'PROPN' || (prev.pos === 'NOUN' && /[^s]s$/.test(prev.text)) || ED_SUBJECTS.has(prev.normal))) return null;
  if (!(next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'DET' || next.normal === 'that' || next.quote !== -1)) return null;
  const base = tok.text.slice(0, -2);
  for (const lemma of [base, base + 'e', /(.)\1$/.test(base) ? base.slice(0, -1) : '']) {
    const entry = lemma ? verbEntry(lemma) : undefined;
    if (entry && entry.rate >= 0.5 && entry.count >= MIN_CUE_COUNT) return lemma;
  }
  return null;
}

/**
 * #922 Participles that open a title before its noun ("managing director", "acting chairman",
 * "founding partner"): the tagger reads them as verbs, which ends an apposition or a subject.
 */
const TITLE_PARTICIPLES: ReadonlySet<string> = new Set(['managing', 'acting', 'founding', 'presiding', 'visiting', 'ranking', 'outgoing', 'operating', 'supervising', 'consulting']);
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'director', 'directors', 'editor', 'editors', 'partner', 'partners', 'member', 'members', 'secretary', 'chairman',
  'chairwoman', 'chair', 'president', 'officer', 'judge', 'producer', 'fellow', 'professor', 'scholar', 'attorney', 'governor', 'mayor',
]);
/** Possessives that cannot also be an object before a verb (unlike "her": "saw her lead the team"). */
const OWNER_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'his', 'their', 'our', 'my', 'your']);
/**
 * "Ortega, promising to rebuild the pier", "by mocking Moss", "has been repeating that ...": a
 * cue verb's participle the tagger read as a noun or adjective is a verb where a verb stands
 * (train: 45 of 65 such words are gold cues, none found before). The token list is copied only
 * when one changes.
 */
export function retagParticiples(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let t = 1; t + 1 < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.pos === 'AUX' && tok.text === 'Will' && willAsName(tokens, t)) {
      out ??= tokens.slice();
      out[t] = { start: tok.start, end: tok.end, text: tok.text, pos: 'PROPN', lemma: tok.text, normal: tok.normal, sentence: tok.sentence, quote: tok.quote };
      continue;
    }
    if (tok.pos === 'VERB' && TITLE_PARTICIPLES.has(tok.normal) && TITLE_NOUNS.has(tokens[t + 1]!.normal) && tok.quote === -1) {
      // #922 "said Tom Reyes, managing director of the harbour bank": a title, no verb
      out ??= tokens.slice();
      out[t] = { start: tok.start, end: tok.end, text: tok.text, pos: 'ADJ', lemma: tok.normal, normal: tok.normal, sentence: tok.sentence, quote: tok.quote };
      continue;
    }
    if (tok.pos === 'VERB' && OWNER_POSSESSIVES.has(tokens[t - 1]!.normal) && tokens[t + 1]!.pos === 'NOUN' && tok.quote === -1 &&
      !/(?:ed|en)$/.test(tok.normal)) {
      // "Its lead author, Ada Moss, said": after an owner no verb can stand, so the word
      // describes the noun after it; read as a verb it ends the subject before the cue (a
      // participle stays: "his proposed ban" is a report the noun-cue rules read)
      out ??= tokens.slice();
      out[t] = { start: tok.start, end: tok.end, text: tok.text, pos: 'ADJ', lemma: tok.normal, normal: tok.normal, sentence: tok.sentence, quote: tok.quote };
      continue;
    }
    if ((tok.pos !== 'NOUN' && tok.pos !== 'ADJ') || tok.quote !== -1) continue;
    const asVerb = tok.pos === 'NOUN' ? nounAsVerb(tokens, t) : adjAsVerb(tokens, t);
    if (asVerb) {
      out ??= tokens.slice();
      out[t] = verbToken(tok, asVerb);
      continue;
    }
    if (!tok.text.endsWith('ing') || !/^[a-z]+ing$/.test(tok.text)) continue;
    const prev = tokens[t - 1]!, next = tokens[t + 1]!;
    if (!(PARTICIPLE_OPENERS.has(prev.normal) || (prev.pos === 'ADV' && prev.normal.endsWith('ly')))) continue;
    // an object, an infinitive or a clause after it ("promising news" stays an adjective)
    const takesObject = next.normal === 'to' || next.normal === 'that' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' ||
      next.pos === 'ADP' || next.quote !== -1 || (tok.pos === 'NOUN' && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM'));
    if (!takesObject) continue;
    const lemma = participleLemma(tok.text);
    if (!lemma) continue;
    out ??= tokens.slice();
    out[t] = verbToken(tok, lemma);
  }
  return out ?? tokens;
}
