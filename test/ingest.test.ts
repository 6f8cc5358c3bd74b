import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ingest, type IngestFailure } from '../src/ingest/ingest.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { article, atomFeed, page, rssFeed, tempDir, warcRecords, write } from './ingest-fixtures.js';

const BIN = join(fileURLToPath(import.meta.url), '../../../bin/whosaid.js');

/** A folder holding one of every input kind, plus broken inputs. */
async function buildInputs(): Promise<{ dir: string; damagedOffset: number }> {
  const dir = tempDir();
  write(dir, 'plain.txt', article(1, 'Marta Quill', 'the harbour tunnel'));
  write(
    dir,
    'ld.html',
    page({
      title: 'Tunnel plan approved',
      body: article(2, 'Marta Quill', 'the river crossing'),
      canonical: 'https://www.daily-example.org/news/tunnel-plan?utm_source=feed',
      site: 'Daily Example',
      author: 'Ada Penn',
      published: '2024-04-30T08:15:00+02:00',
      jsonLd: true,
    }),
  );
  write(
    dir,
    'og.htm',
    page({
      title: 'Bridge repairs start',
      body: article(3, 'Tomas Reed', 'the old bridge'),
      site: 'Evening Example',
      author: 'Bo Lind',
      published: '2024-05-01',
    }),
  );
  write(
    dir,
    'feed.rss',
    rssFeed('Example Wire', [
      { title: 'Wire one', link: 'https://wire.example.net/one', date: 'Thu, 02 May 2024 09:00:00 GMT', html: `<p>${article(4).split('\n\n').join('</p><p>')}</p>` },
      { title: 'Wire two', link: 'https://wire.example.net/two', date: 'Fri, 03 May 2024 09:00:00 GMT', html: `<p>${article(5).split('\n\n').join('</p><p>')}</p>` },
    ]),
  );
  write(
    dir,
    'feed.atom',
    atomFeed('Atom Times', [
      { title: 'Atom one', link: 'https://atom.example.com/a1', published: '2024-05-04T07:00:00Z', html: `<p>${article(6).split('\n\n').join('</p><p>')}</p>` },
      { title: 'Atom two', link: 'https://atom.example.com/a2', published: '2024-05-05T07:00:00Z', html: `<p>${article(7).split('\n\n').join('</p><p>')}</p>` },
    ]),
  );
  write(
    dir,
    'records.jsonl',
    [
      JSON.stringify({ text: article(8), url: 'https://jsonl.example.org/8', title: 'Line one', outlet: 'JSONL Post', publishedAt: '2024-03-01' }),
      '{"text": "broken',
      JSON.stringify({ title: 'no body here' }),
      JSON.stringify({ html: page({ title: 'From html field', body: article(9) }), outlet: 'JSONL Post', publishedAt: '2024-03-02' }),
    ].join('\n') + '\n',
  );
  write(
    dir,
    'list.json',
    JSON.stringify([
      { text: article(14), title: 'Array one', outlet: 'JSON Weekly', publishedAt: '2024-01-08' },
      { text: article(15), title: 'Array two', outlet: 'JSON Weekly' },
    ]),
  );
  // a legacy page: Windows-1252 bytes, declared in a meta tag
  write(
    dir,
    'legacy.html',
    Buffer.from(
      page({ title: 'Caf\u00e9 owners protest', body: article(16, 'Ren\u00e9e Dubois', 'the caf\u00e9 terraces'), site: 'Old Gazette' }).replace(
        '<meta charset="utf-8">',
        '<meta charset="windows-1252">',
      ),
      'latin1',
    ),
  );
  write(dir, 'binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x20]));
  write(dir, 'empty.txt', '   \n  ');
  // a dump with no sentence breaks, longer than any article
  write(dir, 'dump.txt', 'council budget bridge '.repeat(300_000));
  write(dir, 'notes.md', 'not an article format, ignored in folders');
  write(dir, 'bad.json', '{"text": ');
  write(dir, 'bad.xml', '<rss><channel><item><title>oops</channel></rss>');
  // a WARC: page, request, page, page, image, page; the third record gets damaged below
  const parts = await warcRecords(
    [
      { url: 'https://warc.example.com/w10', html: page({ title: 'Warc ten', body: article(10), site: 'Warc Gazette', published: '2024-02-10' }) },
      { url: 'https://warc.example.com/w10', kind: 'request' },
      { url: 'https://warc.example.com/w11', html: page({ title: 'Warc eleven', body: article(11), site: 'Warc Gazette' }) },
      { url: 'https://warc.example.com/w12', html: page({ title: 'Warc twelve', body: article(12), site: 'Warc Gazette' }) },
      { url: 'https://warc.example.com/logo.png', kind: 'image' },
      { url: 'https://warc.example.com/w13', html: page({ title: 'Warc thirteen', body: article(13), site: 'Warc Gazette' }) },
    ],
    true,
  );
  const damaged = Buffer.from(parts[2]!);
  damaged.fill(0x5a, 20, 60); // inside the deflate stream
  parts[2] = damaged;
  write(dir, 'crawl.warc.gz', Buffer.concat(parts));
  return { dir, damagedOffset: parts[0]!.length + parts[1]!.length };
}

function rows<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

test('ingest stores every kind of input, reports the bad ones, and a re-run adds nothing', async () => {
  const { dir, damagedOffset } = await buildInputs();
  const dbFile = join(tempDir(), 'ledger.db');
  const store = new SqliteStore(dbFile);
  const failures: IngestFailure[] = [];
  const summary = await ingest([dir], store, { workers: 0, onFailure: (f) => failures.push(f) });
  await store.close();

  const docs = rows<{ title: string | null; outlet: string | null; url: string | null; canonical_url: string | null; published_at: string | null; published_at_source: string | null; author: string | null; source_format: string; source_offset: number | null }>(
    dbFile,
    `SELECT title, outlet, url, canonical_url, published_at, published_at_source, author, source_format, source_offset FROM documents ORDER BY title`,
  );
  // 1 txt + 3 pages + 2 RSS + 2 Atom + 2 JSONL + 2 JSON + 3 good WARC pages
  assert.equal(summary.stored, 15);
  assert.equal(docs.length, 15);
  assert.equal(summary.duplicates, 0);

  const byTitle = new Map(docs.map((d) => [d.title, d]));
  const ld = byTitle.get('Tunnel plan approved')!;
  assert.equal(ld.outlet, 'Daily Example');
  assert.equal(ld.author, 'Ada Penn');
  assert.equal(ld.published_at, '2024-04-30T08:15:00+02:00');
  assert.equal(ld.published_at_source, 'metadata');
  assert.equal(ld.canonical_url, 'www.daily-example.org/news/tunnel-plan');
  const og = byTitle.get('Bridge repairs start')!;
  assert.deepEqual([og.outlet, og.author, og.published_at, og.source_format], ['Evening Example', 'Bo Lind', '2024-05-01', 'html']);
  const wire = byTitle.get('Wire two')!;
  assert.deepEqual([wire.outlet, wire.url, wire.published_at, wire.author, wire.source_format, wire.source_offset], [
    'Example Wire', 'https://wire.example.net/two', '2024-05-03T09:00:00Z', 'Desk Reporter', 'rss', 1,
  ]);
  const atom = byTitle.get('Atom one')!;
  assert.deepEqual([atom.outlet, atom.url, atom.published_at, atom.author, atom.source_format], [
    'Atom Times', 'https://atom.example.com/a1', '2024-05-04T07:00:00Z', 'Atom Writer', 'atom',
  ]);
  const line = byTitle.get('Line one')!;
  assert.deepEqual([line.outlet, line.published_at, line.published_at_source, line.source_format, line.source_offset], [
    'JSONL Post', '2024-03-01', 'given', 'jsonl', 1,
  ]);
  assert.equal(byTitle.get('From html field')!.outlet, 'JSONL Post');
  assert.deepEqual([byTitle.get('Array one')!.source_format, byTitle.get('Array one')!.published_at, byTitle.get('Array two')!.source_offset], ['json', '2024-01-08', 1]);
  const [legacy] = rows<{ text: string; outlet: string }>(dbFile, `SELECT text, outlet FROM documents WHERE title = 'Café owners protest'`);
  assert.equal(legacy!.outlet, 'Old Gazette');
  assert.match(legacy!.text, /said Renée Dubois, the transport commissioner/);
  const warcTitles = docs.filter((d) => d.source_format === 'warc').map((d) => d.title).sort();
  assert.deepEqual(warcTitles, ['Warc ten', 'Warc thirteen', 'Warc twelve']);
  assert.equal(byTitle.get('Warc ten')!.url, 'https://warc.example.com/w10');
  assert.equal(byTitle.get('Warc ten')!.published_at, '2024-02-10');

  // the article text, not the navigation or footer, is what was stored
  const [text] = rows<{ text: string }>(dbFile, `SELECT text FROM documents WHERE title = 'Bridge repairs start'`);
  assert.ok(text!.text.startsWith('The council met on Tuesday to discuss the old bridge, item number 3'), text!.text.slice(0, 80));
  assert.ok(!/Home|Copyright/.test(text!.text));

  // each failure names its input; the WARC one gives the record's offset
  const labels = failures.map((f) => f.label.replace(dir + '/', '')).sort();
  assert.deepEqual(labels, [
    'bad.json',
    'bad.xml',
    'binary.txt',
    `crawl.warc.gz at offset ${damagedOffset}`,
    'dump.txt',
    'empty.txt',
    'records.jsonl line 2',
    'records.jsonl line 3',
  ]);
  assert.equal(summary.failed, 8);
  assert.equal(failures.find((f) => f.label.endsWith('dump.txt'))!.message, 'text is 6,600,000 characters long, more than one article (at most 6,000,000)');
  assert.match(failures.find((f) => f.label.endsWith('line 3'))!.message, /no "text" or "html"/);
  assert.match(failures.find((f) => f.label.endsWith('binary.txt'))!.message, /binary/);

  // a second run over the same inputs stores nothing new
  const again = new SqliteStore(dbFile);
  const second = await ingest([dir], again, { workers: 0 });
  const stats = await again.stats();
  await again.close();
  assert.equal(second.stored, 0);
  assert.equal(second.duplicates, 15);
  assert.equal(stats.documents, 15);
});

test('the same article under a tracking URL, or re-spaced, is a duplicate', async () => {
  const dir = tempDir();
  const body = article(20, 'Ines Vale');
  write(dir, 'a.jsonl', JSON.stringify({ text: body, url: 'https://news.example.org/story/20' }) + '\n');
  write(dir, 'b.jsonl', JSON.stringify({ text: 'A different first line.\n\n' + body, url: 'http://news.example.org/story/20/?utm_campaign=x#top' }) + '\n');
  write(dir, 'c.txt', body.replace(/ /g, '  ').replace(/\n\n/g, '\n \n'));
  const store = new SqliteStore(join(tempDir(), 'dups.db'));
  const summary = await ingest([dir], store, { workers: 0 });
  assert.deepEqual([summary.stored, summary.duplicates, summary.failed], [1, 2, 0]);
  await store.close();
});

test('worker threads store the same documents as inline extraction', async () => {
  const dir = tempDir();
  for (let i = 0; i < 12; i++) write(dir, `doc${String(i).padStart(2, '0')}.txt`, article(100 + i, i % 2 ? 'Marta Quill' : 'Tomas Reed'));
  const inlineDb = join(tempDir(), 'inline.db');
  const poolDb = join(tempDir(), 'pool.db');
  const a = new SqliteStore(inlineDb);
  await ingest([dir], a, { workers: 0 });
  await a.close();
  const b = new SqliteStore(poolDb);
  const failures: IngestFailure[] = [];
  const summary = await ingest([dir], b, { workers: 2, onFailure: (f) => failures.push(f) });
  await b.close();
  assert.deepEqual(failures, []);
  assert.equal(summary.stored, 12);
  const query = `SELECT d.id, count(a.id) AS n, group_concat(a.content, '|') AS contents FROM documents d LEFT JOIN attributions a ON a.doc_seq = d.seq GROUP BY d.id ORDER BY d.id`;
  assert.deepEqual(rows(poolDb, query), rows(inlineDb, query));
});

test('whosaid ingest exits 1 when an input failed and 0 when none did, then search finds the quote', () => {
  const dir = tempDir();
  write(dir, 'good.txt', article(30, 'Marta Quill', 'the ferry terminal'));
  const dbFile = join(tempDir(), 'cli.db');
  const bad = join(dir, 'missing.txt');
  const failed = spawnSync(process.execPath, [BIN, 'ingest', dir, bad, '--db', dbFile, '--workers', '1'], { encoding: 'utf8' });
  assert.equal(failed.status, 1, failed.stderr);
  assert.match(failed.stderr, new RegExp(`whosaid ingest: ${bad}: no such file or folder`));
  assert.match(failed.stderr, /ingest: 1 stored, 0 skipped as duplicates, 1 failed/);
  const clean = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', dbFile, '--quiet'], { encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(clean.stderr, '');

  const search = spawnSync(process.execPath, [BIN, 'search', 'winter storms', '--db', dbFile, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(search.status, 0, search.stderr);
  const results = JSON.parse(search.stdout) as { speaker: { name: string }; content: { text: string } }[];
  assert.equal(results.length, 1);
  assert.equal(results[0]!.speaker.name, 'Marta Quill');
  assert.match(results[0]!.content.text, /^"We will finish the ferry terminal before the winter storms arrive/);

  const csv = spawnSync(process.execPath, [BIN, 'export', '--db', dbFile, '--format', 'csv'], { encoding: 'utf8' });
  assert.equal(csv.status, 0, csv.stderr);
  const lines = csv.stdout.trimEnd().split('\r\n');
  assert.equal(lines[0], 'id,document_id,kind,speaker,speaker_type,speaker_role,actor_id,actor,content,content_start,content_end,cue,outlet,published_at,title,url,quote_id,stated_on,confidence,reported_by,reported_by_speaker');
  assert.ok(lines.slice(1).some((l) => l.includes(',Marta Quill,')));

  const missing = spawnSync(process.execPath, [BIN, 'search', 'x', '--db', join(dir, 'nope.db')], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.db: no such store/);
});
