// HTML input for /api/analyze. Until the ingest layer's HTML adapter lands this is a minimal
// stand-in: Readability's main text on linkedom, with the page title.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from '../document/types.js';

export interface HtmlArticle {
  text: string;
  meta: DocumentMeta;
}

export async function htmlToArticle(html: string, _url: string | null): Promise<HtmlArticle> {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const text = (parsed?.textContent ?? document.body?.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
  return { text, meta: { title: parsed?.title || null, outlet: parsed?.siteName || null } };
}
