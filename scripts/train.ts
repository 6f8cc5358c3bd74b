// npm run train: trains the attribution model on PolNeAR train and writes models/attribution.bin.gz.
// Same data and options give the same file byte for byte (--seed N shuffles the data another way,
// to see how much of a dev difference is the shuffle). Scores dev afterwards (never trains on it).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readPolnear } from '../src/eval/polnear.js';
import { pairAll } from '../src/eval/run.js';
import { score } from '../src/eval/score.js';
import { findAttributions } from '../src/attribution/attribution.js';
import { AttributionModel, baseFeatureTable } from '../src/model/model.js';
import { tokenAtoms } from '../src/model/features.js';
import { TRAIN_DEFAULTS, trainModel, type TrainOptions } from '../src/model/train.js';
import { segmented, trainingExamples } from '../src/model/examples.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const corpus = resolve(arg('--corpus') ?? join(root, '..', 'shared', 'polnear'));
  const out = resolve(arg('--out') ?? join(root, 'models', 'attribution.bin.gz'));
  const opts: TrainOptions = {
    cueEpochs: Number(arg('--cue-epochs') ?? TRAIN_DEFAULTS.cueEpochs),
    partEpochs: Number(arg('--part-epochs') ?? TRAIN_DEFAULTS.partEpochs),
    cueBits: Number(arg('--cue-bits') ?? TRAIN_DEFAULTS.cueBits),
    partBits: Number(arg('--part-bits') ?? TRAIN_DEFAULTS.partBits),
    folds: Number(arg('--folds') ?? TRAIN_DEFAULTS.folds),
    cueMargin: Number(arg('--cue-margin') ?? TRAIN_DEFAULTS.cueMargin),
    partMargin: Number(arg('--part-margin') ?? TRAIN_DEFAULTS.partMargin),
    ...(arg('--seed') ? { seed: Number(arg('--seed')) } : {}),
    seeds: Number(arg('--seeds') ?? TRAIN_DEFAULTS.seeds),
    log: (line) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}`),
  };
  const t0 = performance.now();
  let bytes: Buffer;
  let trainSeconds = 0;
  if (process.argv.includes('--eval-only')) {
    // score an existing model file (--model, default: the committed one) without training
    const file = arg('--model') ?? out;
    try {
      bytes = readFileSync(file);
    } catch {
      console.error(`train: ${file}: model file not found`);
      process.exit(1);
    }
  } else {
    let train;
    try {
      train = readPolnear(join(corpus, 'train'));
    } catch (e) {
      console.error(`train: ${(e as Error).message}`);
      process.exit(1);
    }
    const examples = trainingExamples(join(corpus, 'train'), train, {
      stack: !process.argv.includes('--no-stack'),
      // by default articles annotated twice or more give one more example per further annotation
      firstAnnotator: process.argv.includes('--first-annotator'),
    });
    opts.log!(`read and segmented ${examples.length} training articles`);
    const model = trainModel(examples, opts);
    bytes = model.serialize();
    if (!process.argv.includes('--no-save')) {
      writeFileSync(out, bytes);
      opts.log!(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
    } else {
      opts.log!(`model size ${(bytes.length / 1e6).toFixed(2)} MB (not saved)`);
    }
    trainSeconds = (performance.now() - t0) / 1000;
  }
  if (process.argv.includes('--no-dev')) return;
  const loaded = AttributionModel.deserialize(bytes);
  if (arg('--bias-sweep')) {
    const dev0 = readPolnear(join(corpus, 'dev'));
    for (const b of arg('--bias-sweep')!.split(',').map(Number)) {
      loaded.cueBias = b;
      const sb = score(pairAll(dev0, (text) => loaded.predict(segmented(text))));
      console.log(`bias ${b}: cue ${sb.cue.exact.f1} (p ${sb.cue.exact.p} r ${sb.cue.exact.r}) source ${sb.source.exact.f1} content ${sb.content.exact.f1}/${sb.content.overlap.f1} all ${sb.all.exact.f1}`);
    }
    return;
  }
  const dev = readPolnear(join(corpus, 'dev'));
  const s = score(pairAll(dev, (text) => loaded.predict(segmented(text))));
  const row = (name: string, x: { p: number; r: number; f1: number }) =>
    `${name.padEnd(16)} p ${x.p.toFixed(3)}  r ${x.r.toFixed(3)}  f1 ${x.f1.toFixed(3)}`;
  console.log(`dev: ${s.docs} docs, ${s.gold} gold, ${s.predicted} predicted; trained in ${trainSeconds.toFixed(0)} s`);
  for (const part of ['cue', 'source', 'content'] as const) {
    console.log(row(`${part} exact`, s[part].exact));
    console.log(row(`${part} overlap`, s[part].overlap));
  }
  console.log(row('all exact', s.all.exact));
  for (const k of ['direct', 'indirect', 'mixed'] as const) {
    const b = s.byKind[k];
    console.log(`${k.padEnd(9)} gold ${b.gold} pred ${b.predicted}  content exact f1 ${b.content.exact.f1.toFixed(3)} overlap f1 ${b.content.overlap.f1.toFixed(3)}  all f1 ${b.all.exact.f1.toFixed(3)}`);
  }
  if (process.argv.includes('--diag')) diagnose(loaded, dev);
  if (arg('--json')) writeFileSync(arg('--json')!, JSON.stringify(s, null, 1));
}

/** Cue tagger alone against gold cue token ranges, with the most frequent misses and false alarms. */
function diagnose(model: AttributionModel, dev: ReturnType<typeof readPolnear>): void {
  let tp = 0, fp = 0, fn = 0, dropped = 0, softP = 0, softR = 0;
  const misses = new Map<string, number>();
  const alarms = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const d of dev) {
    const doc = segmented(d.text);
    const a = tokenAtoms(doc, model.lexicon, false, model.stacked ? findAttributions(doc).attributions : null);
    const table = baseFeatureTable(a);
    const cues = model.findCues(doc, a, table);
    const tokens = doc.ann.tokens!;
    const pred = new Set(cues.map(([f, e]) => `${tokens[f]!.start}:${tokens[e - 1]!.end}`));
    const gold = new Set(d.gold.filter((g) => g.cue.length).map((g) => `${g.cue[0]![0]}:${g.cue[g.cue.length - 1]![1]}`));
    for (const k of pred) if (gold.has(k)) tp++; else { fp++; const [s, e] = k.split(':').map(Number); bump(alarms, d.text.slice(s, e).toLowerCase()); }
    const ctx = (k: string) => { const [s0, e0] = k.split(':').map(Number); return d.text.slice(Math.max(0, s0! - 80), s0).replace(/\n/g, ' ') + '[[' + d.text.slice(s0, e0) + ']]' + d.text.slice(e0, e0! + 60).replace(/\n/g, ' '); };
    if (process.env.DIAG_CTX) { for (const k of gold) if (!pred.has(k)) console.log('MISS ' + ctx(k)); for (const k of pred) if (!gold.has(k)) console.log('FA   ' + ctx(k)); }
    for (const k of gold) if (!pred.has(k)) { fn++; const [s, e] = k.split(':').map(Number); bump(misses, d.text.slice(s, e).toLowerCase()); }
    const spans = (ks: Set<string>) => [...ks].map((k) => k.split(':').map(Number) as [number, number]);
    const ps = spans(pred), gs = spans(gold);
    for (const [s0, e0] of ps) if (gs.some(([s1, e1]) => s0 < e1 && s1 < e0)) softP++;
    for (const [s0, e0] of gs) if (ps.some(([s1, e1]) => s0 < e1 && s1 < e0)) softR++;
    dropped += cues.length - model.predict(doc).length;
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`cue tagger alone: p ${p.toFixed(3)} r ${r.toFixed(3)} f1 ${(2 * p * r / (p + r)).toFixed(3)}; cues dropped for want of content: ${dropped}`);
  console.log(`cue detection (any overlap): p ${(softP / (tp + fp)).toFixed(3)} r ${(softR / (tp + fn)).toFixed(3)}`);
  const top = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).slice(0, 40).map(([k, v]) => `${k}(${v})`).join(' ');
  console.log(`misses: ${top(misses)}`);
  console.log(`false alarms: ${top(alarms)}`);
}

main();
