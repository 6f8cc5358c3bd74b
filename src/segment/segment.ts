// Stage 1: paragraphs, sentences and tokens with part-of-speech tags and lemmas, from
// wink-nlp's small English model (fast, ships inside the npm package, no download).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document, Paragraph, Sentence, Token } from '../document/types.js';

// Only the pipes we read: sentence boundaries and POS tags. Negation, sentiment and entity
// pipes would cost a third more time for nothing we use.
const nlp = winkNLP(withLemmaCache(model), ['sbd', 'pos']);
const its = nlp.its;

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/**
 * The model with its lemmatizer answered from a cache: out(its.lemma) calls it for every word
 * with several possible lemmas, and each call tries suffix rules against the lexicon (14% of
 * segmentation). Its answer depends only on the word and the tag: the lexicon checks it makes
 * read the model's own words, which never change (words added while reading count as unknown).
 */
function withLemmaCache(m: typeof model): typeof model {
  const addons = (m as unknown as { addons: { lemmatize: Lemmatize } }).addons;
  const lemmatize = addons.lemmatize;
  const byTag = new Map<string, Map<string, string>>();
  const cached: Lemmatize = (value, pos, cache) => {
    let known = byTag.get(pos);
    if (!known) byTag.set(pos, (known = new Map()));
    let lemma = known.get(value);
    if (lemma === undefined) {
      if (known.size > 100_000) known.clear();
      lemma = lemmatize(value, pos, cache);
      known.set(value, lemma);
    }
    return lemma;
  };
  // a copy: the package's model object is shared with anyone else importing it
  return { ...m, addons: { ...addons, lemmatize: cached } } as typeof model;
}

/** A word with a possessive 's glued on, as wink returns it once the word is in its cache. */
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.\-]*)['’][sS]$/u;

/**
 * No sentence is longer than this many tokens (PolNeAR's longest is 222). A longer run is a
 * list or a page dump without punctuation; cut into pieces, it keeps every stage that works
 * sentence by sentence linear in the length of the text.
 */
export const MAX_SENTENCE_TOKENS = 300;
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '-']);
const CLOSING_MARKS = new Set(["'", '’', '”', '"', ')']);

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Paragraphs are separated by one or more line breaks. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** White space as String.prototype.trim and /\s/ see it (a superset check is enough here). */
function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** text.startsWith(w, at), without the built-in's call overhead for the many short tokens. */
function writtenAt(text: string, w: string, at: number): boolean {
  if (at + w.length > text.length) return false;
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(at + k) !== w.charCodeAt(k)) return false;
  return true;
}

function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function segment(doc: Document): Segmentation {
  const text = doc.text;
  const paragraphs = paragraphsOf(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (paragraphs.length === 0) return { paragraphs, sentences, tokens };

  const wdoc = nlp.readDoc(text);
  const words = wdoc.tokens().out() as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  // its.lemma is typed for model add-ons that the lite model bundles
  const lemma = wdoc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  const normal = wdoc.tokens().out(its.normal) as string[];

  // wink gives token strings, not offsets: find each one in the text from a moving cursor.
  let cursor = 0;
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  // 1 where the token is written exactly as wink returns it: then wink's (shared) string is its text
  const verbatim = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // tokens are mostly separated by one space: step over white space before searching
    let from = cursor;
    while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
    let at = writtenAt(text, w, from) ? from : text.startsWith(w, cursor) ? cursor : text.indexOf(w, cursor);
    if (at < 0 || at - cursor > 64) {
      // The model changed the surface form (rare): take the next non-space run instead.
      at = cursor;
      while (at < text.length && /\s/.test(text[at]!)) at++;
      let e = at;
      while (e < text.length && !/\s/.test(text[e]!)) e++;
      starts[i] = at;
      ends[i] = Math.max(e, at + 1);
    } else {
      starts[i] = at;
      ends[i] = at + w.length;
      verbatim[i] = 1;
    }
    cursor = ends[i]!;
  }

  // wink's sentence boundaries, further split at paragraph breaks (headlines and datelines
  // often have no final punctuation). Line-break tokens are dropped.
  const sentSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  // the first line break at or after the previous token's end (offsets only grow)
  let nextBreak = text.indexOf('\n');
  if (nextBreak < 0) nextBreak = text.length;
  for (const [first, last] of sentSpans) {
    let s = tokens.length;
    for (let i = first; i <= last; i++) {
      const word = words[i]!;
      if (word.length === 0 || (isSpaceCode(word.charCodeAt(0)) && word.trim() === '')) continue;
      const start = starts[i]!;
      if (tokens.length > s) {
        const prevEnd = tokens[tokens.length - 1]!.end;
        if (nextBreak < prevEnd) {
          nextBreak = text.indexOf('\n', prevEnd);
          if (nextBreak < 0) nextBreak = text.length;
        }
        if (nextBreak < start) {
          pushSentence(s, tokens.length);
          s = tokens.length;
        }
      }
      const end = ends[i]!;
      const tokenText = verbatim[i] === 1 ? word : text.slice(start, end);
      if (tokens.length === s && s > 0 && sentences.length > 0 && sentences[sentences.length - 1]!.endToken === s && (continuesAfterMark(tokens[s - 1]!, start, tokenText) || afterTitle(tokens, s, tokenText))) {
        // wink ended a sentence inside "(R-S.C.)", "(D-Md.)," or "state.gov": take it back
        s = sentences.pop()!.firstToken;
      }
      // wink's tokenizer caches words it has seen, so "Clinton’s" is two tokens in a fresh
      // process and one after the word was met before. Always split the possessive, so the
      // same article is tokenized the same whatever was read before it. (The glued form's tag
      // is the unknown-word guess, so the base gets the tag a possessor nearly always has.)
      const len = tokenText.length;
      const lastCode = tokenText.charCodeAt(len - 1);
      const possessive = len > 2 && (lastCode === 115 || lastCode === 83) && isApostropheCode(tokenText.charCodeAt(len - 2))
        ? POSSESSIVE.exec(tokenText)
        : null;
      if (possessive) {
        const cut = end - 2;
        const base = possessive[1]!;
        tokens.push({ start, end: cut, text: base, pos: /^\p{Lu}/u.test(base) ? 'PROPN' : 'NOUN', lemma: base.toLowerCase(), normal: base.toLowerCase(), sentence: 0, quote: -1 });
        tokens.push({ start: cut, end, text: text.slice(cut, end), pos: 'PART', lemma: "'s", normal: "'s", sentence: 0, quote: -1 });
        continue;
      }
      tokens.push({
        start,
        end,
        text: tokenText,
        // wink leaves some words without a lemma ("cannot" before a comma): the word stands in
        pos: pos[i] ?? 'X',
        lemma: lemma[i] ?? normal[i] ?? tokenText.toLowerCase(),
        normal: normal[i] ?? tokenText.toLowerCase(),
        sentence: 0,
        quote: -1,
      });
      if (tokens.length - 1 === s && gluedCloser(s)) {
        // wink ended the sentence inside a closing mark ("...nothing.' '" of a doubled ''): the
        // mark belongs to the sentence before
        const prev = sentences[sentences.length - 1]!;
        prev.endToken = s + 1;
        prev.end = tokens[s]!.end;
        tokens[s]!.sentence = sentences.length - 1;
        s++;
      }
      if (tokens.length - s >= MAX_SENTENCE_TOKENS) s = cutLongSentence(s);
    }
    pushSentence(s, tokens.length);
  }

  /** Ends the sentence begun at `first` after its last clause mark (or here), returns the next start. */
  function cutLongSentence(first: number): number {
    let cut = tokens.length;
    for (let t = tokens.length - 1; t > first + MAX_SENTENCE_TOKENS / 2; t--) {
      if (CLAUSE_MARKS.has(tokens[t]!.text)) {
        cut = t + 1;
        break;
      }
    }
    pushSentence(first, cut);
    return cut;
  }

  /** Token t is a closing mark written right after the previous sentence's last token. */
  function gluedCloser(t: number): boolean {
    const last = sentences[sentences.length - 1];
    if (!last || last.endToken !== t) return false;
    const tok = tokens[t]!;
    const prev = tokens[t - 1]!;
    return tok.start === prev.end && CLOSING_MARKS.has(tok.text) && (CLOSING_MARKS.has(prev.text) || prev.text === '.' || prev.text === '?' || prev.text === '!');
  }

  function pushSentence(first: number, endToken: number): void {
    if (endToken <= first) return;
    const start = tokens[first]!.start;
    let para = 0;
    // paragraphs are few and sorted: a binary search keeps this linear overall
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid]!.end <= start) lo = mid + 1;
      else { para = mid; hi = mid - 1; }
    }
    const index = sentences.length;
    for (let t = first; t < endToken; t++) tokens[t]!.sentence = index;
    sentences.push({ start, end: tokens[endToken - 1]!.end, firstToken: first, endToken, paragraph: para });
  }

  for (const s of sentences) nameWordsTaggedAsVerbs(tokens, s.firstToken, s.endToken);
  return { paragraphs, sentences, tokens };
}

/**
 * Whether a token written right after a sentence-final mark (no space between) carries on the
 * same sentence: a comma or closing bracket can't open one, and a lower-case word, a digit or a
 * lone initial ("C." of "S.C.") after a full stop belongs to an abbreviation or a web address.
 * "Republicans.The" (a missing space) stays two sentences.
 */
function continuesAfterMark(prev: Token, start: number, next: string): boolean {
  if (prev.end !== start) return false;
  const mark = prev.text.charCodeAt(prev.text.length - 1);
  if (mark !== 46 && mark !== 33 && mark !== 63) return false; // . ! ?
  const c = next.charCodeAt(0);
  if (c === 44 || c === 59 || c === 41) return true; // , ; )
  if (mark !== 46) return false;
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (next.length === 2 && c >= 65 && c <= 90 && next.charCodeAt(1) === 46);
}

/** Titles whose abbreviation wink takes for a sentence end ("the Rev. Ann Lee", "Sens. Ho and Diaz"). */
const TITLE_ABBREVIATIONS = new Set(['Rev', 'Pres', 'Sens', 'Reps', 'Govs', 'Gens', 'Adm', 'Cmdr', 'Fr', 'Msgr', 'Supt', 'Atty', 'Amb', 'Maj', 'Cpl', 'Pvt', 'Insp', 'Det', 'Sec', 'Secs']);

/** Token `s` (written `next`) follows a title's period ("Rev" "."): the name goes on in the same sentence. */
function afterTitle(tokens: readonly Token[], s: number, next: string): boolean {
  if (s < 2) return false;
  const dot = tokens[s - 1]!;
  const title = tokens[s - 2]!;
  return dot.text === '.' && title.end === dot.start && TITLE_ABBREVIATIONS.has(title.text) && /^\p{Lu}/u.test(next);
}

/**
 * wink tags first names and surnames that are also verbs as verbs: "Peter Cook said", "Josh
 * Earnest", "met Will Hurd", "Hope Hicks". A capitalised verb in its base form next to a name
 * is a name. Inflected forms ("Obama Says Trump ...", title-case headlines) and sentence-initial
 * words that may be imperatives or questions ("Will Trump win?") keep their tag.
 */
function nameWordsTaggedAsVerbs(tokens: Token[], first: number, end: number): void {
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || t.lemma !== t.normal || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const next = i + 1 < end ? tokens[i + 1]! : null;
    const nextIsName = next !== null && next.pos === 'PROPN' && next.start === t.end + 1;
    const prevIsName = i > first && tokens[i - 1]!.pos === 'PROPN' && tokens[i - 1]!.end + 1 === t.start;
    let name: boolean;
    if (i === first) {
      // "Josh Earnest said": the sentence goes on with a verb (or an apposition) after the name
      const after = i + 2 < end ? tokens[i + 2]! : null;
      name = t.pos === 'VERB' && nextIsName && after !== null && (after.pos === 'VERB' || after.pos === 'AUX' || after.text === ',');
    } else {
      name = nextIsName || (t.pos === 'VERB' && prevIsName);
    }
    if (name) t.pos = 'PROPN';
  }
}
