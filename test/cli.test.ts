import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'whosaid.js');
const tmp = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));

function whosaid(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('extract --format json prints exactly one object with the contract fields', () => {
  const file = join(tmp, 'a.txt');
  writeFileSync(file, 'The mayor said the bridge would reopen in May.\n');
  const r = whosaid(['extract', file, '--format', 'json', '--published', '2026-03-12', '--title', 'Bridge', '--url', 'https://x.example/a']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out).sort(), ['attributions', 'document', 'embeds', 'speakers', 'voice']);
  assert.equal(out.document.publishedAt, '2026-03-12');
  assert.equal(out.document.title, 'Bridge');
  assert.equal(out.document.url, 'https://x.example/a');
  assert.equal(out.document.text, 'The mayor said the bridge would reopen in May.\n');
});

test('extract reads stdin with -', () => {
  const r = whosaid(['extract', '-', '--format', 'json'], 'A short text.');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).document.text, 'A short text.');
});

test('extract reads an HTML page to its article text and the page\'s own metadata', () => {
  const page = `<!doctype html><html lang="en"><head><title>Ferry back | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2026-03-09T08:00:00Z">
<link rel="canonical" href="https://harbour.example/ferry"></head>
<body><nav>Home | Sport</nav><article><h1>Ferry back</h1>
<p>"The ferry runs again from Monday," said Ada Moss, the harbour master.</p>
<p>Moss said the timetable would stay the same.</p></article>
<script>document.write("no")</script></body></html>`;
  const file = join(tmp, 'ferry.html');
  writeFileSync(file, page);
  const r = whosaid(['extract', file, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.doesNotMatch(out.document.text, /<p>|document\.write|Home \| Sport/);
  assert.equal(out.document.outlet, 'Harbour Times');
  assert.equal(out.document.url, 'https://harbour.example/ferry');
  assert.equal(out.document.publishedAt, '2026-03-09T08:00:00Z');
  assert.equal(out.document.publishedAtSource, 'metadata');
  const quote = out.attributions.find((a: { kind: string }) => a.kind === 'direct');
  assert.equal(quote.speaker.name, 'Ada Moss');
  // offsets count in the article text the output carries
  assert.equal(out.document.text.slice(quote.content.start, quote.content.end), '"The ferry runs again from Monday,"');
  // what the user says wins; stdin is sniffed as HTML
  const piped = JSON.parse(whosaid(['extract', '-', '--format', 'json', '--outlet', 'HT', '--published', '2026-03-10'], page).stdout);
  assert.equal(piped.document.outlet, 'HT');
  assert.equal(piped.document.publishedAt, '2026-03-10');
  assert.equal(piped.document.publishedAtSource, 'given');
  assert.equal(piped.document.text, out.document.text);
  // a page with no text in it is refused with one line
  writeFileSync(join(tmp, 'blank.html'), '<html><body><script>x()</script></body></html>');
  const blank = whosaid(['extract', join(tmp, 'blank.html')]);
  assert.notEqual(blank.code, 0);
  assert.match(blank.stderr, /blank\.html: no article text in the page/);
  assert.equal(blank.stderr.trim().split('\n').length, 1);
});

test('a missing file gives one line naming it and a non-zero exit', () => {
  const r = whosaid(['extract', join(tmp, 'nope.txt')]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /nope\.txt: no such file/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.equal(r.stdout, '');
});

test('empty input is refused with one clear line', () => {
  const file = join(tmp, 'empty.txt');
  writeFileSync(file, '   \n');
  const r = whosaid(['extract', file]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /empty\.txt: empty input/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('a binary file is refused with one clear line', () => {
  const file = join(tmp, 'image.png');
  writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const r = whosaid(['extract', file]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /image\.png: looks like a binary file/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('bad options are reported, not thrown', () => {
  const file = join(tmp, 'b.txt');
  writeFileSync(file, 'Text.');
  assert.match(whosaid(['extract', file, '--published', '12/03/2026']).stderr, /--published must be a date as YYYY-MM-DD/);
  assert.match(whosaid(['extract', file, '--format', 'xml']).stderr, /--format must be one of text, json/);
  assert.match(whosaid(['extract', file, '--bogus']).stderr, /Unknown option '--bogus'/);
  assert.equal(whosaid(['frobnicate']).code, 2);
});

test('a 5 MB article finishes without running out of memory', () => {
  const paragraph =
    'The harbour master said on Tuesday that the tides were higher than expected. ' +
    '"We have never seen water like this," she told reporters, adding that the pier would stay closed. ' +
    'According to the port authority, repairs could take weeks.\n\n';
  const big = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
  const file = join(tmp, 'big.txt');
  writeFileSync(file, big);
  const r = spawnSync(process.execPath, ['--max-old-space-size=2048', bin, 'extract', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.document.text.length, big.length);
});
