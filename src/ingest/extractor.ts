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
  | { status: 'failed'; message: string }
  /** Given up after cancel(): neither stored nor failed; the next run extracts it. */
  | { status: 'cancelled' };

export type DuplicateCheck = (key: { canonicalUrl: string | null; textHash: string }) => Promise<boolean>;

export interface Extractor {
  /** How many items may usefully be in flight at once. */
  readonly capacity: number;
  run(item: RawItem): Promise<Outcome>;
  /** Items not yet being extracted end as 'cancelled' (Ctrl-C); those under way finish. */
  cancel(): void;
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

  // one item at a time: once reading stops, nothing is waiting
  cancel(): void {}

  async close(): Promise<void> {}
}

// Messages between the pool and its workers.
export type ToWorker = { type: 'job'; id: number; item: RawItem } | { type: 'proceed'; id: number; go: boolean };
export type FromWorker =
  | { type: 'check'; id: number; canonicalUrl: string | null; textHash: string }
  | { type: 'done'; id: number; doc: NewDocument }
  | { type: 'failed'; id: number; message: string }
  | { type: 'cancelled'; id: number };

/**
 * What a worker is started with: a flag the pool raises to cancel (shared memory, so that a
 * worker busy with a queue of approved items sees it before each one, not after them all).
 */
export interface WorkerInit {
  stop: SharedArrayBuffer;
}

interface Slot {
  worker: Worker;
  stop: Int32Array;
  jobs: Map<number, (outcome: Outcome) => void>;
}

function startWorker(url: URL): { worker: Worker; stop: Int32Array } {
  const init: WorkerInit = { stop: new SharedArrayBuffer(4) };
  return { worker: new Worker(url, { workerData: init }), stop: new Int32Array(init.stop) };
}

/**
 * One worker per core. Each pays its own warm-up (loading, and V8 compiling the pipeline: ~2 s
 * of CPU), and the main thread needs a share of a core for the store's writes, yet on a quiet
 * 2-core machine two workers beat one from 840 articles up (4.21 vs 4.31 s; 4,195 articles 13.9
 * vs 17.9 s). When other processes keep the cores busy, one worker is faster and uses ~20% less
 * CPU (docs/ingest-speed.md): `--workers 1`.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Items in flight per worker. The main thread answers a worker's duplicate checks only between
 * its store writes (~0.15 s for a batch of 64): with 32 a lone worker idled 0.8-1.0 s of a 4-5 s
 * ingest waiting for answers, with 128 0.25-0.35 s (256: 0.2 s, but Ctrl-C would then wait for
 * more items to finish). The bytes held stay bounded by the caller.
 */
const ITEMS_PER_WORKER = 128;

const workerModule = new URL('./worker.js', import.meta.url);

/**
 * Flags for the code the workers compile. V8 flags are process-wide and read when code is
 * compiled or tiered up: from here on this process and the workers it starts use them.
 * Every worker compiles the whole pipeline anew, and V8's inlining of the large stage functions
 * costs more compile time (and deoptimisations) than it gains back: without it an ingest of 840
 * articles took 9% less time, one of 4,200 5% less (BENCHMARKS.md). A function is optimised
 * only after four times the usual amount of interpreted work: fewer of the pipeline's large
 * functions are compiled before their types settle, so fewer are compiled twice or more (V8's
 * compiler threads: 1.6 -> 1.2 s of CPU on 840 articles; the whole ingest 5-7% less CPU;
 * docs/ingest-speed.md).
 */
function setWorkerFlags(): void {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString(`--interrupt-budget=${4 * 66 * 1024}`);
}

/** A worker started before the pool that will adopt it (see prestartWorker). */
let prestarted: { worker: Worker; stop: Int32Array } | null = null;

/**
 * Starts the first extraction worker now, so that it loads the pipeline (~0.2 s) while the
 * caller is still loading the store and listing the inputs; the next pool adopts it. Until
 * then it does not keep the process alive, so a command that fails before ingesting still exits.
 */
export function prestartWorker(): void {
  if (prestarted) return;
  setWorkerFlags();
  const started = startWorker(workerModule);
  const { worker } = started;
  worker.unref();
  // one that dies before it is adopted is forgotten: the pool starts a fresh one, whose
  // failure it then sees and reports
  worker.on('error', () => {});
  worker.once('exit', () => {
    if (prestarted === started) prestarted = null;
  });
  prestarted = started;
}

export class WorkerPoolExtractor implements Extractor {
  readonly capacity: number;
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closing = false;
  private cancelled = false;
  /** Workers lost in a row without any finishing a job: a pipeline that cannot even load. */
  private crashes = 0;
  private lastCrash = '';

  constructor(
    private readonly isDuplicate: DuplicateCheck,
    readonly size = defaultWorkerCount(),
    private readonly workerUrl = workerModule,
  ) {
    this.capacity = size * ITEMS_PER_WORKER;
    setWorkerFlags();
    // more workers start as the queue grows: a one-article ingest loads the pipeline once
    this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    let started: { worker: Worker; stop: Int32Array };
    if (prestarted && this.workerUrl.href === workerModule.href) {
      started = prestarted;
      started.worker.ref();
      prestarted = null;
    } else started = startWorker(this.workerUrl);
    const { worker, stop } = started;
    if (this.cancelled) Atomics.store(stop, 0, 1);
    const slot: Slot = { worker, stop, jobs: new Map() };
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
    if (msg.type === 'cancelled') return resolve({ status: 'cancelled' });
    this.crashes = 0;
    resolve(msg.type === 'done' ? { status: 'doc', doc: msg.doc } : { status: 'failed', message: msg.message });
  }

  cancel(): void {
    this.cancelled = true;
    for (const slot of this.slots) Atomics.store(slot.stop, 0, 1);
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
