// Compares the attribution stages on a PolNeAR split: rules alone, the learned model alone,
// and the two combined; also times model loading and the stages on one core.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createDocument } from '../src/document/document.js';
import type { Attribution, Document } from '../src/document/types.js';
import { readPolnear } from '../src/eval/polnear.js';
import { pairAll } from '../src/eval/run.js';
import { score } from '../src/eval/score.js';
import { segment } from '../src/segment/segment.js';
import { findQuotes } from '../src/quotes/quotes.js';
import { findAttributions, foldContinuations } from '../src/attribution/attribution.js';
import { combineAttributions, findAttributionsCombined, findAttributionsModel, loadModel } from '../src/model/index.js';
import { annotate, defaultStages } from '../src/pipeline/extract.js';
import type { NamedStage } from '../src/pipeline/pipeline.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const split = resolve(process.argv[2] ?? join(root, '..', 'shared', 'polnear', 'dev'));

function prepared(text: string): Document {
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  Object.assign(doc.ann, findQuotes(doc));
  return doc;
}

const t0 = performance.now();
const model = loadModel(process.argv[3]);
const loadMs = performance.now() - t0;
const docs = readPolnear(split);
const cache = new Map<string, Document>();
const docOf = (text: string) => {
  let d = cache.get(text);
  if (!d) { d = prepared(text); cache.set(text, d); }
  return d;
};

/** The rule engine's attributions and the model's (stacked on them when the model is). */
function withRules(doc: Document, then: (rules: Attribution[], learned: Attribution[]) => Attribution[]): Attribution[] {
  const rules = findAttributions(doc).attributions;
  return then(rules, model.predict(doc, rules));
}

const systems: Record<string, (doc: Document) => Attribution[]> = {
  rules: (doc) => findAttributions(doc).attributions,
  model: (doc) => model.predict(doc),
  combined: (doc) => withRules(doc, (rules, learned) => combineAttributions(rules, learned, {}, doc)),
  'merge-direct': (doc) => withRules(doc, (rules, learned) => combineAttributions(rules, learned, { direct: 'merge' })),
  'fill-only': (doc) => withRules(doc, (rules, learned) => combineAttributions(rules, learned, { direct: 'model' })),
  'fill-all': (doc) => withRules(doc, (rules, learned) => combineAttributions(rules, learned, { fillMinConfidence: 0 })),
  'fill>=0.6': (doc) => withRules(doc, (rules, learned) => combineAttributions(rules, learned, { fillSourcedMinConfidence: 0.6 }, doc)),
  'fill>=0.75': (doc) => withRules(doc, (rules, learned) => combineAttributions(rules, learned, { fillMinConfidence: 0.75, fillSourcedMinConfidence: 0.75 }, doc)),
  'merge-only': (doc) => withRules(doc, (rules, learned) => combineAttributions(rules, learned, { direct: 'merge', fillGaps: false })),
};

console.log(`model loaded in ${loadMs.toFixed(0)} ms`);
console.log('system      cueE   srcE   conE   conO   allE  | cue p/r        | n/s');
for (const [name, run] of Object.entries(systems)) {
  const s = score(pairAll(docs, (text) => foldContinuations(text, run(docOf(text)))));
  const t1 = performance.now();
  for (const d of docs) run(docOf(d.text));
  const perSec = docs.length / ((performance.now() - t1) / 1000);
  const f = (x: number) => x.toFixed(3);
  const kinds = (['direct', 'indirect', 'mixed'] as const).map((k) => `${k} ${f(s.byKind[k].content.exact.f1)}/${f(s.byKind[k].all.exact.f1)}`).join('  ');
  console.log(`${name.padEnd(10)} ${f(s.cue.exact.f1)}  ${f(s.source.exact.f1)}  ${f(s.content.exact.f1)}  ${f(s.content.overlap.f1)}  ${f(s.all.exact.f1)} | ${f(s.cue.exact.p)}/${f(s.cue.exact.r)} | ${perSec.toFixed(0)} docs/s (stage only)  content/all exact by kind: ${kinds}`);
}

// Whole pipeline throughput with the attribution stage swapped, in CPU time (the machine is shared).
const stagesWith = (run: NamedStage['run']) => defaultStages.map((s) => (s.name === 'attribution' ? { name: s.name, run } : s));
const pipelines: Record<string, readonly NamedStage[]> = {
  'pipeline rules': defaultStages,
  'pipeline model': stagesWith((doc) => findAttributionsModel(doc, model)),
  'pipeline combined': stagesWith((doc) => findAttributionsCombined(doc, model)),
};
for (const [name, stages] of Object.entries(pipelines)) {
  for (const d of docs.slice(0, 20)) annotate(d.text, {}, stages);
  const c = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < 3; r++) for (const d of docs) { annotate(d.text, {}, stages); n++; }
  const u = process.cpuUsage(c);
  console.log(`${name.padEnd(18)} ${(n / ((u.user + u.system) / 1e6)).toFixed(0)} docs per CPU second`);
}
