// The ingest loop: walks the inputs, keeps the extractor busy, and writes each finished
// document to the store (one transaction each) from this thread only.
import type { BatchResult, NewDocument, Store } from '../store/store.js';
import { errorMessage, InlineExtractor, WorkerPoolExtractor, defaultWorkerCount, type Extractor, type Outcome } from './extractor.js';
import type { RawItem } from './prepare.js';
import { canonicalUrl } from '../ledger/normalise.js';
import { fileItems, listInputs } from './sources.js';

export interface IngestFailure {
  /** The file, with line, item or WARC offset: "a.warc.gz at offset 1234". */
  label: string;
  message: string;
}

export interface IngestCounts {
  stored: number;
  duplicates: number;
  failed: number;
  /** Input bytes read so far, and in all (0 when unknown, e.g. stdin). */
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Worker threads; 0 extracts on this thread. Default: one per core. */
  workers?: number;
  onFailure?: (failure: IngestFailure) => void;
  onProgress?: (counts: IngestCounts) => void;
  /** Documents per store transaction (default 64; 1 commits each document alone). */
  batchSize?: number;
  /** Stops reading new inputs; what is in flight is finished and stored. */
  signal?: AbortSignal;
}

export interface IngestSummary extends IngestCounts {
  workers: number;
  /** Failures, at most the first 1000 (all were passed to onFailure). */
  failures: IngestFailure[];
  /** True when the signal stopped the ingest before every input was read. */
  interrupted: boolean;
}

const KEPT_FAILURES = 1000;
/** A batch is written at the latest this long after its first document finished. */
const BATCH_MS = 250;
/** Raw input held by items waiting for or in extraction: many items per worker are in flight, big WARC records must not multiply that. */
const MAX_BYTES_IN_FLIGHT = 64 << 20;

function itemBytes(item: RawItem): number {
  const data = item.kind === 'fragment' ? item.html : item.data;
  // a string's UTF-16 length undercounts bytes by at most 2x: good enough for a memory bound
  return typeof data === 'string' ? data.length * 2 : data.byteLength;
}

export async function ingest(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const counts: IngestCounts = { stored: 0, duplicates: 0, failed: 0, bytesDone: 0, bytesTotal: 0, elapsedMs: 0 };
  const failures: IngestFailure[] = [];
  const progress = () => {
    counts.elapsedMs = Date.now() - started;
    options.onProgress?.({ ...counts });
  };
  const fail = (label: string, message: string) => {
    counts.failed++;
    const failure = { label, message };
    if (failures.length < KEPT_FAILURES) failures.push(failure);
    options.onFailure?.(failure);
    progress();
  };

  const workers = options.workers ?? defaultWorkerCount();
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const isDuplicate = (key: { canonicalUrl: string | null; textHash: string }) => store.hasDocument(key);
  // the first worker loads the pipeline (the slowest part of starting) while the inputs are listed
  const extractor: Extractor = workers > 0 ? new WorkerPoolExtractor(isDuplicate, workers) : new InlineExtractor(isDuplicate);
  let inputs;
  try {
    inputs = await listInputs(paths, fail);
  } catch (err) {
    await extractor.close();
    throw err;
  }
  counts.bytesTotal = inputs.reduce((sum, f) => sum + f.size, 0);

  // Finished documents are written in batches: one commit per document costs more than the
  // extraction on a fast machine. A batch is one transaction (each document a savepoint in it),
  // so a killed ingest loses at most the last batch, which the next run redoes.
  let batch: { item: RawItem; doc: NewDocument }[] = [];
  let batchStarted = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    if (batch.length === 0) return writing;
    const pending = batch;
    batch = [];
    writing = writing.then(async () => {
      let results: BatchResult[];
      try {
        results = await store.addDocuments(pending.map((p) => p.doc));
      } catch (err) {
        for (const p of pending) fail(p.item.label, `cannot store: ${errorMessage(err)}`);
        return;
      }
      results.forEach((result, i) => {
        if (result.status === 'stored') counts.stored++;
        else if (result.status === 'duplicate') counts.duplicates++;
        else fail(pending[i]!.item.label, `cannot store: ${result.message}`);
      });
      progress();
    });
    return writing;
  };

  const settle = async (item: RawItem, outcome: Outcome) => {
    // given up after Ctrl-C: not stored, so the next run extracts it
    if (outcome.status === 'cancelled') return;
    if (outcome.status === 'failed') return fail(item.label, outcome.message);
    if (outcome.status === 'duplicate') {
      counts.duplicates++;
      return progress();
    }
    if (batch.length === 0) batchStarted = Date.now();
    batch.push({ item, doc: outcome.doc });
    if (batch.length >= batchSize || Date.now() - batchStarted >= BATCH_MS) await flush();
  };

  // Ctrl-C: items not yet being extracted are given up, those under way are finished and stored
  const cancel = () => extractor.cancel();
  options.signal?.addEventListener('abort', cancel);
  if (options.signal?.aborted) cancel();
  const inFlight = new Set<Promise<void>>();
  let bytesInFlight = 0;
  // the reading loop waits here for an item to finish (one waiter, rather than a Promise.race
  // over every item in flight each time, which attaches a callback to each of them)
  let wakeReader: (() => void) | null = null;
  const itemFinished = () => new Promise<void>((resolve) => (wakeReader = resolve));
  // an item's own error (a throwing onFailure, say) stops the reading, as it would have stopped
  // a race over the items
  const itemErrors: unknown[] = [];
  try {
    reading: for (const file of inputs) {
      for await (const event of fileItems(file)) {
        if (options.signal?.aborted) break reading;
        counts.bytesDone += event.bytes;
        if (event.kind === 'error') fail(event.label, event.message);
        else if (event.kind === 'item') {
          const item = event.item;
          // a record whose URL is already stored is skipped before its page is even parsed
          const givenUrl = canonicalUrl(item.given.url);
          if (givenUrl && (await store.hasDocument({ canonicalUrl: givenUrl, textHash: '' }))) {
            counts.duplicates++;
            progress();
            continue;
          }
          const task: Promise<void> = extractor.run(item).then((outcome) => settle(item, outcome));
          const size = itemBytes(item);
          bytesInFlight += size;
          inFlight.add(task);
          task.then(
            () => {},
            (error: unknown) => void itemErrors.push(error),
          ).finally(() => {
            inFlight.delete(task);
            bytesInFlight -= size;
            wakeReader?.();
            wakeReader = null;
          });
          while (inFlight.size >= extractor.capacity || (bytesInFlight > MAX_BYTES_IN_FLIGHT && inFlight.size > 1)) {
            await itemFinished();
            if (itemErrors.length > 0) throw itemErrors[0];
          }
        }
      }
    }
  } finally {
    // even when reading the inputs failed, what was extracted is kept
    await Promise.allSettled(inFlight);
    await flush();
    await extractor.close();
    options.signal?.removeEventListener('abort', cancel);
  }
  counts.elapsedMs = Date.now() - started;
  return { ...counts, workers, failures, interrupted: options.signal?.aborted ?? false };
}
