// A streaming WARC reader (.warc and .warc.gz) in constant memory, which survives damage: a
// corrupt record is reported with its offset and reading resumes at the next record. (warcio's
// parser stops silently at the first bad gzip member, so it is used to write WARCs in tests,
// not to read them here.)
import { open, type FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

export interface WarcRecord {
  /** Offset of the record in the file (of its gzip member in a .warc.gz). */
  offset: number;
  /** WARC header fields, names lower-cased. */
  headers: Map<string, string>;
  type: string;
  targetUri: string | null;
  date: string | null;
  /** The record block (for a response: the HTTP message), or null when not wanted or too large. */
  block: Buffer | null;
  /** A wanted record whose block was over maxRecordBytes, skipped unread. */
  oversized: boolean;
}

export type WarcEvent =
  | { kind: 'record'; record: WarcRecord; end: number }
  | { kind: 'error'; offset: number; message: string; end: number };

export interface WarcOptions {
  /** Which records' blocks to load; others are skipped without being held in memory. */
  wanted?: (headers: Map<string, string>) => boolean;
  /** Largest record block loaded (and largest decompressed gzip member); bigger ones are reported. */
  maxRecordBytes?: number;
}

const CHUNK = 1 << 20;
const MAX_HEADER_BYTES = 64 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const RECORD_START = Buffer.from('\nWARC/');
const CRLF2 = Buffer.from('\r\n\r\n');

/** Reads a file (or a buffer) sequentially with look-ahead, seeking when needed. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private bufStart = 0;
  private pos = 0;
  private eof = false;

  constructor(private readonly file: FileHandle | null, data?: Buffer) {
    if (!file) {
      this.buf = data ?? Buffer.alloc(0);
      this.eof = true;
    }
  }

  get offset(): number {
    return this.bufStart + this.pos;
  }

  get available(): number {
    return this.buf.length - this.pos;
  }

  /** Makes at least `n` bytes available from the current position, unless the file ends first. */
  async fill(n: number): Promise<void> {
    while (this.available < n && !this.eof) {
      const want = Math.max(CHUNK, n - this.available);
      const chunk = Buffer.allocUnsafe(want);
      const fileOffset = this.bufStart + this.buf.length;
      const { bytesRead } = await this.file!.read(chunk, 0, want, fileOffset);
      if (bytesRead === 0) this.eof = true;
      // drop what has been consumed so memory stays bounded
      this.buf = Buffer.concat([this.buf.subarray(this.pos), chunk.subarray(0, bytesRead)]);
      this.bufStart += this.pos;
      this.pos = 0;
    }
  }

  peek(n: number): Buffer {
    return this.buf.subarray(this.pos, this.pos + n);
  }

  consume(n: number): void {
    this.pos += n;
  }

  seek(offset: number): void {
    if (offset >= this.bufStart && offset <= this.bufStart + this.buf.length) {
      this.pos = offset - this.bufStart;
      return;
    }
    if (!this.file) throw new Error('seek outside an in-memory buffer');
    this.buf = Buffer.alloc(0);
    this.bufStart = offset;
    this.pos = 0;
    this.eof = false;
  }

  /** A line without its line break, or null at the end; over `max` bytes is an error. */
  async readLine(max = MAX_HEADER_BYTES): Promise<string | null> {
    for (;;) {
      const nl = this.buf.indexOf(0x0a, this.pos);
      if (nl >= 0 && nl - this.pos <= max) {
        const line = this.buf.toString('utf8', this.pos, nl).replace(/\r$/, '');
        this.pos = nl + 1;
        return line;
      }
      if (this.available > max) throw new Error('header line too long');
      if (this.eof) {
        if (this.available === 0) return null;
        const line = this.buf.toString('utf8', this.pos).replace(/\r$/, '');
        this.pos = this.buf.length;
        return line;
      }
      await this.fill(this.available + CHUNK);
    }
  }

  async readExact(n: number): Promise<Buffer | null> {
    await this.fill(n);
    if (this.available < n) return null;
    const out = Buffer.from(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return out;
  }

  /** Skips `n` bytes; false when the file ends first. */
  async skip(n: number): Promise<boolean> {
    while (n > 0) {
      await this.fill(Math.min(n, CHUNK));
      if (this.available === 0) return false;
      const step = Math.min(n, this.available);
      this.pos += step;
      n -= step;
    }
    return true;
  }

  /** Moves to the next occurrence of `pattern` at or after `from`; false (at the end) if none. */
  async findNext(pattern: Buffer, from: number): Promise<boolean> {
    this.seek(from);
    for (;;) {
      const at = this.buf.indexOf(pattern, this.pos);
      if (at >= 0) {
        this.pos = at;
        return true;
      }
      if (this.eof) {
        this.pos = this.buf.length;
        return false;
      }
      // keep a tail in case the pattern straddles two chunks
      this.pos = Math.max(this.pos, this.buf.length - pattern.length + 1);
      await this.fill(this.available + CHUNK);
    }
  }

  atEnd(): boolean {
    return this.eof && this.available === 0;
  }

  /** True when the file ends `n` bytes after the current position. */
  atEndAfter(n: number): boolean {
    return this.eof && this.available === n;
  }
}

type Parsed = { record: WarcRecord } | { error: string; resyncFrom: number };

/** Reads one record at the reader's position (which is at a "WARC/" line). */
async function readRecord(reader: ByteReader, offset: number, options: Required<WarcOptions>): Promise<Parsed> {
  const start = reader.offset;
  const version = await reader.readLine();
  if (version === null) return { error: 'unexpected end of file', resyncFrom: start + 1 };
  if (!/^WARC\/\d+\.\d+$/.test(version.trim())) {
    return { error: `not a WARC record (starts with ${JSON.stringify(version.slice(0, 20))})`, resyncFrom: start + 1 };
  }
  const headers = new Map<string, string>();
  let headerBytes = 0;
  for (;;) {
    let line: string | null;
    try {
      line = await reader.readLine();
    } catch {
      return { error: 'WARC header too long', resyncFrom: start + 1 };
    }
    if (line === null) return { error: 'truncated WARC header', resyncFrom: start + 1 };
    if (line === '') break;
    headerBytes += line.length;
    if (headerBytes > MAX_HEADER_BYTES) return { error: 'WARC header too long', resyncFrom: start + 1 };
    const colon = line.indexOf(':');
    if (colon <= 0) return { error: `malformed WARC header line ${JSON.stringify(line.slice(0, 40))}`, resyncFrom: start + 1 };
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const lengthField = headers.get('content-length');
  if (lengthField === undefined || !/^\d+$/.test(lengthField)) return { error: 'WARC record without a valid Content-Length', resyncFrom: start + 1 };
  const length = Number(lengthField);
  const type = (headers.get('warc-type') ?? '').toLowerCase();
  let block: Buffer | null = null;
  const wanted = options.wanted(headers);
  if (wanted && length <= options.maxRecordBytes) {
    block = await reader.readExact(length);
    if (block === null) return { error: `truncated record (Content-Length ${length})`, resyncFrom: start + 1 };
  } else if (!(await reader.skip(length))) {
    return { error: `truncated record (Content-Length ${length})`, resyncFrom: start + 1 };
  }
  // a record ends with an empty line; anything else means its length is wrong
  await reader.fill(4);
  const tail = reader.peek(4);
  let breaks = 0;
  while (breaks < tail.length && (tail[breaks] === 0x0d || tail[breaks] === 0x0a)) breaks++;
  if (breaks < 2 && !(breaks === tail.length && reader.available === tail.length && reader.atEndAfter(tail.length))) {
    return { error: `record does not end where its Content-Length (${length}) says`, resyncFrom: start + 1 };
  }
  reader.consume(breaks);
  const targetUri = headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
  const oversized = wanted && length > options.maxRecordBytes;
  return { record: { offset, headers, type, targetUri, date: headers.get('warc-date') ?? null, block, oversized } };
}

async function* readPlain(reader: ByteReader, options: Required<WarcOptions>, baseOffset: number | null): AsyncGenerator<WarcEvent> {
  for (;;) {
    // records are separated by blank lines
    await reader.fill(2);
    while (reader.available > 0 && (reader.peek(1)[0] === 0x0d || reader.peek(1)[0] === 0x0a)) {
      reader.consume(1);
      await reader.fill(2);
    }
    if (reader.atEnd()) return;
    const start = reader.offset;
    const parsed = await readRecord(reader, baseOffset ?? start, options);
    if ('record' in parsed) {
      yield { kind: 'record', record: parsed.record, end: baseOffset ?? reader.offset };
      continue;
    }
    yield { kind: 'error', offset: baseOffset ?? start, message: parsed.error, end: baseOffset ?? start };
    if (baseOffset !== null) return; // inside one gzip member: the rest of the member is lost
    if (await reader.findNext(RECORD_START, parsed.resyncFrom)) reader.consume(1);
  }
}

function gzipHeaderLength(head: Buffer): number | null {
  if (head.length < 10 || !head.subarray(0, 3).equals(GZIP_MAGIC)) return null;
  const flags = head[3]!;
  let at = 10;
  if (flags & 4) {
    if (head.length < at + 2) return null;
    at += 2 + head.readUInt16LE(at);
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      const zero = head.indexOf(0, at);
      if (zero < 0) return null;
      at = zero + 1;
    }
  }
  if (flags & 2) at += 2;
  return at <= head.length ? at : null;
}

async function* readGzip(reader: ByteReader, options: Required<WarcOptions>): AsyncGenerator<WarcEvent> {
  const maxCompressed = Math.max(options.maxRecordBytes, 64 << 20);
  for (;;) {
    await reader.fill(64 * 1024);
    if (reader.atEnd()) return;
    const start = reader.offset;
    const headerLength = gzipHeaderLength(reader.peek(64 * 1024));
    let failure: string | null = null;
    let member: Buffer | null = null;
    if (headerLength === null) {
      failure = 'not a gzip member (damaged .warc.gz)';
    } else {
      // inflate the member from a window; grow the window until the member fits
      let window = 256 * 1024;
      for (;;) {
        await reader.fill(window);
        const data = reader.peek(reader.available);
        try {
          const result = inflateRawSync(data.subarray(headerLength), { info: true, maxOutputLength: options.maxRecordBytes }) as unknown as {
            buffer: Buffer;
            engine: { bytesWritten: number };
          };
          member = result.buffer;
          const end = headerLength + result.engine.bytesWritten + 8;
          if (end > data.length) {
            failure = 'truncated gzip member';
            member = null;
          } else {
            reader.consume(end);
          }
          break;
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (code === 'Z_BUF_ERROR' && reader.available >= window && window < maxCompressed) {
            window *= 4;
            continue;
          }
          failure =
            code === 'ERR_BUFFER_TOO_LARGE' ? `record larger than ${options.maxRecordBytes} bytes, skipped`
            : code === 'Z_BUF_ERROR' ? 'truncated gzip member'
            : `corrupt gzip member (${(err as Error).message})`;
          break;
        }
      }
    }
    if (failure !== null || member === null) {
      yield { kind: 'error', offset: start, message: failure ?? 'corrupt gzip member', end: start };
      if (!(await reader.findNext(GZIP_MAGIC, start + 1))) return;
      continue;
    }
    const memberEnd = reader.offset;
    for await (const event of readPlain(new ByteReader(null, member), options, start)) {
      yield { ...event, end: memberEnd } as WarcEvent;
    }
  }
}

/** Reads every record of a WARC file, gzipped or not (decided by its first bytes). */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<WarcEvent> {
  const opts: Required<WarcOptions> = { wanted: options.wanted ?? (() => true), maxRecordBytes: options.maxRecordBytes ?? 32 << 20 };
  const file = await open(path, 'r');
  try {
    const reader = new ByteReader(file);
    await reader.fill(3);
    const gzipped = reader.peek(3).equals(GZIP_MAGIC);
    yield* gzipped ? readGzip(reader, opts) : readPlain(reader, opts, null);
  } finally {
    await file.close();
  }
}
