import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { article, tempDir, write } from './ingest-fixtures.js';
import { WorkerPoolExtractor } from '../src/ingest/extractor.js';

const BIN = join(fileURLToPath(import.meta.url), '../../../bin/whosaid.js');
const DOCUMENTS = 200;

function storedCount(dbFile: string): number {
  if (!existsSync(dbFile)) return 0;
  try {
    const db = new Database(dbFile, { readonly: true });
    try {
      return Number((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n);
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or its schema not yet migrated
  }
}

test('kill -9 during ingest, then ingest again: every document stored exactly once, store consistent', async () => {
  const dir = tempDir();
  for (let i = 0; i < DOCUMENTS; i++) {
    write(dir, `story-${String(i).padStart(4, '0')}.txt`, article(1000 + i, ['Marta Quill', 'Tomas Reed', 'Ines Vale'][i % 3]));
  }
  const dbFile = join(tempDir(), 'killed.db');
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', dbFile, '--workers', '1', '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let before = 0;
  for (let waited = 0; waited < 60_000 && before < 10; waited += 10) {
    await sleep(10);
    before = storedCount(dbFile);
  }
  assert.ok(before >= 10, 'the child stored some documents');
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  const atKill = storedCount(dbFile);
  assert.ok(atKill < DOCUMENTS, `killed part way (${atKill} of ${DOCUMENTS} stored)`);

  const resumed = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', dbFile, '--workers', '1'], { encoding: 'utf8' });
  assert.equal(resumed.status, 0, resumed.stderr);
  const match = /ingest: (\d+) stored, (\d+) skipped as duplicates, 0 failed/.exec(resumed.stderr);
  assert.ok(match, resumed.stderr);
  assert.equal(Number(match[1]) + Number(match[2]), DOCUMENTS);
  assert.ok(Number(match[2]) >= atKill);

  const db = new Database(dbFile, { readonly: true });
  try {
    const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
    assert.equal(one('SELECT count(*) AS n FROM documents'), DOCUMENTS);
    assert.equal(one('SELECT count(DISTINCT text_hash) AS n FROM documents'), DOCUMENTS);
    assert.equal(one(`SELECT count(*) AS n FROM documents WHERE source_path NOT LIKE '%/story-%.txt'`), 0);
    // no half-written document: every attribution, speaker and index row belongs to a stored one
    assert.equal(one('SELECT count(*) AS n FROM attributions WHERE doc_seq NOT IN (SELECT seq FROM documents)'), 0);
    assert.equal(one('SELECT count(*) AS n FROM speakers WHERE doc_seq NOT IN (SELECT seq FROM documents)'), 0);
    assert.equal(one('SELECT count(*) AS n FROM attributions_fts'), one('SELECT count(*) AS n FROM attributions'));
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    // the same quote in each document was linked to its speaker's actor in all of them
    assert.equal(one(`SELECT count(DISTINCT doc_seq) AS n FROM attributions WHERE content LIKE '%before the winter storms arrive%'`), DOCUMENTS);
  } finally {
    db.close();
  }
});

test('Ctrl-C stops reading, stores what was extracted, exits 130; the next run completes', async () => {
  const dir = tempDir();
  for (let i = 0; i < DOCUMENTS; i++) write(dir, `story-${String(i).padStart(4, '0')}.txt`, article(5000 + i));
  const dbFile = join(tempDir(), 'interrupted.db');
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', dbFile, '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let waited = 0; waited < 60_000 && storedCount(dbFile) < 5; waited += 10) await sleep(10);
  child.kill('SIGINT');
  assert.equal(await exited, 130);
  const match = /ingest: (\d+) stored, 0 skipped as duplicates, 0 failed/.exec(stderr);
  assert.ok(match, stderr);
  assert.match(stderr, /interrupted; run the same command again to resume/);
  assert.equal(storedCount(dbFile), Number(match[1]));
  assert.ok(Number(match[1]) < DOCUMENTS);
  const resumed = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', dbFile, '--workers', '1', '--quiet'], { encoding: 'utf8' });
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.equal(storedCount(dbFile), DOCUMENTS);
});

test('workers that die on start-up fail the items instead of respawning forever', async () => {
  const dir = tempDir();
  const broken = write(dir, 'broken-worker.mjs', 'process.exit(3);\n');
  const pool = new WorkerPoolExtractor(async () => false, 2, pathToFileURL(broken));
  const item = { kind: 'text', data: 'Some text.', label: 'x.txt', source: { path: 'x.txt', format: 'text' }, given: {} } as const;
  const outcomes = [];
  for (let i = 0; i < 12; i++) outcomes.push(await pool.run(item));
  await pool.close();
  assert.ok(outcomes.every((o) => o.status === 'failed'));
  const messages = new Set(outcomes.map((o) => (o.status === 'failed' ? o.message : '')));
  assert.ok([...messages].every((m) => /worker stopped: exit code 3|extraction workers keep stopping: exit code 3/.test(m)), [...messages].join('; '));
  assert.ok(messages.has('extraction workers keep stopping: exit code 3'));
});
