// `npm run bench`: ingest a folder of articles into a fresh store end to end (the real CLI in a
// child process: start-up, reading, extraction on worker threads, SQLite writes) with 1 worker
// and the default (one per core), taking turns for --runs rounds, then a
// sustained run (several editions of the corpus in one JSONL file), then time searches on the
// filled store.
//
//   node dist/scripts/bench.js [FOLDER] [--runs N] [--editions N (default 5; 0 skips it)]
// FOLDER defaults to ../shared/polnear/train/text (840 articles).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SqliteStore } from '../src/store/sqlite.js';
import type { NewDocument, SearchQuery } from '../src/store/store.js';
import { annotate } from '../src/pipeline/extract.js';
import { toAnalysis } from '../src/output/analysis.js';
import { textHash } from '../src/ledger/normalise.js';
import { ingest } from '../src/ingest/ingest.js';
import { defaultWorkerCount } from '../src/ingest/extractor.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const bin = join(root, 'bin/whosaid.js');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' }, editions: { type: 'string' } } });
const folder = resolve(positionals[0] ?? join(root, '../shared/polnear/train/text'));
const runs = Math.max(1, Number(values.runs ?? 1));
// the sustained run ingests this many distinct editions of the corpus (see below)
const editions = Math.max(0, Number(values.editions ?? 5));
if (!existsSync(folder)) {
  process.stderr.write(`bench: ${folder}: no such folder\n`);
  process.exit(2);
}
const articles = readdirSync(folder).filter((f) => f.endsWith('.txt')).length;
const cores = availableParallelism();
// what `whosaid ingest` uses without --workers
const defaultWorkers = defaultWorkerCount();

interface IngestRun {
  workers: number;
  seconds: number;
  docsPerSecond: number;
  stored: number;
}

function ingestOnce(workers: number, db: string, fresh = true, input = folder): IngestRun {
  if (fresh) {
    rmSync(db, { force: true });
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
  }
  const started = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [bin, 'ingest', input, '--db', db, '--workers', String(workers)], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (out.status !== 0) {
    process.stderr.write(out.stderr);
    throw new Error(`ingest with ${workers} workers exited with ${out.status}`);
  }
  const m = /ingest: (\d+) stored, (\d+) skipped/.exec(out.stderr);
  const stored = Number(m?.[1] ?? 0);
  const handled = stored + Number(m?.[2] ?? 0);
  return { workers, seconds, docsPerSecond: handled / seconds, stored };
}

/** CPU time (ns) of each thread of this process, from /proc (empty where there is none). */
function threadCpu(): Map<number, number> {
  const times = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return times;
  }
  for (const tid of tids) {
    try {
      times.set(Number(tid), Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return times;
}

const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
const db = join(dir, 'bench.db');
// the worker counts take turns, round after round: on a shared machine whose speed drifts, only
// runs made side by side compare
const workerCounts = [...new Set([1, defaultWorkers, cores])];
const allRuns = new Map<number, IngestRun[]>(workerCounts.map((w) => [w, []]));
for (let r = 0; r < runs; r++) {
  for (const workers of workerCounts) allRuns.get(workers)!.push(ingestOnce(workers, db));
}
const results: IngestRun[] = workerCounts.map((w) => allRuns.get(w)!.reduce((best, run) => (run.seconds < best.seconds ? run : best)));

// the same ingest again: everything is a duplicate, found before extraction (the resume cost)
const rerun = ingestOnce(defaultWorkers, db, false);

// Sustained throughput: each worker pays its start-up (loading, and V8 compiling the pipeline
// while it runs slowly) once per ingest, which on 840 articles is a large share of the time.
// A JSONL file of several editions of the corpus (each article with an edition line of its own,
// so none is a duplicate) shows what a long ingest runs at.
let sustained: IngestRun | null = null;
if (editions > 1) {
  const jsonl = join(dir, 'editions.jsonl');
  const lines: string[] = [];
  const names = readdirSync(folder).filter((f) => f.endsWith('.txt'));
  for (let k = 1; k <= editions; k++) {
    for (const name of names) lines.push(JSON.stringify({ text: `Edition ${k}.\n\n${readFileSync(join(folder, name), 'utf8')}`, title: name }));
  }
  writeFileSync(jsonl, lines.join('\n') + '\n');
  sustained = ingestOnce(defaultWorkers, join(dir, 'sustained.db'), true, jsonl);
  rmSync(jsonl);
}

// CPU time per article, all threads of one in-process ingest: unlike wall time on a shared
// machine, this says what an idle one could do
const cpuDb = join(dir, 'cpu.db');
const cpuStore = new SqliteStore(cpuDb);
// libuv starts its whole I/O pool on first use: start it now so that the threads that appear
// during the ingest are the workers
await stat(folder);
const threadsBefore = threadCpu();
const sampledThreads = new Map(threadsBefore);
// workers' threads are gone once the ingest returns: keep their last reading
const sampler = setInterval(() => threadCpu().forEach((ns, tid) => sampledThreads.set(tid, ns)), 20);
const cpuBefore = process.cpuUsage();
const cpuRun = await ingest([folder], cpuStore, { workers: defaultWorkers });
const cpuUsed = process.cpuUsage(cpuBefore);
clearInterval(sampler);
threadCpu().forEach((ns, tid) => sampledThreads.set(tid, ns));
await cpuStore.close();
const cpuMsPerArticle = (cpuUsed.user + cpuUsed.system) / 1000 / Math.max(1, cpuRun.stored);
// where that CPU went: this (main) thread, the workers, and the threads that existed before
// (V8's background JIT compiler and GC helpers, shared by all threads of the process)
const threadMs = { main: 0, workers: 0, helpers: 0 };
for (const [tid, ns] of sampledThreads) {
  const ms = (ns - (threadsBefore.get(tid) ?? 0)) / 1e6;
  if (tid === process.pid) threadMs.main += ms;
  else if (threadsBefore.has(tid)) threadMs.helpers += ms;
  else threadMs.workers += ms;
}
const perArticle = (ms: number) => (ms / Math.max(1, cpuRun.stored)).toFixed(2);

// where the time goes, in this process on one thread: the extraction pipeline per article, and
// the store's writes per article (batches of 64, as ingest does)
const texts = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ path: join(folder, f), text: readFileSync(join(folder, f), 'utf8') }));
// twice: the first pass is what a freshly started worker pays (V8 still compiling the pipeline,
// on this thread and its background threads), the second the steady state
const pipelinePass = (): { docs: NewDocument[]; ms: number; cpuMs: number } => {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const docs = texts.map(({ path, text }): NewDocument => {
    const analysis = toAnalysis(annotate(text, {}));
    return { analysis: { ...analysis, voice: [], embeds: [] }, canonicalUrl: null, textHash: textHash(text), source: { path, format: 'text' } };
  });
  const used = process.cpuUsage(cpu);
  return { docs, ms: Number(process.hrtime.bigint() - t) / 1e6 / texts.length, cpuMs: (used.user + used.system) / 1000 / texts.length };
};
const cold = pipelinePass();
const warm = pipelinePass();
const docs = warm.docs;
const pipelineMs = warm.ms;
let started = process.hrtime.bigint();
const writeDb = join(dir, 'writes.db');
const writer = new SqliteStore(writeDb);
started = process.hrtime.bigint();
for (let i = 0; i < docs.length; i += 64) await writer.addDocuments(docs.slice(i, i + 64));
const storeMs = Number(process.hrtime.bigint() - started) / 1e6 / docs.length;
await writer.close();

// searches on the store the last ingest filled: typical queries, with and without filters
const store = new SqliteStore(db);
const stats = await store.stats();
const queries: SearchQuery[] = [
  { query: 'tax' },
  { query: 'immigration' },
  { query: '"health care"' },
  { query: 'economy jobs' },
  { query: 'president', speaker: 'trump' },
  { query: 'wall', kind: 'direct' },
  { speaker: 'clinton' },
  { query: 'vote*', limit: 50 },
];
const timings: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    const t = process.hrtime.bigint();
    await store.search(q);
    timings.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
await store.close();
rmSync(dir, { recursive: true, force: true });
timings.sort((a, b) => a - b);
const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]!;

const date = new Date().toISOString().slice(0, 10);
const lines = [
  `whosaid ingest bench, ${date}, ${cpus()[0]?.model ?? 'cpu'} x${cores}, Node ${process.version}`,
  `corpus: ${folder} (${articles} articles); store: ${stats.documents} documents, ${stats.attributions} attributions, ${stats.actors} actors`,
  ...results.map(
    (r) =>
      `ingest, ${r.workers} worker${r.workers === 1 ? '' : 's'}${r.workers === defaultWorkers ? ' (the default)' : ''}: ${r.stored} stored in ${r.seconds.toFixed(2)} s = ${r.docsPerSecond.toFixed(0)} articles/s (end to end, best of ${runs}` +
      (runs > 1 ? `; all runs ${allRuns.get(r.workers)!.map((x) => x.seconds.toFixed(2)).join(', ')} s)` : ')'),
  ),
  `re-ingest, ${rerun.workers} workers, all duplicates: ${rerun.seconds.toFixed(2)} s = ${rerun.docsPerSecond.toFixed(0)} articles/s`,
  ...(sustained
    ? [`sustained, ${sustained.workers} workers, ${editions} editions of the corpus in one JSONL: ${sustained.stored} stored in ${sustained.seconds.toFixed(2)} s = ${sustained.docsPerSecond.toFixed(0)} articles/s`]
    : []),
  `CPU per article, all threads, ${defaultWorkers} worker${defaultWorkers === 1 ? '' : 's'}: ${cpuMsPerArticle.toFixed(2)} ms (so at most ${((cores * 1000) / cpuMsPerArticle).toFixed(0)} articles/s on ${cores} idle cores)`,
  ...(sampledThreads.size > 0
    ? [`  of which: main thread (reading, store writes) ${perArticle(threadMs.main)} ms, worker threads ${perArticle(threadMs.workers)} ms, V8 background threads (JIT compiler, GC) ${perArticle(threadMs.helpers)} ms`]
    : []),
  `one thread, first pass over the corpus (a fresh worker): pipeline ${cold.ms.toFixed(2)} ms/article wall, ${cold.cpuMs.toFixed(2)} ms CPU with V8's background threads`,
  `one thread, second pass: extraction pipeline ${pipelineMs.toFixed(2)} ms/article (at most ${((cores * 1000) / pipelineMs).toFixed(0)} articles/s on ${cores} cores), store writes ${storeMs.toFixed(2)} ms/article (${(1000 / storeMs).toFixed(0)} articles/s)`,
  `search (${timings.length} queries): median ${pct(0.5).toFixed(2)} ms, p95 ${pct(0.95).toFixed(2)} ms, max ${timings[timings.length - 1]!.toFixed(2)} ms`,
];
process.stdout.write(lines.join('\n') + '\n');
process.stdout.write(
  JSON.stringify({ date, cores, articles, ingest: results, reingest: rerun, sustained, cpuMsPerArticle, threadMs, pipelineColdMs: cold.ms, pipelineColdCpuMs: cold.cpuMs, pipelineMs, storeMs, search: { count: timings.length, medianMs: pct(0.5), p95Ms: pct(0.95) } }) + '\n',
);
