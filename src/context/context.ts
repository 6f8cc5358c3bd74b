// The last stage: when the article was published and when each statement was made, the social
// posts it embeds (each also an attribution to the post's author), and the outlet's own voice.
//
// Side effect, on purpose: when neither the caller nor the page's metadata gave a publication
// date and the text shows one, this stage writes it to doc.meta.publishedAt with
// doc.meta.publishedAtSource = 'inferred', so that the output and the ledger carry it.
import { newAttribution, span, tokenRange } from '../document/document.js';
import type { Annotations, Attribution, Document, Embed, Quotation, Sentence, Speaker, SpeakerType } from '../document/types.js';
import { paragraphsOf } from '../segment/segment.js';
import {
  findTimeExpressions, inferPublishedAt, parseIsoDay, resolveTime, scanTimeExpressions, timeExpressionsIn, type ResolvedTime,
  type TimeExpression, type TimeScan,
} from './dates.js';
import { embedsFromText, mergeHints, type FoundEmbed } from './embeds.js';
import { findVoice } from './voice.js';

const NO_TIME: ResolvedTime = { on: null, when: null };

/** Index of the sentence holding offset `at` (sentences are sorted), or -1. */
function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Spans sorted by start, to find the few near one offset without scanning them all. */
export interface SpanIndex {
  starts: Int32Array;
  spans: { start: number; end: number }[];
  longest: number;
}

export function spanIndex(spans: { start: number; end: number }[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return {
    starts: Int32Array.from(sorted.map((x) => x.start)),
    spans: sorted,
    longest: sorted.reduce((m, x) => Math.max(m, x.end - x.start), 0),
  };
}

/** Every indexed span that overlaps [from, to). */
function overlapping(index: SpanIndex, from: number, to: number): { start: number; end: number }[] {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  const out: { start: number; end: number }[] = [];
  for (let i = lo - 1; i >= 0 && index.starts[i]! + index.longest > from; i--) {
    const x = index.spans[i]!;
    if (x.end > from) out.push(x);
  }
  return out;
}

export interface StatedTimeContext {
  quotes: SpanIndex & { spans: Quotation[] };
  contents: SpanIndex;
  /** Time expressions per searched stretch ("from:to"): attributions of one sentence share it. */
  times: Map<string, TimeExpression[]>;
  /** The whole text's time expressions, when they were looked for already (see timeExpressionsIn). */
  scanned: TimeScan | null;
}

export function statedTimeContext(doc: Document, all: Attribution[], scanned: TimeScan | null = null): StatedTimeContext {
  const contents = all.flatMap((a) => (a.contentParts?.length ? a.contentParts : [a.content]));
  return { quotes: spanIndex(doc.ann.quotes ?? []) as StatedTimeContext['quotes'], contents: spanIndex(contents), times: new Map(), scanned };
}

/** How far (characters) from the cue a time expression may be and still date the statement. */
const NEAR_ANCHOR = 600;

/**
 * When the text says the statement was made: the time expression nearest the cue (or, with no
 * cue, the source) in the same sentence, outside every reported content and every quotation
 * that does not also hold the cue. "Kirby said last Friday that ..." has one; a quote whose
 * clause names no time has none, even when the previous sentence had one.
 */
export function statedTime(doc: Document, a: Attribution, ctx: StatedTimeContext, published: Date | null): ResolvedTime {
  const anchor = a.cue ?? a.source;
  const sentences = doc.ann.sentences ?? [];
  if (!anchor) return NO_TIME;
  const si = sentenceAt(sentences, anchor.start);
  if (si < 0) return NO_TIME;
  let from = sentences[si]!.start;
  let to = sentences[si]!.end;
  const holds = (s: number, e: number) => s <= anchor.start && anchor.end <= e;
  // a cue inside a quotation (a speaker reporting someone else) looks inside that quotation only
  let inner: Quotation | null = null;
  for (const q of overlapping(ctx.quotes, anchor.start, anchor.end) as Quotation[]) {
    if (holds(q.innerStart, q.innerEnd) && (!inner || q.innerEnd - q.innerStart < inner.innerEnd - inner.innerStart)) inner = q;
  }
  if (inner) {
    from = Math.max(from, inner.innerStart);
    to = Math.min(to, inner.innerEnd);
  }
  const key = `${from}:${to}`;
  let found = ctx.times.get(key);
  if (!found) {
    found = ctx.scanned ? timeExpressionsIn(ctx.scanned, from, to) : findTimeExpressions(doc.text, from, to);
    ctx.times.set(key, found);
  }
  // Only expressions near the anchor: a statement's time is written beside its cue, and a
  // bound keeps a run-on "sentence" of thousands of words (a page without punctuation) linear.
  const near = Math.max(from, anchor.start - NEAR_ANCHOR);
  const far = Math.min(to, anchor.end + NEAR_ANCHOR);
  const excluded: [number, number][] = [];
  for (const q of overlapping(ctx.quotes, near, far)) if (!holds(q.start, q.end)) excluded.push([q.start, q.end]);
  const own = a.contentParts?.length ? a.contentParts : [a.content];
  for (const p of overlapping(ctx.contents, near, far)) {
    if (holds(p.start, p.end)) continue;
    // "endorsed the mayor on Thursday", "blasted the plan as a 'disgrace' Wednesday": a time
    // after a content with no verb of its own (an object, not a reported clause) is the act's
    if (own.some((x) => x.start === p.start && x.end === p.end) && !hasVerb(doc, p.start, p.end)) continue;
    excluded.push([p.start, p.end]);
  }
  const exprs = found.filter((e) => e.end > near && e.start < far && !excluded.some(([s, x]) => e.start < x && s < e.end) && !notWhenSaid(doc.text, e));
  // A named day beats a month or a year nearby: those more often date background ("who quit
  // the race in February, attacked her Wednesday").
  const vague = (e: TimeExpression) => (e.kind === 'month' || e.kind === 'year' ? 40 : 0);
  const distance = (e: TimeExpression) => vague(e) + (e.end <= anchor.start ? anchor.start - e.end : Math.max(0, e.start - anchor.end));
  exprs.sort((x, y) => distance(x) - distance(y));
  const latest = published ? published.toISOString().slice(0, 10) : null;
  for (const e of exprs) {
    const r = resolveTime(e, published);
    // nothing reported was said after publication: such a day is an event announced ahead
    if (latest && ((r.on && r.on > latest) || (r.when && r.when.from > latest))) continue;
    if (r.on || r.when) return r;
  }
  return NO_TIME;
}

/** Has [start, end) a verb (or auxiliary) token? */
function hasVerb(doc: Document, start: number, end: number): boolean {
  const tokens = doc.ann.tokens ?? [];
  const [first, last] = tokenRange(tokens, start, end);
  for (let i = first; i < last; i++) {
    const pos = tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

const POSSESSIVE_AFTER_RE = /['’]s\b/y;
const RANGE_BEFORE_RE = /\bbetween\s+(?:(?:\S+\s+){1,4}and\s+)?$/i;

/**
 * Times that are not when something was said: "Friday's ruling", "last week's vote" date the
 * thing named, and "between Jan. 1 and Sept. 18" bounds a span. (A day after an article is
 * left alone: "a Friday letter warns", "in a Sunday interview" date the statement itself.)
 */
function notWhenSaid(text: string, e: TimeExpression): boolean {
  POSSESSIVE_AFTER_RE.lastIndex = e.end;
  return POSSESSIVE_AFTER_RE.test(text) || RANGE_BEFORE_RE.test(text.slice(Math.max(0, e.start - 40), e.start));
}

function nameKey(name: string): string {
  // "David P. Goldman" and "David Goldman" are one person: initials are dropped
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.replace(/\W/g, '').length > 1)
    .join(' ');
}

const ORG_WORDS = /\b(?:Ministry|Office|Department|Agency|Party|Inc|Ltd|Council|Committee|Embassy|Government|Police|Army|Forces|University|Foundation|Institute|Bureau|Commission|Union|Association|Group|Command|NATO|UN)\b/;
const MEDIA_WORDS = /\b(?:News|Times|Post|Journal|TV|Radio|Press|Reuters|Herald|Tribune|Gazette|Telegraph|Guardian|Media)\b/;

function speakerTypeOf(author: string | null): SpeakerType {
  if (!author) return 'unknown';
  if (MEDIA_WORDS.test(author)) return 'media';
  if (ORG_WORDS.test(author)) return 'organization';
  return 'person';
}

/**
 * The post's words become a direct attribution to its author. The author joins the speaker of
 * the same name when speaker resolution found one; otherwise a speaker is added, whose mentions
 * are the name and the handle in the signature line.
 */
function attributePosts(doc: Document, found: FoundEmbed[], speakers: Speaker[]): { attributions: Attribution[]; speakers: Speaker[] } {
  const text = doc.text;
  const out: Attribution[] = [];
  const updated: Speaker[] = [];
  for (const s of speakers) updated.push({ ...s, mentions: [...s.mentions] });
  let n = 0;
  for (const f of found) {
    const e = f.embed;
    if (!f.content || f.content.end <= f.content.start || (!e.author && !e.handle)) continue;
    const name = e.author ?? e.handle!;
    const mentions = [f.authorSpan, f.handleSpan].filter((s) => s !== null).map((s) => span(text, s!.start, s!.end));
    const key = nameKey(name);
    let speaker = updated.find((s) => nameKey(s.name) === key || (e.handle && s.mentions.some((m) => m.text === e.handle)));
    if (speaker) {
      for (const m of mentions) if (!speaker.mentions.some((x) => x.start === m.start)) speaker.mentions.push(m);
      speaker.mentions.sort((x, y) => x.start - y.start);
    } else {
      speaker = {
        id: `post:${e.handle ?? key}`,
        name,
        type: speakerTypeOf(e.author),
        role: null,
        organization: null,
        mentions,
      };
      updated.push(speaker);
    }
    n++;
    out.push(newAttribution({
      id: `embed-${n}`,
      kind: 'direct',
      cue: null,
      source: f.authorSpan ? span(text, f.authorSpan.start, f.authorSpan.end) : f.handleSpan ? span(text, f.handleSpan.start, f.handleSpan.end) : null,
      content: span(text, f.content.start, f.content.end),
      speakerId: speaker.id,
      statedOn: e.date,
      statedWhen: null,
      confidence: 0.9,
      origin: 'embed',
    }));
  }
  return { attributions: out, speakers: updated };
}

export function addContext(doc: Document): Partial<Annotations> {
  const meta = doc.meta;
  // inferring the date scans the whole text for time expressions: the statements' times reuse it
  let scanned: TimeScan | null = null;
  if (meta.publishedAt) meta.publishedAtSource ??= 'given';
  else {
    scanned = scanTimeExpressions(doc.text);
    const inferred = inferPublishedAt(doc.text, undefined, scanned);
    if (inferred) {
      meta.publishedAt = inferred.date;
      meta.publishedAtSource = 'inferred';
    }
  }
  const published = parseIsoDay(meta.publishedAt);

  const paragraphs = doc.ann.paragraphs ?? paragraphsOf(doc.text);
  const found = mergeHints(doc, embedsFromText(doc, paragraphs), meta.embedHints ?? []);
  // The arrays handed on are built with push, not map/filter/spread: those make arrays of
  // another elements kind once the caller is optimised, and every later reader of them then
  // meets a new array map, drops its optimised code and is compiled again (findVoice,
  // toAnalysis) well into a worker's life.
  const embeds: Embed[] = [];
  for (const f of found) embeds.push(f.embed);
  embeds.sort((a, b) => (a.start < 0 ? 1 : b.start < 0 ? -1 : a.start - b.start));

  const ruleAttributions: Attribution[] = [];
  for (const a of doc.ann.attributions ?? []) if (a.origin !== 'embed') ruleAttributions.push(a);
  const timeContext = statedTimeContext(doc, ruleAttributions, scanned);
  const timeOf = new Map<string, ResolvedTime>();
  const withTime = (a: Attribution, t: ResolvedTime): Attribution => {
    if (!t.on && !t.when) return a;
    const stated = newAttribution(a);
    stated.statedOn = t.on;
    stated.statedWhen = t.when;
    return stated;
  };
  const dated: Attribution[] = [];
  for (const a of ruleAttributions) {
    if (a.statedOn || a.statedWhen) timeOf.set(a.id, { on: a.statedOn, when: a.statedWhen ?? null });
    if (a.statedOn || a.statedWhen || a.continues !== undefined) {
      dated.push(a);
      continue;
    }
    const t = statedTime(doc, a, timeContext, published);
    timeOf.set(a.id, t);
    dated.push(withTime(a, t));
  }
  // a quote that carries on another one was said when that one was
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i]!;
    if (a.continues !== undefined && !a.statedOn && !a.statedWhen) dated[i] = withTime(a, timeOf.get(a.continues) ?? NO_TIME);
  }
  const posts = attributePosts(doc, found, doc.ann.speakers ?? []);
  const attributions = dated;
  for (const a of posts.attributions) attributions.push(a);

  return { attributions, speakers: posts.speakers, embeds, voice: findVoice(doc, attributions, embeds) };
}
