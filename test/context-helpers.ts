// Builds documents for the context-stage tests: real segmentation and quotation finding, and
// attributions written by hand (so these tests do not depend on the attribution engine).
import { createDocument, span } from '../src/document/document.js';
import type { Attribution, Document, DocumentMeta, Span } from '../src/document/types.js';
import { segment } from '../src/segment/segment.js';
import { findQuotes } from '../src/quotes/quotes.js';

export function prepared(text: string, meta: DocumentMeta = {}): Document {
  const doc = createDocument(text, meta);
  Object.assign(doc.ann, segment(doc));
  Object.assign(doc.ann, findQuotes(doc));
  doc.ann.attributions = [];
  doc.ann.speakers = [];
  return doc;
}

/** The n-th (0-based) occurrence of `needle` in the text, as a span. */
export function find(doc: Document, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not in the text`);
  }
  return span(doc.text, at, at + needle.length);
}

let counter = 0;

/** A literal, or a literal and which occurrence of it (0-based). */
export type Needle = string | [string, number];

/** A hand-made attribution from the literal cue, source and content strings. */
export function attribute(
  doc: Document,
  parts: { cue: Needle | null; source: Needle | null; content: Needle; kind?: Attribution['kind']; speakerId?: string },
): Attribution {
  const at = (n: Needle) => (typeof n === 'string' ? find(doc, n) : find(doc, n[0], n[1]));
  const a: Attribution = {
    id: `t${++counter}`,
    kind: parts.kind ?? 'indirect',
    cue: parts.cue ? at(parts.cue) : null,
    source: parts.source ? at(parts.source) : null,
    content: at(parts.content),
    speakerId: parts.speakerId ?? null,
    statedOn: null,
    confidence: 1,
    origin: 'rule',
  };
  doc.ann.attributions!.push(a);
  return a;
}
