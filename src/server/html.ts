// HTML input for /api/analyze goes through the same adapter as `whosaid ingest`, so a page
// pasted in the browser and a page ingested from disk read alike.
import { htmlToArticle as ingestHtml, loadEmbedExtractor } from '../ingest/html.js';
import type { DocumentMeta } from '../document/types.js';

export interface HtmlArticle {
  text: string;
  meta: DocumentMeta;
}

export async function htmlToArticle(html: string, url: string | null): Promise<HtmlArticle> {
  await loadEmbedExtractor();
  const page = ingestHtml(html, url);
  return page ? { text: page.text, meta: page.meta } : { text: '', meta: {} };
}
