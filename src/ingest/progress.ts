// Progress of a long ingest on stderr: a bar redrawn in place on a terminal, a plain line
// every few seconds otherwise (logs, CI), nothing with --quiet.
import type { IngestCounts } from './ingest.js';

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function describe(c: IngestCounts): { done: number; rate: number; fraction: number | null; eta: string | null } {
  const done = c.stored + c.duplicates + c.failed;
  const rate = c.elapsedMs > 0 ? (done * 1000) / c.elapsedMs : 0;
  // documents per file vary (a WARC holds thousands), so the ETA follows bytes read
  const fraction = c.bytesTotal > 0 ? Math.min(1, c.bytesDone / c.bytesTotal) : null;
  const eta = fraction && fraction > 0.01 && fraction < 1 ? duration((c.elapsedMs * (1 - fraction)) / fraction) : null;
  return { done, rate, fraction, eta };
}

export interface ProgressReporter {
  update(counts: IngestCounts): void;
  /** Prints a line (a failure) without garbling the bar. */
  log(line: string): void;
  finish(): void;
}

export function createProgress(stream: NodeJS.WriteStream, options: { quiet: boolean; intervalMs?: number }): ProgressReporter {
  const tty = stream.isTTY === true;
  let last: IngestCounts | null = null;
  // plain lines start one interval in: a short ingest needs only its summary
  let drawnAt = tty ? 0 : Date.now();
  let drawn = false;
  const interval = options.intervalMs ?? (tty ? 100 : 10_000);

  const line = (c: IngestCounts) => {
    const d = describe(c);
    const parts = [`${d.done} inputs`, `${c.stored} stored`, `${c.duplicates} duplicates`, `${c.failed} failed`, `${d.rate.toFixed(1)}/s`];
    if (d.eta) parts.push(`ETA ${d.eta}`);
    return { text: parts.join(', '), fraction: d.fraction };
  };
  const draw = () => {
    if (!last) return;
    const { text, fraction } = line(last);
    if (tty) {
      const width = Math.max(10, Math.min(30, (stream.columns || 80) - text.length - 10));
      const filled = fraction === null ? 0 : Math.round(fraction * width);
      const bar = fraction === null ? '' : `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% `;
      stream.write(`\r\x1b[2K${bar}${text}`.slice(0, (stream.columns || 80) + 8));
      drawn = true;
    } else {
      stream.write(`ingest: ${text}\n`);
    }
  };
  return {
    update(counts) {
      last = counts;
      if (options.quiet) return;
      const now = Date.now();
      if (now - drawnAt >= interval) {
        drawnAt = now;
        draw();
      }
    },
    log(text) {
      if (tty && drawn) {
        stream.write('\r\x1b[2K');
        drawn = false;
      }
      stream.write(text + '\n');
      if (tty && !options.quiet) draw();
    },
    finish() {
      if (tty && drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
