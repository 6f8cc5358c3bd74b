import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readWarc, type WarcEvent } from '../src/ingest/warc.js';
import { httpBodyHtml, httpHead, isHtmlResponse } from '../src/ingest/decode.js';
import { tempDir, warcRecords, write } from './ingest-fixtures.js';

async function events(path: string, wanted?: (h: Map<string, string>) => boolean): Promise<WarcEvent[]> {
  const out: WarcEvent[] = [];
  for await (const e of readWarc(path, wanted ? { wanted } : {})) out.push(e);
  return out;
}

function summary(list: WarcEvent[]): string[] {
  return list.map((e) => (e.kind === 'record' ? `${e.record.offset} ${e.record.type} ${e.record.targetUri}` : `${e.offset} error`));
}

const pages = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ url: `https://example.test/p${i}`, html: `<html><body><p>Page ${i} body text.</p></body></html>` }));

function offsets(parts: Buffer[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of parts) {
    out.push(at);
    at += p.length;
  }
  return out;
}

test('an uncompressed WARC with a damaged header in the middle: reported, later records read', async () => {
  const parts = await warcRecords(pages(4), false);
  const at = offsets(parts);
  const bad = Buffer.from(parts[1]!);
  bad.write('XARC/1.1', 0);
  const path = write(tempDir(), 'a.warc', Buffer.concat([parts[0]!, bad, parts[2]!, parts[3]!]));
  const list = await events(path);
  assert.deepEqual(summary(list), [
    `${at[0]} response https://example.test/p0`,
    `${at[1]} error`,
    `${at[2]} response https://example.test/p2`,
    `${at[3]} response https://example.test/p3`,
  ]);
  const first = list[0]!;
  assert.ok(first.kind === 'record' && first.record.block!.toString('utf8').includes('Page 0 body text.'));
});

test('a record whose Content-Length is wrong is reported, and reading resumes at the next record', async () => {
  const parts = await warcRecords(pages(3), false);
  const at = offsets(parts);
  const text = parts[1]!.toString('latin1');
  const length = Number(/Content-Length: (\d+)/.exec(text)![1]);
  const bad = Buffer.from(text.replace(`Content-Length: ${length}`, `Content-Length: ${length - 7}`), 'latin1');
  const path = write(tempDir(), 'b.warc', Buffer.concat([parts[0]!, bad, parts[2]!]));
  const list = await events(path);
  assert.deepEqual(summary(list), [`${at[0]} response https://example.test/p0`, `${at[1]} error`, `${at[2]} response https://example.test/p2`]);
  const error = list[1]!;
  assert.ok(error.kind === 'error' && /Content-Length/.test(error.message));
});

test('a .warc.gz with a corrupt member in the middle and a truncated last member', async () => {
  const parts = await warcRecords(pages(5), true);
  const at = offsets(parts);
  const bad = Buffer.from(parts[2]!);
  bad.fill(0x33, 15, 45);
  const truncated = parts[4]!.subarray(0, parts[4]!.length - 30);
  const path = write(tempDir(), 'c.warc.gz', Buffer.concat([parts[0]!, parts[1]!, bad, parts[3]!, truncated]));
  const list = await events(path);
  assert.deepEqual(summary(list), [
    `${at[0]} response https://example.test/p0`,
    `${at[1]} response https://example.test/p1`,
    `${at[2]} error`,
    `${at[3]} response https://example.test/p3`,
    `${at[4]} error`,
  ]);
  const last = list[4]!;
  assert.ok(last.kind === 'error' && /truncated/.test(last.message), JSON.stringify(last));
});

test('records that are not wanted are skipped without loading their block', async () => {
  const parts = await warcRecords([{ url: 'https://example.test/x', kind: 'request' }, ...pages(1)], true);
  const path = write(tempDir(), 'd.warc.gz', Buffer.concat(parts));
  const list = await events(path, (h) => h.get('warc-type') === 'response');
  assert.deepEqual(
    list.map((e) => (e.kind === 'record' ? [e.record.type, e.record.block === null] : ['error'])),
    [
      ['request', true],
      ['response', false],
    ],
  );
});

test('HTTP bodies: chunked, gzip-encoded and declared in a legacy charset', () => {
  const html = Buffer.from('<html><body><p>Caf\xe9 cr\xe8me</p></body></html>', 'latin1');
  const zipped = gzipSync(html);
  const chunked = Buffer.concat([
    Buffer.from(`${zipped.length.toString(16)}\r\n`),
    zipped,
    Buffer.from('\r\n0\r\n\r\n'),
  ]);
  const message = Buffer.concat([
    Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n'),
    chunked,
  ]);
  assert.equal(httpBodyHtml(message), '<html><body><p>Café crème</p></body></html>');
  const redirect = httpHead(Buffer.from('HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n'))!;
  assert.equal(redirect.status, 301);
  assert.equal(isHtmlResponse(redirect), false);
  assert.equal(isHtmlResponse(httpHead(Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n'))!), false);
  assert.equal(httpHead(Buffer.from('not http at all')), null);
});

test('a wanted record over the size limit is flagged, not loaded, and the next one is read', async () => {
  const parts = await warcRecords([{ url: 'https://example.test/big', html: `<p>${'x'.repeat(5000)}</p>` }, ...pages(1)], false);
  const path = write(tempDir(), 'e.warc', Buffer.concat(parts));
  const list: WarcEvent[] = [];
  for await (const e of readWarc(path, { maxRecordBytes: 1000 })) list.push(e);
  assert.deepEqual(
    list.map((e) => (e.kind === 'record' ? [e.record.targetUri, e.record.oversized, e.record.block === null] : ['error'])),
    [
      ['https://example.test/big', true, true],
      ['https://example.test/p0', false, false],
    ],
  );
});
