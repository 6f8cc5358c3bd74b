// Validation of query parameters and JSON fields: every bad value becomes a 400 that names it.
import type { AttributionKind, SpeakerType } from '../document/types.js';
import { HttpError } from './http.js';

export const KINDS: readonly AttributionKind[] = ['direct', 'indirect', 'mixed'];
export const SPEAKER_TYPES: readonly SpeakerType[] = ['person', 'organization', 'media', 'document', 'anonymous', 'unknown'];

/** Reads query parameters, remembering which were used so unknown ones can be refused. */
export class Params {
  private readonly used = new Set<string>();
  constructor(private readonly search: URLSearchParams) {}

  string(name: string, maxLength = 500): string | null {
    this.used.add(name);
    const all = this.search.getAll(name);
    if (all.length > 1) throw new HttpError(400, `parameter "${name}" is given ${all.length} times`);
    const value = all[0];
    if (value === undefined) return null;
    const trimmed = value.trim();
    if (trimmed.length > maxLength) throw new HttpError(400, `parameter "${name}" is longer than ${maxLength} characters`);
    return trimmed === '' ? null : trimmed;
  }

  int(name: string, min: number, max: number, fallback: number): number {
    const raw = this.string(name, 20);
    if (raw === null) return fallback;
    if (!/^\d+$/.test(raw)) throw new HttpError(400, `parameter "${name}" must be a whole number, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max) throw new HttpError(400, `parameter "${name}" must be between ${min} and ${max}, got ${raw}`);
    return value;
  }

  date(name: string): string | null {
    const raw = this.string(name, 40);
    if (raw === null) return null;
    if (!isIsoDate(raw)) throw new HttpError(400, `parameter "${name}" must be a date as YYYY-MM-DD, got "${raw}"`);
    return raw;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | null {
    const raw = this.string(name, 40);
    if (raw === null) return null;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw new HttpError(400, `parameter "${name}" must be one of ${allowed.join(', ')}, got "${raw}"`);
    }
    return raw as T;
  }

  /** Refuses parameters the endpoint does not know, so a typo is not silently ignored. */
  finish(): void {
    for (const name of this.search.keys()) {
      if (!this.used.has(name)) {
        const known = [...this.used].sort().join(', ') || 'none';
        throw new HttpError(400, `unknown parameter "${name}" (known: ${known})`);
      }
    }
  }
}

/** A real calendar date as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** YYYY-MM-DD, or a full ISO timestamp that starts with a real date. */
export function isIsoDateOrTimestamp(value: string): boolean {
  if (isIsoDate(value)) return true;
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  return m !== null && isIsoDate(m[1]!);
}
