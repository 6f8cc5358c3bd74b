// Opens the store a location names. Today every location is an SQLite file; a
// "postgres://..." location will pick the PostgreSQL backend once it exists.
import { SqliteStore } from './sqlite.js';
import { StoreError, type Store } from './store.js';

export const DEFAULT_STORE = 'whosaid.db';

/** --db, else $WHOSAID_DB, else ./whosaid.db. */
export function storeLocation(option?: string | null): string {
  return option || process.env.WHOSAID_DB || DEFAULT_STORE;
}

export interface OpenOptions {
  /** Refuse to create a store: for commands that only read. */
  mustExist?: boolean;
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new StoreError(`${location}: the PostgreSQL backend is not available yet`);
  if (options.mustExist) {
    const { existsSync } = await import('node:fs');
    if (!existsSync(location)) throw new StoreError(`${location}: no such store (run "whosaid ingest" first, or pass --db)`);
  }
  return new SqliteStore(location);
}
