// --speaker through the speaker index (schema 6): names as written and every name of the actor,
// whole words in order, kept right through new names, merges, splits, failed documents and an
// upgrade from schema 5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SpeakerType } from '../src/document/types.js';
import type { Analysis } from '../src/output/analysis.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { migrations, SCHEMA_VERSION } from '../src/store/migrations.js';
import { nameTokens, speakerPhrase, speakerTerms } from '../src/store/sqlite-speakers.js';
import type { NewDocument, SearchQuery } from '../src/store/store.js';
import { textHash } from '../src/ledger/normalise.js';
import { tempDir } from './ingest-fixtures.js';

interface Said {
  /** null: no speaker found (the attribution's speaker is "unknown", without actor). */
  speaker: string | null;
  type?: SpeakerType;
  words: string;
}

/** A document saying exactly `said`, with offsets into its own text. */
function doc(id: string, said: Said[], publishedAt = '2025-05-01'): NewDocument {
  let text = `Item ${id}.`;
  const speakers: Analysis['speakers'] = [];
  const attributions: Analysis['attributions'] = [];
  said.forEach((s, i) => {
    const name = s.speaker ?? 'Somebody';
    text += ` ${name} said: `;
    const start = text.length;
    text += s.words + '.';
    let ref = { id: 'unknown', name: 'unknown', type: 'unknown' as SpeakerType, role: null as string | null };
    if (s.speaker) {
      let sp = speakers.find((x) => x.name === s.speaker);
      if (!sp) {
        sp = { id: `s${speakers.length + 1}`, name: s.speaker, type: s.type ?? 'person', role: null, organization: null, mentions: [] };
        speakers.push(sp);
      }
      ref = { id: sp.id, name: sp.name, type: sp.type, role: null };
    }
    attributions.push({
      id: `a${i + 1}`,
      kind: 'direct',
      cue: null,
      source: null,
      content: { start, end: start + s.words.length, text: s.words },
      speaker: ref,
      statedOn: null,
      confidence: 0.9,
    });
  });
  const analysis: Analysis = {
    document: { id, title: null, url: null, outlet: 'Tide Gazette', publishedAt, publishedAtSource: 'given', text },
    attributions,
    speakers,
    embeds: [],
    voice: [],
  };
  return { analysis, canonicalUrl: null, textHash: textHash(text), source: { path: `${id}.txt`, format: 'text' } };
}

const ids = async (store: SqliteStore, query: SearchQuery) => (await store.search({ limit: 100, ...query })).results.map((r) => r.id).sort();
const total = async (store: SqliteStore, query: SearchQuery) => (await store.search(query)).total;
const actorOf = async (store: SqliteStore, name: string) => (await store.findActors(name))[0]!.id;

/** Every attribution has exactly one row in the speaker index. */
function indexComplete(store: SqliteStore): void {
  const one = (sql: string) => Number(store.db.prepare(sql).pluck().get());
  assert.equal(one('SELECT count(*) FROM attribution_speakers'), one('SELECT count(*) FROM attributions'));
  assert.equal(one('SELECT count(*) FROM attributions WHERE id NOT IN (SELECT rowid FROM attribution_speakers)'), 0);
}

test('index text: one token per name word, names kept apart, odd letters written in hex', () => {
  assert.deepEqual(nameTokens("mary o'neill smith-roe"), ['mary', "o'neill", 'smith-roe']);
  assert.deepEqual(nameTokens('søren aabye'), ['_73c3b872656e', 'aabye']);
  assert.equal(speakerTerms('jane roe', ['jane roe', 'the jane roe', 'roe']), 'jane roe _ the jane roe _ roe');
  assert.equal(speakerTerms('unknown', []), 'unknown');
  assert.equal(speakerPhrase('jane roe'), '"jane roe"');
  assert.equal(speakerPhrase(''), null);
});

test('--speaker: whole words of the name as written or of a name of its actor, with and without words', async () => {
  const store = new SqliteStore(join(tempDir(), 'speakers.db'));
  await store.addDocuments([
    doc('d1', [
      { speaker: "Mary O'Neill", words: 'the harbour wall must be raised' },
      { speaker: 'Ann Smith-Roe', words: 'the harbour wall is high enough' },
      { speaker: 'Søren Dahl', words: 'ferries to the harbour will run hourly' },
    ]),
    doc('d2', [
      { speaker: 'Harbour Board', type: 'organization', words: 'the harbour fees stay the same' },
      { speaker: null, words: 'nobody will say who built the wall' },
      { speaker: 'Dr. Mary Monroe', words: 'the wall was built in 1902' },
    ]),
  ]);
  assert.deepEqual(await ids(store, { speaker: "o'neill" }), ['d1:a1']);
  // "neill" and "roe" are parts of words, not words of those names
  assert.equal(await total(store, { speaker: 'neill' }), 0);
  assert.equal(await total(store, { speaker: 'roe' }), 0);
  assert.deepEqual(await ids(store, { speaker: 'smith-roe' }), ['d1:a2']);
  assert.deepEqual(await ids(store, { speaker: 'Mary' }), ['d1:a1', 'd2:a3']);
  assert.deepEqual(await ids(store, { speaker: 'mary', query: 'wall' }), ['d1:a1', 'd2:a3']);
  assert.deepEqual(await ids(store, { speaker: 'mary', query: 'raised' }), ['d1:a1']);
  assert.deepEqual(await ids(store, { speaker: 'SØREN' }), ['d1:a3']);
  assert.equal(await total(store, { speaker: 'soren' }), 0);
  assert.deepEqual(await ids(store, { speaker: 'Prof. Mary Monroe', query: 'wall' }), ['d2:a3']);
  // words in order, as in the name
  assert.equal(await total(store, { speaker: "o'neill mary" }), 0);
  assert.deepEqual(await ids(store, { speaker: 'unknown', query: 'wall' }), ['d2:a2']);
  assert.equal(await total(store, { speaker: '!!!' }), 0);
  // with a filter that reads the rows
  assert.deepEqual(await ids(store, { speaker: 'board', query: 'harbour', kind: 'direct', outlet: 'tide gazette' }), ['d2:a1']);
  assert.equal(await total(store, { speaker: 'board', query: 'harbour', kind: 'indirect' }), 0);
  indexComplete(store);
  await store.close();
});

test('a known actor named in a new way: its earlier statements answer to the new name too', async () => {
  const store = new SqliteStore(join(tempDir(), 'renamed.db'));
  await store.addDocument(doc('e1', [{ speaker: 'Harbour Board', type: 'organization', words: 'dredging starts in June' }]));
  assert.equal(await total(store, { speaker: 'the harbour board' }), 0);
  // "The Harbour Board" is the same organisation; its name as written is new
  await store.addDocuments([
    doc('e2', [{ speaker: 'Quay Union', type: 'organization', words: 'dredging must wait for autumn' }]),
    doc('e3', [{ speaker: 'The Harbour Board', type: 'organization', words: 'dredging is delayed' }]),
    doc('e4', [{ speaker: 'Harbour Board', type: 'organization', words: 'dredging costs have doubled' }]),
  ]);
  assert.equal((await store.findActors('The Harbour Board'))[0]!.attributionCount, 3);
  assert.deepEqual(await ids(store, { speaker: 'the harbour board' }), ['e1:a1', 'e3:a1', 'e4:a1']);
  assert.deepEqual(await ids(store, { speaker: 'the harbour board', query: 'dredging' }), ['e1:a1', 'e3:a1', 'e4:a1']);
  assert.deepEqual(await ids(store, { speaker: 'the', query: 'doubled' }), ['e4:a1']);
  assert.deepEqual(await ids(store, { speaker: 'quay union', query: 'dredging' }), ['e2:a1']);
  indexComplete(store);
  await store.close();
});

test('merge and split: the index follows, and a phrase never runs from one name into the next', async () => {
  const store = new SqliteStore(join(tempDir(), 'merge.db'));
  await store.addDocuments([
    doc('m1', [{ speaker: 'Jon Smyth', words: 'the budget is tight this year' }]),
    doc('m2', [{ speaker: 'Jonathan Smyth', words: 'the budget will grow next year' }]),
    doc('m3', [{ speaker: 'Ina Moss', words: 'the budget ignores the schools' }]),
  ]);
  assert.deepEqual(await ids(store, { speaker: 'jon smyth', query: 'budget' }), ['m1:a1']);
  const jon = await actorOf(store, 'Jon Smyth');
  await store.mergeActors(jon, await actorOf(store, 'Jonathan Smyth'));
  // each one's statements now answer to the other's name
  assert.deepEqual(await ids(store, { speaker: 'jon smyth', query: 'budget' }), ['m1:a1', 'm2:a1']);
  assert.deepEqual(await ids(store, { speaker: 'jonathan smyth' }), ['m1:a1', 'm2:a1']);
  // the names are "jon smyth" and "jonathan smyth", never "smyth jonathan"
  assert.equal(await total(store, { speaker: 'smyth jonathan' }), 0);
  assert.equal(await total(store, { speaker: 'smyth jon', query: 'budget' }), 0);
  // a later document under the merged name joins the actor
  await store.addDocument(doc('m4', [{ speaker: 'Jonathan Smyth', words: 'the budget is final' }]));
  assert.deepEqual(await ids(store, { speaker: 'jon', query: 'budget' }), ['m1:a1', 'm2:a1', 'm4:a1']);

  const split = await store.splitActor(jon, { aliases: ['Jonathan Smyth'] });
  assert.deepEqual(await ids(store, { speaker: 'jon', query: 'budget' }), ['m1:a1']);
  assert.deepEqual(await ids(store, { speaker: 'jonathan', query: 'budget' }), ['m2:a1', 'm4:a1']);
  await store.splitActor(split.id, { documentIds: ['m4'], name: 'J. Smyth' });
  assert.deepEqual(await ids(store, { speaker: 'jonathan smyth' }), ['m2:a1', 'm4:a1']);
  // merged again: m4's actor has only the name "jonathan smyth", Ina Moss's has her own
  await store.mergeActors(await actorOf(store, 'Ina Moss'), split.id);
  assert.deepEqual(await ids(store, { speaker: 'moss', query: 'budget' }), ['m2:a1', 'm3:a1']);
  assert.deepEqual(await ids(store, { speaker: 'ina moss jonathan' }), []);
  indexComplete(store);
  await store.close();
});

test('a speaker alone: paging one by one (walking the documents) and all at once (by id) agree', async () => {
  const store = new SqliteStore(join(tempDir(), 'paging.db'));
  const days = ['2025-01-03', '2025-01-01', '2025-01-02', '2025-01-05', '2025-01-04'];
  await store.addDocuments(
    days.map((day, i) =>
      doc(`p${i}`, [
        { speaker: 'Lea Brandt', words: `statement ${i} about tolls` },
        { speaker: 'Otto Kern', words: `reply ${i} about tolls` },
        ...(i % 2 === 0 ? [{ speaker: 'Lea Brandt', words: `second statement ${i}` }] : []),
      ], day),
    ),
  );
  const all = await store.search({ speaker: 'brandt', limit: 50 });
  assert.equal(all.total, 8);
  const expected = ['p3:a1', 'p4:a1', 'p4:a3', 'p0:a1', 'p0:a3', 'p2:a1', 'p2:a3', 'p1:a1'];
  assert.deepEqual(all.results.map((r) => r.id), expected);
  const oneByOne: string[] = [];
  for (let offset = 0; offset < 9; offset++) {
    const page = await store.search({ speaker: 'brandt', limit: 1, offset });
    assert.equal(page.total, 8);
    oneByOne.push(...page.results.map((r) => r.id));
  }
  assert.deepEqual(oneByOne, expected);
  assert.deepEqual((await store.search({ speaker: 'brandt', since: '2025-01-04', limit: 1 })).total, 3);
  await store.close();
});

test('words with a speaker: ranked in one pass in memory or in two in SQLite, the same pages', async () => {
  const store = new SqliteStore(join(tempDir(), 'passes.db'));
  await store.addDocuments([
    doc('w1', [
      { speaker: 'Ada Frost', words: 'the ferry is late' },
      { speaker: 'Ada Frost', words: 'the ferry is late again and the ferry is full' },
      { speaker: 'Nora Frost', words: 'the ferry is late' },
    ], '2025-02-01'),
    doc('w2', [
      { speaker: 'Ada Frost', words: 'the ferry is late' },
      { speaker: 'Ada Frost', words: 'ferries cost too much' },
      { speaker: 'Ada Frost', words: 'the bridge is open' },
    ], '2025-02-02'),
  ]);
  const pages = async (limit: number) => {
    const seen: string[] = [];
    for (let offset = 0; offset < 5; offset += limit) {
      const page = await store.search({ query: 'ferry', speaker: 'ada frost', limit, offset });
      assert.equal(page.total, 4);
      seen.push(...page.results.map((r) => `${r.id} ${r.score}`));
    }
    return seen;
  };
  const onePass = await pages(1);
  // the best score first (bm25 favours the shorter statement), equal scores newer first; not Nora's
  assert.deepEqual(onePass.map((r) => r.split(' ')[0]), ['w2:a2', 'w2:a1', 'w1:a1', 'w1:a2']);
  assert.deepEqual(await pages(3), onePass);
  store.onePassSpeakerMatches = 0;
  assert.deepEqual(await pages(1), onePass);
  assert.deepEqual(await pages(3), onePass);
  await store.close();
});

test('a document that fails in a batch leaves no row in the speaker index', async () => {
  const store = new SqliteStore(join(tempDir(), 'failed.db'));
  const broken = doc('b1', [{ speaker: 'Vera Holm', words: 'the tunnel opens in May' }, { speaker: 'Vera Holm', words: 'the tunnel is safe' }]);
  broken.analysis.attributions[1]!.id = 'a1'; // the same local id twice: fails midway
  const results = await store.addDocuments([doc('g1', [{ speaker: 'Vera Holm', words: 'the tunnel costs too much' }]), broken]);
  assert.deepEqual(results.map((r) => r.status), ['stored', 'failed']);
  assert.deepEqual(await ids(store, { speaker: 'vera holm' }), ['g1:a1']);
  // a failed document's new name for a known actor is not kept, by later documents of its batch either
  const renaming = doc('b2', [{ speaker: 'The Vera Holm', words: 'the tunnel will flood' }, { speaker: 'Vera Holm', words: 'the tunnel is dry' }]);
  renaming.analysis.attributions[1]!.id = 'a1';
  const later = await store.addDocuments([renaming, doc('g2', [{ speaker: 'Vera Holm', words: 'the tunnel needs pumps' }])]);
  assert.deepEqual(later.map((r) => r.status), ['failed', 'stored']);
  assert.equal(await total(store, { speaker: 'the vera holm' }), 0);
  assert.deepEqual(await ids(store, { speaker: 'vera holm', query: 'tunnel' }), ['g1:a1', 'g2:a1']);
  indexComplete(store);
  await store.close();
});

test('a batch with a failing document is written again: the others stored once, with their actors, quotes and index rows', async () => {
  const store = new SqliteStore(join(tempDir(), 'retry.db'));
  const quote = 'the lighthouse keeper will stay on until spring';
  const broken = doc('r2', [{ speaker: 'Pia Lund', words: 'the lamp is out' }, { speaker: 'Pia Lund', words: 'the lamp is lit' }]);
  broken.analysis.attributions[1]!.id = 'a1';
  const results = await store.addDocuments([
    doc('r1', [{ speaker: 'Pia Lund', words: quote }]),
    broken,
    doc('r3', [{ speaker: 'Pia Lund', words: quote }, { speaker: 'Bo Strand', words: 'the keeper has my support' }]),
    doc('r1', [{ speaker: 'Pia Lund', words: quote }]),
  ]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['stored', 'failed', 'stored', 'duplicate'],
  );
  const stats = await store.stats();
  assert.deepEqual([stats.documents, stats.attributions, stats.actors, stats.quotes], [2, 3, 2, 2]);
  assert.equal((await store.listQuotes()).quotes[0]!.documentCount, 2);
  assert.deepEqual(await ids(store, { speaker: 'pia lund', query: 'keeper' }), ['r1:a1', 'r3:a1']);
  assert.equal(await total(store, { query: 'lamp' }), 0);
  indexComplete(store);
  await store.close();
});

test('a version 5 store is upgraded in place: its statements indexed under their names and their actors\'', async () => {
  const file = join(tempDir(), 'v5.db');
  const raw = new Database(file);
  for (const m of migrations.filter((m) => m.version <= 5)) {
    raw.exec(m.sql);
    m.upgrade?.(raw);
  }
  raw.pragma('user_version = 5');
  raw.prepare(`INSERT INTO actors (id, name, type, created_at) VALUES (7, 'Nils Berg', 'person', '2025-01-01')`).run();
  const addDoc = raw.prepare(`INSERT INTO documents (id, text_hash, text, source_path, source_format, ingested_at, published_day) VALUES (?, ?, 'Text.', 'old.txt', 'text', '2025-01-01', ?)`);
  const addSpeaker = raw.prepare(`INSERT INTO speakers (doc_seq, local_id, ord, name, name_norm, type, mentions, actor_id) VALUES (?, 's1', 0, ?, ?, 'person', '[]', 7)`);
  const addAttribution = raw.prepare(
    `INSERT INTO attributions (doc_seq, local_id, kind, content_start, content_end, content, speaker_local_id, speaker_name, speaker_norm, speaker_type, actor_id, confidence)
     VALUES (?, 'a1', 'direct', 0, 5, ?, 's1', ?, ?, 'person', ?, 0.9)`,
  );
  addDoc.run('old1', 'h1', '2025-01-01');
  addSpeaker.run(1, 'Nils Berg', 'nils berg');
  addAttribution.run(1, 'the canal needs dredging', 'Nils Berg', 'nils berg', 7);
  addDoc.run('old2', 'h2', '2025-01-02');
  addSpeaker.run(2, 'Prof. Nils A. Berg', 'nils a berg');
  addAttribution.run(2, 'the canal is silting up', 'Prof. Nils A. Berg', 'nils a berg', 7);
  addDoc.run('old3', 'h3', '2025-01-03');
  addAttribution.run(3, 'no one dredged the canal', 'unknown', 'unknown', null);
  raw.prepare(`INSERT INTO attributions_fts (rowid, content) SELECT id, content FROM attributions`).run();
  raw.close();

  const store = new SqliteStore(file);
  assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
  // "nils a berg" is a name of the actor, so both statements answer to it
  assert.deepEqual(await ids(store, { speaker: 'nils a berg' }), ['old1:a1', 'old2:a1']);
  assert.deepEqual(await ids(store, { speaker: 'a berg', query: 'canal' }), ['old1:a1', 'old2:a1']);
  assert.deepEqual(await ids(store, { speaker: 'unknown', query: 'canal' }), ['old3:a1']);
  assert.equal(await total(store, { speaker: 'nils berg a' }), 0);
  const tables = store.db.prepare(`SELECT name FROM sqlite_master WHERE name IN ('speaker_names', 'attributions_speaker')`).all();
  assert.deepEqual(tables, []);
  indexComplete(store);
  await store.close();
});
