// The extraction proper: prepare an item and run the pipeline on it. Only the threads that
// extract load this (and with it wink-nlp's model and the pipeline); with worker threads the
// main thread never does, so it starts at once and stays free for reading and writing.
import { annotate } from '../pipeline/extract.js';
import { toAnalysis } from '../output/analysis.js';
import type { NewDocument } from '../store/store.js';
import type { Prepared, RawItem } from './prepare.js';

export { prepare } from './prepare.js';

export function extractPrepared(item: RawItem, prepared: Prepared): NewDocument {
  const full = toAnalysis(annotate(prepared.text, prepared.meta));
  // of the outlet's voice the store keeps the flagged sentences: every sentence would double
  // what crosses from the worker to the main thread
  const analysis = { ...full, voice: full.voice.filter((v) => v.flags.length > 0) };
  return {
    analysis,
    canonicalUrl: prepared.canonicalUrl,
    textHash: prepared.textHash,
    author: prepared.author,
    language: prepared.language,
    source: item.source,
  };
}
