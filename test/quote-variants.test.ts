// Altered quotes noticed: near-identical quotes (a word changed, a clause trimmed, "..." elision)
// are linked across articles, told apart from excerpts, checked for compatible speakers, kept
// through merges and splits, shown by the CLI and the API, and found in a store upgraded in place.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { quoteId } from '../src/ledger/normalise.js';
import { compareQuotes, describeChanges, quoteKeys, quoteWords, speakersCompatible } from '../src/ledger/variants.js';
import { migrations, SCHEMA_VERSION } from '../src/store/migrations.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { QuoteDetail, Store } from '../src/store/store.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { fixtureLedger, type FixtureArticle, type FixtureLedger, type FixtureSpeaker } from './server-fixtures.js';
import { tempDir } from './ingest-fixtures.js';
import { assertRunnable, browserSkipReason, launch, screenshotPath, type Browser } from './web-browser.js';

const BIN = join(fileURLToPath(import.meta.url), '../../../bin/whosaid.js');

// the texts of the quotes, as each article writes them (invented for these tests)
const NEVER = 'We will never sign a blank cheque for the harbour board, whatever the minister says,';
const NOT = 'We will not sign a blank cheque for the harbour board, whatever the minister says,';
const TRIMMED = 'We will never sign a blank cheque for the harbour board,';
const ELIDED = 'We will never sign a blank cheque ... whatever the minister says.';
const WOULD = 'We would never sign a blank cheque for the harbour board, whatever the minister says,';
const LEASE = 'The harbour board will sign the new lease for the ferry terminal next week,';
const FERRY = 'The new ferry timetable starts in April and fares stay the same,';

const compare = (a: string, b: string) => compareQuotes(quoteWords(a), quoteWords(b));

describe('comparing two quotes', () => {
  it('a changed word is an alteration, described word by word', () => {
    const found = compare(NEVER, NOT)!;
    assert.equal(found.relation, 'altered');
    assert.deepEqual([found.sharedWords, found.changedWords], [14, 1]);
    assert.deepEqual(found.changes, [{ kind: 'altered', removed: ['never'], added: ['not'] }]);
    assert.equal(describeChanges(found.changes), '- never + not');
  });

  it('a dropped word or clause without a mark is an alteration too', () => {
    assert.equal(describeChanges(compare(NEVER, 'We will sign a blank cheque for the harbour board, whatever the minister says')!.changes), '- never');
    const clause = compare(NEVER, 'We will never sign a blank cheque, whatever the minister says.')!;
    assert.equal(clause.relation, 'altered');
    assert.deepEqual(clause.changes, [{ kind: 'altered', removed: ['for', 'the', 'harbour', 'board'], added: [] }]);
    // an inserted clause keeps the shared opening aligned
    const inserted = compare(NEVER, 'We will, and I say this plainly, never sign a blank cheque for the harbour board, whatever the minister says')!;
    assert.equal(describeChanges(inserted.changes), '+ and I say this plainly');
    assert.deepEqual([inserted.relation, inserted.sharedWords, inserted.changedWords], ['altered', 15, 5]);
  });

  it('contractions are compared spelled out: house style is no change, "won\'t" for "are not going to" is one', () => {
    const found = compare(
      'We are not going to put a single car on that bridge until I am certain it is safe,',
      'We won’t put a single car on that bridge until I’m certain it’s safe.',
    )!;
    assert.equal(found.relation, 'altered');
    assert.equal(describeChanges(found.changes), '- are + won’t; - going to');
    // the same words once "I'm" and "it's" are spelled out: not two versions
    assert.equal(compare('I am certain it is safe for every car and bus on the harbour bridge', "I'm certain it's safe for every car and bus on the harbour bridge"), null);
    // a possessive 's is not "is"
    assert.deepEqual(quoteWords("the senator's aides can't wait").map((w) => w.norm), ['the', 'senator', 's', 'aides', 'can', 'not', 'wait']);
  });

  it('a trimmed or elided version is an excerpt, not an alteration', () => {
    const trimmed = compare(NEVER, TRIMMED)!;
    assert.equal(trimmed.relation, 'excerpt');
    assert.equal(describeChanges(trimmed.changes), 'trimmed: - whatever the minister says');
    const elided = compare(NEVER, ELIDED)!;
    assert.equal(elided.relation, 'excerpt');
    assert.equal(describeChanges(elided.changes), 'elided: - for the harbour board');
    // both excerpts of one statement: one stops where the other skips ahead with "..."
    assert.equal(describeChanges(compare(TRIMMED, ELIDED)!.changes), 'elided: - for the harbour board; trimmed: + whatever the minister says');
    // the curly ellipsis counts as well
    assert.equal(compare(NEVER, 'We will never sign a blank cheque… whatever the minister says')!.relation, 'excerpt');
  });

  it('different words at the same end are a change, not two trims', () => {
    const found = compare('Frankly, we will never sign a blank cheque for the harbour board.', 'Honestly, we will never sign a blank cheque for the harbour board.')!;
    assert.deepEqual(found.changes, [{ kind: 'altered', removed: ['Frankly'], added: ['Honestly'] }]);
    // a shared phrase with a different continuation on both sides is not one quote
    assert.equal(compare('There is a quiet spot in the harbour for people who do not pay the fees.', 'There is a quiet spot in the harbour for people who built the old lighthouse walls.'), null);
    // a dropped clause is one edit, but one replaced word and one dropped clause against six shared words is too many
    assert.equal(compare('The first casualty of this new toll would be the harbour towns', 'They made her the first mayor of the harbour towns in years'), null);
  });

  it('unrelated quotes sharing a few words, short quotes and identical words are not linked', () => {
    assert.equal(compare(NEVER, LEASE), null);
    assert.equal(compare('I do not know what to do about it now', 'I do not know what to say about it now'), null);
    assert.equal(compare('Sign the blank cheque', 'Sign a blank cheque'), null);
    assert.equal(compare(NEVER, '“WE WILL NEVER SIGN A BLANK CHEQUE FOR THE HARBOUR BOARD — WHATEVER THE MINISTER SAYS!”'), null);
    // one word in five may change, not more
    assert.equal(compare('We will never sign a blank cheque for the port', 'We would not sign any blank cheque for the port'), null);
  });

  it('linked quotes always share an index key; a changed function word changes none', () => {
    const texts = [
      NEVER, NOT, TRIMMED, ELIDED, WOULD, LEASE, FERRY,
      'We will never sign ... a blank cheque for the harbour board, whatever the minister says',
      'Never sign a blank cheque … the minister says, we will not',
      'We will sign a blank cheque for the harbour board, whatever the minister says',
      'The new ferry timetable starts in May and fares stay the same',
    ];
    let linked = 0;
    for (const x of texts) {
      for (const y of texts) {
        if (x === y || !compare(x, y)) continue;
        linked++;
        assert.ok(compare(y, x), `not symmetric: ${x} / ${y}`);
        const shared = quoteKeys(quoteWords(x)).filter((k) => quoteKeys(quoteWords(y)).includes(k));
        assert.ok(shared.length > 0, `${x} / ${y}`);
      }
    }
    // both ways: the 28 pairs of the 8 cheque versions but two (NEVER and the one differing only
    // by "...", the same words; TRIMMED and the reordered one, five words in common), and the ferry pair
    assert.equal(linked, 2 * (28 - 2 + 1));
    assert.deepEqual(quoteKeys(quoteWords(NEVER)), quoteKeys(quoteWords(NOT)));
    assert.equal(quoteKeys(quoteWords('we will not do it')).length, 0);
  });

  it('speakers: the same actor, or not two different full names', () => {
    const quill = { name: 'Marta Quill', type: 'person' as const, actorId: '1' };
    assert.equal(speakersCompatible(quill, { name: 'Bo Lind', type: 'person', actorId: '2' }), false);
    assert.equal(speakersCompatible(quill, { name: 'Ms. Marta Quill', type: 'person', actorId: '1' }), true);
    assert.equal(speakersCompatible(quill, { name: 'Quill', type: 'person', actorId: '7' }), true);
    assert.equal(speakersCompatible(quill, { name: 'Lind', type: 'person', actorId: '8' }), false);
    assert.equal(speakersCompatible(quill, { name: 'the treasurer', type: 'person', actorId: '9' }), true);
    assert.equal(speakersCompatible(quill, { name: 'a spokesperson', type: 'anonymous', actorId: null }), true);
    assert.equal(speakersCompatible(quill, { name: 'unknown', type: 'unknown', actorId: null }), true);
  });
});

const QUILL: FixtureSpeaker = { name: 'Marta Quill', type: 'person', role: 'city treasurer' };
const SURNAME: FixtureSpeaker = { name: 'Quill', type: 'person' };
const REED: FixtureSpeaker = { name: 'Tomas Reed', type: 'person', role: 'mayor' };
const LIND: FixtureSpeaker = { name: 'Bo Lind', type: 'person' };

// Ingested in this order; the Inland Ledger's altered version is stored first but published later.
const INLAND: FixtureArticle = {
  title: 'Treasurer holds the line',
  outlet: 'Inland Ledger',
  publishedAt: '2026-03-04',
  text:
    `“${NOT}” Marta Quill told the council.\n\n` +
    `Tomas Reed added: “${FERRY.replace(/,$/, '.')}”\n\n` +
    `“${LEASE}” said Bo Lind.`,
  attributions: [
    { speaker: QUILL, kind: 'direct', content: NOT, cue: 'told', source: 'Marta Quill' },
    { speaker: REED, kind: 'direct', content: FERRY.replace(/,$/, '.'), cue: 'added', source: 'Tomas Reed' },
    { speaker: LIND, kind: 'direct', content: LEASE, cue: 'said', source: 'Bo Lind' },
  ],
};
const COAST: FixtureArticle = {
  title: 'No blank cheque, says treasurer',
  outlet: 'Coast Courier',
  publishedAt: '2026-03-02',
  text: `The city treasurer spoke after the vote.\n\n“${NEVER}” said Marta Quill.\n\n“${FERRY}” said Tomas Reed.`,
  attributions: [
    { speaker: QUILL, kind: 'direct', content: NEVER, cue: 'said', source: 'Marta Quill' },
    { speaker: REED, kind: 'direct', content: FERRY, cue: 'said', source: 'Tomas Reed' },
  ],
};
const VALLEY: FixtureArticle = {
  title: 'Harbour row goes on',
  outlet: 'Valley Post',
  publishedAt: '2026-03-05',
  text:
    `“${TRIMMED}” Quill said on Thursday.\n\n` +
    `“${WOULD}” said Bo Lind, who chairs the board.\n\n` +
    `Marta Quill had told the radio: “${ELIDED}”`,
  attributions: [
    { speaker: SURNAME, kind: 'direct', content: TRIMMED, cue: 'said', source: 'Quill' },
    { speaker: LIND, kind: 'direct', content: WOULD, cue: 'said', source: 'Bo Lind' },
    { speaker: QUILL, kind: 'direct', content: ELIDED, cue: 'told', source: 'Marta Quill' },
  ],
};

const id = (text: string) => quoteId(text)!;
const summary = (q: QuoteDetail) => q.variants.map((v) => [v.id, v.relation, v.earlier, v.difference]);

describe('a ledger of three articles', () => {
  let ledger: FixtureLedger;
  let store: Store;
  let server: RunningServer;

  before(async () => {
    ledger = await fixtureLedger([INLAND, COAST, VALLEY]);
    store = ledger.store;
    server = await startServer({ store, log: () => {} });
  });
  after(async () => {
    await server?.close();
    await ledger?.cleanup();
  });

  it('links the altered version, the excerpts, and nothing else; which came first is by date', async () => {
    const never = (await store.getQuote(id(NEVER)))!;
    assert.equal(never.text, NEVER);
    assert.deepEqual(summary(never), [
      [id(NOT), 'altered', false, '- never + not'],
      [id(ELIDED), 'excerpt', false, 'elided: - for the harbour board'],
      [id(TRIMMED), 'excerpt', false, 'trimmed: - whatever the minister says'],
    ].sort((x, y) => (x[1] === y[1] ? (String(x[0]) < String(y[0]) ? -1 : 1) : x[1] === 'altered' ? -1 : 1)));
    assert.deepEqual([never.alteredVariantCount, never.excerptVariantCount], [1, 2]);
    const notVariant = never.variants.find((v) => v.id === id(NOT))!;
    assert.deepEqual([notVariant.first.outlet, notVariant.first.speaker.name, notVariant.occurrenceCount, notVariant.documentCount], ['Inland Ledger', 'Marta Quill', 1, 1]);
    assert.deepEqual([notVariant.sharedWords, notVariant.changedWords], [14, 1]);
    assert.deepEqual(notVariant.changes, [{ kind: 'altered', removed: ['never'], added: ['not'] }]);

    // seen from the altered version: the original came first, and the excerpts differ from it by one word
    const not = (await store.getQuote(id(NOT)))!;
    const byId = new Map(not.variants.map((v) => [v.id, v]));
    assert.deepEqual([...byId.keys()].sort(), [id(NEVER), id(TRIMMED), id(ELIDED)].sort());
    assert.equal(byId.get(id(NEVER))!.earlier, true);
    assert.equal(byId.get(id(NEVER))!.difference, '- never + not');
    assert.equal(byId.get(id(TRIMMED))!.relation, 'altered');
    assert.equal(byId.get(id(TRIMMED))!.difference, '- not + never; trimmed: - whatever the minister says');
    assert.equal(byId.get(id(ELIDED))!.difference, '- not + never; elided: - for the harbour board');
    assert.deepEqual([not.alteredVariantCount, not.excerptVariantCount], [3, 0]);
  });

  it('an exact repeat stays one quote; an unrelated quote sharing words has no variant', async () => {
    const ferry = (await store.getQuote(id(FERRY)))!;
    assert.deepEqual([ferry.documentCount, ferry.variants.length], [2, 0]);
    assert.deepEqual((await store.getQuote(id(LEASE)))!.variants, []);
  });

  it('a near-identical quote by a different named speaker is not shown', async () => {
    const would = (await store.getQuote(id(WOULD)))!;
    assert.deepEqual(would.variants, []);
    assert.equal((await store.getQuote(id(NEVER)))!.variants.some((v) => v.id === id(WOULD)), false);
    // 3 versions by Marta Quill and the surname "Quill": every pair of the four is linked
    assert.equal((await store.stats()).quoteVariants, 6);
  });

  it('lists quotes with altered variants', async () => {
    const { total, quotes } = await store.listQuotes({ altered: true });
    assert.equal(total, 4);
    assert.deepEqual(quotes.map((q) => q.id).sort(), [id(NEVER), id(NOT), id(TRIMMED), id(ELIDED)].sort());
    const all = await store.listQuotes({ minDocuments: 2 });
    assert.deepEqual(all.quotes.map((q) => [q.id, q.alteredVariantCount, q.excerptVariantCount]), [[id(FERRY), 0, 0]]);
  });

  it('the API returns variants and filters the listing', async () => {
    const res = await fetch(`${server.url}/api/quotes/${id(NEVER)}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as QuoteDetail;
    assert.deepEqual(summary(body), summary((await store.getQuote(id(NEVER)))!));
    assert.equal(body.occurrences.length, 1);
    const listed = (await (await fetch(`${server.url}/api/quotes?altered=true`)).json()) as { total: number };
    assert.equal(listed.total, 4);
    const bad = await fetch(`${server.url}/api/quotes?altered=yes`);
    assert.equal(bad.status, 400);
  });

  it('the CLI shows the differences and marks the listing', async () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'quote', ...args, '--db', ledger.path], { encoding: 'utf8', env: { ...process.env, COLUMNS: '160' } });
    const one = run(id(NEVER));
    assert.equal(one.status, 0, one.stderr);
    assert.match(one.stdout, /Altered variants/);
    assert.match(one.stdout, new RegExp(`${id(NOT)}  “We will not sign a blank cheque[^\\n]*\\n    - never \\+ not\\n    came later: Marta Quill, Inland Ledger, 2026-03-04; 1 occurrence in 1 document\\n`));
    assert.match(one.stdout, /Excerpts[^\n]*\n\n[^\n]*\n    (elided: - for the harbour board|trimmed: - whatever the minister says)\n/);
    const json = JSON.parse(run(id(NEVER), '--format', 'json').stdout) as QuoteDetail;
    assert.deepEqual(summary(json), summary((await store.getQuote(id(NEVER)))!));
    const listing = run('--altered');
    assert.equal(listing.status, 0, listing.stderr);
    const rows = listing.stdout.trim().split('\n').slice(2);
    assert.equal(rows.length, 4);
    assert.ok(rows.some((r) => r.startsWith(id(NOT)) && /≠ 3/.test(r)), listing.stdout);
    assert.match(listing.stderr, /4 quotes with altered variants found in at least 1 document\n/);
  });

  it('merging two actors makes their versions compatible; splitting them apart again hides them', async () => {
    const [quill] = await store.findActors('Marta Quill');
    const [lind] = await store.findActors('Bo Lind');
    await store.mergeActors(quill!.id, lind!.id);
    const would = (await store.getQuote(id(WOULD)))!;
    assert.deepEqual(
      would.variants.map((v) => [v.id, v.relation]).sort(),
      [[id(NEVER), 'altered'], [id(NOT), 'altered'], [id(TRIMMED), 'altered'], [id(ELIDED), 'altered']].sort(),
    );
    assert.equal(would.variants.find((v) => v.id === id(NEVER))!.difference, '- will + would');
    await store.splitActor(quill!.id, { aliases: ['Bo Lind'] });
    assert.deepEqual((await store.getQuote(id(WOULD)))!.variants, []);
    assert.equal((await store.stats()).quoteVariants, 6);
  });
});

test('the words in quotation marks of a partly quoted statement are a quote too, and its versions are found', async () => {
  const ledger = await fixtureLedger([
    {
      title: 'Ferries begin',
      outlet: 'River Post',
      publishedAt: '2026-03-12',
      text: `Marta Quill repeated her promise: “${NEVER}”`,
      attributions: [{ speaker: QUILL, kind: 'mixed', content: `her promise: “${NEVER}”`, cue: 'repeated', source: 'Marta Quill' }],
    },
    COAST,
  ]);
  try {
    // the quoted words of the mixed statement are the same quote as Coast Courier's direct one
    const never = (await ledger.store.getQuote(id(NEVER)))!;
    assert.deepEqual([never.documentCount, never.occurrenceCount], [2, 2]);
    assert.equal(never.first.outlet, 'Coast Courier');
  } finally {
    await ledger.cleanup();
  }
});

test('an ingest of the same articles in another order links the same pairs', async () => {
  const ledger = await fixtureLedger([VALLEY, COAST, INLAND]);
  try {
    const never = (await ledger.store.getQuote(id(NEVER)))!;
    assert.deepEqual(never.variants.map((v) => [v.id, v.relation, v.earlier, v.difference]).sort(), [
      [id(ELIDED), 'excerpt', false, 'elided: - for the harbour board'],
      [id(NOT), 'altered', false, '- never + not'],
      [id(TRIMMED), 'excerpt', false, 'trimmed: - whatever the minister says'],
    ].sort());
    assert.equal((await ledger.store.stats()).quoteVariants, 6);
  } finally {
    await ledger.cleanup();
  }
});

test('a version 3 store is upgraded in place: its quotes kept, their variants found', async () => {
  const file = join(tempDir(), 'v3.db');
  const raw = new Database(file);
  for (const m of migrations.filter((m) => m.version <= 3)) raw.exec(m.sql);
  raw.pragma('user_version = 3');
  raw.prepare(`INSERT INTO actors (id, name, type, created_at) VALUES (1, 'Marta Quill', 'person', '2026-03-01')`).run();
  const addDoc = raw.prepare(
    `INSERT INTO documents (id, text_hash, text, outlet, published_at, published_day, source_path, source_format, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, 'old.txt', 'text', '2026-03-06')`,
  );
  const addAttribution = raw.prepare(
    `INSERT INTO attributions (doc_seq, local_id, kind, content_start, content_end, content, speaker_name, speaker_norm, speaker_type, actor_id, confidence, quote_id)
     VALUES (?, 'a1', 'direct', 0, ?, ?, 'Marta Quill', 'marta quill', 'person', 1, 0.9, ?)`,
  );
  const addQuote = raw.prepare(`INSERT INTO quotes (id, text) VALUES (?, ?)`);
  for (const [n, text, day] of [[1, NOT, '2026-03-04'], [2, NEVER, '2026-03-02'], [3, LEASE, '2026-03-03']] as const) {
    addDoc.run(`doc${n}`, `hash${n}`, text, `Outlet ${n}`, day, day);
    addAttribution.run(n, text.length, text, id(text));
    addQuote.run(id(text), text);
  }
  raw.close();

  const store = new SqliteStore(file);
  try {
    const stats = await store.stats();
    assert.deepEqual([stats.schemaVersion, stats.documents, stats.attributions, stats.quotes, stats.quoteVariants], [SCHEMA_VERSION, 3, 3, 3, 1]);
    const never = (await store.getQuote(id(NEVER)))!;
    assert.deepEqual(summary(never), [[id(NOT), 'altered', false, '- never + not']]);
    assert.equal(never.first.outlet, 'Outlet 2');
    // quotes stored after the upgrade are found against the old ones
    const later = await store.addDocument({
      analysis: {
        document: { id: 'doc4', title: null, url: null, outlet: 'Outlet 4', publishedAt: '2026-03-09', publishedAtSource: 'given', text: TRIMMED },
        attributions: [
          {
            id: 'a1',
            kind: 'direct',
            cue: null,
            source: null,
            content: { start: 0, end: TRIMMED.length, text: TRIMMED },
            speaker: { id: 'unknown', name: 'unknown', type: 'unknown', role: null },
            statedOn: null,
            confidence: 0.9,
          },
        ],
        speakers: [],
        embeds: [],
        voice: [],
      },
      canonicalUrl: null,
      textHash: 'hash4',
      source: { path: 'new.txt', format: 'text' },
    });
    assert.equal(later.status, 'stored');
    assert.deepEqual(
      (await store.getQuote(id(NEVER)))!.variants.map((v) => [v.id, v.relation]),
      [[id(NOT), 'altered'], [id(TRIMMED), 'excerpt']],
    );
  } finally {
    await store.close();
  }
});

// The page's quote view, in Chromium (skipped without it, like the other browser tests).
const HOSTILE_VERSION = 'We will <img src=x onerror="window.__pwned = 1"> sign a blank cheque for the harbour board, whatever the minister says,';

describe('the quote view in Chromium', { skip: browserSkipReason(), timeout: 120_000 }, () => {
  let ledger: FixtureLedger;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    assertRunnable();
    const hostile: FixtureArticle = {
      title: 'Markup <b>in</b> a quote',
      outlet: '<i>Quay Post</i>',
      publishedAt: '2026-03-06',
      text: `“${HOSTILE_VERSION}” said Marta Quill.`,
      attributions: [{ speaker: QUILL, kind: 'direct', content: HOSTILE_VERSION, cue: 'said', source: 'Marta Quill' }],
    };
    ledger = await fixtureLedger([INLAND, COAST, VALLEY, hostile]);
    server = await startServer({ store: ledger.store, log: () => {} });
    browser = await launch();
    mkdirSync(dirname(screenshotPath('x')), { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await ledger?.cleanup();
  });

  it('shows the other versions with their differences, as text', async () => {
    const page = browser.page;
    await page.goto(`${server.url}/#/quote/${id(NEVER)}`);
    await page.waitForSelector('[data-testid=variants] li');
    const items = await page.$$eval('[data-testid=variants] li', (els) =>
      els.map((e) => [e.getAttribute('data-relation'), e.querySelector('[data-testid=changes]')!.textContent]),
    );
    // altered first, then excerpts, each by id
    const expected: [string, string, string][] = [
      [id(NOT), 'altered', 'never → not'],
      [id(HOSTILE_VERSION), 'altered', 'never → img src x onerror window pwned 1'],
      [id(ELIDED), 'excerpt', 'elided: for the harbour board'],
      [id(TRIMMED), 'excerpt', 'trimmed: whatever the minister says'],
    ];
    expected.sort((x, y) => (x[1] !== y[1] ? (x[1] === 'altered' ? -1 : 1) : x[0] < y[0] ? -1 : 1));
    assert.deepEqual(items, expected.map(([, relation, changes]) => [relation, changes]));
    // the hostile version's markup is shown as written, never run
    const quotes = await page.$$eval('[data-testid=variants] blockquote', (els) => els.map((e) => e.textContent));
    assert.ok(quotes.includes(HOSTILE_VERSION), quotes.join('\n'));
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.$$eval('[data-testid=variants] img', (els) => els.length), 0);
    // fits a phone screen
    await page.setViewportSize({ width: 360, height: 780 });
    assert.equal(await page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)), 0);
    await page.screenshot({ path: screenshotPath('quote-variants-360'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: screenshotPath('quote-variants-desktop'), fullPage: true });
    // a variant's link opens its own quote page
    const firstAltered = expected[0]![0];
    await page.click(`[data-testid=variants] li:first-child a`);
    await page.waitForFunction((qid) => location.hash.endsWith('/quote/' + qid) && document.querySelector('[data-testid=variants] li') !== null, firstAltered);
    assert.deepEqual(browser.errors, []);
  });
});
