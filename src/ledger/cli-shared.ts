// Options and output shared by the commands that read the ledger (search, actors, actor, quote, export).
import { openStore, storeLocation } from '../store/open.js';
import { StoreError, type Store } from '../store/store.js';
import { CliError } from '../cli/command.js';

/** Opens an existing store for a reading command; a missing store is a one-line error. */
export async function openExistingStore(db: string | undefined): Promise<Store> {
  try {
    return await openStore(storeLocation(db), { mustExist: true });
  } catch (err) {
    if (err instanceof StoreError) throw new CliError(err.message);
    throw err;
  }
}

export function parseCount(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new CliError(`${option} must be a whole number, got "${value}"`);
  return Number(value);
}

/** Runs fn with the store and closes it; store errors become one-line CLI errors. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openExistingStore(db);
  try {
    return await fn(store);
  } catch (err) {
    if (err instanceof StoreError) throw new CliError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}

let pipeWatched = false;

/** Writes to stdout, waiting when the pipe is full (exports can be large). */
export function write(text: string): Promise<void> | void {
  if (!pipeWatched) {
    pipeWatched = true;
    // `whosaid export | head` closes the pipe early: that is the reader's choice, not an error
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  if (!process.stdout.write(text)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}
