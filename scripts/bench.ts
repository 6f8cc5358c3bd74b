// `npm run bench`: ingest a folder of articles into a fresh store end to end (the real CLI in a
// child process: start-up, reading, extraction on worker threads, SQLite writes) with 1 worker
// and with one per core, then time searches on the filled store.
//
//   node dist/scripts/bench.js [FOLDER] [--runs N]
// FOLDER defaults to ../shared/polnear/train/text (840 articles).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SqliteStore } from '../src/store/sqlite.js';
import type { SearchQuery } from '../src/store/store.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const bin = join(root, 'bin/whosaid.js');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' } } });
const folder = resolve(positionals[0] ?? join(root, '../shared/polnear/train/text'));
const runs = Math.max(1, Number(values.runs ?? 1));
if (!existsSync(folder)) {
  process.stderr.write(`bench: ${folder}: no such folder\n`);
  process.exit(2);
}
const articles = readdirSync(folder).filter((f) => f.endsWith('.txt')).length;
const cores = availableParallelism();

interface IngestRun {
  workers: number;
  seconds: number;
  docsPerSecond: number;
  stored: number;
}

function ingestOnce(workers: number, db: string): IngestRun {
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  const started = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [bin, 'ingest', folder, '--db', db, '--workers', String(workers)], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (out.status !== 0) {
    process.stderr.write(out.stderr);
    throw new Error(`ingest with ${workers} workers exited with ${out.status}`);
  }
  const stored = Number(/ingest: (\d+) stored/.exec(out.stderr)?.[1] ?? 0);
  return { workers, seconds, docsPerSecond: stored / seconds, stored };
}

const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
const db = join(dir, 'bench.db');
const results: IngestRun[] = [];
for (const workers of [...new Set([1, cores])]) {
  let best: IngestRun | null = null;
  for (let r = 0; r < runs; r++) {
    const run = ingestOnce(workers, db);
    if (!best || run.seconds < best.seconds) best = run;
  }
  results.push(best!);
}

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
  ...results.map((r) => `ingest, ${r.workers} worker${r.workers === 1 ? '' : 's'}: ${r.stored} stored in ${r.seconds.toFixed(2)} s = ${r.docsPerSecond.toFixed(0)} articles/s (end to end, best of ${runs})`),
  `search (${timings.length} queries): median ${pct(0.5).toFixed(2)} ms, p95 ${pct(0.95).toFixed(2)} ms, max ${timings[timings.length - 1]!.toFixed(2)} ms`,
];
process.stdout.write(lines.join('\n') + '\n');
process.stdout.write(
  JSON.stringify({ date, cores, articles, ingest: results, search: { count: timings.length, medianMs: pct(0.5), p95Ms: pct(0.95) } }) + '\n',
);
