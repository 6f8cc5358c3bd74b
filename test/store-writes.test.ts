// The store's write path keeps stored quotes' words in memory to find near-identical quotes: what
// is stored must not depend on it (how many it keeps, a batch rolled back, a store reopened).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Analysis } from '../src/output/analysis.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { NewDocument } from '../src/store/store.js';
import { quoteId, textHash } from '../src/ledger/normalise.js';
import { tempDir } from './ingest-fixtures.js';

interface Said {
  speaker: string;
  words: string;
}

/** One article of direct quotes, each `speaker said: "words".` */
function doc(id: string, said: Said[]): NewDocument {
  let text = '';
  const analysis: Analysis = {
    document: { id, title: null, url: null, outlet: `Outlet ${id}`, publishedAt: '2026-04-01', publishedAtSource: 'given', text: '' },
    attributions: [],
    speakers: [],
    embeds: [],
    voice: [],
  };
  said.forEach((s, k) => {
    const lead = `${s.speaker} said: "`;
    const start = text.length + lead.length;
    text += `${lead}${s.words}". `;
    let speaker = analysis.speakers.find((p) => p.name === s.speaker);
    if (!speaker) {
      speaker = { id: `s${analysis.speakers.length + 1}`, name: s.speaker, type: 'person', role: null, organization: null, mentions: [] };
      analysis.speakers.push(speaker);
    }
    analysis.attributions.push({
      id: `a${k + 1}`,
      kind: 'direct',
      cue: null,
      source: null,
      content: { start, end: start + s.words.length, text: s.words },
      speaker: { id: speaker.id, name: s.speaker, type: 'person', role: null },
      statedOn: null,
      confidence: 0.9,
    });
  });
  analysis.document.text = text;
  return { analysis, canonicalUrl: null, textHash: textHash(text), source: { path: `${id}.txt`, format: 'text' } };
}

const FERRY = 'the night ferry to the islands will keep running through the winter months';
const FERRY_ALTERED = 'the night ferry to the islands will stop running through the winter months';
const FERRY_EXCERPT = 'the night ferry to the islands will keep running';
const BRIDGE = 'we will not build the second bridge before the tunnel is paid for';
const BRIDGE_ALTERED = 'we will never build the second bridge before the tunnel is paid for';
const BRIDGE_WONT = 'we won’t build the second bridge before the tunnel is paid for';
const OTHER = 'the harbour fees go up in March for every boat over ten metres';

/** Articles in which quotes come back changed, over several batches. */
const batches = (): NewDocument[][] => [
  [doc('d1', [{ speaker: 'Ines Varga', words: FERRY }, { speaker: 'Tom Berg', words: BRIDGE }]), doc('d2', [{ speaker: 'Ines Varga', words: OTHER }])],
  [doc('d3', [{ speaker: 'Ines Varga', words: FERRY_ALTERED }]), doc('d4', [{ speaker: 'Tom Berg', words: BRIDGE_ALTERED }])],
  [doc('d5', [{ speaker: 'Ines Varga', words: FERRY_EXCERPT }, { speaker: 'Tom Berg', words: BRIDGE_WONT }])],
];

/** Every stored quote with its variants as the store answers them, and the raw variant rows. */
async function quoteState(store: SqliteStore) {
  const quotes = [];
  for (const q of (await store.listQuotes({ limit: 100 })).quotes) {
    const detail = (await store.getQuote(q.id))!;
    quotes.push([q.id, q.text, q.documentCount, detail.variants.map((v) => [v.id, v.relation, v.sharedWords, v.changedWords, v.difference])]);
  }
  const rows = store.db.prepare(`SELECT * FROM quote_variants ORDER BY quote_id, variant_id`).raw().all();
  const keys = store.db.prepare(`SELECT count(*) FROM quote_keys`).pluck().get();
  return { quotes: quotes.sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)), rows, keys };
}

test('near-identical quotes are found the same whether their words are kept in memory, evicted, or the store reopened', async () => {
  const dir = tempDir();
  const cached = new SqliteStore(join(dir, 'cached.db'));
  for (const batch of batches()) await cached.addDocuments(batch);
  const expected = await quoteState(cached);
  // the quotes and the links the articles above make, so that the comparisons below mean something
  assert.equal(expected.quotes.length, 6);
  const linksOf = (text: string) => expected.quotes.find((q) => q[0] === quoteId(text))![3] as unknown[][];
  assert.deepEqual(
    linksOf(FERRY).map((l) => [l[0], l[1]]).sort(),
    [
      [quoteId(FERRY_ALTERED), 'altered'],
      [quoteId(FERRY_EXCERPT), 'excerpt'],
    ].sort(),
  );
  // "won't" is "will not": the same quote as BRIDGE, seen in two documents
  assert.equal(quoteId(BRIDGE_WONT), quoteId(BRIDGE));
  assert.equal(expected.quotes.find((q) => q[0] === quoteId(BRIDGE))![2], 2);
  assert.deepEqual(linksOf(BRIDGE).map((l) => [l[0], l[1]]), [[quoteId(BRIDGE_ALTERED), 'altered']]);
  await cached.close();

  const none = new SqliteStore(join(dir, 'none.db'), { cachedQuotes: 0 });
  const one = new SqliteStore(join(dir, 'one.db'), { cachedQuotes: 1 });
  // fewer than the quotes: some are evicted, some used ones spared
  const three = new SqliteStore(join(dir, 'three.db'), { cachedQuotes: 3 });
  for (const batch of batches()) {
    for (const store of [none, one, three]) await store.addDocuments(batch);
  }
  for (const store of [none, one, three]) assert.deepEqual(await quoteState(store), expected);
  await Promise.all([none.close(), one.close(), three.close()]);

  // a new process for each batch starts with nothing in memory
  const file = join(dir, 'reopened.db');
  for (const batch of batches()) {
    const store = new SqliteStore(file);
    await store.addDocuments(batch);
    await store.close();
  }
  const reopened = new SqliteStore(file);
  assert.deepEqual(await quoteState(reopened), expected);
  await reopened.close();
});

test('a quote first written by a document that failed is stored, and compared, as the next document writes it', async () => {
  const dir = tempDir();
  // fails after its quote and the quote's keys are written: the same local id twice
  const broken = doc('b1', [{ speaker: 'Tom Berg', words: BRIDGE_WONT }, { speaker: 'Tom Berg', words: OTHER }]);
  broken.analysis.attributions[1]!.id = 'a1';
  const store = new SqliteStore(join(dir, 'failed.db'));
  const results = await store.addDocuments([broken, doc('d1', [{ speaker: 'Tom Berg', words: BRIDGE }])]);
  assert.deepEqual(results.map((r) => r.status), ['failed', 'stored']);
  await store.addDocuments([doc('d4', [{ speaker: 'Tom Berg', words: BRIDGE_ALTERED }])]);

  const clean = new SqliteStore(join(dir, 'clean.db'));
  await clean.addDocuments([doc('d1', [{ speaker: 'Tom Berg', words: BRIDGE }])]);
  await clean.addDocuments([doc('d4', [{ speaker: 'Tom Berg', words: BRIDGE_ALTERED }])]);
  const state = await quoteState(store);
  assert.deepEqual(state, await quoteState(clean));
  // as the kept document wrote it, and compared word for word as such: "not" became "never"
  assert.equal(state.quotes.find((q) => q[0] === quoteId(BRIDGE))![1], BRIDGE);
  assert.deepEqual(state.quotes.find((q) => q[0] === quoteId(BRIDGE))![3], [[quoteId(BRIDGE_ALTERED), 'altered', 12, 1, '- not + never']]);
  await Promise.all([store.close(), clean.close()]);
});
