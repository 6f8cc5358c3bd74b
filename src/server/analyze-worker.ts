// Worker thread of WorkerAnalyzer: runs one analysis per message and posts the result back.
import { parentPort } from 'node:worker_threads';
import { analyzeInline } from './analyze.js';
import { HttpError } from './http.js';
import type { AnalyzeInput } from './api.js';

parentPort!.on('message', async ({ id, input }: { id: number; input: AnalyzeInput }) => {
  try {
    parentPort!.postMessage({ id, analysis: await analyzeInline(input) });
  } catch (err) {
    const status = err instanceof HttpError ? err.status : null;
    const message = err instanceof Error ? (status ? err.message : (err.stack ?? err.message)) : String(err);
    parentPort!.postMessage({ id, error: { status, message } });
  }
});
