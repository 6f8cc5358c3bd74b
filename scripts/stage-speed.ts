// `npm run bench:stages`: the CPU time each pipeline stage takes per article, warm, over a fixed
// number of passes (not a fixed time, so two builds can be compared by total CPU as well).
//
//   node dist/scripts/stage-speed.js [FOLDER] [--engine rules|model|combined] [--warmup N] [--passes N] [--json]
//
// FOLDER (default ../shared/polnear/dev/text) holds .txt articles. To compare two builds, run
// each build's script in turn a few times (A B A B ...): this machine's speed drifts by tens of
// percent within minutes, so only same-run, alternating comparisons mean anything.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDocument } from '../src/document/document.js';
import { ENGINES, stagesFor, type Engine } from '../src/pipeline/extract.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { engine: { type: 'string' }, warmup: { type: 'string' }, passes: { type: 'string' }, json: { type: 'boolean' } },
});
const folder = resolve(positionals[0] ?? join(root, '../shared/polnear/dev/text'));
const engine = (values.engine ?? 'rules') as Engine;
const warmup = Math.max(0, Number(values.warmup ?? 6));
const passes = Math.max(1, Number(values.passes ?? 8));
if (!ENGINES.includes(engine)) fail(`--engine must be one of ${ENGINES.join(', ')}`);
if (!existsSync(folder)) fail(`${folder}: no such folder`);
const texts = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(folder, f), 'utf8'));
if (!texts.length) fail(`${folder}: no .txt articles`);

function fail(message: string): never {
  process.stderr.write(`stage-speed: ${message}\n`);
  process.exit(2);
}

const stages = stagesFor(engine);
// per pass, per stage: microseconds of CPU (the process's, so V8's compiler and collector
// threads count toward the stage that made them work; wall time would count the machine's
// other load too)
const perPass: number[][] = [];
const cpu0 = process.cpuUsage();
for (let pass = 0; pass < warmup + passes; pass++) {
  const us = stages.map(() => 0);
  const c0 = process.cpuUsage();
  for (const text of texts) {
    const doc = createDocument(text, {});
    for (let i = 0; i < stages.length; i++) {
      const t0 = process.cpuUsage();
      Object.assign(doc.ann, stages[i]!.run(doc));
      const t = process.cpuUsage(t0);
      us[i]! += t.user + t.system;
    }
  }
  const c = process.cpuUsage(c0);
  if (pass >= warmup) perPass.push([...us, c.user + c.system]);
}
const cpuAll = process.cpuUsage(cpu0);

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const msPerArticle = (col: number): number => median(perPass.map((p) => p[col]!)) / 1e3 / texts.length;
const rows = stages.map((s, i) => ({ stage: s.name, ms: msPerArticle(i) }));
const stagesMs = rows.reduce((n, r) => n + r.ms, 0);
const processCpuMs = msPerArticle(stages.length);
const result = {
  folder,
  engine,
  articles: texts.length,
  warmup,
  passes,
  stages: rows,
  stagesMsPerArticle: stagesMs,
  // the same for whole passes, with the loop around the stages
  processCpuMsPerArticle: processCpuMs,
  articlesPerSecond: 1000 / stagesMs,
  totalCpuSeconds: (cpuAll.user + cpuAll.system) / 1e6,
};
if (values.json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  process.stdout.write(`${texts.length} articles, engine ${engine}, ${warmup} warm-up + ${passes} measured passes (median per pass)\n`);
  for (const r of rows) process.stdout.write(`  ${r.stage.padEnd(13)} ${r.ms.toFixed(3)} ms/article\n`);
  process.stdout.write(`  ${'all stages'.padEnd(13)} ${stagesMs.toFixed(3)} ms/article (${result.articlesPerSecond.toFixed(0)} articles/s on one core)\n`);
  process.stdout.write(`  whole passes  ${processCpuMs.toFixed(3)} ms/article of CPU\n`);
}
