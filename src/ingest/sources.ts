// Turns the paths given to `ingest` into raw items: files, folders (recursively) and "-".
// Containers are split here (JSONL lines, JSON arrays, feed items, WARC records), streaming
// where the format allows, so memory does not grow with the input.
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeBytes, httpHead, isHtmlResponse, looksLikeFeed } from './decode.js';
import type { GivenMeta, RawItem } from './prepare.js';
import { readWarc } from './warc.js';

type FeedParser = typeof import('./feed.js').parseFeed;

export type Format = 'text' | 'html' | 'jsonl' | 'json' | 'feed' | 'warc';

export type SourceEvent =
  | { kind: 'item'; item: RawItem; bytes: number }
  | { kind: 'error'; label: string; message: string; bytes: number }
  /** Input consumed that was not an article (a WARC request record, an image): progress only. */
  | { kind: 'progress'; bytes: number };

export interface InputFile {
  path: string;
  size: number;
  format: Format | null;
}

/** Largest single page/text/JSON/feed file read whole; WARC and JSONL are streamed. */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Files up to this size are read synchronously: an article file is a few kB, and the promise
 * reader's open/stat/read/close round trips through the thread pool cost ~50 ms of CPU per 840
 * files against ~8 ms, on the thread that also writes the store.
 */
const SYNC_READ_BYTES = 1 << 20;

export function formatFromName(path: string): Format | null {
  const name = path.toLowerCase();
  if (/\.warc(\.gz)?$/.test(name)) return 'warc';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (name.endsWith('.json')) return 'json';
  if (/\.(rss|atom|xml)$/.test(name)) return 'feed';
  if (/\.(html?|xhtml)$/.test(name)) return 'html';
  if (/\.(txt|text)$/.test(name)) return 'text';
  return null;
}

/** Guesses a format from content, for "-" and files whose name says nothing. */
export function sniffFormat(head: string): Format {
  const start = head.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (looksLikeFeed(start)) return 'feed';
  if (/^(<!doctype html|<html|<head|<body)/i.test(start)) return 'html';
  if (start.startsWith('[') || start.startsWith('{')) {
    const firstLine = start.split('\n', 1)[0]!.trim();
    return firstLine.startsWith('{') && firstLine.endsWith('}') ? 'jsonl' : 'json';
  }
  return 'text';
}

/**
 * Expands the paths into files. Folders are walked recursively and only files with a known
 * extension are taken (hidden files skipped); a file named explicitly is taken whatever its name.
 */
export async function listInputs(paths: string[], onError: (label: string, message: string) => void): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      onError(dir, `cannot read folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        const format = formatFromName(entry.name);
        if (!format) continue;
        try {
          files.push({ path: full, size: (await stat(full)).size, format });
        } catch (err) {
          onError(full, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
        }
      }
    }
  };
  for (const path of paths) {
    if (path === '-') {
      files.push({ path, size: 0, format: null });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      onError(path, code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'error'})`);
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else files.push({ path, size: info.size, format: formatFromName(path) });
  }
  return files;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/** A JSON record as an item; throws with a reason when it has neither text nor html. */
export function recordItem(record: unknown, path: string, label: string, offset: number, format: 'jsonl' | 'json'): RawItem {
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new Error('not a JSON object');
  const r = record as Record<string, unknown>;
  const given: GivenMeta = {
    url: str(r.url),
    title: str(r.title),
    outlet: str(r.outlet),
    author: str(r.author),
    publishedAt: str(r.publishedAt) ?? str(r.published_at) ?? str(r.date),
    publishedAtSource: 'given',
  };
  const source = { path, offset, format };
  if (str(r.text)) return { kind: 'text', data: r.text as string, label, source, given };
  if (str(r.html)) return { kind: 'html', data: r.html as string, label, source, given };
  throw new Error('record has no "text" or "html" field');
}

async function* jsonlItems(path: string, fileSize: number): AsyncGenerator<SourceEvent> {
  const stream = path === '-' ? process.stdin : createReadStream(path);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let reported = 0;
  for await (const line of lines) {
    lineNo++;
    const bytes = Buffer.byteLength(line) + 1;
    reported += bytes;
    if (!line.trim()) {
      yield { kind: 'progress', bytes };
      continue;
    }
    const label = `${path} line ${lineNo}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      yield { kind: 'error', label, message: `malformed JSON (${(err as Error).message})`, bytes };
      continue;
    }
    try {
      yield { kind: 'item', item: recordItem(record, path, label, lineNo, 'jsonl'), bytes };
    } catch (err) {
      yield { kind: 'error', label, message: (err as Error).message, bytes };
    }
  }
  if (fileSize > reported) yield { kind: 'progress', bytes: fileSize - reported };
}

function* containerItems(path: string, format: Format, data: Buffer, size: number, parseFeed: FeedParser | null): Generator<SourceEvent> {
  const label = path;
  if (format === 'text' || format === 'html') {
    yield { kind: 'item', item: { kind: format, data, label, source: { path, format }, given: {} }, bytes: size };
    return;
  }
  let text: string;
  try {
    text = decodeBytes(data);
  } catch (err) {
    yield { kind: 'error', label, message: (err as Error).message, bytes: size };
    return;
  }
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      yield { kind: 'error', label, message: `malformed JSON (${(err as Error).message})`, bytes: size };
      return;
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    if (records.length === 0) yield { kind: 'progress', bytes: size };
    for (let i = 0; i < records.length; i++) {
      const bytes = i === records.length - 1 ? size : 0;
      const itemLabel = Array.isArray(parsed) ? `${path} record ${i}` : path;
      try {
        yield { kind: 'item', item: recordItem(records[i], path, itemLabel, i, 'json'), bytes };
      } catch (err) {
        yield { kind: 'error', label: itemLabel, message: (err as Error).message, bytes };
      }
    }
    return;
  }
  // feed
  let feed;
  try {
    feed = parseFeed!(text);
  } catch (err) {
    yield { kind: 'error', label, message: (err as Error).message, bytes: size };
    return;
  }
  if (feed.items.length === 0) {
    yield { kind: 'error', label, message: 'feed has no items', bytes: size };
    return;
  }
  for (const it of feed.items) {
    const bytes = it.index === feed.items.length - 1 ? size : 0;
    const itemLabel = `${path} item ${it.index}`;
    const item: RawItem = {
      kind: 'fragment',
      html: it.html,
      label: itemLabel,
      source: { path, offset: it.index, format: feed.format },
      given: { url: it.url, title: it.title, outlet: it.outlet, author: it.author, publishedAt: it.publishedAt, publishedAtSource: 'metadata' },
    };
    if (!it.html.trim()) yield { kind: 'error', label: itemLabel, message: 'feed item has no content or description', bytes };
    else yield { kind: 'item', item, bytes };
  }
}

async function* warcItems(path: string): AsyncGenerator<SourceEvent> {
  // only responses (and resources) can hold a page; their blocks are read, others skipped
  const wanted = (h: Map<string, string>) => {
    const type = (h.get('warc-type') ?? '').toLowerCase();
    return type === 'response' || (type === 'resource' && /html/i.test(h.get('content-type') ?? ''));
  };
  let done = 0;
  for await (const event of readWarc(path, { wanted })) {
    const bytes = Math.max(0, event.end - done);
    done = Math.max(done, event.end);
    if (event.kind === 'error') {
      yield { kind: 'error', label: `${path} at offset ${event.offset}`, message: event.message, bytes };
      continue;
    }
    const { record } = event;
    const recordLabel = `${path} at offset ${record.offset}`;
    const label = recordLabel;
    if (record.oversized) {
      yield { kind: 'error', label, message: 'record too large to be an article, skipped', bytes };
      continue;
    }
    if (!record.block) {
      yield { kind: 'progress', bytes };
      continue;
    }
    const source = { path, offset: record.offset, format: 'warc' };
    const given: GivenMeta = { url: record.targetUri };
    if (record.type === 'resource') {
      yield { kind: 'item', item: { kind: 'html', data: record.block, label: recordLabel, source, given }, bytes };
      continue;
    }
    const head = httpHead(record.block);
    if (!head) {
      yield { kind: 'error', label, message: 'response record without a valid HTTP message', bytes };
      continue;
    }
    // redirects, errors and non-HTML payloads are not articles, nor are they broken input
    if (!isHtmlResponse(head)) {
      yield { kind: 'progress', bytes };
      continue;
    }
    yield { kind: 'item', item: { kind: 'http', data: record.block, label: recordLabel, source, given }, bytes };
  }
}

/** Every item of one input file, and every problem found reading it. */
export async function* fileItems(file: InputFile): AsyncGenerator<SourceEvent> {
  const { path } = file;
  let format = file.format;
  if (format === 'warc') {
    try {
      yield* warcItems(path);
    } catch (err) {
      yield { kind: 'error', label: path, message: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, bytes: 0 };
    }
    return;
  }
  if (format === 'jsonl') {
    try {
      yield* jsonlItems(path, file.size);
    } catch (err) {
      yield { kind: 'error', label: path, message: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, bytes: 0 };
    }
    return;
  }
  if (file.size > MAX_WHOLE_FILE_BYTES) {
    yield { kind: 'error', label: path, message: `file is larger than ${MAX_WHOLE_FILE_BYTES} bytes`, bytes: file.size };
    return;
  }
  let data: Buffer;
  try {
    data = path === '-' ? await readStdin() : file.size <= SYNC_READ_BYTES ? readFileSync(path) : await readFile(path);
  } catch (err) {
    yield { kind: 'error', label: path, message: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, bytes: file.size };
    return;
  }
  const label = path === '-' ? 'stdin' : path;
  if (data.length === 0) {
    yield { kind: 'error', label, message: 'empty file', bytes: 0 };
    return;
  }
  const head = data.subarray(0, 4096).toString('utf8');
  if (format === null) format = sniffFormat(head);
  // a page saved with .html that is really a feed, or a .xml that is not a feed
  else if (format === 'html' && looksLikeFeed(head)) format = 'feed';
  if (format === 'warc') {
    yield { kind: 'error', label, message: 'WARC input must be a file, not stdin', bytes: data.length };
    return;
  }
  if (format === 'jsonl') {
    // stdin (or an oddly named file) holding JSON lines: split here, it is already in memory
    const lines = data.toString('utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const bytes = i === lines.length - 1 ? data.length : 0;
      if (!line.trim()) {
        if (bytes) yield { kind: 'progress', bytes };
        continue;
      }
      const lineLabel = `${label} line ${i + 1}`;
      try {
        yield { kind: 'item', item: recordItem(JSON.parse(line), path, lineLabel, i + 1, 'jsonl'), bytes };
      } catch (err) {
        yield { kind: 'error', label: lineLabel, message: (err as Error).message, bytes };
      }
    }
    return;
  }
  // loaded on demand: the XML parser and the HTML stack it needs take ~0.3 s to load
  const parseFeed = format === 'feed' ? (await import('./feed.js')).parseFeed : null;
  for (const event of containerItems(path, format, data, path === '-' ? data.length : file.size, parseFeed)) {
    if (event.kind === 'item' && path === '-') event.item.label = event.item.label.replace(/^-/, 'stdin');
    yield event;
  }
}

