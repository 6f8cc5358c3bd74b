import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingest } from '../../ingest/ingest.js';
import { openStore, storeLocation } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { startServer } from '../../server/server.js';
import { defaultWebRoot } from '../../server/static.js';
import { CliError, type Command } from '../command.js';

export const DEFAULT_PORT = 8080;

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new CliError(`--port must be a number from 0 to 65535, got "${value}"`);
  return Number(value);
}

/** The sample articles shipped in the repository (samples/ beside dist/). */
export function samplesDir(): string {
  return fileURLToPath(new URL('../../../../samples/', import.meta.url));
}

/** Ingests the sample articles into `location` (idempotent), for `serve --demo`. */
async function fillDemo(location: string): Promise<number> {
  const dir = samplesDir();
  if (!existsSync(dir)) throw new CliError(`--demo: no samples folder at ${dir}`);
  const store = await openStore(location);
  try {
    const summary = await ingest([dir], store, { workers: 0 });
    return summary.stored + summary.duplicates;
  } finally {
    await store.close();
  }
}

export const serveCommand: Command = {
  name: 'serve',
  usage: 'whosaid serve [--db FILE] [--port N] [--host H] [--demo]',
  summary: 'Start the web page and JSON API: analyse an article, browse the ledger (127.0.0.1:8080; --demo: on the sample articles).',
  async run(args) {
    const { values } = parseArgs({
      args,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        demo: { type: 'boolean' },
      },
    });
    const port = parsePort(values.port);
    const host = values.host ?? '127.0.0.1';
    if (!existsSync(`${defaultWebRoot()}index.html`)) {
      throw new CliError(`the web page is not built (no ${defaultWebRoot()}index.html): run "npm run build"`);
    }
    // --demo without --db fills a fresh store in a temp folder, removed when the server stops.
    let demoDir: string | null = null;
    if (values.demo && values.db === undefined) demoDir = mkdtempSync(join(tmpdir(), 'whosaid-demo-'));
    const location = demoDir ? join(demoDir, 'demo.db') : storeLocation(values.db);
    const cleanup = () => {
      if (demoDir) rmSync(demoDir, { recursive: true, force: true });
    };

    // The store is opened when it exists; until then the ledger pages say how to fill it, and
    // a store that "whosaid ingest" creates later (even while serving) is picked up.
    const held: { store: Store | null } = { store: null };
    let opening: Promise<Store | null> | null = null;
    const getStore = (): Promise<Store | null> => {
      if (held.store) return Promise.resolve(held.store);
      if (!existsSync(location)) return Promise.resolve(null);
      opening ??= openStore(location, { mustExist: true }).then(
        (s) => (held.store = s),
        (err: Error) => {
          opening = null;
          throw err;
        },
      );
      return opening;
    };
    if (values.demo) {
      try {
        const count = await fillDemo(location);
        process.stderr.write(`whosaid serve: demo ledger with ${count} sample articles\n`);
      } catch (err) {
        cleanup();
        throw err;
      }
    } else if (values.db !== undefined && !existsSync(location) && !/^postgres/i.test(location)) {
      throw new CliError(`${location}: no such store (run "whosaid ingest PATH --db ${location}" first)`);
    }
    const initial = await getStore();

    let running;
    try {
      running = await startServer({ store: getStore, host, port });
    } catch (err) {
      await held.store?.close();
      cleanup();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`port ${port} on ${host} is in use: pass --port N (0 picks a free one)`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot listen on host "${host}"`);
      if (code === 'EACCES') throw new CliError(`no permission to listen on port ${port}`);
      throw err;
    }
    const ledger = initial ? `${location} (${(await initial.stats()).documents} documents)` : `none yet (${location} does not exist)`;
    process.stderr.write(`whosaid serve: ledger ${ledger}\n`);
    process.stdout.write(`whosaid is serving on ${running.url}/  (Ctrl-C stops it)\n`);

    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    await held.store?.close();
    cleanup();
    return 0;
  },
};
