// Social posts in HTML embed markup, read before readability strips the markup away. The
// ingestion adapter stores them in meta.embedHints; the context stage finds them in the text.
import type { EmbedHint } from '../document/types.js';
import { calendarDay } from './dates.js';

/** The little of the DOM this needs, so any DOM (linkedom, jsdom, a browser) will do. */
export interface HtmlElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  parentElement: HtmlElement | null;
}
export interface HtmlRoot {
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

const SIGNATURE = /[—–]\s*(?<author>[^()@\n]{0,80}?)\s*\(\s*(?<handle>@[\w.]{1,60}(?:@[\w.-]{1,80})?)\s*\)\s*(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?/;
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/|pic\.twitter\.com\/)\S+)+\s*$/;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function list<T>(items: ArrayLike<T>): T[] {
  return Array.from(items);
}

/** The post's link without tracking parameters. */
function canonical(url: string | null): string | null {
  if (!url) return null;
  return url.replace(/[?#].*$/, '');
}

/** Twitter/X and Bluesky blockquotes share one shape: <p>text</p> — Name (@handle) <a>date</a>. */
function fromSignedBlockquote(bq: HtmlElement, platform: string): EmbedHint {
  const paragraphs = list(bq.querySelectorAll('p'));
  const text = clean(paragraphs.map((p) => p.textContent).join('\n')).replace(TRAILING_LINKS, '');
  const sig = SIGNATURE.exec(clean(bq.textContent))?.groups ?? {};
  const links = list(bq.querySelectorAll('a'));
  const postLink =
    links.reverse().find((a) => /\/status\/|\/post\/|\/statuses\//.test(a.getAttribute('href') ?? '')) ?? null;
  const dateText = postLink ? clean(postLink.textContent) : sig.date ?? '';
  return {
    platform,
    author: clean(sig.author) || null,
    handle: sig.handle ?? null,
    date: calendarDay(dateText) ?? (sig.date ? calendarDay(sig.date) : null),
    url: canonical(postLink?.getAttribute('href') ?? null),
    text,
  };
}

function fromInstagram(bq: HtmlElement): EmbedHint {
  const full = clean(bq.textContent);
  const shared = /shared by\s+(?<author>[^()@]{0,80}?)\s*\((?<handle>@[\w.]{1,60})\)/.exec(full)?.groups ?? {};
  const captions = list(bq.querySelectorAll('p'))
    .map((p) => clean(p.textContent))
    .filter((t) => t && !/shared by|view this (?:post|profile) on instagram/i.test(t));
  const time = bq.querySelector('time');
  const stamp = time?.getAttribute('datetime') ?? null;
  return {
    platform: 'instagram',
    author: clean(shared.author) || null,
    handle: shared.handle ?? null,
    date: stamp && /^\d{4}-\d{2}-\d{2}/.test(stamp) ? stamp.slice(0, 10) : calendarDay(clean(time?.textContent)),
    url: canonical(bq.getAttribute('data-instgrm-permalink')),
    text: captions.join('\n'),
  };
}

/** Mastodon embeds carry a link to the post (https://host/@user/id); the text loads later. */
function fromMastodon(el: HtmlElement): EmbedHint {
  const raw = el.getAttribute('data-embed-url') ?? el.getAttribute('src') ?? el.querySelector('a')?.getAttribute('href') ?? null;
  const url = canonical(raw)?.replace(/\/embed$/, '') ?? null;
  const m = url ? /^https?:\/\/([^/]+)\/(@[\w.]+)/.exec(url) : null;
  const text = el.tagName.toLowerCase() === 'iframe' ? '' : clean(list(el.querySelectorAll('p')).map((p) => p.textContent).join('\n'));
  return { platform: 'mastodon', author: null, handle: m ? `${m[2]}@${m[1]}` : null, date: null, url, text };
}

function youtubeId(url: string): string | null {
  return /(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?(?:[^#]*&)?v=|shorts\/)|youtu\.be\/)([\w-]{6,20})/.exec(url)?.[1] ?? null;
}

/**
 * Every embedded post in a parsed page, in document order per kind: Twitter/X, Instagram,
 * Bluesky and Mastodon embeds, YouTube players and YouTube links that stand alone in their
 * paragraph (a link inside a sentence is a citation, not an embed).
 */
export function embedsFromHtml(document: HtmlRoot): EmbedHint[] {
  const hints: EmbedHint[] = [];
  for (const bq of list(document.querySelectorAll('blockquote.twitter-tweet, blockquote.twitter-video'))) {
    hints.push(fromSignedBlockquote(bq, 'twitter'));
  }
  for (const bq of list(document.querySelectorAll('blockquote.bluesky-embed'))) {
    const hint = fromSignedBlockquote(bq, 'bluesky');
    if (!hint.url) {
      const uri = bq.getAttribute('data-bluesky-uri');
      hint.url = uri ?? null;
    }
    hints.push(hint);
  }
  for (const bq of list(document.querySelectorAll('blockquote.instagram-media'))) hints.push(fromInstagram(bq));
  for (const el of list(document.querySelectorAll('blockquote.mastodon-embed, iframe.mastodon-embed'))) hints.push(fromMastodon(el));
  const seenVideos = new Set<string>();
  for (const el of list(document.querySelectorAll('iframe[src], a[href]'))) {
    const isFrame = el.tagName.toLowerCase() === 'iframe';
    const url = el.getAttribute(isFrame ? 'src' : 'href') ?? '';
    const id = youtubeId(url);
    if (!id || seenVideos.has(id)) continue;
    if (!isFrame) {
      const block = el.parentElement;
      if (!block || clean(block.textContent) !== clean(el.textContent)) continue;
    }
    seenVideos.add(id);
    hints.push({
      platform: 'youtube',
      author: null,
      handle: null,
      date: null,
      url: `https://www.youtube.com/watch?v=${id}`,
      text: isFrame ? clean(el.getAttribute('title')) : '',
    });
  }
  return hints;
}
