// Near-identical quotes: the same quote reproduced with changed words ("never" -> "not", a word
// dropped), or a shortened form of it (a trimmed excerpt, an elided "A ... B"). Pure functions:
// the store builds its candidate index from quoteKeys() and confirms with compareQuotes().
//
// Rules (see docs/ledger.md, "Altered quotes"):
// - words are normalised as for quote ids (letters and digits, case and diacritics folded);
// - two quotes are aligned word by word, each end of the alignment may leave the words of ONE
//   of them out (a trim), a "..." in one text lets it skip words of the other (an elision);
// - they are linked when they share at least MIN_SHARED_WORDS words in order, of which
//   MIN_SHARED_CONTENT_WORDS are not function words, one run of consecutive shared words holds
//   two content words (that pair is what the index finds them by), and shared words make at
//   least MIN_SHARED_FRACTION of shared words plus edits, an edit being a word replaced or a run
//   of words added or dropped (a clause dropped from the middle is one edit), trimmed and elided
//   words aside;
// - at each end only one text may go on (a trim); if both go on differently, as many words as
//   the shorter continuation count as replaced;
// - only trims and elisions: an excerpt; any replaced, added or silently dropped word: altered.
import type { SpeakerType } from '../document/types.js';
import type { QuoteChange, QuoteRelation } from '../store/store.js';
import { actorKeys } from './actors.js';
import { foldText, normaliseName } from './normalise.js';

/** Fewer shared words than this is too little to tell a copy from a common turn of phrase. */
export const MIN_SHARED_WORDS = 6;
/** Shared words that are not function words: "we do not know what to do" carries one. */
export const MIN_SHARED_CONTENT_WORDS = 3;
/** At most one edit per four shared words: 6 words kept and 1 changed, 8 and 2, 16 and 4. */
export const MIN_SHARED_FRACTION = 0.8;

// Function words: a shingle made only of these ("we will not", "i do not") says nothing about
// which quote it comes from. Contraction tails ("don t", "we ll") are here too.
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to for from by with ' +
    'about as into onto over under up down out off through after before again further once all any both each few ' +
    'more most other some such no not never only own same too very just also can cannot could will would shall ' +
    'should may might must do does did done doing be is am are was were been being have has had having i me my ' +
    'mine myself we us our ours ourselves you your yours yourself he him his himself she her hers herself it its ' +
    'itself they them their theirs themselves what which who whom whose when where why how because while until ' +
    'against between during without within s t d ll m re ve n nt'
  ).split(' '),
);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

/** One word of a quote: its normal form, as written, and whether a "..." precedes it. */
export interface QuoteWord {
  norm: string;
  surface: string;
  elidedBefore: boolean;
}

const ELLIPSIS = /\.\s*\.\s*\.|\u2026/;
// ASCII with typographic punctuation (curly quotes, dashes, ellipsis): lower case is the whole fold
const PLAIN_TEXT = /^[\x00-\x7f\u2000-\u206f]*$/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

// Contractions, compared in full: one outlet prints "I'm certain it's safe", another "I am
// certain it is safe" (house style), and "won't" against "are not going to" is then one change
// ("won't" -> "are ... going to") instead of three. 's is "is" only after a pronoun; elsewhere
// it is a possessive and stays as written.
const CONTRACTION_TAILS = new Map([['m', 'am'], ['re', 'are'], ['ve', 'have'], ['ll', 'will'], ['d', 'would']]);
const IS_AFTER = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'how']);
const NOT_BASES = new Map([['won', 'will'], ['can', 'can'], ['shan', 'shall'], ['ain', 'is']]);

/**
 * The full form of a contraction written `previous` + apostrophe + `tail`, as [previous, tail]
 * normal words, or null when it is none.
 */
function expandContraction(previous: string, tail: string): [string, string] | null {
  if (tail === 't' && previous.endsWith('n')) return [NOT_BASES.get(previous) ?? previous.slice(0, -1), 'not'];
  if (tail === 's') return IS_AFTER.has(previous) ? [previous, 'is'] : previous === 'let' ? [previous, 'us'] : null;
  const full = CONTRACTION_TAILS.get(tail);
  return full ? [previous, full] : null;
}

/** The words of a quote, in the normal form quote ids use, with where the text marks an elision. */
export function quoteWords(text: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  // Unicode classes and folding cost several times more than plain ASCII, the usual case
  const plain = PLAIN_TEXT.test(text);
  const re = plain ? /[A-Za-z0-9]+/g : /[\p{L}\p{N}\p{M}]+/gu;
  const source = plain ? text : text.normalize('NFC');
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    // "..." or "…" between two words; most gaps are a space or two, which can hold only the latter
    const gap = m.index - last;
    const elided =
      words.length > 0 &&
      gap > 0 &&
      (gap < 3 ? source.charCodeAt(last) === 0x2026 || source.charCodeAt(m.index - 1) === 0x2026 : ELLIPSIS.test(source.slice(last, m.index)));
    const apostrophe = m.index === last + 1 && (source[last] === "'" || source[last] === '\u2019');
    last = m.index + m[0].length;
    const previous = words[words.length - 1];
    const full = apostrophe && previous ? expandContraction(previous.norm, m[0].toLowerCase()) : null;
    if (full) {
      // the contraction is shown as written, on its first word
      previous!.norm = full[0];
      previous!.surface = `${previous!.surface}${source[m.index - 1]}${m[0]}`;
      words.push({ norm: full[1], surface: '', elidedBefore: false });
      continue;
    }
    if (plain) {
      words.push({ norm: m[0].toLowerCase(), surface: m[0], elidedBefore: elided });
      continue;
    }
    // a token such as "½" may fold into several words; each keeps the token as written
    const norms = ASCII_WORD.test(m[0]) ? [m[0].toLowerCase()] : foldText(m[0]).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
    norms.forEach((norm, k) => {
      if (norm !== '') words.push({ norm, surface: m![0], elidedBefore: k === 0 && elided });
    });
  }
  return words;
}

/** Just the normal words of a quote (as quoteWords gives them), faster: for a first sift. */
export function quoteNorms(text: string): string[] {
  if (PLAIN_TEXT.test(text) && !/['\u2019]/.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  return quoteWords(text).map((w) => w.norm);
}

/** 52-bit FNV-1a style hash, two 32-bit lanes; stable, because keys are stored. */
export function hashKey(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) >>> 12);
}

/**
 * Candidate keys of a quote: each pair of consecutive content words (function words between
 * them aside, not across a "..."). A run of shared words holding two content words gives both
 * quotes the same key, so two quotes that compareQuotes() links always share one; a changed
 * function word ("never" -> "not") changes no key.
 */
export function quoteKeys(words: QuoteWord[]): number[] {
  const keys = new Set<number>();
  let previous: string | null = null;
  for (const w of words) {
    if (w.elidedBefore) previous = null;
    if (isFunctionWord(w.norm)) continue;
    if (previous !== null) keys.add(hashKey(previous + ' ' + w.norm));
    previous = w.norm;
  }
  return [...keys];
}

export type { QuoteChange, QuoteRelation };

export interface QuoteComparison {
  relation: QuoteRelation;
  /** Words both texts have, in the same order. */
  sharedWords: number;
  /** Words changed (a replacement of 2 words by 1 counts 2), trimmed and elided words aside. */
  changedWords: number;
  changes: QuoteChange[];
}

// alignment steps: both words equal or replaced, a word of one text only (charged or free)
const MATCH = 1;
const REPLACE = 2;
const ONLY_A = 3;
const ONLY_B = 4;

/**
 * Word alignment of two quotes (as written first, as written second) and the verdict, or null
 * when they are not near-identical by the rules above (or have exactly the same words).
 */
export function compareQuotes(a: QuoteWord[], b: QuoteWord[]): QuoteComparison | null {
  if (!commonWordsSieve(a.map((w) => w.norm))(b.map((w) => w.norm))) return null;
  return compareSifted(a, b);
}

/**
 * compareQuotes for two quotes that already passed commonWordsSieve (either way round: the
 * sieve counts the same common words from both sides), so as not to count them again.
 */
export function compareSifted(a: QuoteWord[], b: QuoteWord[]): QuoteComparison | null {
  const steps = align(a, b);
  if (!steps) return null;
  // positions of each step in both texts; edges are everything before the core and after it,
  // whatever the alignment called them
  const at: { op: number; charged: boolean; i: number; j: number }[] = [];
  let i = steps.startA;
  let j = steps.startB;
  for (const step of steps.steps) {
    at.push({ ...step, i, j });
    if (step.op !== ONLY_B) i++;
    if (step.op !== ONLY_A) j++;
  }
  // the core runs from the first to the last run of shared words holding a content word: a lone
  // shared "the" amid two different endings does not bring the texts back together
  let firstMatch = -1;
  let lastMatch = -1;
  for (let k = 0; k < at.length; ) {
    if (at[k]!.op !== MATCH) {
      k++;
      continue;
    }
    let end = k;
    let content = false;
    for (; end < at.length && at[end]!.op === MATCH; end++) content ||= !isFunctionWord(a[at[end]!.i]!.norm);
    if (content) {
      if (firstMatch < 0) firstMatch = k;
      lastMatch = end - 1;
    }
    k = end;
  }
  if (firstMatch < 0) return null;
  // shared words that open or close both texts belong to the core even without a content word
  // ("We will never sign ..." / "We will not sign ...")
  const head = at[0]!;
  const tail = at[at.length - 1]!;
  if (head.op === MATCH && head.i === 0 && head.j === 0) firstMatch = 0;
  if (tail.op === MATCH && tail.i === a.length - 1 && tail.j === b.length - 1) lastMatch = at.length - 1;
  // a contraction's second word has no surface of its own (the first shows the whole of it)
  const surface = (words: QuoteWord[], from: number, to: number) => words.slice(from, to).map((w) => w.surface).filter((s) => s !== '');
  const changes: QuoteChange[] = [];
  let changed = 0;
  // edits: each word replaced by another, and each run of words added or dropped (a clause is
  // one edit: "- for the harbour board" is one change, not four)
  let edits = 0;
  const alter = (gone: string[], come: string[]) => {
    changes.push({ kind: 'altered', removed: gone, added: come });
    changed += Math.max(gone.length, come.length);
    edits += Math.min(gone.length, come.length) + (gone.length === come.length ? 0 : 1);
  };
  // an edge: one text going on where the other stops is a trim; both going on differently is a
  // change of as many words as the shorter continuation, next to the shared words, unless one
  // marks "..." there: then the other's words fall in its gap, and its own lie beyond a trim.
  // gapA/gapB: a "..." between the shared words and a's/b's continuation.
  const edge = (leadA: string[], leadB: string[], start: boolean, gapA: boolean, gapB: boolean) => {
    if (leadA.length === 0 || leadB.length === 0) {
      if (leadA.length + leadB.length > 0) changes.push({ kind: 'trimmed', removed: leadA, added: leadB });
      return;
    }
    if (gapA || gapB) {
      const elided: QuoteChange = gapB ? { kind: 'elided', removed: leadA, added: [] } : { kind: 'elided', removed: [], added: leadB };
      const trimmed: QuoteChange = gapB ? { kind: 'trimmed', removed: [], added: leadB } : { kind: 'trimmed', removed: leadA, added: [] };
      changes.push(...(start ? [trimmed, elided] : [elided, trimmed]));
      return;
    }
    const k = Math.min(leadA.length, leadB.length);
    const near = (words: string[]) => (start ? words.slice(words.length - k) : words.slice(0, k));
    const far = (words: string[]) => (start ? words.slice(0, words.length - k) : words.slice(k));
    const trim = { kind: 'trimmed' as const, removed: far(leadA), added: far(leadB) };
    const hasTrim = trim.removed.length + trim.added.length > 0;
    if (start && hasTrim) changes.push(trim);
    alter(near(leadA), near(leadB));
    if (!start && hasTrim) changes.push(trim);
  };
  const first = at[firstMatch]!;
  edge(surface(a, 0, first.i), surface(b, 0, first.j), true, a[first.i]!.elidedBefore, b[first.j]!.elidedBefore);
  let shared = 0;
  let sharedContent = 0;
  let runContent = 0;
  let keyRun = false;
  let pending: { removed: string[]; added: string[]; charged: boolean } | null = null;
  for (let k = firstMatch; k <= lastMatch; k++) {
    const step = at[k]!;
    if (step.op === MATCH) {
      if (pending) {
        if (pending.charged) alter(pending.removed, pending.added);
        else changes.push({ kind: 'elided', removed: pending.removed, added: pending.added });
        pending = null;
      }
      shared++;
      if (!isFunctionWord(a[step.i]!.norm)) sharedContent++;
      // two content words in one run of shared words: the key the index finds this pair by (a
      // "..." inside the run breaks it, as it breaks the keys)
      if (a[step.i]!.elidedBefore || b[step.j]!.elidedBefore) runContent = 0;
      if (!isFunctionWord(a[step.i]!.norm) && ++runContent >= 2) keyRun = true;
      continue;
    }
    runContent = 0;
    pending ??= { removed: [], added: [], charged: false };
    if (step.op === REPLACE || step.charged) pending.charged = true;
    if (step.op !== ONLY_B && a[step.i]!.surface !== '') pending.removed.push(a[step.i]!.surface);
    if (step.op !== ONLY_A && b[step.j]!.surface !== '') pending.added.push(b[step.j]!.surface);
  }
  const last = at[lastMatch]!;
  edge(
    surface(a, last.i + 1, a.length),
    surface(b, last.j + 1, b.length),
    false,
    a[last.i + 1]?.elidedBefore ?? false,
    b[last.j + 1]?.elidedBefore ?? false,
  );
  if (changes.length === 0) return null;
  if (shared < MIN_SHARED_WORDS || sharedContent < MIN_SHARED_CONTENT_WORDS || !keyRun) return null;
  if (shared / (shared + edits) < MIN_SHARED_FRACTION) return null;
  return { relation: changed > 0 ? 'altered' : 'excerpt', sharedWords: shared, changedWords: changed, changes };
}

/**
 * A cheap bound before aligning with `words`: the words another quote has in common with them,
 * order aside, must already be enough. Built once, tried on many candidates.
 */
export function commonWordsSieve(words: string[]): (other: string[]) => boolean {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return (other) => {
    const used = new Map<string, number>();
    let common = 0;
    let content = 0;
    for (const w of other) {
      const n = counts.get(w);
      if (!n) continue;
      const u = used.get(w) ?? 0;
      if (u >= n) continue;
      used.set(w, u + 1);
      common++;
      if (!isFunctionWord(w)) content++;
    }
    return common >= MIN_SHARED_WORDS && content >= MIN_SHARED_CONTENT_WORDS;
  };
}

interface Step {
  op: number;
  /** For ONLY_A/ONLY_B: false when the other text marks an elision there. */
  charged: boolean;
}

/**
 * Best alignment scoring +2 per shared word, -2 per replaced word and -1 per word of one text
 * only (so a clause added or dropped is not dearer than the same words replaced), with free
 * one-sided words where the other text has "..." and a free overhang of one text at each end.
 * Quadratic in words; quotes are short, and MAX_ALIGN_WORDS bounds the rare long one.
 */
function align(a: QuoteWord[], b: QuoteWord[]): { steps: Step[]; startA: number; startB: number } | null {
  const la = Math.min(a.length, MAX_ALIGN_WORDS);
  const lb = Math.min(b.length, MAX_ALIGN_WORDS);
  if (la === 0 || lb === 0) return null;
  const width = lb + 1;
  // words as small integers and elision marks as flags: the inner loop reads only typed arrays
  const ids = new Map<string, number>();
  const idOf = (w: QuoteWord) => {
    let id = ids.get(w.norm);
    if (id === undefined) ids.set(w.norm, (id = ids.size));
    return id;
  };
  const wa = Int32Array.from(a.slice(0, la), idOf);
  const wb = Int32Array.from(b.slice(0, lb), idOf);
  // freeA[j]: b writes "..." between b[j-1] and b[j], so a's words may go unmatched there
  const freeA = Uint8Array.from({ length: lb + 1 }, (_, j) => (j > 0 && j < lb && b[j]!.elidedBefore ? 1 : 0));
  const freeB = Uint8Array.from({ length: la + 1 }, (_, i) => (i > 0 && i < la && a[i]!.elidedBefore ? 1 : 0));
  const score = new Int32Array((la + 1) * width);
  // shared words on the best path to each cell: of two paths scoring the same, the one sharing more
  const shared = new Int32Array((la + 1) * width);
  const move = new Uint8Array((la + 1) * width);
  // row 0 and column 0 stay 0: the alignment may begin after a leading overhang of either text,
  // with a word against a word (a word of the other text alone there would be a second overhang)
  const NONE = -1 << 29;
  for (let i = 1; i <= la; i++) {
    const ai = wa[i - 1]!;
    const row = i * width;
    const up = row - width;
    const gapB = freeB[i] ? 0 : -1;
    for (let j = 1; j <= lb; j++) {
      const same = ai === wb[j - 1];
      let best = score[up + j - 1]! + (same ? 2 : -2);
      let bestShared = shared[up + j - 1]! + (same ? 1 : 0);
      let op = same ? MATCH : REPLACE;
      const onlyA = i === 1 ? NONE : score[up + j]! - 1 + freeA[j]!;
      if (onlyA > best || (onlyA === best && shared[up + j]! > bestShared)) {
        best = onlyA;
        bestShared = shared[up + j]!;
        op = ONLY_A;
      }
      const onlyB = j === 1 ? NONE : score[row + j - 1]! + gapB;
      if (onlyB > best || (onlyB === best && shared[row + j - 1]! > bestShared)) {
        best = onlyB;
        bestShared = shared[row + j - 1]!;
        op = ONLY_B;
      }
      score[row + j] = best;
      shared[row + j] = bestShared;
      move[row + j] = op;
    }
  }
  // the alignment may end before a trailing overhang of either text (last row or last column)
  let endA = la;
  let endB = 0;
  let best = 0;
  for (let j = 1; j <= lb; j++) if (score[la * width + j]! > best) [best, endA, endB] = [score[la * width + j]!, la, j];
  for (let i = 1; i <= la; i++) if (score[i * width + lb]! > best) [best, endA, endB] = [score[i * width + lb]!, i, lb];
  if (best <= 0) return null;
  const steps: Step[] = [];
  let i = endA;
  let j = endB;
  while (i > 0 && j > 0) {
    const op = move[i * width + j]!;
    if (op === MATCH || op === REPLACE) {
      steps.push({ op, charged: op === REPLACE });
      i--;
      j--;
    } else if (op === ONLY_A) {
      steps.push({ op, charged: freeA[j] === 0 });
      i--;
    } else {
      steps.push({ op, charged: freeB[i] === 0 });
      j--;
    }
  }
  steps.reverse();
  // words past MAX_ALIGN_WORDS end up at an edge
  return { steps, startA: i, startB: j };
}

/** Longer quotes are aligned on their first MAX_ALIGN_WORDS words (a speech, not a quote). */
export const MAX_ALIGN_WORDS = 400;

/** The changes as one line of text: "- never + not; elided: for the harbour". */
export function describeChanges(changes: QuoteChange[]): string {
  return changes
    .map((c) => {
      const words = [c.removed.length ? `- ${c.removed.join(' ')}` : '', c.added.length ? `+ ${c.added.join(' ')}` : ''].filter(Boolean).join(' ');
      return c.kind === 'altered' ? words : `${c.kind}: ${words}`;
    })
    .join('; ');
}

/** Who said one occurrence of a quote: its speaker as written and its actor. */
export interface QuoteSpeaker {
  name: string;
  type: SpeakerType;
  actorId: string | null;
  /** The actor's name, which may differ from the name written here after a merge. */
  actorName?: string | null;
}

/** An actor known across articles by a full name (not a bare surname, a description, anonymous). */
function fullyNamed(s: QuoteSpeaker): boolean {
  if (s.actorId === null) return false;
  const keys = actorKeys(s.name, s.type, '');
  return keys !== null && !keys.own.startsWith('doc:');
}

/** A one-word name written with a capital ("Roe"): it may be any person with that name word. */
function bareName(s: QuoteSpeaker): string | null {
  const norm = normaliseName(s.name.replace(/^(the|a|an)\s+/i, ''));
  return /\p{Lu}/u.test(s.name) && norm !== '' && !norm.includes(' ') && s.type !== 'anonymous' ? norm : null;
}

/**
 * Could these two speakers be one? Yes for the same actor; no for two different fully named
 * actors (a misattribution or a shared slogan, not one quote reworded); a bare name ("Roe") only
 * for a full name holding that word; anyone else (unknown, anonymous, "the minister") yes, since
 * one outlet may name a speaker another leaves unnamed.
 */
export function speakersCompatible(x: QuoteSpeaker, y: QuoteSpeaker): boolean {
  if (x.actorId !== null && x.actorId === y.actorId) return true;
  const namedX = fullyNamed(x);
  const namedY = fullyNamed(y);
  if (namedX && namedY) return false;
  const [full, bare] = namedX ? [x, bareName(y)] : namedY ? [y, bareName(x)] : [null, null];
  if (full && bare) return [full.name, full.actorName ?? ''].some((name) => normaliseName(name).split(' ').includes(bare));
  return true;
}
