import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { extract } from '../src/pipeline/extract.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { textHash } from '../src/ledger/normalise.js';
import type { NewDocument } from '../src/store/store.js';
import { tempDir } from './ingest-fixtures.js';

// An article of our own: two statements on known days, one undated, and an outlet sentence
// with a hedge and a loaded word.
const TEXT = [
  'Harbour fees to rise in spring',
  'Port director Ines Marlow said on Monday that berth fees would rise by a tenth in April.',
  'Councillor Dev Sandhu said last Friday that the council had not been consulted.',
  'Sandhu said the fees were a burden on fishermen.',
  'The increase could be a disastrous blow to the small boat owners on the quay.',
].join('\n');

function stored(): NewDocument {
  const analysis = extract(TEXT, { publishedAt: '2026-03-11', publishedAtSource: 'given', outlet: 'Quay Weekly' });
  return { analysis, canonicalUrl: null, textHash: textHash(TEXT), source: { path: 'fees.txt', format: 'text' } };
}

test('search filters statements by the day they were made, not by publication', async () => {
  const store = new SqliteStore(join(tempDir(), 'ledger.db'));
  try {
    await store.addDocument(stored());
    const on = async (statedSince: string, statedUntil: string) =>
      (await store.search({ statedSince, statedUntil })).results.map((r) => [r.speaker.name, r.statedOn]);
    // published on Wednesday 2026-03-11: "on Monday" is 03-09, "last Friday" is 03-06
    assert.deepEqual(await on('2026-03-09', '2026-03-09'), [['Ines Marlow', '2026-03-09']]);
    assert.deepEqual(await on('2026-03-01', '2026-03-07'), [['Dev Sandhu', '2026-03-06']]);
    // the undated third statement matches no statement-date filter, but is stored
    assert.equal((await on('2000-01-01', '2100-01-01')).length, 2);
    assert.equal((await store.search({})).results.length, 3);
  } finally {
    await store.close();
  }
});

test("a stored document keeps the outlet's own voice with its flags, and listings count them", async () => {
  const store = new SqliteStore(join(tempDir(), 'ledger.db'));
  try {
    const result = await store.addDocument(stored());
    assert.equal(result.status, 'stored');
    const doc = (await store.getDocument(result.documentId))!;
    const flagged = doc.voice.filter((v) => v.flags.length > 0);
    assert.equal(flagged.length, 1);
    assert.equal(flagged[0]!.text, 'The increase could be a disastrous blow to the small boat owners on the quay.');
    assert.deepEqual(flagged[0]!.flags.map((f) => f.type).sort(), ['hedge', 'loaded']);
    for (const v of doc.voice) assert.equal(doc.text.slice(v.start, v.end), v.text);
    const listing = await store.listDocuments({});
    assert.equal(listing.documents[0]!.voiceFlagCount, flagged[0]!.flags.length);
  } finally {
    await store.close();
  }
});
