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
  const entry = waiting.get(msg.id);
  waiting.delete(msg.id);
  if (!entry || !msg.go) return;
  if (stopped()) return post({ type: 'cancelled', id: msg.id });
  try {
    post({ type: 'done', id: msg.id, doc: extractPrepared(entry.item, entry.prepared) });
  } catch (err) {
    post({ type: 'failed', id: msg.id, message: `extraction failed: ${errorMessage(err)}` });
  }
});
