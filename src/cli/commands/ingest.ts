import { parseArgs } from 'node:util';
import { prestartWorker } from '../../ingest/extractor.js';
import { CliError, type Command } from '../command.js';

export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'whosaid ingest PATH... [--db FILE] [--workers N] [--quiet]',
  summary: 'Extract every article in files, folders, feeds, JSONL and WARC archives into the store.',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, workers: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
    });
    if (positionals.length === 0) throw new CliError(`expects at least one PATH (file, folder or -)\nUsage: ${this.usage}`);
    let workers: number | undefined;
    if (values.workers !== undefined) {
      if (!/^\d+$/.test(values.workers)) throw new CliError(`--workers must be a whole number, got "${values.workers}"`);
      workers = Number(values.workers);
    }
    // the worker loads the pipeline, the slowest part of starting, while this thread loads the
    // store and the readers (hence those are imported here, after it started)
    if (workers !== 0) prestartWorker();
    const [{ ingest }, { createProgress }, { openStore, storeLocation }, { StoreError }] = await Promise.all([
      import('../../ingest/ingest.js'),
      import('../../ingest/progress.js'),
      import('../../store/open.js'),
      import('../../store/store.js'),
    ]);
    const location = storeLocation(values.db);
    let store;
    try {
      store = await openStore(location);
    } catch (err) {
      if (err instanceof StoreError) throw new CliError(err.message);
      throw err;
    }
    const quiet = values.quiet ?? false;
    const progress = createProgress(process.stderr, { quiet });
    // Ctrl-C stops reading, stores what is already extracted, and says so; a second one kills
    const stop = new AbortController();
    const onInterrupt = () => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
      progress.log('whosaid ingest: interrupted, storing what is extracted (Ctrl-C again to quit now)');
    };
    process.on('SIGINT', onInterrupt);
    try {
      const summary = await ingest(positionals, store, {
        signal: stop.signal,
        workers,
        onFailure: (f) => progress.log(`whosaid ingest: ${f.label}: ${f.message}`),
        onProgress: (c) => progress.update(c),
      });
      progress.finish();
      if (!quiet) {
        const total = summary.stored + summary.duplicates + summary.failed;
        const seconds = summary.elapsedMs / 1000;
        process.stderr.write(
          `ingest: ${summary.stored} stored, ${summary.duplicates} skipped as duplicates, ${summary.failed} failed ` +
            `(${total} input${total === 1 ? '' : 's'} in ${seconds.toFixed(1)} s, ${(total / Math.max(seconds, 0.001)).toFixed(1)}/s, ${summary.workers} workers) into ${location}\n`,
        );
      }
      if (summary.interrupted) {
        process.stderr.write('ingest: interrupted; run the same command again to resume\n');
        return 130;
      }
      return summary.failed === 0 ? 0 : 1;
    } finally {
      process.off('SIGINT', onInterrupt);
      await store.close();
    }
  },
};
