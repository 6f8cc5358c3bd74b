// RSS 2.0 / RSS 1.0 (RDF) and Atom feeds: each item's full content (or, failing that, its
// description/summary) is one document. Linked pages are not fetched.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseDate } from './dates.js';

export interface FeedItem {
  /** Position of the item in the feed, from 0 (the "offset" reported with a problem). */
  index: number;
  /** The item's content: HTML (or plain text, which reads the same). */
  html: string;
  title: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  outlet: string | null;
}

export interface Feed {
  format: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
}

// kept here too for callers that already import the parser
export { looksLikeFeed } from './decode.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // feeds carry whole articles as escaped HTML: thousands of entities is normal
  processEntities: { enabled: true, maxTotalExpansions: 10_000_000, maxExpandedLength: 1_000_000_000, maxEntityCount: 10_000 },
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'author',
});

/** All text inside a parsed node (Atom xhtml content arrives as nested elements). */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const [key, child] of Object.entries(value as Node)) {
      if (key.startsWith('@_')) continue;
      const block = /^(p|div|li|h\d|blockquote|br)$/i.test(key);
      const text = textOf(child);
      if (text) parts.push(block ? `<p>${text}</p>` : text);
    }
    return parts.join(' ');
  }
  return '';
}

function str(value: unknown): string | null {
  const t = textOf(value).trim();
  return t || null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const nodes = links as Node[];
  const alternate = nodes.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? nodes[0];
  return alternate ? ((alternate['@_href'] as string | undefined) ?? null) : null;
}

function authorOf(authors: unknown): string | null {
  if (!Array.isArray(authors)) return str(authors);
  const names = authors.map((a) => (a && typeof a === 'object' && 'name' in (a as Node) ? str((a as Node).name) : str(a))).filter((n): n is string => !!n);
  return names.length ? names.join(', ') : null;
}

/**
 * The validator reports elements still open at the end of the file as a JSON array spread over
 * several lines ("Invalid '[ "rss", "channel" ]' found."): say it in one line a reader follows.
 */
function validatorMessage(msg: string): string {
  const open = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(msg);
  if (!open) return msg;
  const names = [...open[1]!.matchAll(/"([^"]*)"/g)].map((m) => `<${m[1]}>`);
  return names.length ? `the file ends inside ${names.join(' ')} (truncated?)` : msg.replace(/\s+/g, ' ');
}

/** Parses a feed; throws an Error with a one-line reason when it is not well-formed. */
export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`malformed XML at line ${valid.err.line}: ${validatorMessage(valid.err.msg)}`);
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss ? rss.channel : rdf!.channel) ?? {}) as Node;
    const outlet = str(channel.title);
    const rawItems = ((rss ? channel.item : rdf!.item) ?? []) as Node[];
    return {
      format: 'rss',
      title: outlet,
      items: rawItems.map((item, index) => ({
        index,
        html: textOf(item['content:encoded'] ?? item.description ?? ''),
        title: str(item.title),
        url: str(Array.isArray(item.link) ? item.link[0] : item.link) ?? (item.guid && (item.guid as Node)['@_isPermaLink'] !== 'false' ? str(item.guid) : null),
        author: authorOf(item['dc:creator'] ?? item.author),
        publishedAt: normaliseDate(str(item.pubDate ?? item['dc:date'])),
        outlet,
      })),
    };
  }
  const feed = root.feed as Node | undefined;
  if (feed) {
    const outlet = str(feed.title);
    const feedAuthor = authorOf(feed.author);
    return {
      format: 'atom',
      title: outlet,
      items: ((feed.entry ?? []) as Node[]).map((entry, index) => ({
        index,
        html: textOf(entry.content ?? entry.summary ?? ''),
        title: str(entry.title),
        url: atomLink(entry.link),
        author: authorOf(entry.author) ?? feedAuthor,
        publishedAt: normaliseDate(str(entry.published ?? entry.updated)),
        outlet,
      })),
    };
  }
  throw new Error('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)');
}
