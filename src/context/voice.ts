// The outlet's own voice: the sentences, or the clauses of partly attributed sentences, that
// no attribution covers and no quotation holds, each with the words that hedge, insist,
// charge, guess at motives or claim a consensus nobody is cited for.
import type { Attribution, Document, Embed, Quotation, Sentence, Token, VoiceFlag, VoiceFlagType, VoiceSentence } from '../document/types.js';
import { CERTAINTY_WORDS, HEDGE_WORDS, LOADED_WORDS, PHRASES, SPECULATION_WORDS } from './lexicon.js';

// Which word lists hold a word, as bits, and the phrase patterns that can start at it (sticky:
// tried at one position): one lookup per token instead of one per list.
const HEDGE = 1;
const CERTAINTY = 2;
const SPECULATION = 4;
const LOADED = 8;
interface WordEntry {
  lists: number;
  phrases: [VoiceFlagType, RegExp][] | undefined;
}
const WORDS = new Map<string, WordEntry>();
function entryOf(w: string): WordEntry {
  let entry = WORDS.get(w);
  if (!entry) {
    entry = { lists: 0, phrases: undefined };
    WORDS.set(w, entry);
  }
  return entry;
}
for (const p of PHRASES) {
  const re = new RegExp(`(?:${p.re})(?![A-Za-z0-9])`, 'iy');
  for (const w of p.starts.split(' ')) (entryOf(w).phrases ??= []).push([p.type, re]);
}
for (const [bit, words] of [[HEDGE, HEDGE_WORDS], [CERTAINTY, CERTAINTY_WORDS], [SPECULATION, SPECULATION_WORDS], [LOADED, LOADED_WORDS]] as const) {
  for (const w of words) entryOf(w).lists |= bit;
}
// The ASCII characters some listed word starts with: tokens starting otherwise (punctuation,
// numbers) are answered without a look-up in the large table.
const ENTRY_STARTS = new Uint8Array(128);
for (const w of WORDS.keys()) if (w.charCodeAt(0) < 128) ENTRY_STARTS[w.charCodeAt(0)] = 1;

function wordEntry(w: string): WordEntry | undefined {
  const c = w.charCodeAt(0);
  return c < 128 && ENTRY_STARTS[c] === 0 ? undefined : WORDS.get(w);
}

/**
 * A scare quote: the outlet holding a word at arm's length ('Trump-proof'). Told apart from
 * titles, terms and pieces of speech by the marks: a short top-level quotation in single marks,
 * in a text that quotes speech in double marks, outside the headline, with no attribution on it
 * and no punctuation of its own inside (a quoted sentence end belongs to a speaker).
 */
const SCARE_QUOTE_MAX_WORDS = 3;
const SPEECH_WORD = /\b(?:said|says|say|told|tells|stated|asked|added|wrote|called|described|dubbed|termed|according)\b/i;

type Range = [number, number];

function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Stretches of [start, end) outside the covered ranges (sorted, merged), looked at from index `from`. */
function uncovered(start: number, end: number, covered: Range[], from: number): Range[] {
  const out: Range[] = [];
  let at = start;
  for (let i = from; i < covered.length; i++) {
    const [cs, ce] = covered[i]!;
    if (ce <= at) continue;
    if (cs >= end) break;
    if (cs > at) out.push([at, cs]);
    at = Math.max(at, ce);
  }
  if (at < end) out.push([at, end]);
  return out;
}

// The word that joined a clause to the attribution cut out after it ("... commuters, and | the
// mayor said ..."): it says nothing of its own. (One before the clause stays: in "the mayor
// said X, | but this could be a ploy" the "but" is the outlet's own contrast.)
const JOINER_AT_END = /(?:^|[\s,;:—–])(?:and|but|or|nor|so|yet|while|whereas|as|because|since|although|though|after|before|when|that|which|who)$/i;

/** Trims white space, punctuation and a final joining word left over where an attribution was cut out. */
function trimStretch(text: string, [s, e]: Range): Range {
  for (;;) {
    while (s < e && /[\s,;:—–\-"“”'‘’()]/.test(text[s]!)) s++;
    while (e > s && /[\s,;:—–\-"“”'‘’(]/.test(text[e - 1]!)) e--;
    const tail = JOINER_AT_END.exec(text.slice(Math.max(s, e - 12), e));
    if (!tail || e - tail[0].length <= s) return [s, e];
    e -= tail[0].length;
  }
}

function isScareQuote(text: string, q: Quotation, attributions: Attribution[], doubleIsSpeech: boolean, headlineEnd: number): boolean {
  if (!doubleIsSpeech || q.mark !== 'single' || q.parent >= 0 || q.unclosed || q.start < headlineEnd) return false;
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (wordCount(inner) > SCARE_QUOTE_MAX_WORDS || /[.,;:!?]$/.test(inner.trim())) return false;
  return !attributions.some((a) => spansOf(a).some(([s, e]) => s < q.end && q.start < e));
}

function spansOf(a: Attribution): Range[] {
  const out: Range[] = [];
  for (const p of a.contentParts?.length ? a.contentParts : [a.content]) out.push([p.start, p.end]);
  if (a.source) out.push([a.source.start, a.source.end]);
  if (a.cue) out.push([a.cue.start, a.cue.end]);
  return out;
}

function flagsIn(doc: Document, start: number, end: number, tokens: Token[], sentence: Sentence, quoted: Range[], scare: Quotation[]): VoiceFlag[] {
  const text = doc.text;
  const flags: VoiceFlag[] = [];
  const inQuote = (s: number, e: number) => quoted.some(([qs, qe]) => s < qe && qs < e);
  const add = (type: VoiceFlagType, s: number, e: number) => {
    if (!inQuote(s, e)) flags.push({ type, start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const t = tokens[i]!;
    if (t.start < start || t.end > end) continue;
    const lemma = t.lemma.toLowerCase();
    const normal = t.normal;
    const entry = wordEntry(normal);
    const phrases = entry?.phrases ?? (normal.includes('-') ? WORDS.get(normal.slice(0, normal.indexOf('-')))?.phrases : undefined);
    if (phrases) {
      for (const [type, re] of phrases) {
        re.lastIndex = t.start;
        const m = re.exec(text);
        if (m && t.start + m[0].length <= end) add(type, t.start, t.start + m[0].length);
      }
    }
    const ofNormal = entry?.lists ?? 0;
    const either = ofNormal | (lemma === normal ? 0 : wordEntry(lemma)?.lists ?? 0);
    if (either & HEDGE) add('hedge', t.start, t.end);
    // "may" and "could" hedge as auxiliaries ("could not" is past ability, not doubt)
    else if ((normal === 'may' || normal === 'could') && t.pos === 'AUX') {
      const next = tokens[i + 1];
      if (!(next && (next.normal === 'not' || next.normal === "n't"))) add('hedge', t.start, t.end);
    }
    if (ofNormal & CERTAINTY) add('certainty', t.start, t.end);
    if (either & SPECULATION) add('speculation', t.start, t.end);
    if ((either & LOADED) !== 0 && t.pos !== 'PROPN') add('loaded', t.start, t.end);
  }
  for (const q of scare) if (q.start >= start && q.end <= end) flags.push({ type: 'loaded', start: q.start, end: q.end, text: text.slice(q.start, q.end) });
  // one flag per stretch and type: a phrase wins over a word inside it
  flags.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: VoiceFlag[] = [];
  for (const f of flags) {
    if (kept.some((k) => k.type === f.type && f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept;
}

export function findVoice(doc: Document, attributions: Attribution[], embeds: Embed[]): VoiceSentence[] {
  const text = doc.text;
  const sentences = doc.ann.sentences ?? [];
  const tokens = doc.ann.tokens ?? [];
  const quotes = doc.ann.quotes ?? [];
  const covered: Range[] = [];
  // An attribution nobody is named for ("there is consensus that ...", "it was reported that
  // ...") is the outlet asserting through a vague frame: it stays in the outlet's voice.
  for (const a of attributions) if (a.source || a.speakerId || a.continues || a.origin === 'embed') covered.push(...spansOf(a));
  for (const e of embeds) if (e.start >= 0) covered.push([e.start, e.end]);
  const scare: Quotation[] = [];
  const quoted: Range[] = [];
  let doubleTop = 0;
  let singleTop = 0;
  for (const q of quotes) {
    if (q.parent >= 0) continue;
    if (q.mark === 'double') doubleTop++;
    else if (q.mark === 'single') singleTop++;
  }
  const doubleIsSpeech = doubleTop > singleTop;
  const headlineEnd = doc.ann.paragraphs?.[0]?.end ?? 0;
  for (const q of quotes) {
    quoted.push([q.start, q.end]);
    if (isScareQuote(text, q, attributions, doubleIsSpeech, headlineEnd)) scare.push(q);
    else covered.push([q.start, q.end]);
  }
  const merged = mergeRanges(covered);
  const voice: VoiceSentence[] = [];
  let first = 0; // the first covered range that may reach into this or a later sentence
  for (const s of sentences) {
    while (first < merged.length && merged[first]![1] <= s.start) first++;
    const stretches = uncovered(s.start, s.end, merged, first);
    const whole = stretches.length === 1 && stretches[0]![0] === s.start && stretches[0]![1] === s.end;
    for (const raw of stretches) {
      const [start, end] = whole ? raw : trimStretch(text, raw);
      if (end <= start) continue;
      const slice = text.slice(start, end);
      if (!/\p{L}/u.test(slice) || /^\S*:\/\/\S*$/.test(slice)) continue;
      if (!whole) {
        // what is left around an attribution counts only when it is a clause of its own
        if (wordCount(slice) < 4) continue;
        let hasVerb = false;
        for (let i = s.firstToken; i < s.endToken && !hasVerb; i++) {
          const t = tokens[i]!;
          hasVerb = t.start >= start && t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX');
        }
        if (!hasVerb) continue;
      }
      // a sentence with a scare quote and a speech verb is someone's words the engine missed
      // pushed, not filtered (see addContext)
      const sentenceScare: Quotation[] = [];
      for (const q of scare) if (q.start >= start && q.end <= end && !SPEECH_WORD.test(slice)) sentenceScare.push(q);
      voice.push({ start, end, text: slice, flags: flagsIn(doc, start, end, tokens, s, quoted, sentenceScare) });
    }
  }
  return voice;
}
