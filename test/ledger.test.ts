import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalUrl, normaliseName, quoteId, textHash } from '../src/ledger/normalise.js';
import { actorKeys, withoutInitials } from '../src/ledger/actors.js';
import { csvRow, formatTable } from '../src/ledger/format.js';
import { toFtsQuery } from '../src/store/sqlite.js';
import { htmlToArticle, normaliseDate } from '../src/ingest/html.js';
import { parseFeed } from '../src/ingest/feed.js';
import { createProgress } from '../src/ingest/progress.js';
import { article, tempDir, write } from './ingest-fixtures.js';

const BIN = join(fileURLToPath(import.meta.url), '../../../bin/whosaid.js');

test('canonical URLs: scheme, tracking parameters, fragments and trailing slashes do not matter', () => {
  const same = [
    'https://News.Example.org/world/story-1/?utm_source=x&b=2&a=1#comments',
    'http://news.example.org/world/story-1?a=1&b=2&fbclid=abc',
    'https://news.example.org:443/world/story-1?b=2&a=1',
  ];
  assert.deepEqual(same.map(canonicalUrl), Array(3).fill('news.example.org/world/story-1?a=1&b=2'));
  assert.equal(canonicalUrl('https://news.example.org/world/story-2'), 'news.example.org/world/story-2');
  assert.equal(canonicalUrl('ftp://example.org/file'), null);
  assert.equal(canonicalUrl('not a url'), null);
  assert.equal(canonicalUrl(null), null);
});

test('names, quotes and texts normalise to stable keys', () => {
  assert.equal(normaliseName('Dr. José  O’Neill'), "jose o'neill");
  assert.equal(normaliseName('Mr Smith'), 'smith');
  assert.equal(normaliseName('Mr.'), 'mr');
  assert.equal(quoteId('“We will build it, whatever it costs.”'), quoteId("we will BUILD it -- whatever it costs"));
  assert.equal(quoteId('"no comment today"'), null);
  assert.match(quoteId('four words are enough')!, /^q[0-9a-f]{15}$/);
  assert.equal(textHash('A  line.\n\nAnother\tline. '), textHash('a line. another line.'));
  assert.notEqual(textHash('A line.'), textHash('A lion.'));
});

test('actor keys: full names are shared, bare surnames and anonymous speakers are not', () => {
  assert.deepEqual(actorKeys('Jane Roe', 'person', 'd1'), { lookup: ['person|jane roe', 'unknown|jane roe', 'person~|jane roe'], own: 'person|jane roe', extra: [], cls: 'person', norm: 'jane roe' });
  assert.deepEqual(actorKeys('Jane Q. Roe Jr.', 'person', 'd1'), {
    lookup: ['person|jane q roe jr', 'person|jane roe', 'unknown|jane q roe jr'],
    own: 'person|jane q roe jr',
    extra: ['person~|jane roe'],
    plain: 'jane roe',
    cls: 'person',
    norm: 'jane q roe jr',
  });
  assert.deepEqual(
    ['Jane Quinn Roe', 'J. Edgar Roe', 'Jane Roe Jr.', 'Ana H. W. Roe', 'Roe Jr.'].map((n) => withoutInitials(actorKeys(n, 'person', 'd1')!.norm)),
    [null, null, 'jane roe', 'ana roe', null],
  );
  assert.deepEqual(actorKeys('Roe', 'person', 'd1')!.lookup, ['doc:d1|person|roe']);
  assert.notDeepEqual(actorKeys('Roe', 'person', 'd1')!.own, actorKeys('Roe', 'person', 'd2')!.own);
  assert.deepEqual(actorKeys('NATO', 'organization', 'd1')!.lookup, ['org|nato', 'unknown|nato']);
  assert.deepEqual(actorKeys('Reuters', 'media', 'd9')!.own, 'org|reuters');
  assert.equal(actorKeys('officials', 'anonymous', 'd1'), null);
  assert.equal(actorKeys('unknown', 'unknown', 'd1'), null);
  assert.deepEqual(actorKeys('the report', 'document', 'd3')!.own, 'doc:d3|document|report');
  assert.equal(actorKeys('The Pentagon', 'organization', 'd1')!.own, actorKeys('Pentagon', 'organization', 'd2')!.own);
  assert.deepEqual(actorKeys('the company', 'organization', 'd4')!.own, 'doc:d4|org|company');
  assert.deepEqual(actorKeys('senior officials', 'unknown', 'd5')!.own, 'doc:d5|unknown|senior officials');
  assert.deepEqual(actorKeys('His Lawyer', 'person', 'd6')!.own, 'doc:d6|person|his lawyer');
});

test('tables fit the width by shortening the flexible column; CSV quotes what it must', () => {
  const columns = [{ header: 'id' }, { header: 'speaker', max: 12 }, { header: 'content', flex: true, min: 10 }];
  const rows = [['1', 'Jane Roe', 'a long statement that will certainly not fit into a narrow terminal window at all']];
  const table = formatTable(columns, rows, 40);
  const lines = table.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.ok(lines.every((l) => [...l].length <= 40), table);
  assert.equal(lines[2], '1   Jane Roe  a long statement that wil…');
  assert.equal(formatTable(columns, rows, 200).split('\n')[2], `1   Jane Roe  ${rows[0]![2]}`);
  assert.equal(csvRow(['plain', 'with, comma', 'with "quote"', null, 3, 'two\nlines']), 'plain,"with, comma","with ""quote""",,3,"two\nlines"\r\n');
});

test('FTS queries: words ANDed, phrases kept, syntax characters neutralised', () => {
  assert.equal(toFtsQuery('harbour fees'), '"harbour" "fees"');
  assert.equal(toFtsQuery('"harbour fees" rise*'), '"harbour fees" "rise"*');
  assert.equal(toFtsQuery('a AND (b OR c)'), '"a" "AND" "b" "OR" "c"');
  assert.equal(toFtsQuery('col:value'), '"col value"');
  assert.equal(toFtsQuery('!!! ***'), '');
});

test('page metadata: JSON-LD first, then OpenGraph and meta tags; dates normalised', () => {
  const html = `<!doctype html><html lang="de"><head><title>Ignored | Site</title>
    <meta property="og:title" content="The real headline">
    <meta property="og:site_name" content="Rhein Bote">
    <meta property="og:url" content="https://rhein.example/a/1">
    <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","datePublished":"2023-11-05T10:00:00Z","author":[{"name":"Kai Berg"},{"name":"Lea Ott"}]}]}</script>
    <script type="application/ld+json">{ not json </script>
    </head><body><article><p>${article(1).split('\n\n').join('</p><p>')}</p></article></body></html>`;
  const page = htmlToArticle(html, 'https://rhein.example/fetched?x=1')!;
  assert.deepEqual(page.meta, {
    title: 'The real headline',
    url: 'https://rhein.example/a/1',
    outlet: 'Rhein Bote',
    author: 'Kai Berg, Lea Ott',
    publishedAt: '2023-11-05T10:00:00Z',
    publishedAtSource: 'metadata',
    language: 'de',
  });
  assert.equal(page.canonicalUrl, 'https://rhein.example/a/1');
  assert.equal(page.text, article(1));
  const bare = htmlToArticle('<html><body><p>Just one paragraph of text here.</p></body></html>', 'https://www.bare.example/x')!;
  assert.equal(bare.meta.outlet, 'bare.example');
  assert.equal(bare.text, 'Just one paragraph of text here.');
  assert.equal(htmlToArticle('<html><body><script>var x = 1;</script></body></html>'), null);
  const short = htmlToArticle('<html><body><nav><a>Home</a> <a>News</a></nav><article><p>Short item: "Yes," she said.</p></article><footer>(c) Site</footer></body></html>')!;
  assert.equal(short.text, 'Short item: "Yes," she said.');
  assert.equal(normaliseDate('2024-02-30'), null);
  assert.equal(normaliseDate('Tue, 07 May 2024 14:30:00 GMT'), '2024-05-07T14:30:00Z');
  assert.equal(normaliseDate('2024-05-07 09:05'), '2024-05-07T09:05:00');
  assert.equal(normaliseDate('yesterday'), null);
});

test('feeds: RSS 1.0 items and Atom xhtml content; malformed XML is an error', () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>RDF Wire</title></channel>
    <item><title>One</title><link>https://rdf.example/1</link><description>First &amp; only text.</description><dc:date>2024-01-02</dc:date></item></rdf:RDF>`;
  const feed = parseFeed(rdf);
  assert.deepEqual(feed.items.map((i) => [i.title, i.url, i.html, i.publishedAt, i.outlet]), [['One', 'https://rdf.example/1', 'First & only text.', '2024-01-02', 'RDF Wire']]);
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry><title type="text">T</title>
    <link href="https://x.example/t"/><updated>2024-01-03T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline words.</p></div></content></entry></feed>`;
  const entry = parseFeed(atom).items[0]!;
  assert.match(entry.html, /Inline words\./);
  assert.equal(entry.publishedAt, '2024-01-03T00:00:00Z');
  assert.throws(() => parseFeed('<rss><channel><item></channel></rss>'), /malformed XML at line 1/);
  // a feed cut off mid-download names the elements left open, on one line
  assert.throws(() => parseFeed('<rss><channel><item><title>Cut'), { message: 'malformed XML at line 1: the file ends inside <rss> <channel> <item> <title> (truncated?)' });
  assert.throws(() => parseFeed('<html><body/></html>'), /not an RSS or Atom feed/);
});

test('actors and search tables fit a narrow terminal; actor prints statements by outlet', () => {
  const dir = tempDir();
  for (let i = 0; i < 3; i++) {
    write(dir, `n${i}.jsonl`, JSON.stringify({ text: article(500 + i, 'Marta Quill', 'the northern ring road'), outlet: i < 2 ? 'Coast Courier' : 'Inland Ledger', publishedAt: `2024-0${i + 1}-15` }) + '\n');
  }
  const db = join(tempDir(), 'narrow.db');
  const ingested = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--quiet', '--workers', '0'], { encoding: 'utf8' });
  assert.equal(ingested.status, 0, ingested.stderr);
  const env = { ...process.env, COLUMNS: '60' };
  for (const args of [['actors'], ['search', 'ring road']]) {
    const out = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8', env });
    assert.equal(out.status, 0, out.stderr);
    const lines = out.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 3, out.stdout);
    for (const line of lines) assert.ok([...line].length <= 60, `${args[0]}: ${line}`);
  }
  const actor = spawnSync(process.execPath, [BIN, 'actor', 'marta quill', '--db', db], { encoding: 'utf8', env });
  assert.equal(actor.status, 0, actor.stderr);
  assert.match(actor.stdout, /^#\d+ Marta Quill \(person\)\n {2}3 attributions in 3 documents, 2024-01-15 to 2024-03-15\n/);
  const outlets = [...actor.stdout.matchAll(/^(Coast Courier|Inland Ledger) \((\d+)\)$/gm)].map((m) => `${m[1]}:${m[2]}`);
  assert.deepEqual(outlets, ['Coast Courier:2', 'Inland Ledger:1']);
  const json = spawnSync(process.execPath, [BIN, 'actors', '--db', db, '--format', 'json'], { encoding: 'utf8' });
  const actors = JSON.parse(json.stdout) as { name: string; attributionCount: number }[];
  assert.equal(actors.find((a) => a.name === 'Marta Quill')!.attributionCount, 3);
  write(dir, 'extra.jsonl', JSON.stringify({ text: article(600, 'M. Quill', 'the southern ring road') }) + '\n');
  assert.equal(spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--quiet', '--workers', '0'], { encoding: 'utf8' }).status, 0);
  const merged = spawnSync(process.execPath, [BIN, 'actors', 'merge', 'Marta Quill', 'M. Quill', '--db', db], { encoding: 'utf8' });
  assert.equal(merged.status, 0, merged.stderr);
  assert.match(merged.stdout, /^merged #\d+ M\. Quill into #\d+ Marta Quill \(person, 4 attributions in 4 documents\)\n$/);
  const unknown = spawnSync(process.execPath, [BIN, 'actors', 'merge', 'Marta Quill', 'Nobody Here', '--db', db], { encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stderr, 'whosaid actors: no actor named "Nobody Here"\n');
  const quote = spawnSync(process.execPath, [BIN, 'quote', '--db', db, '--format', 'json'], { encoding: 'utf8' });
  const quotes = JSON.parse(quote.stdout) as { id: string; documentCount: number; first: { outlet: string; publishedAt: string } }[];
  assert.deepEqual(quotes.map((q) => [q.documentCount, q.first.outlet, q.first.publishedAt]), [[3, 'Coast Courier', '2024-01-15']]);
  const one = spawnSync(process.execPath, [BIN, 'quote', quotes[0]!.id, '--db', db], { encoding: 'utf8', env });
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /3 occurrences in 3 documents; first: Marta Quill, Coast Courier, 2024-01-15/);
});

test('progress: plain lines at an interval off a terminal, nothing when quiet', () => {
  const written: string[] = [];
  const fake = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  const counts = { stored: 3, duplicates: 1, failed: 1, bytesDone: 50, bytesTotal: 100, elapsedMs: 2000 };
  const progress = createProgress(fake, { quiet: false, intervalMs: 0 });
  progress.update(counts);
  progress.log('whosaid ingest: a.txt: binary data, not text');
  progress.finish();
  assert.deepEqual(written, ['ingest: 5 inputs, 3 stored, 1 duplicates, 1 failed, 2.5/s, ETA 2s\n', 'whosaid ingest: a.txt: binary data, not text\n']);
  const silent: string[] = [];
  const quiet = createProgress({ isTTY: false, write: (s: string) => silent.push(s) } as unknown as NodeJS.WriteStream, { quiet: true, intervalMs: 0 });
  quiet.update(counts);
  quiet.log('a failure still shows');
  assert.deepEqual(silent, ['a failure still shows\n']);
});
