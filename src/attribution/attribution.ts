import type { Attribution, Document } from '../document/types.js';

// Placeholder until the rule engine lands.
export function findAttributions(_doc: Document): { attributions: Attribution[] } {
  return { attributions: [] };
}
