// Buckets dated statements by ISO week (Monday first) or by month, gaps filled with zeros.

export type TimeUnit = 'week' | 'month';

export interface Bucket {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  label: string;
  count: number;
}

export interface Timeline {
  buckets: Bucket[];
  /** Statements without a usable date. */
  undated: number;
  max: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

function parseDay(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(t) ? null : t;
}

function bucketStart(t: number, unit: TimeUnit): number {
  const d = new Date(t);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
  return t - weekday * DAY;
}

function nextBucket(t: number, unit: TimeUnit): number {
  if (unit === 'week') return t + 7 * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function label(t: number, unit: TimeUnit): string {
  const d = new Date(t);
  return unit === 'month' ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** At most this many buckets are drawn; a longer span is cut to its most recent part. */
export const MAX_BUCKETS = 520;

export function buildTimeline(dates: (string | null | undefined)[], unit: TimeUnit): Timeline {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const value of dates) {
    const t = parseDay(value);
    if (t === null) {
      undated++;
      continue;
    }
    const start = bucketStart(t, unit);
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  if (counts.size === 0) return { buckets: [], undated, max: 0 };
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const buckets: Bucket[] = [];
  for (let t = keys[0]!; t <= keys[keys.length - 1]!; t = nextBucket(t, unit)) {
    buckets.push({ start: iso(t), label: label(t, unit), count: counts.get(t) ?? 0 });
  }
  const shown = buckets.slice(-MAX_BUCKETS);
  return { buckets: shown, undated, max: Math.max(...shown.map((b) => b.count)) };
}
