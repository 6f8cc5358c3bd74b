// npm run train: trains the attribution model on PolNeAR train and writes models/attribution.bin.gz.
// Same data and options give the same file byte for byte. Scores dev afterwards (never trains on it).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createDocument } from '../src/document/document.js';
import { readPolnear } from '../src/eval/polnear.js';
import { pairAll } from '../src/eval/run.js';
import { score } from '../src/eval/score.js';
import { segment } from '../src/segment/segment.js';
import type { Document } from '../src/document/types.js';
import { AttributionModel } from '../src/model/model.js';
import { trainModel, type TrainOptions } from '../src/model/train.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function segmented(text: string): Document {
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  return doc;
}

function main(): void {
  const corpus = resolve(arg('--corpus') ?? join(root, '..', 'shared', 'polnear'));
  const out = resolve(arg('--out') ?? join(root, 'models', 'attribution.bin.gz'));
  const opts: TrainOptions = {
    cueEpochs: Number(arg('--cue-epochs') ?? 8),
    partEpochs: Number(arg('--part-epochs') ?? 8),
    cueBits: Number(arg('--cue-bits') ?? 20),
    partBits: Number(arg('--part-bits') ?? 20),
    log: (line) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}`),
  };
  const t0 = performance.now();
  let train;
  try {
    train = readPolnear(join(corpus, 'train'));
  } catch (e) {
    console.error(`train: ${(e as Error).message}`);
    process.exit(1);
  }
  const examples = train.map((d) => ({ doc: segmented(d.text), gold: d.gold }));
  opts.log!(`read and segmented ${examples.length} training articles`);
  const model = trainModel(examples, opts);
  const bytes = model.serialize();
  if (!process.argv.includes('--no-save')) {
    writeFileSync(out, bytes);
    opts.log!(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  } else {
    opts.log!(`model size ${(bytes.length / 1e6).toFixed(2)} MB (not saved)`);
  }
  const trainSeconds = (performance.now() - t0) / 1000;

  if (process.argv.includes('--no-dev')) return;
  const loaded = AttributionModel.deserialize(bytes);
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
  if (arg('--json')) writeFileSync(arg('--json')!, JSON.stringify(s, null, 1));
}

main();
