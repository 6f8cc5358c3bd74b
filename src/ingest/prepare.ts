// One raw input item (a file's bytes, a JSONL record, a feed item, a WARC record) to the text
// and metadata that extraction reads, plus the keys that de-duplicate it. Runs in the workers.
import type { DocumentMeta } from '../document/types.js';
import { canonicalUrl, textHash } from '../ledger/normalise.js';
import type { DocumentSource } from '../store/store.js';
import { decodeBytes, httpBodyHtml, InputError, sniffHtmlCharset } from './decode.js';
import { normaliseDate } from './dates.js';
import { textTooLong } from '../document/document.js';

// The HTML reader (linkedom + Readability) costs ~0.1 s to load in every worker: only items
// that are HTML load it.
let htmlReader: Promise<typeof import('./html.js')> | null = null;
const loadHtmlReader = () => (htmlReader ??= import('./html.js'));

/** Metadata a container gave for an item (JSONL fields, feed item fields, WARC target URI). */
export interface GivenMeta {
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  /** Whether publishedAt was stated by the user's data (JSONL) or read from markup (feeds). */
  publishedAtSource?: 'given' | 'metadata';
}

export type RawItem = {
  /** How problems name the item: "a.jsonl line 3", "cc.warc.gz at offset 1234". */
  label: string;
  source: DocumentSource;
  given: GivenMeta;
} & (
  | { kind: 'text'; data: Uint8Array | string }
  | { kind: 'html'; data: Uint8Array | string }
  | { kind: 'fragment'; html: string }
  | { kind: 'http'; data: Uint8Array }
);

export interface Prepared {
  text: string;
  meta: DocumentMeta;
  canonicalUrl: string | null;
  textHash: string;
  author: string | null;
  language: string | null;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function htmlString(data: Uint8Array | string): string {
  return typeof data === 'string' ? data : decodeBytes(data, sniffHtmlCharset(data));
}

/** Throws InputError with a one-line reason when the item holds no usable article. */
export async function prepare(item: RawItem): Promise<Prepared> {
  const given = item.given;
  let text: string;
  let meta: DocumentMeta = {};
  let pageUrl: string | null = null;
  switch (item.kind) {
    case 'text':
      text = typeof item.data === 'string' ? item.data : decodeBytes(item.data);
      break;
    case 'fragment':
      text = (await loadHtmlReader()).fragmentText(item.html);
      break;
    case 'html':
    case 'http': {
      const html = item.kind === 'http' ? httpBodyHtml(item.data) : htmlString(item.data);
      const article = (await loadHtmlReader()).htmlToArticle(html, given.url ?? null);
      if (!article) throw new InputError('no article text in the page');
      text = article.text;
      meta = article.meta;
      pageUrl = article.canonicalUrl;
      break;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError('no text');
  const tooLong = textTooLong(text);
  if (tooLong) throw new InputError(tooLong);
  const givenDate = normaliseDate(given.publishedAt ?? null);
  const publishedAt = givenDate ?? meta.publishedAt ?? null;
  const url = clean(given.url) ?? meta.url ?? null;
  const fullMeta: DocumentMeta = {
    ...meta,
    title: clean(given.title) ?? clean(meta.title),
    url,
    outlet: clean(given.outlet) ?? clean(meta.outlet),
    author: clean(given.author) ?? clean(meta.author),
    publishedAt,
    publishedAtSource: givenDate ? (given.publishedAtSource ?? 'given') : (meta.publishedAtSource ?? null),
  };
  return {
    text,
    meta: fullMeta,
    // a page's own canonical link names the article better than the address it was fetched from
    canonicalUrl: canonicalUrl(pageUrl) ?? canonicalUrl(url),
    textHash: textHash(text),
    author: fullMeta.author ?? null,
    language: meta.language ?? null,
  };
}

export { InputError };
