// Bytes to text for every adapter, and the HTTP messages inside WARC response records.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** A problem with one input, reported with its location and skipped. */
export class InputError extends Error {}

/**
 * Sniffs the start of a file: is it a feed rather than a page or other XML? (Here, not in
 * feed.ts, so that sniffing does not load the XML parser and the HTML stack.)
 */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096)) && !/<html[\s>]/i.test(head.slice(0, 1024));
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, 64 * 1024);
  if (probe.includes(0)) return true;
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i]!;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return control > probe.length * 0.01;
}

/**
 * Decodes text: a BOM or a declared charset wins; else UTF-8, falling back to Windows-1252
 * (legacy news pages). Binary data is refused.
 */
export function decodeBytes(bytes: Uint8Array, charset: string | null = null): string {
  if (bytes.length === 0) throw new InputError('empty input');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  if (looksBinary(bytes)) throw new InputError('binary data, not text');
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // an unknown label: fall through to the guess
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export interface HttpHead {
  status: number;
  headers: Map<string, string>;
  bodyStart: number;
}

/** The status line and headers of an HTTP response message, or null when it is not one. */
export function httpHead(block: Uint8Array): HttpHead | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.length);
  const end = buf.indexOf('\r\n\r\n');
  const endLf = buf.indexOf('\n\n');
  const [headEnd, sep] = end >= 0 && (endLf < 0 || end < endLf) ? [end, 4] : [endLf, 2];
  if (headEnd < 0) return null;
  const lines = buf.toString('latin1', 0, headEnd).split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: Number(m[1]), headers, bodyStart: headEnd + sep };
}

/** An HTTP response that holds a page: 200 and an HTML content type (or none given). */
export function isHtmlResponse(head: HttpHead): boolean {
  const type = head.headers.get('content-type')?.toLowerCase() ?? '';
  return head.status === 200 && (type === '' || type.includes('html'));
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const nl = body.indexOf('\r\n', at);
    if (nl < 0) throw new InputError('malformed chunked HTTP body');
    const size = parseInt(body.toString('latin1', at, nl).split(';')[0]!.trim(), 16);
    if (Number.isNaN(size)) throw new InputError('malformed chunked HTTP body');
    if (size === 0) break;
    parts.push(body.subarray(nl + 2, nl + 2 + size));
    at = nl + 2 + size + 2;
    if (at > body.length + 2) throw new InputError('truncated chunked HTTP body');
  }
  return Buffer.concat(parts);
}

/** The decoded HTML of an HTTP response message (chunked and compressed bodies handled). */
export function httpBodyHtml(block: Uint8Array): string {
  const head = httpHead(block);
  if (!head) throw new InputError('malformed HTTP response in the record');
  let body = Buffer.from(block.buffer, block.byteOffset + head.bodyStart, block.length - head.bodyStart);
  if (/chunked/i.test(head.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const encoding = (head.headers.get('content-encoding') ?? '').toLowerCase().trim();
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') body = gunzipSync(body);
    else if (encoding === 'deflate') {
      try {
        body = inflateSync(body);
      } catch {
        body = inflateRawSync(body);
      }
    } else if (encoding === 'br') body = brotliDecompressSync(body);
  } catch {
    throw new InputError(`cannot decompress the ${encoding} HTTP body`);
  }
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(head.headers.get('content-type') ?? '')?.[1] ?? sniffHtmlCharset(body);
  return decodeBytes(body, declared);
}
