import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AttributionKind, SpeakerType } from '../src/document/types.js';
import type { Analysis } from '../src/output/analysis.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { migrations, SCHEMA_VERSION } from '../src/store/migrations.js';
import { StoreError, type NewDocument } from '../src/store/store.js';
import { textHash } from '../src/ledger/normalise.js';
import { tempDir } from './ingest-fixtures.js';

interface Said {
  speaker: string | null;
  type?: SpeakerType;
  role?: string;
  kind?: AttributionKind;
  words: string;
}

/** A document whose analysis says exactly what `said` lists, with offsets into its real text. */
function doc(id: string, said: Said[], meta: { outlet?: string; publishedAt?: string; url?: string } = {}): NewDocument {
  let text = `Report ${id}.`;
  const speakers: Analysis['speakers'] = [];
  const attributions: Analysis['attributions'] = [];
  said.forEach((s, i) => {
    const sourceStart = text.length + 1;
    const name = s.speaker ?? 'Someone';
    text += ` ${name} said: `;
    const start = text.length;
    text += s.words;
    const end = text.length;
    text += '.';
    let speakerRef = { id: 'unknown', name: 'unknown', type: 'unknown' as SpeakerType, role: null as string | null };
    if (s.speaker) {
      let speaker = speakers.find((sp) => sp.name === s.speaker && sp.type === (s.type ?? 'person'));
      if (!speaker) {
        speaker = { id: `s${speakers.length + 1}`, name: s.speaker, type: s.type ?? 'person', role: s.role ?? null, organization: null, mentions: [{ start: sourceStart, end: sourceStart + name.length, text: name }] };
        speakers.push(speaker);
      }
      speakerRef = { id: speaker.id, name: speaker.name, type: speaker.type, role: speaker.role };
    }
    attributions.push({
      id: `a${i + 1}`,
      kind: s.kind ?? 'direct',
      cue: { start: sourceStart + name.length + 1, end: sourceStart + name.length + 5, text: 'said' },
      source: s.speaker ? { start: sourceStart, end: sourceStart + name.length, text: name } : null,
      content: { start, end, text: s.words },
      speaker: speakerRef,
      statedOn: null,
      confidence: 0.9,
    });
  });
  const analysis: Analysis = {
    document: {
      id,
      title: `Title ${id}`,
      url: meta.url ?? null,
      outlet: meta.outlet ?? null,
      publishedAt: meta.publishedAt ?? null,
      publishedAtSource: meta.publishedAt ? 'given' : null,
      text,
    },
    attributions,
    speakers,
    embeds: [],
    voice: [],
  };
  return { analysis, canonicalUrl: meta.url ?? null, textHash: textHash(text), source: { path: `${id}.txt`, format: 'text' } };
}

function freshStore(): SqliteStore {
  return new SqliteStore(join(tempDir(), 'store.db'));
}

test('actors: the same full name joins across documents; a bare surname never merges two people', async () => {
  const store = freshStore();
  await store.addDocument(doc('d1', [{ speaker: 'Jane Roe', role: 'mayor', words: 'the budget is balanced at last' }], { outlet: 'Harbour Herald', publishedAt: '2024-01-05' }));
  await store.addDocument(doc('d2', [{ speaker: 'Dr. Jane  Roé', words: 'taxes will not rise next year' }], { outlet: 'Valley Voice', publishedAt: '2024-02-01' }));
  await store.addDocument(doc('d3', [{ speaker: 'Roe', words: 'nothing was decided tonight' }], { publishedAt: '2024-03-01' }));
  await store.addDocument(doc('d4', [{ speaker: 'Roe', words: 'the vote comes next week' }], { publishedAt: '2024-03-02' }));
  await store.addDocument(doc('d5', [{ speaker: 'Jane Roe', type: 'organization', words: 'we sponsor the marathon' }]));
  await store.addDocument(doc('d6', [{ speaker: 'Jane Roe', type: 'unknown', words: 'the port will reopen soon' }], { outlet: 'Harbour Herald', publishedAt: '2024-01-20' }));
  await store.addDocument(doc('d7', [{ speaker: 'a spokesperson', type: 'anonymous', words: 'no comment for now' }]));

  const { actors, total } = await store.listActors();
  assert.equal(total, 4);
  const jane = actors[0]!;
  assert.equal(jane.name, 'Jane Roe');
  assert.equal(jane.type, 'person');
  assert.equal(jane.attributionCount, 3);
  assert.equal(jane.documentCount, 3);
  assert.deepEqual(jane.aliases.sort(), ['Dr. Jane  Roé', 'Jane Roe']);
  assert.deepEqual(jane.roles, ['mayor']);
  assert.deepEqual(jane.outlets, [
    { outlet: 'Harbour Herald', count: 2 },
    { outlet: 'Valley Voice', count: 1 },
  ]);
  assert.deepEqual([jane.firstSeen, jane.lastSeen], ['2024-01-05', '2024-02-01']);
  const rest = actors.slice(1).map((a) => `${a.name}/${a.type}/${a.attributionCount}`).sort();
  assert.deepEqual(rest, ['Jane Roe/organization/1', 'Roe/person/1', 'Roe/person/1']);

  const detail = (await store.getActor(jane.id))!;
  assert.deepEqual(
    detail.statements.map((s) => [s.documentId, s.publishedAt]),
    [
      ['d1', '2024-01-05'],
      ['d6', '2024-01-20'],
      ['d2', '2024-02-01'],
    ],
  );
  const anonymous = await store.search({ query: 'comment' });
  assert.equal(anonymous.results[0]!.speaker.actorId, null);
  await store.close();
});

test('actors: a middle initial or "Jr." joins the plain name, either way round; two different initials never join', async () => {
  const store = freshStore();
  await store.addDocument(doc('i1', [{ speaker: 'Marta K. Quill', words: 'the dam will hold' }]));
  await store.addDocument(doc('i2', [{ speaker: 'Marta Quill', words: 'the levee needs work' }]));
  await store.addDocument(doc('i3', [{ speaker: 'Tomas Vane', words: 'the ferry is late again' }]));
  await store.addDocument(doc('i4', [{ speaker: 'Tomas R. Vane Jr.', words: 'tickets cost too much' }]));
  await store.addDocument(doc('i5', [{ speaker: 'Otto B. Lark', words: 'the mill reopens in May' }]));
  await store.addDocument(doc('i6', [{ speaker: 'Otto Lark', words: 'the mill is for sale' }]));
  // the plain name went to the first Otto Lark: the second initials are someone else
  await store.addDocument(doc('i7', [{ speaker: 'Otto C. Lark', words: 'the mill stays shut' }]));
  const { actors } = await store.listActors();
  assert.deepEqual(
    actors.map((a) => `${a.name}:${a.attributionCount}`).sort(),
    ['Marta K. Quill:2', 'Otto B. Lark:2', 'Otto C. Lark:1', 'Tomas Vane:2'],
  );
  await store.close();
});

test('a version 7 store files its initialled names under the plain name when it is upgraded', async () => {
  const file = join(tempDir(), 'v7.db');
  const before = new SqliteStore(file);
  await before.addDocument(doc('u1', [{ speaker: 'Marta K. Quill', words: 'the dam will hold' }]));
  await before.close();
  // as version 7 left it: no plain-name keys
  const raw = new Database(file);
  raw.prepare(`DELETE FROM actor_keys WHERE key LIKE 'person~|%'`).run();
  raw.pragma('user_version = 7');
  raw.close();
  const store = new SqliteStore(file);
  await store.addDocument(doc('u2', [{ speaker: 'Marta Quill', words: 'the levee needs work' }]));
  assert.deepEqual((await store.listActors()).actors.map((a) => `${a.name}:${a.attributionCount}`), ['Marta K. Quill:2']);
  await store.close();
});

test('quotes: the same words across documents are one quote, first appearance by date', async () => {
  const store = freshStore();
  const words = 'We will not raise the harbour fees this year';
  await store.addDocument(doc('late', [{ speaker: 'Jane Roe', words: `“${words.toUpperCase()}!”` }], { publishedAt: '2024-06-02', outlet: 'Copy Daily' }));
  await store.addDocument(doc('early', [{ speaker: 'Jane Roe', words: `"${words},"` }], { publishedAt: '2024-06-01', outlet: 'First Post' }));
  await store.addDocument(doc('undated', [{ speaker: 'Bo Lind', words: `'${words}'` }]));
  await store.addDocument(doc('short', [{ speaker: 'Bo Lind', words: '"no comment today"' }]));
  await store.addDocument(doc('paraphrase', [{ speaker: 'Jane Roe', kind: 'indirect', words: words.toLowerCase() }]));

  const { quotes, total } = await store.listQuotes();
  assert.equal(total, 1);
  const quote = (await store.getQuote(quotes[0]!.id))!;
  assert.equal(quote.documentCount, 3);
  assert.equal(quote.first.documentId, 'early');
  assert.equal(quote.first.outlet, 'First Post');
  assert.deepEqual(quote.occurrences.map((o) => o.documentId), ['early', 'late', 'undated']);
  assert.equal(quote.text, `"${words},"`);
  assert.equal(await store.getQuote('q000000000000000'), null);
  await store.close();
});

test('search: ranked full text with stemming, filters, paging, and any user query is safe', async () => {
  const store = freshStore();
  await store.addDocument(doc('s1', [{ speaker: 'Jane Roe', words: 'the bridges are unsafe and must close' }, { speaker: 'Bo Lind', words: 'the bridge is fine', kind: 'indirect' }], { outlet: 'Harbour Herald', publishedAt: '2024-01-10' }));
  await store.addDocument(doc('s2', [{ speaker: 'Jane Roe', words: 'a new bridge will cost millions' }], { outlet: 'Valley Voice', publishedAt: '2024-02-10' }));
  await store.addDocument(doc('s3', [{ speaker: 'Ina Moss', words: 'schools need more teachers' }], { outlet: 'Valley Voice', publishedAt: '2024-03-10' }));

  const all = await store.search({ query: 'bridge' });
  assert.equal(all.total, 3);
  assert.deepEqual(all.results.map((r) => r.content.text).sort(), ['a new bridge will cost millions', 'the bridge is fine', 'the bridges are unsafe and must close']);
  assert.ok(all.results.every((r, i) => i === 0 || all.results[i - 1]!.score >= r.score));
  const roe = await store.search({ query: 'bridge', speaker: 'roe' });
  assert.deepEqual(roe.results.map((r) => r.documentId).sort(), ['s1', 's2']);
  assert.equal((await store.search({ speaker: 'ro' })).total, 0);
  assert.equal((await store.search({ speaker: 'JANE roe' })).total, 2);
  assert.deepEqual((await store.search({ query: 'bridge', outlet: 'valley voice' })).results.map((r) => r.documentId), ['s2']);
  assert.deepEqual((await store.search({ query: 'bridge', since: '2024-02-01' })).results.map((r) => r.documentId), ['s2']);
  assert.deepEqual((await store.search({ query: 'bridge', until: '2024-01-31', kind: 'indirect' })).results.map((r) => r.speaker.name), ['Bo Lind']);
  assert.deepEqual((await store.search({ query: '"new bridge"' })).results.map((r) => r.documentId), ['s2']);
  assert.deepEqual((await store.search({ query: 'teach*' })).results.map((r) => r.documentId), ['s3']);
  const paged = await store.search({ query: 'bridge', limit: 2, offset: 2 });
  assert.deepEqual([paged.total, paged.results.length], [3, 1]);
  // no text query: newest first
  assert.deepEqual((await store.search({})).results.map((r) => r.documentId), ['s3', 's2', 's1', 's1']);
  for (const hostile of ['"unbalanced', 'a AND (', 'NEAR(x y', '*', "'; DROP TABLE documents; --", 'col:bridge']) {
    const page = await store.search({ query: hostile });
    assert.ok(page.total >= 0, hostile);
  }
  assert.equal((await store.stats()).documents, 3);

  const hit = all.results.find((r) => r.documentId === 's2')!;
  const stored = (await store.getDocument('s2'))!;
  assert.equal(stored.text.slice(hit.content.start, hit.content.end), hit.content.text);
  assert.equal(stored.speakers[0]!.actorId, hit.speaker.actorId);
  assert.equal(stored.attributions.length, 1);
  await store.close();
});

test('merge and split actors, and later documents follow the correction', async () => {
  const store = freshStore();
  await store.addDocument(doc('m1', [{ speaker: 'Jon Smyth', words: 'the plan works well enough' }]));
  await store.addDocument(doc('m2', [{ speaker: 'Jonathan Smyth', words: 'the plan needs money now' }]));
  const [a, b] = await Promise.all([store.findActors('Jon Smyth'), store.findActors('Jonathan Smyth')]);
  const merged = await store.mergeActors(a[0]!.id, b[0]!.id);
  assert.equal(merged.attributionCount, 2);
  assert.equal((await store.listActors()).total, 1);
  await store.addDocument(doc('m3', [{ speaker: 'Jonathan Smyth', words: 'a third statement on the plan' }]));
  assert.equal((await store.getActor(merged.id))!.attributionCount, 3);

  const keptName = merged.name;
  const split = await store.splitActor(merged.id, { aliases: ['jonathan smyth'] });
  assert.equal(split.name, 'Jonathan Smyth');
  assert.equal(keptName, 'Jon Smyth');
  assert.equal((await store.getActor(merged.id))!.name, 'Jon Smyth');
  assert.equal(split.attributionCount, 2);
  assert.equal((await store.getActor(merged.id))!.attributionCount, 1);
  await store.addDocument(doc('m4', [{ speaker: 'Jonathan Smyth', words: 'a fourth statement on the plan' }]));
  assert.equal((await store.getActor(split.id))!.attributionCount, 3);

  const byDoc = await store.splitActor(split.id, { documentIds: ['m4'], name: 'J. Smyth (junior)' });
  assert.deepEqual([byDoc.name, byDoc.attributionCount], ['J. Smyth (junior)', 1]);
  // splitting off the name an actor is listed under renames what remains
  await store.addDocument(doc('k1', [{ speaker: 'Kim Lee', words: 'first words from Kim here' }]));
  await store.addDocument(doc('k2', [{ speaker: 'Kimberly Lee', words: 'other words from Kimberly here' }]));
  const kim = (await store.findActors('Kim Lee'))[0]!;
  await store.mergeActors(kim.id, (await store.findActors('Kimberly Lee'))[0]!.id);
  const kimSplit = await store.splitActor(kim.id, { aliases: ['Kim Lee'] });
  assert.deepEqual([kimSplit.name, (await store.getActor(kim.id))!.name], ['Kim Lee', 'Kimberly Lee']);
  await assert.rejects(store.mergeActors(merged.id, merged.id), StoreError);
  await assert.rejects(store.mergeActors(merged.id, '9999'), /no actor with id 9999/);
  await assert.rejects(store.splitActor(byDoc.id, { documentIds: ['m4'] }), /every appearance/);
  await assert.rejects(store.splitActor(merged.id, { aliases: ['nobody here'] }), /no appearance/);
  await store.close();
});

test('a document either goes in whole or not at all; duplicates by URL and text', async () => {
  const store = freshStore();
  const broken = doc('b1', [{ speaker: 'Jane Roe', words: 'first statement here' }, { speaker: 'Jane Roe', words: 'second statement here' }]);
  broken.analysis.attributions[1]!.id = 'a1'; // same local id twice violates a unique key midway
  assert.throws(() => store.addDocumentSync(broken));
  const stats = await store.stats();
  assert.deepEqual([stats.documents, stats.attributions, stats.speakers, stats.actors, stats.quotes], [0, 0, 0, 0, 0]);

  const first = doc('u1', [{ speaker: 'Jane Roe', words: 'one thing said' }], { url: 'example.org/story' });
  assert.deepEqual(await store.addDocument(first), { status: 'stored', documentId: 'u1' });
  const sameUrl = doc('u2', [{ speaker: 'Jane Roe', words: 'other words' }], { url: 'example.org/story' });
  assert.deepEqual(await store.addDocument(sameUrl), { status: 'duplicate', documentId: 'u1', reason: 'url' });
  const sameText = { ...doc('u1', []), textHash: first.textHash, canonicalUrl: null };
  assert.deepEqual(await store.addDocument(sameText), { status: 'duplicate', documentId: 'u1', reason: 'text' });
  assert.equal(await store.hasDocument({ canonicalUrl: null, textHash: first.textHash }), true);
  assert.equal(await store.hasDocument({ canonicalUrl: 'example.org/other', textHash: 'nope' }), false);
  await store.close();
});

test('export streams every attribution across pages, in ingest order', async () => {
  const store = freshStore();
  const many: Said[] = Array.from({ length: 1203 }, (_, i) => ({ speaker: i % 2 ? 'Jane Roe' : 'Bo Lind', words: `statement number ${i}` }));
  await store.addDocument(doc('e1', many));
  await store.addDocument(doc('e2', [{ speaker: 'Ina Moss', words: 'the last one' }]));
  const seen: string[] = [];
  for await (const r of store.exportAttributions()) seen.push(r.content.text);
  assert.equal(seen.length, 1204);
  assert.equal(seen[0], 'statement number 0');
  assert.equal(seen[1202], 'statement number 1202');
  assert.equal(seen[1203], 'the last one');
  await store.close();
});

test('schema: versioned migrations; a store from a newer whosaid is refused', async () => {
  const file = join(tempDir(), 'schema.db');
  const store = new SqliteStore(file);
  assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  await store.close();
  const reopened = new SqliteStore(file);
  await reopened.close();
  const raw = new Database(file);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  assert.throws(() => new SqliteStore(file), /newer than this whosaid/);
});

test('a version 1 store is migrated in place, its data kept', async () => {
  const file = join(tempDir(), 'v1.db');
  const raw = new Database(file);
  raw.exec(migrations[0]!.sql);
  raw.pragma('user_version = 1');
  raw.prepare(`INSERT INTO documents (id, text_hash, text, source_path, source_format, ingested_at, published_day) VALUES ('old', 'h', 'Old text.', 'old.txt', 'text', '2024-01-01', '2024-01-01')`).run();
  raw.prepare(`INSERT INTO speakers (doc_seq, local_id, ord, name, name_norm, type, mentions) VALUES (1, 's1', 0, 'Jane Roe', 'jane roe', 'person', '[]')`).run();
  raw.prepare(`INSERT INTO attributions (doc_seq, local_id, kind, content_start, content_end, content, speaker_local_id, speaker_name, speaker_norm, speaker_type, confidence)
               VALUES (1, 'a1', 'direct', 0, 4, 'Old.', 's1', 'Jane Roe', 'jane roe', 'person', 0.9)`).run();
  raw.close();
  const store = new SqliteStore(file);
  assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
  assert.deepEqual((await store.search({ speaker: 'roe' })).results.map((r) => r.id), ['old:a1']);
  // documents stored before the voice layer was kept have none
  assert.deepEqual((await store.getDocument('old'))!.voice, []);
  await store.close();
});

test('a batch indexes the words of the documents it stored, and none of one that failed in it', async () => {
  const store = freshStore();
  const good = doc('g1', [{ speaker: 'Jane Roe', words: 'lighthouses need keepers' }]);
  const broken = doc('b1', [{ speaker: 'Jane Roe', words: 'windmills need millers' }, { speaker: 'Jane Roe', words: 'ferries need pilots' }]);
  broken.analysis.attributions[1]!.id = 'a1'; // same local id twice: fails midway
  const later = doc('g2', [{ speaker: 'John Doe', words: 'canals need lockkeepers' }]);
  const results = await store.addDocuments([good, broken, later]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['stored', 'failed', 'stored'],
  );
  const ids = async (query: string) => (await store.search({ query })).results.map((r) => r.id);
  assert.deepEqual(await ids('lighthouses'), ['g1:a1']);
  assert.deepEqual(await ids('canals'), ['g2:a1']);
  assert.deepEqual(await ids('windmills'), []);
  // a single document added later is indexed too
  await store.addDocument(doc('g3', [{ speaker: 'Ann Poe', words: 'harbours need dredging' }]));
  assert.deepEqual(await ids('harbours'), ['g3:a1']);
  assert.equal((await store.search({ query: 'need' })).total, 3);
  await store.close();
});
