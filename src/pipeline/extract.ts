import { createDocument } from '../document/document.js';
import type { Document, DocumentMeta } from '../document/types.js';
import { toAnalysis, type Analysis } from '../output/analysis.js';
import { segment } from '../segment/segment.js';
import { findQuotes } from '../quotes/quotes.js';
import { findAttributions } from '../attribution/attribution.js';
import { resolveSpeakers } from '../speakers/speakers.js';
import { addContext } from '../context/context.js';
import { runStages, type NamedStage } from './pipeline.js';

export const defaultStages: readonly NamedStage[] = [
  { name: 'segment', run: segment },
  { name: 'quotes', run: findQuotes },
  { name: 'attribution', run: findAttributions },
  { name: 'speakers', run: resolveSpeakers },
  { name: 'context', run: addContext },
];

export interface ExtractOptions extends DocumentMeta {
  id?: string;
}

/** Runs every stage on one article and returns the annotated Document. */
export function annotate(text: string, meta: ExtractOptions = {}, stages = defaultStages): Document {
  const { id, ...rest } = meta;
  return runStages(createDocument(text, rest, id), stages);
}

/** The library's main entry point: who said what in one article. */
export function extract(text: string, meta: ExtractOptions = {}): Analysis {
  return toAnalysis(annotate(text, meta));
}
