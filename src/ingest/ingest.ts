// The ingest loop: walks the inputs, keeps the extractor busy, and writes each finished
// document to the store (one transaction each) from this thread only.
import type { Store } from '../store/store.js';
import { errorMessage, InlineExtractor, WorkerPoolExtractor, defaultWorkerCount, type Extractor, type Outcome } from './extractor.js';
import type { RawItem } from './prepare.js';
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
}

export interface IngestSummary extends IngestCounts {
  workers: number;
  /** Failures, at most the first 1000 (all were passed to onFailure). */
  failures: IngestFailure[];
}

const KEPT_FAILURES = 1000;

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

  const inputs = await listInputs(paths, fail);
  counts.bytesTotal = inputs.reduce((sum, f) => sum + f.size, 0);
  const workers = options.workers ?? defaultWorkerCount();
  const isDuplicate = (key: { canonicalUrl: string | null; textHash: string }) => store.hasDocument(key);
  const extractor: Extractor = workers > 0 ? new WorkerPoolExtractor(isDuplicate, workers) : new InlineExtractor(isDuplicate);

  const settle = async (item: RawItem, outcome: Outcome) => {
    if (outcome.status === 'duplicate') counts.duplicates++;
    else if (outcome.status === 'failed') return fail(item.label, outcome.message);
    else {
      try {
        const result = await store.addDocument(outcome.doc);
        if (result.status === 'stored') counts.stored++;
        else counts.duplicates++;
      } catch (err) {
        return fail(item.label, `cannot store: ${errorMessage(err)}`);
      }
    }
    progress();
  };

  const inFlight = new Set<Promise<void>>();
  try {
    for (const file of inputs) {
      for await (const event of fileItems(file)) {
        counts.bytesDone += event.bytes;
        if (event.kind === 'error') fail(event.label, event.message);
        else if (event.kind === 'item') {
          const item = event.item;
          const task: Promise<void> = extractor.run(item).then((outcome) => settle(item, outcome));
          inFlight.add(task);
          void task.finally(() => inFlight.delete(task));
          if (inFlight.size >= extractor.capacity) await Promise.race(inFlight);
        }
      }
    }
    await Promise.all(inFlight);
  } finally {
    await extractor.close();
  }
  counts.elapsedMs = Date.now() - started;
  return { ...counts, workers, failures };
}
