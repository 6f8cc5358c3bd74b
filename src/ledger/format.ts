// Output of the ledger commands: tables that fit the terminal, CSV (RFC 4180) and JSON lines.
import type { AttributionRecord } from '../store/store.js';

export interface Column {
  header: string;
  /** Grows to take the width the others leave; at most one column should flex. */
  flex?: boolean;
  /** Width never shrunk below (except on absurdly narrow terminals). */
  min?: number;
  max?: number;
  align?: 'left' | 'right';
  /** On a terminal too narrow for every column, columns with a rank are left out, lowest first. */
  drop?: number;
}

/** Terminal width: the TTY's, else $COLUMNS, else 120 (a pipe has no width). */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isFinite(env) && env > 20 ? env : 120;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function fit(value: string, width: number): string {
  const chars = [...value];
  if (chars.length <= width) return value;
  return width <= 1 ? chars.slice(0, width).join('') : chars.slice(0, width - 1).join('') + '…';
}

function visibleLength(value: string): number {
  return [...value].length;
}

/** Rows as an aligned table no wider than `width`; the flex column takes what is left. */
export function formatTable(allColumns: Column[], allRows: string[][], width: number): string {
  const gap = 2;
  const allCells = allRows.map((r) => r.map((c) => oneLine(c ?? '')));
  const naturalOf = (col: Column, i: number) =>
    Math.min(col.max ?? Infinity, Math.max(visibleLength(col.header), ...allCells.map((r) => visibleLength(r[i] ?? ''))));
  // leave out optional columns until the rest fit at their minimum widths
  let keep = allColumns.map((_, i) => i);
  const minimum = (idx: number[]) =>
    idx.reduce((sum, i) => sum + Math.min(naturalOf(allColumns[i]!, i), allColumns[i]!.min ?? 4), 0) + gap * (idx.length - 1);
  while (minimum(keep) > width) {
    const droppable = keep.filter((i) => allColumns[i]!.drop !== undefined);
    if (droppable.length === 0) break;
    const victim = droppable.reduce((a, b) => (allColumns[b]!.drop! < allColumns[a]!.drop! ? b : a));
    keep = keep.filter((i) => i !== victim);
  }
  const columns = keep.map((i) => allColumns[i]!);
  const cells = allCells.map((r) => keep.map((i) => r[i] ?? ''));
  const natural = keep.map((i) => naturalOf(allColumns[i]!, i));
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  const flex = columns.findIndex((c) => c.flex);
  if (flex >= 0) {
    const others = total() - widths[flex]!;
    widths[flex] = Math.max(columns[flex]!.min ?? 10, Math.min(natural[flex]!, width - others));
  }
  // still too wide: shrink the widest non-flex columns down to their minimum
  while (total() > width) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i]! > (columns[i]!.min ?? 4) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    }
    if (widest < 0) break;
    widths[widest]!--;
  }
  const render = (values: string[]) =>
    values
      .map((v, i) => {
        const cell = fit(v, widths[i]!);
        const pad = ' '.repeat(Math.max(0, widths[i]! - visibleLength(cell)));
        return columns[i]!.align === 'right' ? pad + cell : i === values.length - 1 ? cell : cell + pad;
      })
      .join(' '.repeat(gap))
      .trimEnd();
  const lines = [render(columns.map((c) => c.header)), render(widths.map((w) => '-'.repeat(w)))];
  for (const row of cells) lines.push(render(row));
  return lines.join('\n') + '\n';
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** The flat columns of one attribution, shared by `export --format csv` and `search --format csv`. */
export const RECORD_CSV_HEADER = [
  'id', 'document_id', 'kind', 'speaker', 'speaker_type', 'speaker_role', 'actor_id', 'actor', 'content', 'content_start',
  'content_end', 'cue', 'outlet', 'published_at', 'title', 'url', 'quote_id', 'stated_on', 'confidence', 'reported_by', 'reported_by_speaker',
];

export function recordCsvValues(r: AttributionRecord): unknown[] {
  return [
    r.id, r.documentId, r.kind, r.speaker.name, r.speaker.type, r.speaker.role, r.speaker.actorId, r.speaker.actorName,
    r.content.text, r.content.start, r.content.end, r.cue?.text ?? null, r.outlet, r.publishedAt, r.title, r.url, r.quoteId,
    r.statedOn, r.confidence, r.reportedBy ?? null, r.reportedByName ?? null,
  ];
}

/** "a1b2c3d4e5f60718@120-188": the document and the offsets of the content. */
export function recordRef(r: AttributionRecord): string {
  return `${r.documentId}@${r.content.start}-${r.content.end}`;
}

export function day(value: string | null): string {
  return value ? value.slice(0, 10) : '';
}
