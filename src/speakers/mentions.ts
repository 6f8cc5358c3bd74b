// Named mentions in the whole text: runs of capitalised words, split into a person's name and
// the title / organisation written before it ("NATO Secretary General Mark Rutte") or after
// it ("Luis Ferreira, the transit director"), or classed as an organisation, medium or place.
import type { Token } from '../document/types.js';
import {
  DEMONYMS, FEMALE_NAMES, GENDERED_ROLES, HONORIFICS, KNOWN_MEDIA, KNOWN_ORGS, MALE_NAMES, MEDIA_SUFFIXES,
  MEDIA_NOUNS, NAME_PARTICLES, NOT_NAMES, ORG_NOUNS, ORG_SUFFIXES, PLACES, ROLE_HEADS, ROLE_WORDS, TITLE_ABBREVIATIONS,
} from './lexicon.js';

export type Gender = 'male' | 'female';

/** A token, or several joined by hyphens with no space ("President-elect", "Lopez-Cantera"). */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence: number;
  /** First word of a sentence, or right after an opening quote, bracket, dash or colon. */
  initial: boolean;
  /** Capitalised in a way that can belong to a name. */
  cap: boolean;
  /** In a title-case or all-caps line (a headline), where capitals say little. */
  headline: boolean;
}

export type NamedKind = 'person' | 'org' | 'media' | 'place' | 'unknown';

export interface NamedMention {
  /** Character span of the whole referring expression, titles included. */
  start: number;
  end: number;
  /** Word index range of the name proper (or the whole name of an organisation). */
  nameFirst: number;
  nameEnd: number;
  name: string;
  kind: NamedKind;
  role: string | null;
  organization: string | null;
  gender: Gender | null;
  /** Lower-case first and last name words of a person (first === last for one word). */
  first: string;
  last: string;
  /** Number of name words (without titles and honorifics). */
  nameWords: number;
  /** Evidence beyond capitalisation that a one-word name is a person (honorific, title). */
  personEvidence: boolean;
  /** A one-word name whose gender comes only from the first-name lists ("Grant", "Clark" can be surnames). */
  genderFromName?: boolean;
  /** Followed by a lower-case noun ("Trump efforts", "Biden official"): describes, does not refer. */
  modifier: boolean;
  possessive: boolean;
  /** Where the organisation written before a person's title is ("Kremlin" in "Kremlin spokesman ..."). */
  orgSpan: [number, number] | null;
  /** Introduced as somebody's relative ("Her daughter, Juno Aldous"): not who a shared surname means. */
  kin?: boolean;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', ':', ';']);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on']);
const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
const CAP_RE = /^\p{Lu}/u;
const PARTICLE_CAP_RE = /^(?:al|el|bin|ibn|de|d)[-'’]\p{Lu}/u;
const LETTER_RE = /\p{L}/u;
const ACRONYM_RE = /^(?:\p{Lu}\.?){2,6}$/u;
const ORG_INTRODUCERS = new Set(['of', 'at', 'for', 'with', 'to', 'in', 'from']);
const POSSESSIVE_END_RE = /^\p{Lu}.*?(['’]s)$/u;
const ABBREVIATION_RE = /^(?:\p{Lu}|Sens|Reps|Govs|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Dr|Del|Mr|Mrs|Ms|St|Jr|Sr)\.$/u;
const INITIAL_RE = /^\p{Lu}\.$/u;
const LOWER_START_RE = /^\p{Ll}/u;
// "Chilean-born", "Denver-based": describes the person after it, is no part of the name
const DESCRIBING_RE = /-(?:born|based|bred|raised)$/;
const CONTINUING_PUNCT = new Set([',', ';', ')']);
const AGENT_RE = /(?:er|or|ist|ian|man|woman|person|ant|ent|ee|ive)$/;

// Which word lists a lower-case word is in, as bits: one look-up answers what took up to seven
// (the lists are large tables, and each look-up that misses the processor cache is slow).
const ROLE = 1;
const HONORIFIC = 2;
const MALE_NAME = 4;
const FEMALE_NAME = 8;
const KNOWN_ORG = 16;
const KNOWN_MEDIUM = 32;
const PLACE = 64;
const DEMONYM = 128;
const ORG_SUFFIX = 256;
const MEDIA_SUFFIX = 512;
const LISTS = new Map<string, number>();
for (const [bit, words] of [
  [ROLE, ROLE_WORDS], [ROLE, ROLE_HEADS], [ROLE, TITLE_ABBREVIATIONS.keys()], [HONORIFIC, HONORIFICS.keys()],
  [MALE_NAME, MALE_NAMES], [FEMALE_NAME, FEMALE_NAMES], [KNOWN_ORG, KNOWN_ORGS], [KNOWN_MEDIUM, KNOWN_MEDIA.keys()],
  [PLACE, PLACES], [DEMONYM, DEMONYMS.keys()], [ORG_SUFFIX, ORG_SUFFIXES], [MEDIA_SUFFIX, MEDIA_SUFFIXES],
] as const) {
  for (const w of words) LISTS.set(w, (LISTS.get(w) ?? 0) | bit);
}

export function isRoleWord(lower: string): boolean {
  return ((LISTS.get(lower) ?? 0) & ROLE) !== 0;
}

// Agent nouns ("speechwriters", "environmentalists") name people; these look like them but do not.
const NOT_AGENTS = new Set(['order', 'number', 'paper', 'letter', 'poster', 'computer', 'water', 'matter', 'center', 'centre', 'border', 'quarter', 'chapter', 'error', 'sector', 'factor', 'motor', 'mirror', 'meter', 'counter', 'cancer', 'power', 'tower', 'monitor', 'corridor', 'behavior', 'behaviour', 'register', 'ledger', 'other', 'weather', 'winter', 'summer', 'theater', 'theatre', 'disaster', 'filter', 'cluster', 'barrier', 'carrier', 'trailer', 'percent', 'moment', 'statement', 'government', 'agreement', 'element', 'comment', 'payment', 'department', 'parliament', 'document', 'argument', 'event', 'content', 'extent', 'talent', 'incident', 'committee', 'fee', 'coffee', 'degree', 'guarantee', 'tree', 'decree', 'percentage', 'initiative', 'incentive', 'objective', 'alternative', 'perspective', 'narrative', 'motive', 'missive', 'offensive', 'explosive', 'positive', 'negative', 'archive', 'drive', 'directive', 'announcement', 'investment', 'development', 'environment', 'management', 'treatment', 'requirement', 'settlement', 'movement', 'segment', 'equipment', 'assessment', 'employment', 'enforcement', 'measurement', 'sentiment', 'experiment', 'instrument', 'amendment', 'judgment', 'judgement', 'commitment', 'appointment', 'retirement', 'shipment', 'cement', 'basement', 'apartment', 'compartment', 'supplement', 'implement', 'complement', 'fragment', 'garment', 'ornament', 'pavement', 'tournament', 'adjustment', 'engagement', 'impeachment', 'indictment', 'punishment', 'achievement', 'improvement', 'involvement', 'replacement', 'arrangement', 'establishment', 'entitlement', 'encampment', 'deployment', 'unemployment', 'president', 'student', 'resident', 'agent', 'client', 'patient', 'parent', 'opponent', 'proponent', 'respondent', 'correspondent', 'dissident', 'participant', 'immigrant', 'migrant', 'applicant', 'tenant', 'servant', 'accountant', 'consultant', 'assistant', 'attendant', 'merchant', 'peasant', 'sergeant', 'lieutenant', 'descendant', 'defendant', 'claimant', 'informant', 'combatant', 'militant', 'protestant', 'entrant', 'inhabitant']);
// (the last group above are people, listed so that NOT_AGENTS is not consulted for them)
const PEOPLE_IN_NOT_AGENTS = new Set(['president', 'student', 'resident', 'agent', 'client', 'patient', 'parent', 'opponent', 'proponent', 'respondent', 'correspondent', 'dissident', 'participant', 'immigrant', 'migrant', 'applicant', 'tenant', 'servant', 'accountant', 'consultant', 'assistant', 'attendant', 'merchant', 'peasant', 'sergeant', 'lieutenant', 'descendant', 'defendant', 'claimant', 'informant', 'combatant', 'militant', 'protestant', 'entrant', 'inhabitant']);

/** A noun that names a person by what they do ("hydrologist", "speechwriters"). */
export function isAgentNoun(lower: string): boolean {
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (PEOPLE_IN_NOT_AGENTS.has(singular)) return true;
  if (NOT_AGENTS.has(singular) || singular.length <= 4) return false;
  return AGENT_RE.test(singular);
}

export function nameGender(firstLower: string): Gender | null {
  const lists = (LISTS.get(firstLower) ?? 0) & (MALE_NAME | FEMALE_NAME);
  return lists === MALE_NAME ? 'male' : lists === FEMALE_NAME ? 'female' : null;
}

/** Joins hyphenated tokens into words and marks which can belong to a name. */
export function buildWords(tokens: readonly Token[], text: string): Word[] {
  const words: Word[] = [];
  let prevSentence = -1;
  let mergeFrom = -1;
  let mergeTo = -1;
  // about half the articles have no curly apostrophe: their words need no look for one
  const curly = text.includes('’');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let end = t.end;
    let j = i;
    // "President-elect" comes as three tokens; glue them when nothing separates them
    while (
      j + 2 < tokens.length && tokens[j + 1]!.text === '-' && tokens[j + 1]!.start === end &&
      tokens[j + 2]!.start === tokens[j + 1]!.end && LETTER_RE.test(tokens[j + 2]!.text[0] ?? '') &&
      tokens[j + 2]!.sentence === t.sentence
    ) {
      j += 2;
      end = tokens[j]!.end;
    }
    // "Sens" + "." (the tokenizer splits some abbreviations): one word, as "Sen." is
    const nextTok = tokens[j + 1];
    if (j === i && nextTok && nextTok.text === '.' && nextTok.start === end && TITLE_ABBREVIATIONS.has(`${t.text.toLowerCase()}.`)) {
      j++;
      end = nextTok.end;
    }
    const wordText = j === i ? t.text : text.slice(t.start, end);
    const prev = words[words.length - 1];
    // The tagger ends sentences after "Sen." or an initial ("Elijah E. | Cummings"): undo that
    // when a capitalised word follows, so the name stays in one sentence.
    // Also after a bracketed label ("Sen. Ann Lee (D-Va.), Tom Ray and ..."): a sentence cannot
    // start with a comma or a lower-case word right after an abbreviation or a closing bracket.
    // A paragraph break always ends the sentence ("X." alone on a line is no initial).
    if (t.sentence !== prevSentence && prev && (
      (ABBREVIATION_RE.test(prev.text) && isUpperStart(t.text)) ||
      ((prev.text === ')' || (prev.text.length > 1 && prev.text.endsWith('.'))) && (CONTINUING_PUNCT.has(t.text) || LOWER_START_RE.test(t.text)))
    ) && !lineBreakBetween(text, prev.end, t.start)) {
      mergeFrom = t.sentence;
      mergeTo = prev.sentence;
    }
    const sentence = t.sentence === mergeFrom ? mergeTo : t.sentence;
    const initial = sentence !== prevSentence || (prev !== undefined && opens(prev, words[words.length - 2], t.start));
    prevSentence = sentence;
    // the tokenizer sometimes keeps "Trump's" whole: split off the possessive
    const len = wordText.length;
    const poss = j === i && len > 3 && wordText.charCodeAt(len - 1) === 115 && isApostrophe(wordText.charCodeAt(len - 2)) ? POSSESSIVE_END_RE.exec(wordText) : null;
    const nameEnd = poss ? end - poss[1]!.length : end;
    const nameText = poss ? wordText.slice(0, nameEnd - t.start) : wordText;
    let lower = nameText.toLowerCase();
    if (curly && lower.includes('’')) lower = lower.replace(/’/g, "'");
    const w: Word = { start: t.start, end: nameEnd, text: nameText, lower, pos: t.pos, sentence, initial, cap: false, headline: false };
    w.cap = canBeName(w);
    words.push(w);
    if (poss) words.push({ start: nameEnd, end, text: poss[1]!, lower: poss[1]!.replace(/’/g, "'"), pos: 'PART', sentence, initial: false, cap: false, headline: false });
    i = j;
  }
  markHeadlines(words);
  // A first word the tagger misreads ("Lynch said", "Wall said") is still a name when the
  // same word is capitalised inside a sentence elsewhere in the article.
  const capitalisedInside = new Set<string>();
  for (const w of words) if (w.cap && !w.initial && !w.headline) capitalisedInside.add(w.lower);
  for (const w of words) {
    if (w.initial && !w.cap && !w.headline && capitalisedInside.has(w.lower) && CAP_RE.test(w.text) && !NOT_NAMES.has(w.lower)) w.cap = true;
  }
  return words;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at >= 0 && at < to;
}

function isMark(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return CAP_RE.test(t);
}

/** A quotation mark opens when it touches the next word and not the previous one. */
function opens(mark: Word, before: Word | undefined, nextStart: number): boolean {
  if (mark.text.length !== 1 || !OPENERS.has(mark.text)) return false;
  if (mark.text !== '"' && mark.text !== "'") return true;
  return mark.end === nextStart && (before === undefined || before.end < mark.start);
}

// Title-case and all-caps lines ("Obama Sees Personal Insult", "FELLOW DOCTORS"): every word is
// capitalised, so runs of capitals are not names there.
function markHeadlines(words: Word[]): void {
  let from = 0;
  while (from < words.length) {
    let to = from;
    while (to < words.length && words[to]!.sentence === words[from]!.sentence) to++;
    let long = 0;
    let capital = 0;
    for (let k = from; k < to; k++) {
      const t = words[k]!.text;
      if (t.length < 4) continue;
      const c = t.charCodeAt(0);
      if (isUpperStart(t)) {
        long++;
        capital++;
      } else if ((c >= 97 && c <= 122) || (c >= 128 && LETTER_RE.test(t))) {
        long++;
        // three lower-case words already make prose (the test below allows at most two)
        if (long - capital > 2) break;
      }
    }
    // prose has lower-case content words; a title-case line has almost none
    if (long - capital <= 2 && capital >= 4 && long <= 20 && long - capital <= Math.max(1, long * 0.1)) {
      let upper = 0;
      for (let k = from; k < to; k++) {
        const t = words[k]!.text;
        if (t.length >= 4 && isUpperStart(t) && t === t.toUpperCase()) upper++;
      }
      const allCaps = upper >= long * 0.6;
      for (let k = from; k < to; k++) {
        const w = words[k]!;
        w.headline = true;
        if (allCaps && w.cap && !KNOWN_ORGS.has(w.lower) && !KNOWN_MEDIA.has(w.lower) && !PLACES.has(w.lower)) w.cap = false;
      }
    }
    from = to;
  }
}

function canBeName(w: Word): boolean {
  const t = w.text;
  const c = t.charCodeAt(0);
  // most words start lower case: answer those without a regular expression ("al-Assad" and
  // "d'Estaing" have the mark within their first four characters)
  if (c >= 97 && c <= 122) {
    const mark = t.length > 3 && (isMark(t.charCodeAt(1)) || isMark(t.charCodeAt(2)) || isMark(t.charCodeAt(3)));
    if (!mark || !PARTICLE_CAP_RE.test(t)) return false;
  } else if (c < 65 || (c > 90 && c < 128)) return false;
  else if (c >= 128 && !CAP_RE.test(t)) return false;
  if (NOT_NAMES.has(w.lower) || (w.lower.endsWith('.') && NOT_NAMES.has(w.lower.slice(0, -1)))) return false;
  if (w.pos === 'PUNCT' || w.pos === 'SYM' || w.pos === 'NUM') return false;
  if (!w.initial) return true;
  // A sentence's first word is capitalised anyway: ask for more than the capital letter.
  return (
    w.pos === 'PROPN' || ((LISTS.get(w.lower) ?? 0) & (ROLE | HONORIFIC | MALE_NAME | FEMALE_NAME | KNOWN_ORG | KNOWN_MEDIUM | PLACE)) !== 0 ||
    ACRONYM_RE.test(w.text)
  );
}

// Places and one-word media stay possible names ("George Washington", "Fiona Hill").
function isNameWord(w: Word): boolean {
  return (
    w.cap && ((LISTS.get(w.lower) ?? 0) & (ROLE | ORG_SUFFIX | HONORIFIC | KNOWN_ORG | DEMONYM)) === 0 && !ACRONYM_RE.test(w.text) &&
    !DESCRIBING_RE.test(w.lower)
  );
}

// Strings joined in a loop, not map().join(): the array map() makes changes elements kind once
// the caller is optimised, and join then meets a new array map (a deopt passes into a worker's life).
function titleText(ws: readonly Word[]): string {
  let out = '';
  for (let i = 0; i < ws.length; i++) out += (i > 0 ? ' ' : '') + (TITLE_ABBREVIATIONS.get(ws[i]!.lower) ?? ws[i]!.text);
  return out.replace(/ - /g, '-');
}

function spanText(text: string, ws: readonly Word[], a: number, b: number): string {
  return text.slice(ws[a]!.start, ws[b - 1]!.end);
}

/** Finds every capitalised run and parses it. Runs never cross a sentence. */
export function findNamedMentions(words: readonly Word[], text: string): NamedMention[] {
  const chunks: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.cap) { i++; continue; }
    const a = i;
    let b = i + 1;
    for (;;) {
      const w = words[b];
      if (!w) break;
      if (w.sentence !== words[a]!.sentence) break;
      // in a headline only a first name and its surname stay together
      if (w.headline && !(b === a + 1 && nameGender(words[a]!.lower))) break;
      if (w.cap) { b++; continue; }
      if (POSSESSIVE.has(w.text) && ownedOrgName(words, a, b)) { b++; continue; }
      // particles and connectors only inside a run: "Ursula von der Leyen", "Department of Justice"
      if (NAME_PARTICLES.has(w.text) || CONNECTORS.has(w.lower)) {
        let k = b;
        while (words[k] && (NAME_PARTICLES.has(words[k]!.text) || CONNECTORS.has(words[k]!.lower)) && k - b < 3) k++;
        if (words[k]?.cap && words[k]!.sentence === w.sentence && !words[k]!.initial) { b = k + 1; continue; }
      }
      break;
    }
    for (const c of splitChunk(words, a, b)) if (!isCalendarName(words, c[0], c[1])) chunks.push(c);
    i = b;
  }

  // Walk back so that a person's titles can swallow the runs before it ("NATO" in
  // "NATO Secretary General Mark Rutte" is the organisation, not a mention of its own).
  const out: NamedMention[] = [];
  let floor = Infinity;
  for (let c = chunks.length - 1; c >= 0; c--) {
    const [a, b] = chunks[c]!;
    if (words[a]!.start >= floor) continue;
    const m = parseChunk(words, text, a, b);
    out.push(m);
    floor = m.start;
  }
  out.reverse();
  // "Minyon Moore" is a person when the text later calls her "Moore" ("Climate Assessment" never
  // comes back as "Assessment")
  const alone = new Set<string>();
  for (const m of out) {
    // a capitalised first word ("First, Trump said") is no evidence
    if (m.nameWords === 1 && m.kind !== 'org' && m.kind !== 'media' && m.kind !== 'place' && (!words[m.nameFirst]!.initial || m.kind === 'person')) alone.add(m.last);
  }
  for (const m of out) if (m.kind === 'unknown' && m.nameWords >= 2 && alone.has(m.last)) m.kind = 'person';
  return out;
}

/** Heads of names that groups of people give themselves: "Traders' Association", "Workers' Party". */
const MEMBERS_ORG = new Set([
  'association', 'union', 'federation', 'league', 'guild', 'society', 'club', 'corps', 'council', 'alliance',
  'coalition', 'fund', 'party', 'brotherhood', 'cooperative', 'co-op', 'college', 'hospital', 'chamber',
]);
const IRREGULAR_PLURALS = new Set(['children', 'women', 'men', 'people']);

/**
 * "The Wexford Traders' Association", "the Children's Hospital": a plural's possessive (word
 * ending in s and a bare apostrophe, or children's, women's, men's, people's) inside a
 * capitalised run whose last word heads a members' organisation is part of one name, not an
 * owner and its thing: a run opening with a first name or a title owns ("Lena Voss' Harbour Club").
 */
function ownedOrgName(words: readonly Word[], first: number, at: number): boolean {
  const mark = words[at]!;
  const owner = words[at - 1]!;
  if (mark.start !== owner.end) return false;
  const opener = words[first]!.lower;
  if (opensPersonName(opener)) return false;
  const bare = mark.text === "'" || mark.text === '’';
  if (bare ? !owner.lower.endsWith('s') : !IRREGULAR_PLURALS.has(owner.lower)) return false;
  let end = at + 1;
  while (words[end]?.cap && words[end]!.sentence === mark.sentence) end++;
  return end > at + 1 && MEMBERS_ORG.has(words[end - 1]!.lower);
}

/** A word that opens a person's name: a known first name or an honorific ("Dr.", "Mrs"). */
function opensPersonName(lower: string): boolean {
  return nameGender(lower) !== null || HONORIFICS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ''));
}

/** "Labor Day", "Election Day", "Christmas Eve": a day's name, not a person called Day (but "Doris Day"). */
function isCalendarName(words: readonly Word[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  const last = words[b - 1]!.lower;
  if (last !== 'day' && last !== 'eve') return false;
  const first = words[a]!.lower;
  return !opensPersonName(first);
}

/** Keeps "Department of Justice" whole but splits "Mark Rutte and Donald Trump". */
function splitChunk(words: readonly Word[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let segStart = a;
  for (let k = a; k < b; k++) {
    const w = words[k]!;
    if (w.cap) continue;
    if (!CONNECTORS.has(w.lower)) continue; // particles stay
    let next = k;
    while (next < b && !words[next]!.cap) next++;
    const left = words[k - 1]!;
    // the run after the connector, up to the next connector
    let rightEnd = next;
    while (rightEnd < b && words[rightEnd]!.cap) rightEnd++;
    const rightLast = words[rightEnd - 1]!;
    let joined = words[segStart]!.lower;
    for (let x = segStart + 1; x < rightEnd; x++) joined += ` ${words[x]!.lower}`;
    // "Dr. Hana Sato of Lowmoor University", "Ada Moss of the Harbour Trust": a person's name
    // (an honorific or a known first name, two words or more) is no part of the organisation after "of"
    // ("Chief Inspector Owen Rees of Arlen Police": titles before the name too)
    let nameAt = segStart;
    while (nameAt < k - 2 && isRoleWord(words[nameAt]!.lower)) nameAt++;
    const personLeft = w.lower === 'of' && k - nameAt >= 2 && !ORG_SUFFIXES.has(left.lower) &&
      opensPersonName(words[nameAt]!.lower);
    const keep = !personLeft && (
      ((LISTS.get(joined) ?? 0) & (KNOWN_ORG | KNOWN_MEDIUM | PLACE)) !== 0 ||
      (w.lower === 'of' && isRoleWord(left.lower)) ||
      ((w.lower === 'of' || w.lower === 'on' || w.lower === 'for') && ORG_SUFFIXES.has(left.lower)) ||
      ORG_SUFFIXES.has(rightLast.lower.replace(/'s$/, '')) ||
      // "Office of Rail and Road", "Ministry of Housing and Local Government" (not "... and Tom Reed")
      (w.lower === 'and' && next < b && ORG_SUFFIXES.has(words[segStart]!.lower) && words[segStart + 1]?.lower === 'of' &&
        nameGender(words[next]!.lower) === null && !HONORIFICS.has(words[next]!.lower) && !isRoleWord(words[next]!.lower)));
    if (!keep) {
      out.push([segStart, k]);
      segStart = next;
    }
    k = next - 1;
  }
  out.push([segStart, b]);
  return out;
}

const SUFFIX_BEFORE_OF_RE = /\b(\S+) (?:of|on|for) /;

function classifyWhole(lower: string, last: string, multi: boolean, single: Word | null): NamedKind | null {
  const lists = LISTS.get(lower) ?? 0;
  if ((lists & KNOWN_MEDIUM) !== 0) return 'media';
  if ((lists & KNOWN_ORG) !== 0) return 'org';
  if ((lists & (PLACE | DEMONYM)) !== 0) return 'place';
  const lastLists = LISTS.get(last) ?? 0;
  if (multi && (lastLists & MEDIA_SUFFIX) !== 0) return 'media';
  // "Commission on Presidential Debates", "Council on Foreign Relations"
  if (multi) {
    const m = SUFFIX_BEFORE_OF_RE.exec(lower);
    if (m && ORG_SUFFIXES.has(m[1]!)) return 'org';
  }
  if ((lastLists & ORG_SUFFIX) !== 0) return 'org';
  // "MP", "CEO" are titles, not organisations' initials
  if (single && ACRONYM_RE.test(single.text) && (lists & ROLE) === 0) return 'org';
  return null;
}

export function parseChunk(words: readonly Word[], text: string, a: number, b: number): NamedMention {
  const lastWord = words[b - 1]!;
  const after = words[b];
  const possessive = after !== undefined && after.start === lastWord.end && POSSESSIVE.has(after.text);
  const modifier =
    !possessive && after !== undefined && after.sentence === lastWord.sentence && !after.cap &&
    (after.pos === 'NOUN' || (after.pos === 'PROPN' && !CAP_RE.test(after.text))) && /^\p{Ll}/u.test(after.text);
  const base: NamedMention = {
    start: words[a]!.start, end: lastWord.end, nameFirst: a, nameEnd: b, name: spanText(text, words, a, b),
    kind: 'unknown', role: null, organization: null, gender: null, first: '', last: '', nameWords: 0,
    personEvidence: false, modifier, possessive, orgSpan: null,
  };

  let wholeLower = words[a]!.lower;
  for (let k = a + 1; k < b; k++) wholeLower += ` ${words[k]!.lower}`;
  const whole = classifyWhole(wholeLower, lastWord.lower, b - a > 1, b - a === 1 ? words[a]! : null);
  // "Emily Post" is a person although "Post" ends newspaper names
  if (whole && !(b - a <= 3 && b - a > 1 && nameGender(words[a]!.lower))) {
    base.kind = whole;
    if (whole === 'media') base.name = KNOWN_MEDIA.get(wholeLower) ?? base.name;
    return base;
  }
  // "Representative Anna K. Bishop of New York": a place after "of" is where the person is from
  for (let k = b - 2; k > a + 1; k--) {
    if (words[k]!.lower !== 'of') continue;
    let tail = words[k + 1]!.lower;
    for (let j = k + 2; j < b; j++) tail += ` ${words[j]!.lower}`;
    if (((LISTS.get(tail) ?? 0) & PLACE) !== 0) {
      const person = parseChunk(words, text, a, k);
      if (person.kind === 'person' && person.nameWords >= 2) return person;
    }
    break;
  }
  // the name proper: trailing capitalised words that are no title, suffix or known org
  let nameStart = b;
  while (nameStart > a && (isNameWord(words[nameStart - 1]!) || NAME_PARTICLES.has(words[nameStart - 1]!.text))) {
    const prev = words[nameStart - 2];
    if (prev && prev.lower === 'of' && nameStart - 2 >= a) break; // "Secretary of State"
    nameStart--;
  }
  while (nameStart < b && NAME_PARTICLES.has(words[nameStart]!.text)) nameStart++;
  // a title word can still be a surname: "Mr. King", "Charlie King"
  const before = words[b - 2];
  if (nameStart === b && before && isRoleWord(lastWord.lower) && (HONORIFICS.has(before.lower) || (b - a >= 2 && nameGender(before.lower)))) {
    nameStart = HONORIFICS.has(before.lower) ? b - 1 : b - 2;
  } else if (nameStart === b && before && b - a >= 3 && isRoleWord(lastWord.lower) && INITIAL_RE.test(before.text) && nameGender(words[b - 3]!.lower)) {
    nameStart = b - 3; // "Anna K. Bishop"
  }
  if (nameStart >= b) return base; // titles only ("the Secretary General")
  // "Harbor Radio Ana Ruiz": a known medium or organisation right before a listed first name
  let orgBefore: string | null = null;
  for (let j = Math.max(nameStart, a + 1); j < b - 1; j++) {
    if (!nameGender(words[j]!.lower)) continue;
    let before = words[a]!.lower;
    for (let k = a + 1; k < j; k++) before += ` ${words[k]!.lower}`;
    if (((LISTS.get(before) ?? 0) & (KNOWN_ORG | KNOWN_MEDIUM)) !== 0) {
      orgBefore = KNOWN_MEDIA.get(before) ?? spanText(text, words, a, j);
      nameStart = j;
    }
    break;
  }
  // "Rival Hillary Clinton": a stray capitalised word before a known first name
  if (b - nameStart >= 3 && (words[nameStart]!.initial || words[nameStart]!.pos !== 'PROPN') && !nameGender(words[nameStart]!.lower) && nameGender(words[nameStart + 1]!.lower)) nameStart++;
  // "Republican of South Carolina": a title and a place, nobody's name
  let nameLower = words[nameStart]!.lower;
  for (let k = nameStart + 1; k < b; k++) nameLower += ` ${words[k]!.lower}`;
  if (((LISTS.get(nameLower) ?? 0) & (PLACE | DEMONYM)) !== 0) return base;

  const person: NamedMention = {
    start: base.start, end: base.end, nameFirst: nameStart, nameEnd: b, name: base.name, kind: 'person', role: null,
    organization: null, gender: null, first: '', last: '', nameWords: 0, personEvidence: false, modifier, possessive, orgSpan: null,
  };
  let nameEnd = b;
  while (nameEnd - 1 > nameStart && NAME_SUFFIXES.has(words[nameEnd - 1]!.lower)) nameEnd--;
  person.name = spanText(text, words, nameStart, b);
  person.nameWords = nameEnd - nameStart;
  person.first = words[nameStart]!.lower;
  person.last = words[nameEnd - 1]!.lower;
  if (person.nameWords === 2 && NAME_PARTICLES.has(person.first)) {
    person.nameWords = 1;
    person.first = person.last;
  }
  person.gender = nameGender(person.first);
  if (person.gender && person.nameWords === 1) person.genderFromName = true;

  // titles and organisation before the name, inside the chunk and before it
  parsePremodifiers(words, text, nameStart, person);
  if (orgBefore && !person.organization) person.organization = orgBefore;
  // "Mark Rutte", "David P. Goldman"; "Climate Assessment" needs more (see findNamedMentions)
  if (person.nameWords > 1 && !person.personEvidence) {
    person.personEvidence = nameGender(person.first) !== null || hasInitial(words, nameStart, nameEnd);
  }
  // "Isle Link, the ferry operator," / "The carrier, Skyway,": a kind of organisation in apposition
  const appositionKind = (!person.role ? parseApposition(words, text, b, person) : null) ??
    (!person.role ? parseLeadingApposition(words, text, person) : null);
  if (appositionKind && !person.personEvidence) return { ...base, kind: appositionKind };
  if (!person.organization) person.organization = organizationAfterOf(words, text, b);
  if (!person.gender && person.role) person.gender = genderOfRole(person.role);

  // capitalised words with nothing saying "person" stay unknown until something links them
  if (!person.personEvidence) person.kind = 'unknown';
  // "Dublin-based Corvex": companies are based somewhere, people are born there
  if (person.nameWords === 1 && !person.personEvidence && nameStart > a && words[nameStart - 1]!.lower.endsWith('-based')) {
    return { ...base, kind: 'org', name: person.name, start: words[nameStart]!.start };
  }
  // "the shipping group Nordlane", "the broadcaster Harbour Radio": a name that a kind of
  // organisation introduces is that organisation, unless something already says person
  const introducer = nameStart === a ? words[a - 1] : undefined;
  if (!person.personEvidence && introducer && introducer.sentence === words[a]!.sentence && /^\p{Ll}/u.test(introducer.text) &&
    !isRoleWord(introducer.lower) && !/[^su]s$/.test(introducer.lower)) {
    const kind = organizationKind(introducer.lower);
    if (kind) return { ...base, kind };
  }
  return person;
}

/** "Hana Sato of Lowmoor University", "Ada Moss of the Harbour Trust": the organisation named after "of". */
function organizationAfterOf(words: readonly Word[], text: string, nameEnd: number): string | null {
  const of = words[nameEnd];
  if (!of || of.lower !== 'of' || of.sentence !== words[nameEnd - 1]!.sentence) return null;
  let r = nameEnd + 1;
  if (words[r]?.lower === 'the') r++;
  const start = r;
  while (words[r] && words[r]!.sentence === of.sentence && (words[r]!.cap || (CONNECTORS.has(words[r]!.lower) && words[r + 1]?.cap && r > start))) r++;
  if (r === start || r - start > 10) return null;
  const name = text.slice(words[start]!.start, words[r - 1]!.end);
  const lists = LISTS.get(name.toLowerCase()) ?? 0;
  return ORG_SUFFIXES.has(words[r - 1]!.lower) || (lists & (KNOWN_ORG | KNOWN_MEDIUM)) !== 0 ? name : null;
}

function hasInitial(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (INITIAL_RE.test(words[k]!.text)) return true;
  return false;
}

export function genderOfRole(role: string): Gender | null {
  let gender = roleGenders.get(role);
  if (gender === undefined) {
    gender = null;
    const lower = role.toLowerCase();
    const parts = lower.split(/\s+/);
    for (const [r, g] of GENDERED_ROLES) if (parts.includes(r) || lower === r) { gender = g; break; }
    if (roleGenders.size >= 4096) roleGenders.clear();
    roleGenders.set(role, gender);
  }
  return gender;
}

// roles recur across mentions and articles: their gender is looked up once
const roleGenders = new Map<string, Gender | null>();

/** Walks back from the name: honorifics, then the role, then the organisation. */
function parsePremodifiers(words: readonly Word[], text: string, nameStart: number, m: NamedMention): void {
  const sentence = words[nameStart]!.sentence;
  let p = nameStart - 1;
  // capitalised only: "first lady Jill Biden" has a role, "Lady Hale" an honorific
  while (p >= 0 && HONORIFICS.has(words[p]!.lower) && isUpperStart(words[p]!.text)) {
    const g = HONORIFICS.get(words[p]!.lower);
    if (g) { m.gender = g; m.genderFromName = false; }
    m.personEvidence = true;
    m.start = words[p]!.start;
    p--;
  }
  const roleEnd = p + 1;
  // the word right before the name must be a title for anything before it to be a role
  // ("Secretary of State Ann Lee", "Soto's chief of staff Marek Halden")
  const titled = p >= 0 && (isRoleWord(words[p]!.lower) || ((words[p]!.cap || (words[p]!.pos === 'NOUN' && /^\p{Ll}/u.test(words[p]!.text))) &&
    words[p - 1]?.lower === 'of' && isRoleWord(words[p - 2]?.lower ?? '')));
  if (!titled || words[p]!.sentence !== sentence) return;
  let pastCapTitle = false;
  while (p >= 0 && words[p]!.sentence === sentence) {
    const w = words[p]!;
    if (isRoleWord(w.lower)) { if (w.cap) pastCapTitle = true; p--; continue; }
    // "State Senator Ruth Galloway", "County Commissioner Ann Lee": the level of office opens the
    // title; not a place's last word ("New York City Mayor", "Clark County Sheriff") nor before a
    // lower-case role ("State Department spokesman")
    if (w.cap && TITLE_LEVELS.has(w.lower) && p + 1 < roleEnd && isRoleWord(words[p + 1]!.lower) && words[p + 1]!.cap &&
      !(p > 0 && words[p - 1]!.cap && words[p - 1]!.sentence === sentence)) { p--; continue; }
    // "transit director Luis Ferreira" but not "the network President Vladimir Putin"
    if (!pastCapTitle && !w.cap && /^\p{Ll}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'ADJ') && !NOT_NAMES.has(w.lower)) { p--; continue; }
    // "Secretary of State": "of" after a title word, and the capitalised word after that "of"
    if (w.lower === 'of' && p + 1 < roleEnd && p - 1 >= 0 && isRoleWord(words[p - 1]!.lower)) { p--; continue; }
    if (w.cap && p - 2 >= 0 && words[p - 1]!.lower === 'of' && isRoleWord(words[p - 2]!.lower)) { p--; continue; }
    break;
  }
  const roleStart = p + 1;
  if (roleStart >= roleEnd) return;
  let roleFrom = roleStart;
  // "former" and the like say when, not what
  while (roleFrom < roleEnd - 1 && (words[roleFrom]!.lower === 'former' || words[roleFrom]!.lower === 'then' || words[roleFrom]!.lower === 'retired')) roleFrom++;
  m.role = titleText(words.slice(roleFrom, roleEnd));
  m.personEvidence = true;
  m.start = Math.min(m.start, words[roleStart]!.start);
  // the organisation: capitalised words (or a possessive) right before the role
  let q = roleStart - 1;
  if (q >= 0 && POSSESSIVE.has(words[q]!.text)) q--;
  const orgEnd = q + 1;
  while (q >= 0 && words[q]!.sentence === sentence) {
    const w = words[q]!;
    if (w.cap) { q--; continue; }
    // "Department of Justice", "Securities and Exchange Commission"; not "Ruth Klein and"
    if (CONNECTORS.has(w.lower) && q + 1 < orgEnd && q - 1 >= 0 && words[q - 1]!.cap &&
      (ORG_SUFFIXES.has(words[q - 1]!.lower) || ORG_SUFFIXES.has(words[orgEnd - 1]!.lower))) { q--; continue; }
    break;
  }
  const orgStart = q + 1;
  if (orgStart < orgEnd && words[orgEnd - 1]!.cap) {
    const orgText = text.slice(words[orgStart]!.start, words[orgEnd - 1]!.end);
    const lower = orgText.toLowerCase();
    m.organization = DEMONYMS.get(lower) ?? KNOWN_MEDIA.get(lower) ?? orgText;
    m.start = words[orgStart]!.start;
    m.orgSpan = [words[orgStart]!.start, words[orgEnd - 1]!.end];
  }
}

/** Words naming the level of an office, written as part of the title: "State Senator", "City Councillor". */
const TITLE_LEVELS: ReadonlySet<string> = new Set(['state', 'city', 'county', 'district', 'town', 'parish', 'provincial', 'regional', 'municipal', 'federal']);

/**
 * "Simon Reade, its lawyer," / "Her spokeswoman, Lena Hart,": an owner's pronoun before the role.
 * Not before kin or other relations ("his older sister, Ada Moss", "her opponent, Tom Reyes"):
 * they say how two people stand, not what either does; nor before a plural.
 */
const OWNER_DETERMINERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our']);

/** Family only: the relatives whose surname is often the one of the person they are named for. */
const KIN_ONLY: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'cousin', 'uncle', 'aunt',
  'niece', 'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'widow', 'widower', 'stepson', 'stepdaughter',
]);
/** Kin and the other relations an owner's pronoun can stand before. */
const KIN: ReadonlySet<string> = new Set([
  ...KIN_ONLY, 'partner', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'girlfriend', 'boyfriend', 'child', 'sibling', 'friend',
  'opponent', 'rival', 'challenger', 'predecessor', 'successor', 'ally', 'foe', 'career', 'neighbor', 'neighbour',
]);

/** "Luis Ferreira, the transit director, said" / "Okafor, the head of Pier Watch," */
function parseApposition(words: readonly Word[], text: string, nameEndWord: number, m: NamedMention): NamedKind | null {
  let p = nameEndWord;
  const w0 = words[p];
  if (!w0 || w0.text !== ',' || w0.sentence !== words[nameEndWord - 1]!.sentence) return null;
  p++;
  const sentence = w0.sentence;
  const owned = words[p] !== undefined && OWNER_DETERMINERS.has(words[p]!.lower);
  if (words[p] && (words[p]!.lower === 'the' || words[p]!.lower === 'a' || words[p]!.lower === 'an' || owned)) p++;
  let orgFromPossessive: string | null = null;
  // "Peskov, the Kremlin's spokesman" / "Kirby, NATO's top spokesman"
  let q = p;
  while (words[q] && words[q]!.cap && words[q]!.sentence === sentence) q++;
  if (q > p && words[q] && POSSESSIVE.has(words[q]!.text)) {
    orgFromPossessive = text.slice(words[p]!.start, words[q - 1]!.end);
    p = q + 1;
  } else if (q > p && words[q] && isRoleWord(words[q]!.lower) && !words[q]!.cap) {
    // "Kirby, the White House spokesman"
    orgFromPossessive = text.slice(words[p]!.start, words[q - 1]!.end);
    p = q;
  }
  const roleStart = p;
  let headAt = -1;
  while (words[p] && words[p]!.sentence === sentence) {
    const w = words[p]!;
    if (isRoleWord(w.lower)) { headAt = p; p++; continue; }
    if (w.lower === 'and' && headAt >= 0 && words[p + 1] && (isRoleWord(words[p + 1]!.lower) || isAgentNoun(words[p + 1]!.lower))) { p++; continue; }
    if (/^\p{Ll}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'ADJ') && !NOT_NAMES.has(w.lower)) {
      if (w.pos === 'NOUN' && isAgentNoun(w.lower)) headAt = p;
      p++;
      continue;
    }
    break;
  }
  // the apposition's last noun, when it closes the phrase, may say what kind of body the name is
  const last = words[p - 1];
  if (!m.personEvidence && p > roleStart && last && last.pos === 'NOUN' && (!words[p] || words[p]!.text === ',' || words[p]!.sentence !== sentence)) {
    const kind = organizationKind(last.lower);
    if (kind) return kind;
  }
  // "Juno Aldous, her daughter,": a relative, with no role
  if (owned && p === roleStart + 1 && KIN_ONLY.has(words[roleStart]!.lower) && (!words[p] || words[p]!.text === ',' || words[p]!.sentence !== sentence)) m.kin = true;
  if (headAt < 0 || headAt < roleStart || (owned && (KIN.has(words[headAt]!.lower) || /[^su]s$/.test(words[headAt]!.lower)))) return null;
  let roleEnd = headAt + 1;
  // the apposition must end the phrase: a comma, the sentence end, a preposition with the org
  const endsPhrase = (w: Word | undefined): boolean => !w || w.sentence !== sentence || ORG_INTRODUCERS.has(w.lower) ||
    w.text === ',' || w.pos === 'PUNCT' || w.pos === 'VERB' || w.lower === 'who';
  if (words[roleEnd]?.lower === 'of') {
    const end = roleComplementEnd(words, roleEnd + 1, sentence);
    if (end !== null && endsPhrase(words[end])) roleEnd = end;
  }
  const stop = words[roleEnd];
  let organization = orgFromPossessive;
  if (stop && stop.sentence === sentence && ORG_INTRODUCERS.has(stop.lower)) {
    // "at the river authority", "of the Potsdam Institute"; lower-case names only after at/for/with
    let r = roleEnd + 1;
    if (words[r]?.lower === 'the') r++;
    const orgStart = r;
    const lowerOk = stop.lower !== 'of' && stop.lower !== 'in' && stop.lower !== 'to' && stop.lower !== 'from';
    while (words[r] && words[r]!.sentence === sentence) {
      const w = words[r]!;
      if (w.cap || (lowerOk && /^\p{Ll}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'ADJ'))) { r++; continue; }
      if (CONNECTORS.has(w.lower) && words[r + 1]?.cap && r > orgStart) { r++; continue; }
      break;
    }
    if (r > orgStart && r - orgStart <= 8) organization = organization ?? text.slice(words[orgStart]!.start, words[r - 1]!.end);
  } else if (!endsPhrase(stop)) {
    return null;
  }
  m.role = titleText(words.slice(roleStart, roleEnd));
  if (organization && !m.organization) m.organization = organization;
  m.personEvidence = true;
  return null;
}

/** "org" or "media" for a noun naming a kind of organisation or outlet ("carrier", "broadcaster"), else null. */
function organizationKind(noun: string): NamedKind | null {
  if (MEDIA_NOUNS.has(noun)) return 'media';
  return ORG_NOUNS.has(noun) ? 'org' : null;
}

/**
 * Where a role's "of" complement ends: "chief of staff", "director of public affairs", "member of
 * parliament"; one or two lower-case words ending in a noun, with no determiner (those name an
 * organisation: "head of the union"). Null when the words after "of" are no such complement.
 */
function roleComplementEnd(words: readonly Word[], from: number, sentence: number): number | null {
  let k = from;
  while (k < from + 2 && words[k] && words[k]!.sentence === sentence && /^\p{Ll}/u.test(words[k]!.text) &&
    (words[k]!.pos === 'NOUN' || words[k]!.pos === 'ADJ') && !NOT_NAMES.has(words[k]!.lower)) k++;
  if (k === from || words[k - 1]!.pos !== 'NOUN') return null;
  // "head of research teams": the run must end the phrase
  const next = words[k];
  if (next && next.sentence === sentence && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ')) return null;
  return k;
}

/** "the transit director, Luis Ferreira," and "the board's spokeswoman, Lena Hart" */
function parseLeadingApposition(words: readonly Word[], text: string, m: NamedMention): NamedKind | null {
  const first = m.nameFirst;
  if (m.start !== words[first]!.start) return null; // already has titles before it
  const comma = words[first - 1];
  if (!comma || comma.text !== ',' || comma.sentence !== words[first]!.sentence) return null;
  let p = first - 2;
  // "its chief of staff, Ivo Brandt": the role's head stands before "of"
  const roleEnd = p + 1;
  for (let k = p - 1; k >= p - 2 && k >= 1; k--) {
    if (words[k]!.lower === 'of' && isRoleWord(words[k - 1]!.lower) && roleComplementEnd(words, k + 1, comma.sentence) === roleEnd) { p = k - 1; break; }
  }
  const head = words[p];
  // "The carrier, Skyway, said": the name after a kind of organisation is that organisation
  if (head && /^\p{Ll}/u.test(head.text) && head.pos === 'NOUN' && roleEnd === p + 1 && !m.personEvidence) {
    const kind = organizationKind(head.lower);
    // "the regional water company, Arlen Water": modifiers between the determiner and the noun
    let d = p - 1;
    while (d >= 0 && p - d <= 4 && words[d]!.sentence === comma.sentence && /^\p{Ll}/u.test(words[d]!.text) && (words[d]!.pos === 'ADJ' || words[d]!.pos === 'NOUN')) d--;
    const det = words[d];
    if (kind && det && (det.lower === 'the' || POSSESSIVE.has(det.text) || OWNER_DETERMINERS.has(det.lower))) return kind;
  }
  // lower case, or a title's initials ("the islands' MP, Morag Finlay")
  if (!head || !(/^\p{Ll}/u.test(head.text) || (ACRONYM_RE.test(head.text) && isRoleWord(head.lower))) ||
    !(isRoleWord(head.lower) || (head.pos === 'NOUN' && isAgentNoun(head.lower)))) return null;
  // "the organisers, Ada Voss and ...": a plural names several people, not this one's role
  if (/[^su]s$/.test(head.lower)) return null;
  p--;
  while (p >= 0 && words[p]!.sentence === comma.sentence && /^\p{Ll}/u.test(words[p]!.text) && (words[p]!.pos === 'NOUN' || words[p]!.pos === 'ADJ' || isRoleWord(words[p]!.lower))) p--;
  const roleStart = p + 1;
  let organization: string | null = null;
  if (words[p]?.cap && !POSSESSIVE.has(words[p]!.text)) {
    const orgEnd = p + 1;
    while (p >= 0 && words[p]!.cap && words[p]!.sentence === comma.sentence) p--;
    organization = text.slice(words[p + 1]!.start, words[orgEnd - 1]!.end);
  }
  const det = words[p];
  if (!det) return null;
  if (POSSESSIVE.has(det.text)) {
    let q = p - 1;
    const orgEnd = q + 1;
    while (q >= 0 && words[q]!.cap && words[q]!.sentence === comma.sentence) q--;
    if (q + 1 < orgEnd) organization = text.slice(words[q + 1]!.start, words[orgEnd - 1]!.end);
  } else if (OWNER_DETERMINERS.has(det.lower) && KIN_ONLY.has(head.lower)) {
    m.kin = true;
    return null;
  } else if (det.lower !== 'the' && det.lower !== 'a' && det.lower !== 'an' && det.lower !== 'another' && !(OWNER_DETERMINERS.has(det.lower) && !KIN.has(head.lower))) return null;
  m.role = titleText(words.slice(roleStart, roleEnd));
  if (organization && !m.organization) m.organization = organization;
  m.personEvidence = true;
  return null;
}

/** Initials of the capitalised words: "North Atlantic Treaty Organization" -> "nato". */
export function acronymOf(name: string): string | null {
  let initials = '';
  let words = 0;
  for (const p of name.split(/[\s-]+/)) {
    if (!CAP_RE.test(p)) continue;
    initials += p[0]!.toLowerCase();
    words++;
  }
  return words < 2 ? null : initials;
}
