import { useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  busy: boolean;
}

/**
 * Loads data for a key; keeps the previous data on screen while the next loads, so a new
 * result replaces the old one in place instead of the page collapsing and growing again.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, busy: key !== null });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ ...s, busy: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, busy: false }),
      (err: Error) => live && setState({ data: null, error: err.message, busy: false }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
