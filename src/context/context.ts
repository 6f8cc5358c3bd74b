import type { Annotations, Document } from '../document/types.js';

// Placeholder until dates, embedded posts and the outlet's voice land.
export function addContext(_doc: Document): Partial<Annotations> {
  return { embeds: [], voice: [] };
}
