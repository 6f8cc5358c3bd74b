// Stage: second-hand attributions. A source's words often report what someone else said: "The
// Post wrote: “Peskov said Friday that ...”", "The aide said the senator told donors that ...".
// The attribution stage keeps only the outer attribution (as PolNeAR annotates); a reader
// checking who said what wants the inner one too, marked as reported by the outer one.
//
// Each quotation and each stretch of reported content that holds a reporting word is read as a
// small article of its own by the rules (with the article's tokens and tags), and what they
// find is mapped back onto the article's offsets. Only reports that name or describe their
// source are kept: a bare "he" inside someone's words points into that speaker's story, not
// the article's.
import { createDocument, layer, newAttribution, span, tokenRange } from '../document/document.js';
import type { Attribution, Document, Quotation, Sentence, Span, Token } from '../document/types.js';
import { paragraphsOf } from '../segment/segment.js';
import { findQuotes } from '../quotes/quotes.js';
import { findAttributions } from '../attribution/attribution.js';
import { DOCUMENT_NOUNS, MEDIA_NOUNS, ORG_NOUNS, PERSON_NOUNS } from '../speakers/lexicon.js';
import { isAgentNoun, isRoleWord } from '../speakers/mentions.js';

/** Words without which a stretch holds no report worth reading again: a cheap test first. */
const REPORTING =
  /\b(?:said|says|saying|told|tells|according to|report(?:s|ed)|wr(?:ote|ites)|add(?:s|ed)|stat(?:es|ed)|announc(?:es|ed)|claim(?:s|ed)|warn(?:s|ed)|insist(?:s|ed)|argu(?:es|ed)|not(?:es|ed)|explain(?:s|ed)|tweet(?:s|ed)|declar(?:es|ed)|acknowledg(?:es|ed)|admitt?(?:s|ed)|den(?:ies|ied)|confirm(?:s|ed)|predict(?:s|ed)|vow(?:s|ed)|promis(?:es|ed)|accus(?:es|ed)|call(?:s|ed) for)\b/i;

/**
 * Not a report: a passive participle ("the man accused of ...") or a clitic, whose source is no
 * speaker; a modal ("the city should declare", "no one would ever say"), which prescribes or
 * imagines what someone says rather than reporting it.
 */
const NOT_REPORTING_CUE = /^(?:accused|alleged|'s|’s)\b|\b(?:should|must|would|could|can|cannot|can’t|can't|might)\b/i;

/** Sources that name nobody a reader could look up from the article. */
const BARE_PRONOUN = /^(?:he|she|they|i|we|you|it|who|which|that|this|one|me|us|him|her|them|i[’']m)$/i;

/** Words that open a description without naming anyone: capitalised only at a sentence start. */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'another', 'one', 'other', 'several', 'few', 'all', 'both', 'each', 'any']);

/**
 * Does the source name or describe someone a reader can check: a capitalised word that is not
 * just a sentence's first word, or a head noun for people, media, organisations or documents?
 * Pronouns never do: a "he" inside someone's words points into that speaker's story. Rejects
 * what the rules read as a source inside quoted speech: "camera", "the common wisdom", "half".
 */
function namesSomeone(text: string, source: Span): boolean {
  const words = source.text.trim().split(/\s+/);
  if (words.length === 1 && BARE_PRONOUN.test(words[0]!)) return false;
  let before = source.start - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  const sentenceStart = before < 0 || /[.!?:"“‘'(\n]/.test(text[before]!);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w)) continue;
    if (i === 0 && sentenceStart) continue;
    if (OPENERS.has(w.toLowerCase()) || BARE_PRONOUN.test(w.replace(/[’']\w*$/, ''))) continue;
    return true;
  }
  const head = words[words.length - 1]!.toLowerCase().replace(/[,.;:]+$/, '');
  return PERSON_NOUNS.has(head) || isRoleWord(head) || isAgentNoun(head) || MEDIA_NOUNS.has(head) || ORG_NOUNS.has(head) || DOCUMENT_NOUNS.has(head);
}

/** "Feinstein said ... Feinstein said": the outer source reporting itself adds nothing. */
function sameSource(outer: Attribution, source: Span): boolean {
  if (!outer.source) return false;
  if (outer.source.start < source.end && source.start < outer.source.end) return true;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim();
  const a = norm(outer.source.text);
  const b = norm(source.text);
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** Shorter stretches hold no clause with a source, a cue and content. */
const MIN_CHARS = 20;

/** Below this (the rules' own scale), an inner reading is more often a misreading than a report. */
const MIN_CONFIDENCE = 0.6;

export function findReported(doc: Document): { attributions: Attribution[] } {
  const attributions = layer(doc, 'attributions');
  const quotes = doc.ann.quotes ?? [];
  const found: Attribution[] = [];
  // a cue read twice (in a quotation and in the content part around it, perhaps with another
  // boundary: "has said" and "said") is one report
  const cueStarts = new Set<number>();
  const cueEnds = new Set<number>();
  const byStart = quotes.map((_, i) => i).sort((x, y) => quotes[x]!.start - quotes[y]!.start);
  for (const outer of attributions) {
    if (outer.reportedBy !== undefined || outer.origin === 'embed') continue;
    for (const [start, end] of stretchesOf(outer, quotes, byStart)) {
      if (end - start < MIN_CHARS) continue;
      if (!REPORTING.test(doc.text.slice(start, end))) continue;
      const read = readStretch(doc, start, end);
      for (const inner of read.attributions) {
        if (!inner.cue || !inner.source || inner.confidence < MIN_CONFIDENCE) continue;
        if (!wellFormed(read.tokens, inner)) continue;
        // "what the analysts said was a sign": a free relative names a thing, not a report
        if (/^what\b/i.test(inner.content.text) || !/\S\s+\S/.test(inner.content.text) || NOT_REPORTING_CUE.test(inner.cue.text)) continue;
        const source = shifted(doc.text, inner.source, start);
        if (!namesSomeone(doc.text, source) || sameSource(outer, source)) continue;
        const cue = shifted(doc.text, inner.cue, start);
        if (cueStarts.has(cue.start) || cueEnds.has(cue.end)) continue;
        cueStarts.add(cue.start);
        cueEnds.add(cue.end);
        const a = newAttribution(inner);
        a.id = `r${found.length + 1}`;
        a.cue = cue;
        a.source = source;
        a.content = shifted(doc.text, inner.content, start);
        if (inner.contentParts) {
          const parts: Span[] = [];
          for (const p of inner.contentParts) parts.push(shifted(doc.text, p, start));
          a.contentParts = parts;
        }
        a.continues = undefined;
        a.reportedBy = outer.id;
        found.push(a);
      }
    }
  }
  if (found.length === 0) return { attributions };
  // built with push: an array made by spread changes its elements kind as this code warms up,
  // and the stages after would be deoptimised on it (docs/pipeline-speed.md, session 7)
  const all: Attribution[] = [];
  for (const a of attributions) all.push(a);
  for (const a of found) all.push(a);
  return { attributions: all };
}

/**
 * Where an attribution's content may hold reports: the inside of every outermost quotation in
 * it (a quoted cue is no cue to the article's reading), and each content part that is more
 * than one quotation (its unquoted words).
 */
function stretchesOf(a: Attribution, quotes: readonly Quotation[], byStart: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const part of a.contentParts ?? [a.content]) {
    let wholeQuote = false;
    // the quotations starting inside the part, found by binary search (long articles hold thousands)
    let k = 0;
    let hi = byStart.length;
    while (k < hi) {
      const mid = (k + hi) >> 1;
      if (quotes[byStart[mid]!]!.start < part.start) k = mid + 1;
      else hi = mid;
    }
    for (; k < byStart.length && quotes[byStart[k]!]!.start < part.end; k++) {
      const q = quotes[byStart[k]!]!;
      if (q.end > part.end || (q.parent !== -1 && quotes[q.parent]!.start >= part.start && quotes[q.parent]!.end <= part.end)) continue;
      out.push([q.innerStart, q.innerEnd]);
      if (q.start <= part.start + 1 && q.end >= part.end - 1) wholeQuote = true;
    }
    if (!wholeQuote) out.push([part.start, part.end]);
  }
  return out;
}

/**
 * The rules' attributions of a stretch read as an article of its own (first-hand ones only),
 * with offsets into the stretch. Its tokens, tags and sentences are the article's own, clipped
 * and shifted (segmenting the stretch again would cost more than the whole rule engine); only
 * the quotations are found again, since inside a quotation its words are not quoted any more.
 */
function readStretch(doc: Document, start: number, end: number): { attributions: Attribution[]; tokens: readonly Token[] } {
  const text = doc.text.slice(start, end);
  // an id of its own: the stretch is never stored, and hashing its text costs more than reading it
  const sub = createDocument(text, {}, `${doc.id}@${start}`);
  const all = layer(doc, 'tokens');
  // the tokens wholly inside the stretch
  let [first, last] = tokenRange(all, start, end);
  if (first < last && all[first]!.start < start) first++;
  if (last > first && all[last - 1]!.end > end) last--;
  if (last - first < 3) return { attributions: [], tokens: [] };
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let paragraph = 0;
  for (let t = first; t < last; t++) {
    const tok = all[t]!;
    if (t === first || tok.sentence !== all[t - 1]!.sentence) {
      if (sentences.length) sentences[sentences.length - 1]!.endToken = tokens.length;
      const at = tok.start - start;
      while (paragraph + 1 < paragraphs.length && paragraphs[paragraph + 1]!.start <= at) paragraph++;
      sentences.push({ start: at, end: at, firstToken: tokens.length, endToken: tokens.length, paragraph });
    }
    const s = sentences[sentences.length - 1]!;
    s.end = tok.end - start;
    tokens.push({ start: tok.start - start, end: tok.end - start, text: tok.text, pos: tok.pos, lemma: tok.lemma, normal: tok.normal, sentence: sentences.length - 1, quote: -1 });
  }
  sentences[sentences.length - 1]!.endToken = tokens.length;
  sub.ann.paragraphs = paragraphs;
  sub.ann.sentences = sentences;
  sub.ann.tokens = tokens;
  Object.assign(sub.ann, findQuotes(sub));
  return { attributions: findAttributions(sub).attributions, tokens: sub.ann.tokens };
}

/**
 * Readings the rules get wrong inside someone's words, mostly relative clauses: content that
 * opens with a verb ("what the senators said was a blunder": content "was a blunder"), or a
 * source where a common noun runs into a name ("the debate Trump said"), unless the noun is a
 * role ("campaign spokesman Ann Diaz").
 */
function wellFormed(tokens: readonly Token[], a: Attribution): boolean {
  const at = (offset: number) => tokens.find((t) => t.start >= offset);
  const first = at(a.content.start);
  if (first && (first.pos === 'VERB' || first.pos === 'AUX') && a.content.text[0] !== '“' && a.content.text[0] !== '"') return false;
  const src = a.source!;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < src.start || t.end > src.end) continue;
    const prev = tokens[i - 1]!;
    if (prev.start < src.start) continue;
    if (t.pos === 'PROPN' && prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text) && !PERSON_NOUNS.has(prev.normal) && !isRoleWord(prev.normal) && !isAgentNoun(prev.normal)) return false;
  }
  return true;
}

function shifted(text: string, s: Span, by: number): Span {
  return span(text, s.start + by, s.end + by);
}

/**
 * Stage, after the speakers: a report whose speaker is the one reporting it is no second-hand
 * statement ("Moss said ... Moss said"); it comes from an outer attribution misread around a
 * sentence of its own, so it goes.
 */
export function dropSelfReports(doc: Document): { attributions: Attribution[] } {
  const attributions = layer(doc, 'attributions');
  const speakerOf = new Map<string, string | null>();
  let self = 0;
  for (const a of attributions) speakerOf.set(a.id, a.speakerId);
  for (const a of attributions) if (a.reportedBy !== undefined && a.speakerId !== null && speakerOf.get(a.reportedBy) === a.speakerId) self++;
  if (self === 0) return { attributions };
  const kept: Attribution[] = [];
  for (const a of attributions) if (!(a.reportedBy !== undefined && a.speakerId !== null && speakerOf.get(a.reportedBy) === a.speakerId)) kept.push(a);
  return { attributions: kept };
}
