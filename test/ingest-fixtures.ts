// Inputs for the ingest tests, written from scratch: pages, feeds, JSONL and WARC archives.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord } from 'warcio';
import { WARCSerializer } from 'warcio/node';

export function tempDir(prefix = 'whosaid-ledger-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A short made-up news article with one clear direct quote. */
export function article(n: number, speaker = 'Marta Quill', topic = 'the harbour tunnel'): string {
  return [
    `The council met on Tuesday to discuss ${topic}, item number ${n} on its agenda.`,
    `"We will finish ${topic} before the winter storms arrive, whatever it costs," said ${speaker}, the transport commissioner.`,
    `Residents in district ${n} have waited for years, and several of them attended the meeting in person.`,
  ].join('\n\n');
}

export interface PageOptions {
  title: string;
  body: string;
  canonical?: string;
  site?: string;
  author?: string;
  published?: string;
  jsonLd?: boolean;
  lang?: string;
}

/** A news page with navigation chrome around the article, and the metadata tags sites use. */
export function page(o: PageOptions): string {
  const ld = o.jsonLd
    ? `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: o.title,
        datePublished: o.published,
        author: o.author ? [{ '@type': 'Person', name: o.author }] : undefined,
        publisher: o.site ? { '@type': 'Organization', name: o.site } : undefined,
      })}</script>`
    : '';
  const meta = [
    o.canonical ? `<link rel="canonical" href="${o.canonical}">` : '',
    !o.jsonLd && o.site ? `<meta property="og:site_name" content="${o.site}">` : '',
    !o.jsonLd && o.author ? `<meta name="author" content="${o.author}">` : '',
    !o.jsonLd && o.published ? `<meta property="article:published_time" content="${o.published}">` : '',
  ].join('\n');
  const paragraphs = o.body
    .split('\n\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><title>${o.title}${o.site ? ` | ${o.site}` : ''}</title>
${meta}
${ld}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>${o.title}</h1>
${paragraphs}
</article></main>
<footer><p>Copyright the publisher. All rights reserved.</p></footer>
</body></html>`;
}

export function rssFeed(channel: string, items: { title: string; link: string; date: string; html: string }[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${escape(channel)}</title><link>https://example.org/</link><description>Test feed</description>
${items
  .map(
    (i) => `<item><title>${escape(i.title)}</title><link>${escape(i.link)}</link><pubDate>${i.date}</pubDate>
<dc:creator>Desk Reporter</dc:creator><description>Short teaser only.</description>
<content:encoded><![CDATA[${i.html}]]></content:encoded></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function atomFeed(title: string, entries: { title: string; link: string; published: string; html: string }[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(title)}</title><id>urn:test:feed</id><updated>2024-05-02T10:00:00Z</updated>
${entries
  .map(
    (e) => `<entry><title>${escape(e.title)}</title><link rel="alternate" href="${escape(e.link)}"/><id>${escape(e.link)}</id>
<published>${e.published}</published><author><name>Atom Writer</name></author>
<content type="html">${escape(e.html)}</content></entry>`,
  )
  .join('\n')}
</feed>`;
}

const encoder = new TextEncoder();

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export interface WarcEntry {
  url: string;
  html?: string;
  /** A request record, or a response that is not a page. */
  kind?: 'response' | 'request' | 'image';
}

/** Serialises WARC records with warcio (one gzip member per record when gzip). */
export async function warcRecords(entries: WarcEntry[], gzip: boolean): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const e of entries) {
    let record: WARCRecord;
    if (e.kind === 'request') {
      record = WARCRecord.create(
        { url: e.url, date: '2024-05-01T12:00:00Z', type: 'request', statusline: `GET ${new URL(e.url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(e.url).host } },
        once(new Uint8Array(0)),
      );
    } else {
      const image = e.kind === 'image';
      record = WARCRecord.create(
        {
          url: e.url,
          date: '2024-05-01T12:00:00Z',
          type: 'response',
          statusline: 'HTTP/1.1 200 OK',
          httpHeaders: { 'Content-Type': image ? 'image/png' : 'text/html; charset=utf-8' },
        },
        once(image ? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) : encoder.encode(e.html ?? '')),
      );
    }
    out.push(Buffer.from(await WARCSerializer.serialize(record, { gzip })));
  }
  return out;
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
