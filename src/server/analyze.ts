// The extraction behind POST /api/analyze. It runs on a worker thread so that a long article
// (seconds of CPU) never stops the server from answering other requests.
import { Worker } from 'node:worker_threads';
import { extract } from '../pipeline/extract.js';
import { textTooLong } from '../document/document.js';
import type { Analysis } from '../output/analysis.js';
import type { AnalyzeInput } from './api.js';
import { HttpError } from './http.js';
import { htmlToArticle } from './html.js';

/** extract() on the request's text, or on the main text an HTML page yields (this thread). */
export async function analyzeInline(input: AnalyzeInput): Promise<Analysis> {
  const given = {
    title: input.title ?? null,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    publishedAt: input.publishedAt ?? null,
    publishedAtSource: input.publishedAt ? ('given' as const) : null,
  };
  if (input.html !== undefined) {
    const page = await htmlToArticle(input.html, input.url ?? null);
    if (page.text.trim() === '') throw new HttpError(422, 'the HTML page has no readable article text');
    const tooLong = textTooLong(page.text);
    if (tooLong) throw new HttpError(413, tooLong);
    const meta = { ...page.meta };
    // what the request states wins over what the page's markup says
    for (const [k, v] of Object.entries(given)) if (v !== null) (meta as Record<string, unknown>)[k] = v;
    return extract(page.text, meta);
  }
  const tooLong = textTooLong(input.text!);
  if (tooLong) throw new HttpError(413, tooLong);
  return extract(input.text!, given);
}

type Reply = { id: number; analysis: Analysis } | { id: number; error: { status: number | null; message: string } };

interface Job {
  worker: Worker;
  resolve: (analysis: Analysis) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export interface WorkerAnalyzerOptions {
  /** An analysis running longer than this is stopped (the worker is replaced). */
  timeoutMs?: number;
  /** Requests waiting beyond this many are refused with 503. */
  maxQueued?: number;
}

/**
 * One worker thread, started on first use and replaced if it dies or overruns. Requests queue
 * in it, one at a time: the machine's other core stays free for the server and the ledger.
 */
export class WorkerAnalyzer {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly maxQueued: number;

  constructor(options: WorkerAnalyzerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 180_000;
    this.maxQueued = options.maxQueued ?? 8;
  }

  analyze(input: AnalyzeInput): Promise<Analysis> {
    if (this.jobs.size >= this.maxQueued) {
      return Promise.reject(new HttpError(503, `the server is busy with ${this.jobs.size} analyses; try again shortly`));
    }
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.retire(worker, new HttpError(503, `the analysis took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`));
      }, this.timeoutMs);
      timer.unref();
      this.jobs.set(id, { worker, resolve, reject, timer });
      worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    if (this.worker) this.retire(this.worker, new HttpError(503, 'the server is stopping'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./analyze-worker.js', import.meta.url));
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      clearTimeout(job.timer);
      if ('analysis' in reply) job.resolve(reply.analysis);
      else job.reject(reply.error.status ? new HttpError(reply.error.status, reply.error.message) : new Error(reply.error.message));
    });
    worker.on('error', (err) => this.retire(worker, new Error(`analysis worker failed: ${err.message}`)));
    worker.on('exit', () => this.retire(worker, new Error('analysis worker stopped')));
    this.worker = worker;
    return worker;
  }

  /** Stops a worker and fails the jobs it held; the next request starts a fresh one. */
  private retire(worker: Worker, err: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const [id, job] of this.jobs) {
      if (job.worker !== worker) continue;
      this.jobs.delete(id);
      clearTimeout(job.timer);
      job.reject(err);
    }
    void worker.terminate();
  }
}
