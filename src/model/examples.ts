// Training examples from a PolNeAR split, shared by `npm run train` and the held-out evaluation
// (scripts/heldout-eval.ts), so that both train on exactly the same material.
import { createDocument } from '../document/document.js';
import type { Document } from '../document/types.js';
import { otherAnnotations, type GoldDocument } from '../eval/polnear.js';
import { segment } from '../segment/segment.js';
import { findQuotes } from '../quotes/quotes.js';
import { findAttributions } from '../attribution/attribution.js';
import type { TrainExample } from './train.js';

/** A document through the stages the model reads: segment, and quotes for the rule engine. */
export function segmented(text: string): Document {
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  Object.assign(doc.ann, findQuotes(doc));
  return doc;
}

export interface ExampleOptions {
  /** Give every example the rule engine's attributions (the model is stacked on them). Default true. */
  stack?: boolean;
  /** Only the annotation each article is scored against, not its further annotators'. */
  firstAnnotator?: boolean;
}

/**
 * One example per article of `docs` (read from the split folder `dir`), then one more per
 * further annotator of an article: the same segmented text with that annotator's attributions.
 */
export function trainingExamples(dir: string, docs: readonly GoldDocument[], opts: ExampleOptions = {}): TrainExample[] {
  const stack = opts.stack ?? true;
  const examples: TrainExample[] = docs.map((d) => {
    const doc = segmented(d.text);
    return { doc, gold: d.gold, rules: stack ? findAttributions(doc).attributions : undefined };
  });
  if (!opts.firstAnnotator) {
    otherAnnotations(dir, docs).forEach((further, i) => {
      for (const gold of further) examples.push({ ...examples[i]!, gold });
    });
  }
  return examples;
}

/**
 * The two halves of a split for two-fold held-out scoring: articles at even and at odd places
 * of the sorted list, so each half spans every outlet and month the split does.
 */
export function halves<T>(docs: readonly T[]): [T[], T[]] {
  const even: T[] = [];
  const odd: T[] = [];
  docs.forEach((d, i) => (i % 2 === 0 ? even : odd).push(d));
  return [even, odd];
}
