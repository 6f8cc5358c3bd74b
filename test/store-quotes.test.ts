// Quote identity with contractions spelled out (schema 7): "won't" and "will not" are one quote,
// in a fresh store and in a store upgraded from version 6, whose old ids still answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Analysis } from '../src/output/analysis.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { QuoteVariantIndex } from '../src/store/sqlite-variants.js';
import { SCHEMA_VERSION } from '../src/store/migrations.js';
import type { NewDocument } from '../src/store/store.js';
import { quoteId, quoteIdAsWritten, textHash } from '../src/ledger/normalise.js';
import { tempDir } from './ingest-fixtures.js';

const WONT = 'We won’t sign a blank cheque for the harbour board, whatever the minister says';
const WILL_NOT = 'We will not sign a blank cheque for the harbour board, whatever the minister says';
const NEVER = 'We will never sign a blank cheque for the harbour board, whatever the minister says';
const POSSESSIVE = "The minister's plan puts the harbour board in charge of the fees";

/** One article in which Marta Quill says `words`, published on `day`. */
function doc(id: string, words: string, day: string): NewDocument {
  const text = `Marta Quill said: ${words}.`;
  const start = 'Marta Quill said: '.length;
  const analysis: Analysis = {
    document: { id, title: null, url: null, outlet: `Outlet ${id}`, publishedAt: day, publishedAtSource: 'given', text },
    attributions: [
      {
        id: 'a1',
        kind: 'direct',
        cue: null,
        source: null,
        content: { start, end: start + words.length, text: words },
        speaker: { id: 's1', name: 'Marta Quill', type: 'person', role: null },
        statedOn: null,
        confidence: 0.9,
      },
    ],
    speakers: [{ id: 's1', name: 'Marta Quill', type: 'person', role: null, organization: null, mentions: [] }],
    embeds: [],
    voice: [],
  };
  return { analysis, canonicalUrl: null, textHash: textHash(text), source: { path: `${id}.txt`, format: 'text' } };
}

const articles = () => [doc('d1', WONT, '2026-03-02'), doc('d2', WILL_NOT, '2026-03-04'), doc('d3', NEVER, '2026-03-05'), doc('d4', POSSESSIVE, '2026-03-06')];

/** What the quote listing says, variants included. */
async function quoteTable(store: SqliteStore) {
  const { quotes } = await store.listQuotes();
  const rows = [];
  for (const q of quotes) {
    const detail = (await store.getQuote(q.id))!;
    rows.push([q.id, q.text, q.documentCount, q.first.documentId, detail.variants.map((v) => [v.id, v.relation, v.difference])]);
  }
  return rows.sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1));
}

test('quote ids spell contractions out; a possessive and a quote without contraction keep theirs', () => {
  assert.equal(quoteId(WONT), quoteId(WILL_NOT));
  assert.equal(quoteId("I'm certain it's safe for the buses"), quoteId('I am certain it is safe for the buses'));
  assert.notEqual(quoteIdAsWritten(WONT), quoteIdAsWritten(WILL_NOT));
  assert.equal(quoteId(WILL_NOT), quoteIdAsWritten(WILL_NOT));
  assert.equal(quoteId(POSSESSIVE), quoteIdAsWritten(POSSESSIVE));
  // "won t" written without an apostrophe is not a contraction
  assert.equal(quoteId('We won t sign a blank cheque'), quoteIdAsWritten('We won t sign a blank cheque'));
  // a contraction is two words either way: "won't do it" is long enough, "won't do" is not
  assert.equal(quoteId("won't do it"), quoteId('will not do it'));
  assert.equal(quoteId("won't do"), null);
});

test('"won\'t" and "will not" in two articles are one quote, written as first seen; the altered one is its variant', async () => {
  const store = new SqliteStore(join(tempDir(), 'fresh.db'));
  for (const d of articles()) await store.addDocument(d);
  assert.deepEqual(await quoteTable(store), [
    [quoteId(POSSESSIVE), POSSESSIVE, 1, 'd4', []],
    [quoteId(WONT), WONT, 2, 'd1', [[quoteId(NEVER), 'altered', '+ never']]],
    [quoteId(NEVER), NEVER, 1, 'd3', [[quoteId(WONT), 'altered', '+ never']]],
  ].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)));
  await store.close();
});

test('a version 6 store is upgraded: its contraction quotes merged, variants rebuilt, old ids answering', async () => {
  // a version 6 store as that version wrote it: the same rows, quote ids as written
  const file = join(tempDir(), 'v6.db');
  const writer = new SqliteStore(file);
  for (const d of articles()) await writer.addDocument(d);
  const db = writer.db;
  db.transaction(() => {
    for (const row of db.prepare(`SELECT id, content FROM attributions`).all() as { id: number; content: string }[]) {
      db.prepare(`UPDATE attributions SET quote_id = ? WHERE id = ?`).run(quoteIdAsWritten(row.content), row.id);
    }
    db.exec(`DELETE FROM quotes; DELETE FROM quote_keys; DELETE FROM quote_variants; DROP TABLE quote_aliases;`);
    const addQuote = db.prepare(`INSERT OR IGNORE INTO quotes (id, text) VALUES (?, ?)`);
    for (const row of db.prepare(`SELECT quote_id, content FROM attributions ORDER BY id`).all() as { quote_id: string; content: string }[]) addQuote.run(row.quote_id, row.content);
    new QuoteVariantIndex(db).backfill();
  })();
  db.pragma('user_version = 6');
  const oldTable = await quoteTable(writer);
  // as written, "won't" and "will not" were two quotes, and not variants of each other
  assert.equal(oldTable.length, 4);
  assert.deepEqual(oldTable.find((r) => r[0] === quoteIdAsWritten(WONT))![4], [[quoteId(NEVER), 'altered', '+ never']]);
  await writer.close();

  const upgraded = new SqliteStore(file);
  assert.equal((await upgraded.stats()).schemaVersion, SCHEMA_VERSION);
  const fresh = new SqliteStore(join(tempDir(), 'fresh.db'));
  for (const d of articles()) await fresh.addDocument(d);
  assert.deepEqual(await quoteTable(upgraded), await quoteTable(fresh));
  assert.equal((await upgraded.stats()).quoteVariants, (await fresh.stats()).quoteVariants);
  // the old id of the "won't" quote answers with the quote it became
  const old = (await upgraded.getQuote(quoteIdAsWritten(WONT)!))!;
  assert.deepEqual([old.id, old.documentCount, old.first.documentId], [quoteId(WONT), 2, 'd1']);
  // the "will not" quote kept its id; no alias is made for it
  assert.equal((await upgraded.getQuote(quoteIdAsWritten(WILL_NOT)!))!.id, quoteId(WILL_NOT));
  assert.deepEqual(upgraded.db.prepare(`SELECT old_id, new_id FROM quote_aliases`).raw().all(), [[quoteIdAsWritten(WONT), quoteId(WONT)]]);
  assert.equal(await upgraded.getQuote('q000000000000000'), null);
  await Promise.all([upgraded.close(), fresh.close()]);
});
