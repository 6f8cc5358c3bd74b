// Versioned schema of the SQLite store. The schema version lives in PRAGMA user_version; each
// migration brings the store from the previous version to its own, inside one transaction.
// Never edit a released migration: add the next one.
import type Database from 'better-sqlite3';
import { QuoteVariantIndex } from './sqlite-variants.js';
import { SPEAKER_INDEX_SQL, SpeakerIndex } from './sqlite-speakers.js';
import { attributionQuoteText, quoteId } from '../ledger/normalise.js';
import { withoutInitials } from '../ledger/actors.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** Data the SQL alone cannot compute, filled in the same transaction after it. */
  upgrade?: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, speakers, attributions with full-text index, actors, quotes',
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        canonical_url TEXT UNIQUE,
        text_hash TEXT NOT NULL UNIQUE,
        url TEXT,
        title TEXT,
        outlet TEXT,
        outlet_norm TEXT,
        author TEXT,
        published_at TEXT,
        published_day TEXT,
        published_at_source TEXT,
        language TEXT,
        text TEXT NOT NULL,
        source_path TEXT NOT NULL,
        source_offset INTEGER,
        source_format TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_outlet ON documents(outlet_norm, published_day);
      CREATE INDEX documents_day ON documents(published_day);

      CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      -- every key (class|normalised name) that resolves to an actor
      CREATE TABLE actor_keys (
        key TEXT PRIMARY KEY,
        actor_id INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX actor_keys_actor ON actor_keys(actor_id);

      CREATE TABLE speakers (
        doc_seq INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_norm TEXT NOT NULL,
        type TEXT NOT NULL,
        role TEXT,
        organization TEXT,
        mentions TEXT NOT NULL,
        actor_id INTEGER,
        PRIMARY KEY (doc_seq, local_id)
      ) WITHOUT ROWID;
      CREATE INDEX speakers_actor ON speakers(actor_id, name_norm);
      CREATE INDEX speakers_name ON speakers(name_norm);

      CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE attributions (
        id INTEGER PRIMARY KEY,
        doc_seq INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        content TEXT NOT NULL,
        content_parts TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        cue TEXT,
        source_start INTEGER,
        source_end INTEGER,
        source TEXT,
        speaker_local_id TEXT,
        speaker_name TEXT NOT NULL,
        speaker_norm TEXT NOT NULL,
        speaker_type TEXT NOT NULL,
        speaker_role TEXT,
        actor_id INTEGER,
        stated_on TEXT,
        confidence REAL NOT NULL,
        quote_id TEXT,
        UNIQUE (doc_seq, local_id)
      );
      CREATE INDEX attributions_actor ON attributions(actor_id, doc_seq);
      CREATE INDEX attributions_quote ON attributions(quote_id) WHERE quote_id IS NOT NULL;
      CREATE INDEX attributions_speaker ON attributions(speaker_norm);

      CREATE VIRTUAL TABLE attributions_fts USING fts5(
        content,
        content='attributions',
        content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    description: 'distinct speaker names, so a --speaker filter scans names rather than every attribution',
    sql: `
      CREATE TABLE speaker_names (name_norm TEXT PRIMARY KEY) WITHOUT ROWID;
      INSERT OR IGNORE INTO speaker_names SELECT name_norm FROM speakers;
      INSERT OR IGNORE INTO speaker_names SELECT speaker_norm FROM attributions;
    `,
  },
  {
    version: 3,
    description: "the outlet's own voice and embedded posts per document; statement dates indexed",
    sql: `
      ALTER TABLE documents ADD COLUMN voice TEXT;
      ALTER TABLE documents ADD COLUMN voice_flags INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE documents ADD COLUMN embeds TEXT;
      CREATE INDEX attributions_stated ON attributions(stated_on) WHERE stated_on IS NOT NULL;
    `,
  },
  {
    version: 4,
    description: 'near-identical quotes: word-shingle keys of each quote, and the pairs found (altered or excerpt)',
    sql: `
      -- candidate index: hashed pairs of neighbouring content words of each quote text (src/ledger/variants.ts)
      CREATE TABLE quote_keys (
        key INTEGER NOT NULL,
        quote_id TEXT NOT NULL,
        PRIMARY KEY (key, quote_id)
      ) WITHOUT ROWID;
      -- quote_id was stored before variant_id; compatible: some occurrences of both could be one speaker
      CREATE TABLE quote_variants (
        quote_id TEXT NOT NULL,
        variant_id TEXT NOT NULL,
        relation TEXT NOT NULL,
        shared_words INTEGER NOT NULL,
        changed_words INTEGER NOT NULL,
        compatible INTEGER NOT NULL,
        PRIMARY KEY (quote_id, variant_id)
      ) WITHOUT ROWID;
      CREATE INDEX quote_variants_variant ON quote_variants(variant_id);
    `,
    // quotes already stored get their keys and variants, in ingest order
    upgrade: (db) => new QuoteVariantIndex(db).backfill(),
  },
  {
    version: 5,
    description: 'indexes that answer without reading rows: quotes with their documents (quote listing), names with their actors (--speaker), an actor\'s names, roles and documents, a document\'s day and outlet (actor listing)',
    sql: `
      CREATE INDEX attributions_quote_doc ON attributions(quote_id, doc_seq) WHERE quote_id IS NOT NULL;
      DROP INDEX attributions_quote;
      CREATE INDEX speakers_name_actor ON speakers(name_norm, actor_id);
      DROP INDEX speakers_name;
      CREATE INDEX speakers_actor_names ON speakers(actor_id, name, role, doc_seq);
      -- a document row holds its whole text: reading its day or outlet through it is slow
      CREATE INDEX documents_day_outlet ON documents(seq, published_day, outlet);
    `,
  },
  {
    version: 6,
    description: "a full-text index of each attribution's speaker names (as written, and its actor's), so words and --speaker are matched in indexes",
    sql: `${SPEAKER_INDEX_SQL}
      -- what --speaker read before (distinct names, attributions by name): the index above answers it
      DROP TABLE speaker_names;
      DROP INDEX attributions_speaker;
    `,
    // every attribution already stored, with its actor's names as they are now
    upgrade: (db) => new SpeakerIndex(db).backfill(),
  },
  {
    version: 7,
    description: 'quote ids with contractions spelled out ("won\'t" and "will not" are one quote); the old ids kept as aliases',
    sql: `
      CREATE TABLE quote_aliases (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL) WITHOUT ROWID;
    `,
    upgrade: (db) => {
      // the near-identical quote index is rebuilt in ingest order, as a fresh ingest would build it
      if (respellQuoteIds(db) > 0) {
        db.exec(`DELETE FROM quote_keys; DELETE FROM quote_variants;`);
        new QuoteVariantIndex(db).backfill();
      }
    },
  },
  {
    version: 8,
    description: 'people named with middle initials or "Jr." are also filed under the plain name, so that "Donald J. Trump" and "Donald Trump" meet from now on',
    sql: '',
    upgrade: (db) => {
      const add = db.prepare(`INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)`);
      const rows = db.prepare(`SELECT key, actor_id FROM actor_keys WHERE key LIKE 'person|%' ORDER BY actor_id, key`).all() as { key: string; actor_id: number }[];
      for (const row of rows) {
        const plain = withoutInitials(row.key.slice('person|'.length));
        if (plain) add.run(`person~|${plain}`, row.actor_id);
      }
    },
  },
  {
    version: 9,
    description: 'second-hand attributions: the local id of the attribution whose content reports each one ("the Post wrote that the spokesman said ...")',
    sql: '',
    // a store written by a newer build and marked older (as tests fake one) may have it already
    upgrade: (db) => {
      const columns = db.prepare(`SELECT name FROM pragma_table_info('attributions')`).pluck().all() as string[];
      if (!columns.includes('reported_by')) db.exec(`ALTER TABLE attributions ADD COLUMN reported_by TEXT`);
    },
  },
];

type Row = Record<string, unknown>;

/**
 * Gives every attribution the quote id its words have now (only a text with an apostrophe can
 * change), each quote the text of its first occurrence, and an old id that no longer has any
 * occurrence an alias to the id most of them moved to. Returns how many attributions moved.
 */
function respellQuoteIds(db: Database.Database): number {
  const quoteTextOf = (row: Row) =>
    attributionQuoteText(String(row.kind), String(row.content), row.content_parts ? (JSON.parse(String(row.content_parts)) as { text: string }[]) : null);
  const candidates = db.prepare(
    `SELECT id, kind, content, content_parts, quote_id FROM attributions
     WHERE quote_id IS NOT NULL AND (instr(content, '''') > 0 OR instr(content, char(8217)) > 0) ORDER BY id`,
  );
  const moves: { id: number; from: string; to: string }[] = [];
  for (const row of candidates.iterate() as Iterable<Row>) {
    const text = quoteTextOf(row);
    const to = text === null ? null : quoteId(text);
    if (to !== null && to !== row.quote_id) moves.push({ id: Number(row.id), from: String(row.quote_id), to });
  }
  if (moves.length === 0) return 0;
  const setQuote = db.prepare(`UPDATE attributions SET quote_id = ? WHERE id = ?`);
  for (const m of moves) setQuote.run(m.to, m.id);
  const first = db.prepare(`SELECT id, kind, content, content_parts FROM attributions WHERE quote_id = ? ORDER BY id LIMIT 1`);
  const putQuote = db.prepare(`INSERT OR REPLACE INTO quotes (id, text) VALUES (?, ?)`);
  const dropQuote = db.prepare(`DELETE FROM quotes WHERE id = ?`);
  const alias = db.prepare(`INSERT OR REPLACE INTO quote_aliases (old_id, new_id) VALUES (?, ?)`);
  const targets = new Map<string, Map<string, number>>();
  for (const m of moves) {
    const counts = targets.get(m.from) ?? new Map<string, number>();
    counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
    targets.set(m.from, counts);
  }
  for (const id of new Set([...moves.map((m) => m.from), ...moves.map((m) => m.to)])) {
    const row = first.get(id) as Row | undefined;
    if (row) {
      putQuote.run(id, quoteTextOf(row));
      continue;
    }
    dropQuote.run(id);
    const counts = [...targets.get(id)!].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    alias.run(id, counts[0]![0]);
  }
  return moves.length;
}

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
