// Runs a predictor over a gold corpus: scores plus single-core throughput after a warm-up.
import { performance } from 'node:perf_hooks';
import type { DocumentMeta } from '../document/types.js';
import type { GoldDocument, MultiAnnotated } from './polnear.js';
import { pairAnnotators, pairDocument, score, type DocumentPairing, type Predicted, type Scores } from './score.js';

export type Predictor = (text: string, meta: DocumentMeta) => Predicted[];

export interface EvalResult extends Scores {
  docsPerSecond: number;
  wordsPerSecond: number;
}

function metaOf(d: GoldDocument): DocumentMeta {
  return {
    title: d.title,
    outlet: d.outlet,
    publishedAt: d.publishedAt,
    publishedAtSource: d.publishedAt ? 'given' : null,
  };
}

export function pairAll(docs: readonly GoldDocument[], predict: Predictor): DocumentPairing[] {
  return docs.map((d) => pairDocument(d.text, d.gold, predict(d.text, metaOf(d))));
}

/**
 * Times whole passes over the corpus until `minSeconds` have passed, after `warmSeconds` of
 * untimed passes: V8 keeps recompiling the stages for several passes over a small corpus (84
 * articles), on the same two cores, so timing from the second pass measured the compiler too.
 */
export function throughput(docs: readonly GoldDocument[], predict: Predictor, minSeconds = 2, warmSeconds = 1.5): { docsPerSecond: number; wordsPerSecond: number } {
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  const warmUntil = performance.now() + warmSeconds * 1000;
  while (performance.now() < warmUntil) for (const d of docs) predict(d.text, metaOf(d));
  let passes = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const d of docs) predict(d.text, metaOf(d));
    passes++;
    elapsed = (performance.now() - t0) / 1000;
  } while (elapsed < minSeconds);
  return {
    docsPerSecond: Math.round((passes * docs.length) / elapsed),
    wordsPerSecond: Math.round((passes * words) / elapsed),
  };
}

export function evaluate(docs: readonly GoldDocument[], predict: Predictor, opts: { timing?: boolean } = {}): { result: EvalResult; pairings: DocumentPairing[] } {
  const pairings = pairAll(docs, predict); // also the warm-up pass
  const speed = opts.timing === false ? { docsPerSecond: 0, wordsPerSecond: 0 } : throughput(docs, predict);
  return { result: { ...score(pairings), ...speed }, pairings };
}

/**
 * How far the annotators agree with each other, on the articles several of them annotated:
 * every annotator scored against every other (each ordered pair once), pooled. This is the
 * ceiling a system can be expected to reach with the same scorer.
 */
export function agreement(docs: readonly MultiAnnotated[]): Scores & { pairsOfAnnotators: number } {
  const pairings: DocumentPairing[] = [];
  for (const d of docs) {
    for (let i = 0; i < d.annotators.length; i++) {
      for (let j = 0; j < d.annotators.length; j++) {
        if (i !== j) pairings.push(pairAnnotators(d.text, d.annotators[i]!, d.annotators[j]!));
      }
    }
  }
  return { ...score(pairings), docs: docs.length, pairsOfAnnotators: pairings.length };
}

/**
 * The engine on the same articles, scored against every one of their annotators in turn
 * (pooled): the figure to put beside `agreement`, since both use the same articles and scorer.
 */
export function againstAnnotators(docs: readonly MultiAnnotated[], predict: Predictor): Scores {
  const pairings: DocumentPairing[] = [];
  for (const d of docs) {
    const predicted = predict(d.text, {});
    for (const gold of d.annotators) pairings.push(pairDocument(d.text, gold, predicted));
  }
  return { ...score(pairings), docs: docs.length };
}
