// Runs extraction on raw items, either in this thread or on a pool of worker threads (one per
// core by default). Before the costly extraction each item's de-duplication keys go back to the
// caller, so a document already stored is never extracted again (re-runs and resumes are cheap).
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { availableParallelism } from 'node:os';
import type { NewDocument } from '../store/store.js';
import type { Prepared, RawItem } from './prepare.js';

export type Outcome =
  | { status: 'doc'; doc: NewDocument }
  | { status: 'duplicate' }
  | { status: 'failed'; message: string };

export type DuplicateCheck = (key: { canonicalUrl: string | null; textHash: string }) => Promise<boolean>;

export interface Extractor {
  /** How many items may usefully be in flight at once. */
  readonly capacity: number;
  run(item: RawItem): Promise<Outcome>;
  close(): Promise<void>;
}

export function errorMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}

/** Extraction on the calling thread (for --workers 0, tests, and the server's single article). */
export class InlineExtractor implements Extractor {
  readonly capacity = 1;
  private extraction: Promise<typeof import('./extract-doc.js')> | null = null;
  constructor(private readonly isDuplicate: DuplicateCheck) {}

  async run(item: RawItem): Promise<Outcome> {
    const { prepare, extractPrepared } = await (this.extraction ??= import('./extract-doc.js'));
    let prepared: Prepared;
    try {
      prepared = await prepare(item);
    } catch (err) {
      return { status: 'failed', message: errorMessage(err) };
    }
    if (await this.isDuplicate(prepared)) return { status: 'duplicate' };
    try {
      return { status: 'doc', doc: extractPrepared(item, prepared) };
    } catch (err) {
      return { status: 'failed', message: `extraction failed: ${errorMessage(err)}` };
    }
  }

  async close(): Promise<void> {}
}

// Messages between the pool and its workers.
export type ToWorker = { type: 'job'; id: number; item: RawItem } | { type: 'proceed'; id: number; go: boolean };
export type FromWorker =
  | { type: 'check'; id: number; canonicalUrl: string | null; textHash: string }
  | { type: 'done'; id: number; doc: NewDocument }
  | { type: 'failed'; id: number; message: string };

interface Slot {
  worker: Worker;
  jobs: Map<number, (outcome: Outcome) => void>;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

export class WorkerPoolExtractor implements Extractor {
  readonly capacity: number;
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closing = false;
  /** Workers lost in a row without any finishing a job: a pipeline that cannot even load. */
  private crashes = 0;
  private lastCrash = '';

  constructor(
    private readonly isDuplicate: DuplicateCheck,
    readonly size = defaultWorkerCount(),
    private readonly workerUrl = new URL('./worker.js', import.meta.url),
  ) {
    // enough items per worker to keep it busy while the main thread is writing a batch (~50 ms
    // for 64 documents) and cannot answer its duplicate checks; with 8 a worker idled ~14%
    this.capacity = size * 32;
    // Every worker compiles the whole pipeline anew, and V8's inlining of the large stage
    // functions costs more compile time (and deoptimisations) than it gains back: without it
    // an ingest of 840 articles took 9% less time, one of 4,200 5% less (BENCHMARKS.md). V8
    // flags are process-wide and read when code is compiled: from here on this process and the
    // workers it starts compile without it.
    setFlagsFromString('--no-turbo-inlining');
    // more workers start as the queue grows: a one-article ingest loads the pipeline once
    this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl);
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (msg: FromWorker) => this.onMessage(slot, msg));
    const fail = (reason: string) => {
      for (const resolve of slot.jobs.values()) resolve({ status: 'failed', message: `worker stopped: ${reason}` });
      slot.jobs.clear();
      const index = this.slots.indexOf(slot);
      if (index < 0 || this.closing) return;
      this.crashes++;
      this.lastCrash = reason;
      // replace a crashed worker, but do not respawn forever one that dies on start-up
      if (this.crashes <= this.size * 3) this.slots[index] = this.spawn();
      else this.slots.splice(index, 1);
    };
    worker.on('error', (err) => fail(errorMessage(err)));
    worker.on('exit', (code) => {
      if (!this.closing) fail(`exit code ${code}`);
    });
    return slot;
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    const resolve = slot.jobs.get(msg.id);
    if (!resolve) return;
    if (msg.type === 'check') {
      this.isDuplicate({ canonicalUrl: msg.canonicalUrl, textHash: msg.textHash }).then(
        (dup) => {
          if (dup) {
            slot.jobs.delete(msg.id);
            resolve({ status: 'duplicate' });
          }
          slot.worker.postMessage({ type: 'proceed', id: msg.id, go: !dup } satisfies ToWorker);
        },
        (err) => {
          slot.jobs.delete(msg.id);
          resolve({ status: 'failed', message: errorMessage(err) });
          slot.worker.postMessage({ type: 'proceed', id: msg.id, go: false } satisfies ToWorker);
        },
      );
      return;
    }
    slot.jobs.delete(msg.id);
    this.crashes = 0;
    resolve(msg.type === 'done' ? { status: 'doc', doc: msg.doc } : { status: 'failed', message: msg.message });
  }

  run(item: RawItem): Promise<Outcome> {
    if (this.slots.length === 0) return Promise.resolve({ status: 'failed', message: `extraction workers keep stopping: ${this.lastCrash}` });
    let slot = this.slots.reduce((best, s) => (s.jobs.size < best.jobs.size ? s : best));
    if (slot.jobs.size >= 2 && this.slots.length < this.size) {
      slot = this.spawn();
      this.slots.push(slot);
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.jobs.set(id, resolve);
      slot.worker.postMessage({ type: 'job', id, item } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
