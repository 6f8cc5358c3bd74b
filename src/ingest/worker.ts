// A worker thread of the ingest pool: prepares items, asks the main thread whether each is
// already stored, and extracts the new ones.
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage, type FromWorker, type ToWorker, type WorkerInit } from './extractor.js';
import { extractPrepared, prepare } from './extract-doc.js';
import type { Prepared, RawItem } from './prepare.js';

const port = parentPort!;
const waiting = new Map<number, { item: RawItem; prepared: Prepared }>();
const post = (msg: FromWorker) => port.postMessage(msg);
// raised by the pool on Ctrl-C: what is queued here is given up, not extracted
const stop = new Int32Array((workerData as WorkerInit).stop);
const stopped = () => Atomics.load(stop, 0) !== 0;

// Approved items are extracted one per event-loop turn, not inside the message handler: new
// jobs that arrive meanwhile are prepared and their duplicate checks sent at once, so answers
// come back while this thread extracts, instead of each check waiting behind every extraction
// queued before it (the main thread answers only between store writes: with the checks at the
// end of the queue a lone worker idled 0.6-0.7 s of an 840-article ingest, now ~0.25 s).
const approved: number[] = [];
let scheduled = false;

function schedule(): void {
  if (scheduled || approved.length === 0) return;
  scheduled = true;
  setImmediate(extractNext);
}

function extractNext(): void {
  scheduled = false;
  const id = approved.shift()!;
  const entry = waiting.get(id);
  waiting.delete(id);
  if (entry) {
    if (stopped()) post({ type: 'cancelled', id });
    else {
      try {
        post({ type: 'done', id, doc: extractPrepared(entry.item, entry.prepared) });
      } catch (err) {
        post({ type: 'failed', id, message: `extraction failed: ${errorMessage(err)}` });
      }
    }
  }
  schedule();
}

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'job') {
    const { id, item } = msg;
    if (stopped()) return post({ type: 'cancelled', id });
    prepare(item).then(
      (prepared) => {
        waiting.set(id, { item, prepared });
        post({ type: 'check', id, canonicalUrl: prepared.canonicalUrl, textHash: prepared.textHash });
      },
      (err) => post({ type: 'failed', id, message: errorMessage(err) }),
    );
    return;
  }
  if (!msg.go) {
    waiting.delete(msg.id);
    return;
  }
  approved.push(msg.id);
  schedule();
});
