// `whosaid serve` as a user runs it: a child process, its one-line errors, --demo, stopping.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureLedger } from './server-fixtures.js';
import { defaultWebRoot } from '../src/server/static.js';

const BIN = fileURLToPath(new URL('../../bin/whosaid.js', import.meta.url));
const pageBuilt = existsSync(join(defaultWebRoot(), 'index.html'));

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
}

/** Starts `whosaid serve`, waits for its address, and returns it with a way to stop it. */
function serve(args: string[]): Promise<{ url: string; stop: () => Promise<{ code: number | null; stderr: string }> }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
      if (m) {
        resolve({
          url: m[1]!,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then(({ code }) => reject(new Error(`serve exited with ${code} before serving: ${stderr}`)));
  });
}

describe('whosaid serve', { skip: pageBuilt ? false : 'the page is not built (npm run build)' }, () => {
  it('refuses bad options with one line and exit status 2', () => {
    const port = run(['serve', '--port', 'eighty']);
    assert.equal(port.status, 2);
    assert.equal(port.stderr, 'whosaid serve: --port must be a number from 0 to 65535, got "eighty"\n');
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
    try {
      const missing = join(dir, 'none.db');
      const db = run(['serve', '--db', missing]);
      assert.equal(db.status, 2);
      assert.equal(db.stderr, `whosaid serve: ${missing}: no such store (run "whosaid ingest PATH --db ${missing}" first)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves a ledger on 127.0.0.1 and stops cleanly on SIGTERM', async () => {
    const ledger = await fixtureLedger();
    await ledger.store.close();
    try {
      const server = await serve(['--db', ledger.path]);
      const stats = await (await fetch(server.url + '/api/stats')).json();
      assert.equal(stats.documents, 3);
      const page = await fetch(server.url + '/');
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="app"><\/div>/);
      const { code, stderr } = await server.stop();
      assert.equal(code, 0);
      assert.equal(stderr, `whosaid serve: ledger ${ledger.path} (3 documents)\n`);
    } finally {
      rmSync(ledger.dir, { recursive: true, force: true });
    }
  });

  it('--demo serves the sample articles from a temporary ledger', { skip: existsSync(fileURLToPath(new URL('../../samples/', import.meta.url))) ? false : 'no samples/ folder' }, async () => {
    const server = await serve(['--demo']);
    const stats = await (await fetch(server.url + '/api/stats')).json();
    assert.ok(stats.documents >= 3, `documents: ${stats.documents}`);
    const actors = await (await fetch(server.url + '/api/actors')).json();
    assert.ok(actors.total > 0);
    const { code, stderr } = await server.stop();
    assert.equal(code, 0);
    const demoDb = /ledger (\S+demo\.db) /.exec(stderr)?.[1];
    assert.ok(demoDb, stderr);
    assert.equal(existsSync(demoDb), false, 'the temporary demo ledger is removed');
  });
});
