import type { Document, Quotation, Token } from '../document/types.js';

// Placeholder until the quotation finder lands: no quotes found.
export function findQuotes(doc: Document): { quotes: Quotation[]; tokens: Token[] } {
  return { quotes: [], tokens: doc.ann.tokens ?? [] };
}
