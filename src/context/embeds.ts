// Embedded social posts: the plain-text remnant that an embed leaves when a page is turned into
// text ("— Name (@handle) January 13, 2025" under the post's text and link), and the hints an
// HTML adapter read from embed markup, located in the text.
import type { Document, Embed, EmbedHint, Paragraph } from '../document/types.js';
import { calendarDay } from './dates.js';
import { embedsFromHtml as hintsFromDom, type HtmlRoot } from './html-embeds.js';

/**
 * The HTML adapter's entry point: src/ingest/html.ts looks for it in this module and calls it
 * with the page's source and its parsed DOM, before readability rewrites the DOM.
 */
export function embedsFromHtml(_html: string, document: HtmlRoot): EmbedHint[] {
  return hintsFromDom(document);
}

/** Longest post each platform allows: a longer paragraph is the article, not the post. */
const MAX_POST_CHARS: Record<string, number> = { twitter: 280, bluesky: 300, mastodon: 500, threads: 500, instagram: 2200 };

const HANDLE = '@[\\w.]{1,60}(?:@[\\w.-]{1,80})?';
const DATE_WORDS = '[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}';
/** "— Name (@handle) January 13, 2025" (Twitter/X; Bluesky adds "at 10:02 AM"). The date is required:
 * without it a dash, a name and a handle are too common in ordinary text. */
const SIGNATURE_RE = new RegExp(
  `^[—–-]{1,2}\\s*(?<author>[^\\n()@]{0,80}?)\\s*\\((?<handle>${HANDLE})\\)\\s*(?:on\\s+)?(?<date>${DATE_WORDS})(?:\\s+at\\s+\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?)?\\s*$`,
);
/** Instagram: "A post shared by Name (@handle) on Jan 13, 2025 at 2:00am PST". */
const INSTAGRAM_RE = new RegExp(
  `^A (?:post|photo|video|reel) shared by\\s+(?<author>[^\\n()@]{0,80}?)\\s*\\((?<handle>${HANDLE})\\)(?:\\s+on\\s+(?<date>${DATE_WORDS}))?.{0,40}$`,
);
const LINK_RE = /(?:https?:\/\/|pic\.twitter\.com\/)\S+/g;

export function platformOf(handle: string | null, url: string | null): string {
  const u = (url ?? '').toLowerCase();
  if (/bsky\.app|bsky\.social/.test(u) || (handle && /\.(?:bsky\.social|[a-z]{2,})$/i.test(handle) && !handle.slice(1).includes('@'))) return 'bluesky';
  if (handle && handle.slice(1).includes('@')) return 'mastodon';
  if (/instagram\.com/.test(u)) return 'instagram';
  if (/threads\.net/.test(u)) return 'threads';
  if (/youtube\.com|youtu\.be/.test(u)) return 'youtube';
  return 'twitter';
}

interface Stretch {
  start: number;
  end: number;
}

/** The paragraph with its trailing links cut off, and the last link (the post's own). */
function withoutTrailingLinks(text: string, p: Paragraph): { body: Stretch; url: string | null } {
  const slice = text.slice(p.start, p.end);
  let url: string | null = null;
  let bodyEnd = slice.length;
  for (const m of slice.matchAll(LINK_RE)) {
    url = m[0];
    if (!slice.slice(m.index! + m[0].length).trim()) bodyEnd = Math.min(bodyEnd, m.index!);
  }
  // several links in a row at the end: cut them all
  let body = slice.slice(0, bodyEnd);
  let m: RegExpExecArray | null;
  while ((m = /(?:\s|^)((?:https?:\/\/|pic\.twitter\.com\/)\S+)\s*$/.exec(body))) body = body.slice(0, m.index);
  let end = p.start + body.length;
  while (end > p.start && /\s/.test(text[end - 1]!)) end--;
  return { body: { start: p.start, end }, url };
}

export interface FoundEmbed {
  embed: Embed;
  /** Where the post's own words are, for the attribution to its author; null when not in the text. */
  content: Stretch | null;
  /** The author's name in the signature line, for the attribution's source. */
  authorSpan: Stretch | null;
  handleSpan: Stretch | null;
}

/**
 * Posts from signature lines. The post's words are the paragraph above the signature (as the
 * embed markup orders them) when it fits the platform's length limit. When that paragraph holds
 * only the post's link, text extraction has displaced the words, and the short paragraph right
 * under the signature is taken as the post's text instead.
 */
export function embedsFromText(doc: Document, paragraphs: Paragraph[]): FoundEmbed[] {
  const text = doc.text;
  const found: FoundEmbed[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const line = text.slice(p.start, p.end);
    if (line.length > 200) continue;
    const signature = SIGNATURE_RE.exec(line);
    const instagram = signature ? null : INSTAGRAM_RE.exec(line);
    const m = signature ?? instagram;
    if (!m?.groups) continue;
    const handle = m.groups.handle!;
    const author = m.groups.author?.trim() || null;
    const date = m.groups.date ? calendarDay(m.groups.date) : null;
    const handleAt = p.start + line.indexOf(handle, author ? line.indexOf(author) + author.length : 0);
    const authorSpan = author ? { start: p.start + line.indexOf(author), end: p.start + line.indexOf(author) + author.length } : null;
    let start = p.start;
    let end = p.end;
    let content: Stretch | null = null;
    let url: string | null = null;
    let platform = instagram ? 'instagram' : platformOf(handle, null);
    const prev = i > 0 ? paragraphs[i - 1]! : null;
    const next = i + 1 < paragraphs.length ? paragraphs[i + 1]! : null;
    if (prev) {
      const { body, url: link } = withoutTrailingLinks(text, prev);
      url = link;
      if (!instagram && link) platform = platformOf(handle, link);
      const limit = MAX_POST_CHARS[platform] ?? 500;
      if (body.end > body.start) {
        if (body.end - body.start <= limit) {
          content = body;
          start = prev.start;
        }
      } else {
        start = prev.start; // the link line belongs to the embed
        if (next && next.end - next.start <= limit && !SIGNATURE_RE.test(text.slice(next.start, next.end))) {
          content = { start: next.start, end: next.end };
          end = next.end;
        }
      }
    }
    found.push({
      embed: {
        type: 'post',
        platform,
        author,
        handle,
        date,
        url,
        text: content ? text.slice(content.start, content.end) : '',
        start,
        end,
      },
      content,
      authorSpan,
      handleSpan: { start: handleAt, end: handleAt + handle.length },
    });
  }
  return found;
}

/** A pattern that finds the hint's words in the text whatever white space or line breaks separate them. */
function wordsPattern(words: string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
}

function locate(text: string, hintText: string): Stretch | null {
  const words = hintText.replace(LINK_RE, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const head = wordsPattern(words.slice(0, 8)).exec(text);
  if (!head) return null;
  const whole = wordsPattern(words).exec(text.slice(head.index));
  if (whole && whole.index === 0) return { start: head.index, end: head.index + whole[0].length };
  return { start: head.index, end: head.index + head[0].length };
}

/**
 * Embeds from HTML hints, merged with the ones found from signature lines: a hint whose words
 * are inside a found embed completes it; a hint whose words the text does not hold (the
 * extractor dropped the embed) is still reported, with start and end -1 and no attribution.
 */
export function mergeHints(doc: Document, found: FoundEmbed[], hints: EmbedHint[]): FoundEmbed[] {
  const out = [...found];
  for (const h of hints) {
    // a video's title is no post text: find a video by its link only
    const at = h.text && h.platform !== 'youtube' ? locate(doc.text, h.text) : h.url ? indexStretch(doc.text, h.url) : null;
    const same = out.find(
      (f) =>
        (at && f.embed.start >= 0 && at.start < f.embed.end && f.embed.start < at.end) ||
        (h.url && f.embed.url === h.url) ||
        (h.handle && f.embed.handle === h.handle && h.date && f.embed.date === h.date),
    );
    if (same) {
      const e = same.embed;
      e.platform = h.platform || e.platform;
      e.author ??= h.author;
      e.handle ??= h.handle;
      e.date ??= h.date;
      if (h.url) e.url = h.url;
      if (at && !same.content) {
        same.content = at;
        e.text = doc.text.slice(at.start, at.end);
        e.start = Math.min(e.start, at.start);
        e.end = Math.max(e.end, at.end);
      }
      continue;
    }
    out.push({
      embed: {
        type: 'post',
        platform: h.platform,
        author: h.author,
        handle: h.handle,
        date: h.date,
        url: h.url,
        text: at && h.text && h.platform !== 'youtube' ? doc.text.slice(at.start, at.end) : h.text,
        start: at ? at.start : -1,
        end: at ? at.end : -1,
      },
      content: at && h.text && h.platform !== 'youtube' ? at : null,
      authorSpan: null,
      handleSpan: null,
    });
  }
  return out;
}

function indexStretch(text: string, needle: string): Stretch | null {
  const at = text.indexOf(needle);
  return at < 0 ? null : { start: at, end: at + needle.length };
}
