import type { SpeakerType } from '../../../src/document/types.js';
import { toCsv } from '../lib/csv.js';

const TYPE_GLYPH: Record<SpeakerType, string> = {
  person: '',
  organization: '',
  media: '',
  document: '',
  anonymous: '?',
  unknown: '?',
};

/** A small swatch whose shape tells the speaker type: round person, square organisation, ... */
export function TypeMark({ type, colour }: { type: SpeakerType; colour: string }) {
  return (
    <span class={`mark ${colour} m-${type}`} aria-hidden="true">
      {TYPE_GLYPH[type]}
    </span>
  );
}

function save(filename: string, content: string, mime: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface DownloadProps {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
  /** What the JSON file holds (defaults to the rows). */
  json?: unknown;
}

export function Downloads({ name, columns, rows, json }: DownloadProps) {
  return (
    <span class="downloads">
      <button type="button" class="small" disabled={rows.length === 0} onClick={() => save(`${name}.csv`, toCsv(columns, rows), 'text/csv')}>
        CSV
      </button>
      <button
        type="button"
        class="small"
        disabled={rows.length === 0}
        onClick={() => save(`${name}.json`, JSON.stringify(json ?? rows, null, 2) + '\n', 'application/json')}
      >
        JSON
      </button>
    </span>
  );
}

/** A one-line status with a fixed height, so results arriving never move the page. */
export function Status({ busy, error, children }: { busy?: boolean; error?: string | null; children?: preact.ComponentChildren }) {
  return (
    <p class={`status${error ? ' error' : ''}`} role="status" aria-live="polite" data-testid="status">
      {error ? error : busy ? 'Working…' : children}
    </p>
  );
}

/** Shortens long quotes for result lists; the full text is one click away. */
export function clip(text: string, max = 320): string {
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}
