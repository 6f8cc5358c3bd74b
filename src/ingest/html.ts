// HTML pages to article text and metadata: the main text through @mozilla/readability on a
// linkedom DOM; title, site, author, canonical URL, date and language from JSON-LD, OpenGraph
// and meta tags (read before Readability, which rewrites the DOM).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { DocumentMeta, EmbedHint } from '../document/types.js';
import { embedsFromHtml } from '../context/embeds.js';
import type { HtmlRoot } from '../context/html-embeds.js';
import { normaliseDate } from './dates.js';

export { normaliseDate };

export interface HtmlArticle {
  text: string;
  meta: DocumentMeta;
  /** The page's own idea of its URL (link rel=canonical, og:url, JSON-LD), else the given URL. */
  canonicalUrl: string | null;
}

/**
 * Finds embedded social posts (tweets, Instagram blockquotes) in a page, before Readability
 * strips their markup. The context stage provides it (src/context/embeds.ts); tests or other
 * callers may swap it.
 */
export type EmbedExtractor = (html: string, document: Document) => EmbedHint[];

let embedExtractor: EmbedExtractor | null = (html, document) => embedsFromHtml(html, document as unknown as HtmlRoot);

export function setEmbedExtractor(extractor: EmbedExtractor | null): void {
  embedExtractor = extractor;
}

/** Kept for callers that awaited the former lazy lookup; the extractor is now imported directly. */
export async function loadEmbedExtractor(): Promise<void> {}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT']);

/** Text of a DOM subtree with one paragraph per block element (blank line between them). */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** The text of an HTML fragment (a feed item's content), without Readability. */
export function fragmentText(html: string): string {
  // a fragment may be plain text with entities; wrapping gives linkedom a body to hold it
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body);
}

function metaContent(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

type JsonLd = Record<string, unknown>;

/** Objects of the page's JSON-LD blocks, @graph flattened; broken blocks are ignored. */
function jsonLdObjects(document: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      out.push(value as JsonLd);
      if ('@graph' in value) add((value as JsonLd)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // many sites ship invalid JSON-LD; the meta tags are the fallback
    }
  }
  return out;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage|LiveBlogPosting)$/;

function isArticle(obj: JsonLd): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const name = (value as JsonLd).name;
    return typeof name === 'string' ? name.trim() || null : null;
  }
  return null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && typeof (value as JsonLd)['@id'] === 'string') return String((value as JsonLd)['@id']);
  return null;
}

/** "Bridge repairs start | Evening Example" -> "Bridge repairs start" when the site is known. */
function withoutSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|\\-\u2013\u2014\u00b7:]\\s+${escaped}\\s*$`, 'i'), '').trim();
  return stripped || title;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * Reads a page. `url` is where it was fetched from (a WARC record's target), used for relative
 * links and as the canonical URL when the page names none. Returns null when it holds no text.
 */
export function htmlToArticle(html: string, url: string | null = null): HtmlArticle | null {
  const { document } = parseHTML(html);
  const ld = jsonLdObjects(document);
  const article = ld.find(isArticle) ?? null;
  const publisher = article ? nameOf(article.publisher) : null;
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const canonical =
    absolute(canonicalHref, url) ?? absolute(metaContent(document, 'og:url'), url) ?? absolute(article ? stringOf(article.url ?? article.mainEntityOfPage) : null, url) ?? url;
  const declaredTitle = metaContent(document, 'og:title', 'twitter:title') ?? (article ? nameOf(article.headline) : null);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const siteName = metaContent(document, 'og:site_name', 'application-name') ?? publisher;
  const author = (article ? nameOf(article.author) : null) ?? metaContent(document, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
  const published = normaliseDate(
    (article && typeof article.datePublished === 'string' ? article.datePublished : null) ??
      metaContent(document, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const language = document.documentElement?.getAttribute('lang')?.trim() || metaContent(document, 'og:locale', 'language');

  let embedHints: EmbedHint[] = [];
  try {
    if (embedExtractor) embedHints = embedExtractor(html, document as unknown as Document);
  } catch {
    // a page with odd embed markup still has an article
    embedHints = [];
  }

  // Readability rewrites the DOM it is given; metadata above is already read
  let text = '';
  let readableTitle: string | null = null;
  try {
    const parsed = new Readability(document as unknown as Document, { serializer: (node: Node) => node }).parse();
    if (parsed?.content) text = blockText(parsed.content as unknown as Node);
    readableTitle = parsed?.title?.trim() || null;
  } catch {
    text = '';
  }
  const title = withoutSiteName(declaredTitle ?? readableTitle ?? pageTitle, siteName);
  if (!text.trim()) {
    // Readability gives up on short pages: the article element, else main, else the body
    const { document: fresh } = parseHTML(html);
    const root = fresh.querySelector('article') ?? fresh.querySelector('main') ?? fresh.body;
    text = root ? blockText(root as unknown as Node) : '';
  }
  if (!text.trim()) return null;
  const meta: DocumentMeta = {
    title,
    url: canonical ?? url,
    outlet: siteName ?? hostOf(canonical ?? url),
    author,
    publishedAt: published,
    publishedAtSource: published ? 'metadata' : null,
    language: language ?? null,
  };
  if (embedHints.length) meta.embedHints = embedHints;
  return { text, meta, canonicalUrl: canonical };
}
