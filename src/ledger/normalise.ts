// Normal forms used to recognise the same thing across documents: a person's name, a quote,
// an article's text and its URL. They must be stable: stored keys are built from them.
import { createHash } from 'node:crypto';
// (variants.ts uses this module's functions only when called, so the import cycle is harmless)
import { quoteWords } from './variants.js';
import { QUOTED_RUN } from '../quotes/marks.js';

// Text with nothing to decompose, no diacritics and no typographic marks: the usual case
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, no diacritics, curly quotes and dashes made plain, runs of space collapsed. */
export function foldText(text: string): string {
  // of the folds in fullFold, only these change ASCII text
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return fullFold(text);
}

/** foldText without its ASCII shortcut (exported so a test can hold the two to the same answers). */
export function fullFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** De-duplication key of an article: the same words in the same order, whatever the spacing. */
export function textHash(text: string): string {
  return sha1(foldText(text));
}

// Courtesy titles say nothing about who someone is: "Dr. Jane Roe" and "Jane Roe" are one person.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'lord', 'lady']);

// The same names come back in document after document (and twice per speaker stored): their
// normal forms are kept, up to a bound, so a long run does not grow it without end.
const NAME_MEMO_SIZE = 5000;
const nameMemo = new Map<string, string>();

/** A name reduced to comparable words: "Dr. José  O’Neill" -> "jose o'neill". */
export function normaliseName(name: string): string {
  let norm = nameMemo.get(name);
  if (norm === undefined) {
    norm = foldName(name);
    if (nameMemo.size >= NAME_MEMO_SIZE) nameMemo.clear();
    nameMemo.set(name, norm);
  }
  return norm;
}

function foldName(name: string): string {
  const words = foldText(name)
    .replace(/'s$/u, '')
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && w !== "'" && w !== '-');
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words.join(' ');
}

// ASCII and the General Punctuation block (curly quotes, dashes, ellipsis, spaces): none of the
// latter is a letter or digit or decomposes into one, so each is a word break, as in ASCII
const PLAIN_QUOTE = /^[\x00-\x7f\u2000-\u206f]*$/;

/** Words of a quote, punctuation and case aside: what makes two quotes "the same". */
export function normaliseQuote(text: string): string {
  if (PLAIN_QUOTE.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Shorter quotes ("no comment", "a disaster") recur by chance, not because one copied another. */
export const MIN_QUOTE_WORDS = 4;

/** The cross-document id of a direct quote, or null when it is too short to recognise. */
/**
 * The longest quoted run of a partly quoted content ("her promise: “We won't ...”"), or null
 * when it has none long enough to be a quote of its own.
 */
export function quotedWords(content: string): string | null {
  let best: string | null = null;
  for (const run of content.match(QUOTED_RUN) ?? []) if (!best || run.length > best.length) best = run;
  return best && quoteId(best) ? best : null;
}

/**
 * The words of an attribution that make its quote: a direct quote whole (its parts joined when
 * the speaker's words are split around the cue); of a mixed one ("her promise: “We won't ...”",
 * "called it “a blank cheque”") the words in quotation marks, which another article may quote
 * again; null for an indirect one.
 */
export function attributionQuoteText(kind: string, content: string, parts: readonly { text: string }[] | null): string | null {
  if (kind === 'direct') return parts && parts.length > 1 ? parts.map((p) => p.text).join(' ') : content;
  return kind === 'mixed' ? quotedWords(content) : null;
}

/**
 * The cross-document id of a direct quote, or null when it is too short to recognise. Its words
 * with contractions spelled out, as quotes are compared ("won't" and "will not" are one quote:
 * outlets' house styles differ there); a contraction is two words either way, so whether a text
 * is long enough does not depend on it. A quote without one keeps the id it always had.
 */
export function quoteId(text: string): string | null {
  // a partly quoted content's words are looked up twice in a row (quotedWords, then its id)
  if (text === lastQuote.text) return lastQuote.id;
  const norm = normaliseQuote(text);
  const id = norm === '' || norm.split(' ').length < MIN_QUOTE_WORDS ? null : 'q' + sha1(spelledOut(text) ?? norm).slice(0, 15);
  lastQuote = { text, id };
  return id;
}

let lastQuote: { text: string | null; id: string | null } = { text: null, id: null };

/** Version 6 and earlier: contractions as written ("won't" is "won t"). For upgrading stores. */
export function quoteIdAsWritten(text: string): string | null {
  const norm = normaliseQuote(text);
  if (norm === '' || norm.split(' ').length < MIN_QUOTE_WORDS) return null;
  return 'q' + sha1(norm).slice(0, 15);
}

/** A quote's normal words with its contractions spelled out, or null when it has none. */
function spelledOut(text: string): string | null {
  if (!/['\u2019]/.test(text)) return null;
  const words = quoteWords(text);
  // the second word of a spelled-out contraction is the one not written
  return words.some((w) => w.surface === '') ? words.map((w) => w.norm).join(' ') : null;
}

// Query parameters that track a click rather than select content.
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|smid|at_medium|at_campaign)$/i;

/**
 * One URL per article: scheme and host lower-cased, default port, fragment and tracking
 * parameters dropped, remaining parameters sorted, no trailing slash. Null when not an http(s) URL.
 */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  // http and https serve the same article; so does a trailing slash
  let path = url.pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  const host = url.hostname.toLowerCase();
  const port = url.port ? `:${url.port}` : '';
  return `${host}${port}${path}${url.search}`;
}
