import type { Attribution, Document, Speaker } from '../document/types.js';

// Placeholder until speaker resolution lands.
export function resolveSpeakers(doc: Document): { speakers: Speaker[]; attributions: Attribution[] } {
  return { speakers: [], attributions: doc.ann.attributions ?? [] };
}
