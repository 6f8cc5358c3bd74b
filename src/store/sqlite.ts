// The SQLite backend of the Store interface (better-sqlite3, WAL). Each document's rows, and the
// actors and quotes they create, are written in one transaction, so a killed ingest leaves
// either the whole document or nothing.
import Database from 'better-sqlite3';
import type { AttributionKind, Embed, PublishedAtSource, Span, SpeakerType, VoiceSentence } from '../document/types.js';
import { actorKeys, mergedType, otherInitials } from '../ledger/actors.js';
import { attributionQuoteText, foldText, normaliseName, quotedWords, quoteId } from '../ledger/normalise.js';
import { describeChanges } from '../ledger/variants.js';
import { migrations, SCHEMA_VERSION } from './migrations.js';
import { QuoteVariantIndex } from './sqlite-variants.js';
import { SpeakerIndex, speakerPhrase } from './sqlite-speakers.js';
import {
  StoreError,
  type ActorDetail,
  type ActorQuery,
  type ActorSummary,
  type AddResult,
  type AttributionRecord,
  type BatchResult,
  type DocumentQuery,
  type NewDocument,
  type QuoteDetail,
  type QuoteQuery,
  type QuoteSummary,
  type QuoteVariant,
  type SearchPage,
  type SearchQuery,
  type SplitSelector,
  type Store,
  type StoreStats,
  type StoredDocument,
  type StoredDocumentSummary,
  type StoredSpeaker,
} from './store.js';

type Row = Record<string, unknown>;

const RECORD_COLUMNS = `
  a.id AS a_id, a.local_id, a.kind, a.content_start, a.content_end, a.content, a.content_parts,
  a.cue_start, a.cue_end, a.cue, a.source_start, a.source_end, a.source,
  a.speaker_name, a.speaker_type, a.speaker_role, a.actor_id, ac.name AS actor_name,
  a.stated_on, a.confidence, a.quote_id, a.reported_by, rb.speaker_name AS reported_by_name,
  d.id AS doc_id, d.seq AS doc_seq, d.outlet, d.published_at, d.title, d.url`;

const RECORD_FROM = `attributions a JOIN documents d ON d.seq = a.doc_seq LEFT JOIN actors ac ON ac.id = a.actor_id
  LEFT JOIN attributions rb ON rb.doc_seq = a.doc_seq AND rb.local_id = a.reported_by`;

/** Earliest first; undated documents after dated ones, then in ingest order. */
const CHRONOLOGICAL = `d.published_day IS NULL, d.published_at, d.seq, a.content_start`;

function spanOf(start: unknown, end: unknown, text: unknown): Span | null {
  return start === null || start === undefined ? null : { start: Number(start), end: Number(end), text: String(text) };
}

function toRecord(row: Row): AttributionRecord {
  const record: AttributionRecord = {
    id: `${row.doc_id}:${row.local_id}`,
    documentId: String(row.doc_id),
    kind: row.kind as AttributionKind,
    content: spanOf(row.content_start, row.content_end, row.content)!,
    cue: spanOf(row.cue_start, row.cue_end, row.cue),
    source: spanOf(row.source_start, row.source_end, row.source),
    speaker: {
      name: String(row.speaker_name),
      type: row.speaker_type as SpeakerType,
      role: (row.speaker_role as string | null) ?? null,
      actorId: row.actor_id === null ? null : String(row.actor_id),
      actorName: (row.actor_name as string | null) ?? null,
    },
    statedOn: (row.stated_on as string | null) ?? null,
    confidence: Number(row.confidence),
    quoteId: (row.quote_id as string | null) ?? null,
    outlet: (row.outlet as string | null) ?? null,
    publishedAt: (row.published_at as string | null) ?? null,
    title: (row.title as string | null) ?? null,
    url: (row.url as string | null) ?? null,
  };
  if (row.content_parts) record.contentParts = JSON.parse(String(row.content_parts)) as Span[];
  if (row.reported_by) {
    record.reportedBy = `${row.doc_id}:${row.reported_by}`;
    record.reportedByName = (row.reported_by_name as string | null) ?? 'unknown';
  }
  return record;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => '\\' + c);
}

/**
 * A user query made safe for FTS5: words and "quoted phrases" are ANDed, a trailing * keeps
 * prefix search; every other character of FTS5's syntax is taken literally.
 */
export function toFtsQuery(query: string): string {
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const phrase = m[1] !== undefined ? m[1] : null;
    const raw = phrase ?? m[2]!;
    const prefix = phrase === null && raw.endsWith('*');
    const words = raw.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!words) continue;
    terms.push(`"${words}"${prefix ? '*' : ''}`);
  }
  return terms.join(' ');
}

/** A document of a batch written without savepoints failed: the batch must be written again with them. */
class DocumentFailed extends Error {
  constructor(cause: unknown) {
    super('a document of the batch failed', { cause });
  }
}

/** Integer ids as a bit set (ids are small positive row ids). */
function bitSet(ids: readonly number[]): Uint32Array {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  const bits = new Uint32Array((max >>> 5) + 1);
  for (const id of ids) bits[id >>> 5]! |= 1 << (id & 31);
  return bits;
}

function dayOf(publishedAt: string | null | undefined): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt);
  return m ? m[1]! : null;
}

function parseId(id: string): number | null {
  return /^\d{1,15}$/.test(id) ? Number(id) : null;
}

export interface SqliteStoreOptions {
  readonly?: boolean;
  /** Stored quotes kept in memory to find near-identical ones (tests lower it; answers do not depend on it). */
  cachedQuotes?: number;
}

/** Adds `sql` to the WHERE clauses, with its parameter, for each filter that was given. */
function addFilters(where: string[], params: Record<string, unknown>, filters: [name: string, value: unknown, sql: string][]): void {
  for (const [name, value, sql] of filters) {
    if (value === undefined || value === null || value === '') continue;
    where.push(sql);
    params[name] = value;
  }
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmts: ReturnType<SqliteStore['prepare']>;
  private readonly variants: QuoteVariantIndex;
  private readonly speakerIndex: SpeakerIndex;
  /** Attributions up to this id are in the speaker index; later ones are indexed when their batch ends. */
  private speakerIndexedUpTo = 0;
  /** The attribution ids a search's --speaker matched, as a bit set read by whosaid_speaker_hit(). */
  private speakerHits: Uint32Array | null = null;
  /**
   * Up to this many speaker matches, words with a speaker are counted and ranked in one pass, in
   * memory; beyond, in two passes in SQLite (tests lower it to compare the two).
   */
  onePassSpeakerMatches = 200_000;

  constructor(readonly file: string, options: SqliteStoreOptions = {}) {
    try {
      this.db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (err) {
      throw new StoreError(`${file}: cannot open the store (${(err as Error).message})`);
    }
    try {
      this.db.pragma('busy_timeout = 10000');
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        // WAL with NORMAL survives a killed process; only a power cut can lose the last commits
        this.db.pragma('synchronous = NORMAL');
        // the quote-key index takes inserts at random places: a larger page cache (default 2 MB)
        // saves re-reading its pages once the store holds a few hundred thousand quotes
        this.db.pragma('cache_size = -32768');
        // a document's savepoint copies every page it is the first to change (to undo a failed
        // document alone): in memory, not in a temporary file (~250 writes per document)
        this.db.pragma('temp_store = MEMORY');
        this.migrate();
      } else if (this.schemaVersion() !== SCHEMA_VERSION) {
        throw new StoreError(`${file}: store schema version ${this.schemaVersion()}, expected ${SCHEMA_VERSION}`);
      }
      this.stmts = this.prepare();
      this.variants = new QuoteVariantIndex(this.db, options.cachedQuotes);
      this.speakerIndex = new SpeakerIndex(this.db);
      // filters full-text matches by the speaker's ids inside SQLite, before any row is read
      this.db.function('whosaid_speaker_hit', (id: unknown) => {
        const bits = this.speakerHits;
        const n = Number(id);
        return bits !== null && n >>> 5 < bits.length && (bits[n >>> 5]! >>> (n & 31)) & 1 ? 1 : 0;
      });
    } catch (err) {
      this.db.close();
      if (err instanceof StoreError) throw err;
      // e.g. "file is not a database": say which file
      throw new StoreError(`${file}: cannot use the store (${(err as Error).message})`);
    }
  }

  private schemaVersion(): number {
    return Number(this.db.pragma('user_version', { simple: true }));
  }

  private migrate(): void {
    const current = this.schemaVersion();
    if (current > SCHEMA_VERSION) {
      throw new StoreError(`${this.file}: store schema version ${current} is newer than this whosaid (${SCHEMA_VERSION})`);
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        migration.upgrade?.(this.db);
        this.db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    }
  }

  private prepare() {
    const db = this.db;
    return {
      findDoc: db.prepare(
        `SELECT id, CASE WHEN canonical_url = @url THEN 'url' ELSE 'text' END AS reason
         FROM documents WHERE text_hash = @hash OR (@url IS NOT NULL AND canonical_url = @url) LIMIT 1`,
      ),
      insertDoc: db.prepare(
        `INSERT INTO documents (id, canonical_url, text_hash, url, title, outlet, outlet_norm, author, published_at,
           published_day, published_at_source, language, text, source_path, source_offset, source_format, ingested_at,
           voice, voice_flags, embeds)
         VALUES (@id, @canonicalUrl, @textHash, @url, @title, @outlet, @outletNorm, @author, @publishedAt,
           @publishedDay, @publishedAtSource, @language, @text, @sourcePath, @sourceOffset, @sourceFormat, @ingestedAt,
           @voice, @voiceFlags, @embeds)`,
      ),
      docById: db.prepare(`SELECT 1 FROM documents WHERE id = ?`),
      actorByKey: db.prepare(`SELECT k.actor_id AS id, a.type FROM actor_keys k JOIN actors a ON a.id = k.actor_id WHERE k.key = ?`),
      insertActor: db.prepare(`INSERT INTO actors (name, type, created_at) VALUES (?, ?, ?)`),
      insertKey: db.prepare(`INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)`),
      keysOfActor: db.prepare(`SELECT key FROM actor_keys WHERE actor_id = ?`).pluck(),
      setActorType: db.prepare(`UPDATE actors SET type = ? WHERE id = ?`),
      insertSpeaker: db.prepare(
        `INSERT INTO speakers (doc_seq, local_id, ord, name, name_norm, type, role, organization, mentions, actor_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertQuote: db.prepare(`INSERT OR IGNORE INTO quotes (id, text) VALUES (?, ?)`),
      // positional: binding 22 named values costs a property lookup each, per attribution
      insertAttribution: db.prepare(
        `INSERT INTO attributions (doc_seq, local_id, kind, content_start, content_end, content, content_parts,
           cue_start, cue_end, cue, source_start, source_end, source, speaker_local_id, speaker_name, speaker_norm,
           speaker_type, speaker_role, actor_id, stated_on, confidence, quote_id, reported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      lastAttribution: db.prepare(`SELECT coalesce(max(id), 0) FROM attributions`).pluck(),
      // one statement indexes every attribution a transaction added: per-row inserts into FTS5
      // cost ~0.13 ms more per document
      indexNewAttributions: db.prepare(`INSERT INTO attributions_fts (rowid, content) SELECT id, content FROM attributions WHERE id > ?`),
    };
  }

  async hasDocument(key: { canonicalUrl: string | null; textHash: string }): Promise<boolean> {
    return this.stmts.findDoc.get({ url: key.canonicalUrl, hash: key.textHash }) !== undefined;
  }

  async addDocument(doc: NewDocument): Promise<AddResult> {
    return this.addDocumentSync(doc);
  }

  async addDocuments(docs: NewDocument[]): Promise<BatchResult[]> {
    // Documents rarely fail, and a savepoint per document costs ~0.2 ms each (it copies every
    // page the document is the first to change): the batch is written without them, and only
    // when a document fails is it rolled back and written again, each document in a savepoint,
    // so that the failing one alone is left out, as it would have been.
    try {
      return this.writeBatch(docs, false);
    } catch (err) {
      if (!(err instanceof DocumentFailed)) throw err;
      return this.writeBatch(docs, true);
    }
  }

  private writeBatch(docs: NewDocument[], savepoints: boolean): BatchResult[] {
    // a nested transaction is a savepoint: a failing document rolls back alone (its attributions
    // are gone before the full-text index is written, in the same transaction)
    const one = this.db.transaction((doc: NewDocument): AddResult => this.insertDocument(doc));
    return this.rollingBack(() =>
      this.db.transaction((): BatchResult[] => {
        const before = this.stmts.lastAttribution.get() as number;
        this.speakerIndexedUpTo = before;
        this.speakerIndex.startBatch();
        const results = docs.map((doc): BatchResult => {
          if (!savepoints) {
            try {
              return this.insertDocument(doc);
            } catch (err) {
              throw new DocumentFailed(err);
            }
          }
          try {
            return one(doc);
          } catch (err) {
            this.speakerIndex.documentFailed();
            this.variants.forget();
            return { status: 'failed', documentId: doc.analysis.document.id, message: (err as Error).message };
          }
        });
        this.indexAfter(before);
        return results;
      }).immediate(),
    );
  }

  /** Runs a write transaction; when it is rolled back, the variant index forgets what it wrote. */
  private rollingBack<T>(write: () => T): T {
    try {
      return write();
    } catch (err) {
      this.variants.forget();
      throw err;
    }
  }

  /** The synchronous core of addDocument, one IMMEDIATE transaction. */
  addDocumentSync(doc: NewDocument): AddResult {
    return this.rollingBack(() =>
      this.db.transaction((): AddResult => {
        const before = this.stmts.lastAttribution.get() as number;
        this.speakerIndexedUpTo = before;
        this.speakerIndex.startBatch();
        const result = this.insertDocument(doc);
        this.indexAfter(before);
        return result;
      }).immediate(),
    );
  }

  /** Both full-text indexes take the attributions a transaction added in one pass at its end. */
  private indexAfter(before: number): void {
    this.stmts.indexNewAttributions.run(before);
    this.speakerIndex.indexAfter(before);
    this.speakerIndexedUpTo = Number.MAX_SAFE_INTEGER;
  }

  /** The speaker's actor, found by its keys or created (then `created` holds it). */
  private resolveActor(name: string, type: SpeakerType, documentId: string, now: string, created: Set<number>): number | null {
    const keys = actorKeys(name, type, documentId);
    if (!keys) return null;
    for (const key of keys.lookup) {
      const found = this.stmts.actorByKey.get(key) as { id: number; type: SpeakerType } | undefined;
      if (!found) continue;
      if (keys.plain && key === `person|${keys.plain}` && otherInitials(this.stmts.keysOfActor.all(found.id) as string[], keys)) continue;
      if (key !== keys.own) {
        this.stmts.insertKey.run(keys.own, found.id);
        for (const extra of keys.extra) this.stmts.insertKey.run(extra, found.id);
        const type2 = mergedType(found.type, type);
        if (type2 !== found.type) this.stmts.setActorType.run(type2, found.id);
      }
      return found.id;
    }
    const id = Number(this.stmts.insertActor.run(name, type, now).lastInsertRowid);
    this.stmts.insertKey.run(keys.own, id);
    for (const extra of keys.extra) this.stmts.insertKey.run(extra, id);
    created.add(id);
    return id;
  }

  private insertDocument(doc: NewDocument): AddResult {
    const { analysis } = doc;
    const d = analysis.document;
    const dup = this.stmts.findDoc.get({ url: doc.canonicalUrl, hash: doc.textHash }) as { id: string; reason: 'url' | 'text' } | undefined;
    if (dup) return { status: 'duplicate', documentId: dup.id, reason: dup.reason };
    // same text id but a different normalised hash cannot happen; guard the unique id anyway
    if (this.stmts.docById.get(d.id)) return { status: 'duplicate', documentId: d.id, reason: 'text' };
    const now = new Date().toISOString();
    const docSeq = Number(
      this.stmts.insertDoc.run({
        id: d.id,
        canonicalUrl: doc.canonicalUrl,
        textHash: doc.textHash,
        url: d.url,
        title: d.title,
        outlet: d.outlet,
        outletNorm: d.outlet ? foldText(d.outlet) : null,
        author: doc.author ?? null,
        publishedAt: d.publishedAt,
        publishedDay: dayOf(d.publishedAt),
        publishedAtSource: d.publishedAtSource,
        language: doc.language ?? null,
        text: d.text,
        sourcePath: doc.source.path,
        sourceOffset: doc.source.offset ?? null,
        sourceFormat: doc.source.format,
        ingestedAt: now,
        voice: JSON.stringify(analysis.voice),
        voiceFlags: analysis.voice.reduce((n, v) => n + v.flags.length, 0),
        embeds: JSON.stringify(analysis.embeds),
      }).lastInsertRowid,
    );
    const actorOf = new Map<string, number | null>();
    // known actors that this document names in a new way: their indexed names change
    const renamedActors = new Set<number>();
    const createdActors = new Set<number>();
    this.speakerIndex.startDocument();
    for (const [ord, s] of analysis.speakers.entries()) {
      const actorId = this.resolveActor(s.name, s.type, d.id, now, createdActors);
      actorOf.set(s.id, actorId);
      const norm = normaliseName(s.name);
      if (actorId !== null && this.speakerIndex.addName(actorId, norm, createdActors.has(actorId))) renamedActors.add(actorId);
      this.stmts.insertSpeaker.run(docSeq, s.id, ord, s.name, norm, s.type, s.role, s.organization, JSON.stringify(s.mentions), actorId);
    }
    const norms = new Map<string, string>();
    const speakerNorm = (name: string) => {
      let norm = norms.get(name);
      if (norm === undefined) {
        norm = normaliseName(name);
        norms.set(name, norm);
      }
      return norm;
    };
    // quote texts seen for the first time, and repeats of stored ones
    const newQuotes = new Map<string, string>();
    const repeatedQuotes = new Set<string>();
    for (const a of analysis.attributions) {
      const known = actorOf.has(a.speaker.id);
      const parts = a.contentParts && a.contentParts.length > 1 ? a.contentParts : null;
      let qid: string | null = null;
      const quoteText = attributionQuoteText(a.kind, a.content.text, parts);
      if (quoteText) {
        qid = quoteId(quoteText);
        if (qid && this.stmts.insertQuote.run(qid, quoteText).changes > 0) newQuotes.set(qid, quoteText);
        else if (qid && !newQuotes.has(qid)) repeatedQuotes.add(qid);
      }
      this.stmts.insertAttribution.run(
        docSeq,
        a.id,
        a.kind,
        a.content.start,
        a.content.end,
        a.content.text,
        parts ? JSON.stringify(parts) : null,
        a.cue?.start ?? null,
        a.cue?.end ?? null,
        a.cue?.text ?? null,
        a.source?.start ?? null,
        a.source?.end ?? null,
        a.source?.text ?? null,
        known ? a.speaker.id : null,
        a.speaker.name,
        speakerNorm(a.speaker.name),
        a.speaker.type,
        a.speaker.role,
        known ? actorOf.get(a.speaker.id)! : null,
        a.statedOn,
        a.confidence,
        qid,
        a.reportedBy ?? null,
      );
    }
    // after the attributions, so the speaker check sees this document's occurrences
    for (const [qid, text] of newQuotes) this.variants.addQuote(qid, text);
    for (const qid of repeatedQuotes) this.variants.refreshIncompatible(qid);
    // rows indexed before this batch; the batch's own rows are indexed at its end
    for (const actorId of renamedActors) this.speakerIndex.rewriteRenamed(actorId, this.speakerIndexedUpTo);
    return { status: 'stored', documentId: d.id };
  }

  private docSummary(row: Row): StoredDocumentSummary {
    return {
      id: String(row.id),
      title: (row.title as string | null) ?? null,
      url: (row.url as string | null) ?? null,
      canonicalUrl: (row.canonical_url as string | null) ?? null,
      outlet: (row.outlet as string | null) ?? null,
      author: (row.author as string | null) ?? null,
      publishedAt: (row.published_at as string | null) ?? null,
      publishedAtSource: (row.published_at_source as PublishedAtSource | null) ?? null,
      source: {
        path: String(row.source_path),
        offset: row.source_offset === null ? null : Number(row.source_offset),
        format: String(row.source_format),
      },
      ingestedAt: String(row.ingested_at),
      attributionCount: Number(row.attribution_count ?? 0),
      voiceFlagCount: Number(row.voice_flags ?? 0),
    };
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.db
      .prepare(`SELECT d.*, (SELECT count(*) FROM attributions WHERE doc_seq = d.seq) AS attribution_count FROM documents d WHERE d.id = ?`)
      .get(id) as Row | undefined;
    if (!row) return null;
    const attributions = (
      this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE a.doc_seq = ? ORDER BY a.content_start, a.content_end`).all(row.seq) as Row[]
    ).map(toRecord);
    const speakers: StoredSpeaker[] = (this.db.prepare(`SELECT * FROM speakers WHERE doc_seq = ? ORDER BY ord`).all(row.seq) as Row[]).map((s) => ({
      id: String(s.local_id),
      name: String(s.name),
      type: s.type as SpeakerType,
      role: (s.role as string | null) ?? null,
      organization: (s.organization as string | null) ?? null,
      mentions: JSON.parse(String(s.mentions)) as Span[],
      actorId: s.actor_id === null ? null : String(s.actor_id),
    }));
    const parsed = <T>(json: unknown): T[] => (typeof json === 'string' ? (JSON.parse(json) as T[]) : []);
    return {
      ...this.docSummary(row),
      text: String(row.text),
      attributions,
      speakers,
      voice: parsed<VoiceSentence>(row.voice),
      embeds: parsed<Embed>(row.embeds),
    };
  }

  async listDocuments(query: DocumentQuery = {}): Promise<{ total: number; documents: StoredDocumentSummary[] }> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.outlet) {
      where.push('d.outlet_norm = @outlet');
      params.outlet = foldText(query.outlet);
    }
    addFilters(where, params, [
      ['since', query.since, 'd.published_day >= @since'],
      ['until', query.until, 'd.published_day <= @until'],
    ]);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM documents d ${clause}`).get(params) as Row).n);
    const rows = this.db
      .prepare(
        `SELECT d.seq, d.id, d.title, d.url, d.canonical_url, d.outlet, d.author, d.published_at, d.published_at_source,
           d.source_path, d.source_offset, d.source_format, d.ingested_at, d.voice_flags,
           (SELECT count(*) FROM attributions WHERE doc_seq = d.seq) AS attribution_count
         FROM documents d ${clause} ORDER BY d.seq LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as Row[];
    return { total, documents: rows.map((r) => this.docSummary(r)) };
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const text = query.query?.trim() ? toFtsQuery(query.query) : '';
    if (query.query?.trim() && !text) return { total: 0, results: [] };
    // whole words of the name as written or of any name of its actor ("roe" finds "Jane Roe",
    // not "Monroe"), read from the speaker index
    let speakerIds: number[] | null = null;
    if (query.speaker?.trim()) {
      speakerIds = this.speakerIndex.matching(normaliseName(query.speaker));
      if (speakerIds.length === 0) return { total: 0, results: [] };
    }
    if (query.actorId) {
      where.push('a.actor_id = @actorId');
      params.actorId = parseId(query.actorId) ?? -1;
    }
    if (query.outlet?.trim()) {
      where.push('d.outlet_norm = @outlet');
      params.outlet = foldText(query.outlet);
    }
    addFilters(where, params, [
      ['since', query.since, 'd.published_day >= @since'],
      ['until', query.until, 'd.published_day <= @until'],
      ['statedSince', query.statedSince, 'a.stated_on >= @statedSince'],
      ['statedUntil', query.statedUntil, 'a.stated_on <= @statedUntil'],
      ['kind', query.kind, 'a.kind = @kind'],
      ['documentId', query.documentId, 'd.id = @documentId'],
      ['quoteId', query.quoteId, 'a.quote_id = @quoteId'],
    ]);
    // filters that need the attribution or document row, beyond the two full-text indexes
    const rowFilters = where.length > 0;
    const limit = Math.max(0, Math.min(query.limit ?? 20, 10_000));
    const offset = Math.max(0, query.offset ?? 0);
    let from = RECORD_FROM;
    let score = '0';
    // DESC puts undated documents last, and follows the documents_day index
    let order = `d.published_day DESC, d.seq DESC, a.content_start`;
    if (text) {
      from = `attributions_fts f JOIN ${RECORD_FROM.replace('attributions a', 'attributions a ON a.id = f.rowid')}`;
      // the speaker's ids are checked on each full-text match before its row is read
      if (speakerIds) where.unshift('whosaid_speaker_hit(f.rowid)');
      where.unshift('attributions_fts MATCH @fts');
      params.fts = text;
      score = '-bm25(attributions_fts)';
      order = `bm25(attributions_fts), d.seq DESC`;
    }
    const clause = (terms: string[]) => (terms.length ? `WHERE ${terms.join(' AND ')}` : '');
    let countWhere = where;
    let pageWhere = where;
    if (speakerIds && !text) {
      // A speaker alone: few matches are read by id and sorted; many are found by walking the
      // documents newest first and testing each attribution's id, which stops at the page
      // (19,800 matches among 330,000: 38 ms read by id, 0.1 ms walked; no match in the walk: 55 ms).
      const byId = 'a.id IN (SELECT rowid FROM attribution_speakers WHERE attribution_speakers MATCH @speakerFts)';
      params.speakerFts = speakerPhrase(normaliseName(query.speaker!));
      const attributions = this.stmts.lastAttribution.get() as number;
      const walk = speakerIds.length * speakerIds.length * 8 >= (limit + offset) * attributions;
      countWhere = [...where, byId];
      pageWhere = [...where, walk ? 'whosaid_speaker_hit(a.id)' : byId];
    }
    // the total needs every match: join only what the filters read
    let countFrom = text ? 'attributions_fts f JOIN attributions a ON a.id = f.rowid' : 'attributions a';
    if (/\bd\./.test(clause(countWhere))) countFrom += ' JOIN documents d ON d.seq = a.doc_seq';
    this.speakerHits = speakerIds ? bitSet(speakerIds) : null;
    try {
      let total: number;
      let rows: Row[];
      if (text && !rowFilters && speakerIds && speakerIds.length <= this.onePassSpeakerMatches) {
        // Words and a speaker: the matches are at most the speaker's, so they are read once, with
        // their scores, and counted and ranked here; counting and ranking in SQLite each read the
        // words' whole list of matches (a word in 182,000 attributions: 148 -> 80 ms)
        const hits = this.db
          .prepare(`SELECT rowid, bm25(attributions_fts) FROM attributions_fts WHERE attributions_fts MATCH @fts AND whosaid_speaker_hit(rowid)`)
          .raw()
          .all(params) as [number, number][];
        total = hits.length;
        // as below: best score first, then newer
        hits.sort((x, y) => x[1] - y[1] || y[0] - x[0]);
        const page = hits.slice(offset, offset + limit);
        const rank = new Map(page.map(([id, r]) => [id, r]));
        rows = (
          this.db
            .prepare(`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE a.id IN (SELECT value FROM json_each(?))`)
            .all(JSON.stringify(page.map(([id]) => id))) as Row[]
        )
          .map((r): Row => ({ ...r, score: -rank.get(Number(r.a_id))! }))
          .sort((x, y) => Number(y.score) - Number(x.score) || Number(y.a_id) - Number(x.a_id));
      } else if (text && !rowFilters) {
        // Words (and a speaker): count and rank in the full-text index, then read the page's
        // rows. Joining every match first cost 5x more (60 ms for a common word in 330,000
        // attributions), 10x more with a speaker. Newer documents first among equal scores, as
        // below: attribution ids grow with them.
        const speaker = speakerIds ? 'AND whosaid_speaker_hit(rowid)' : '';
        total = Number(
          (this.db.prepare(`SELECT count(*) AS n FROM attributions_fts WHERE attributions_fts MATCH @fts ${speaker}`).get(params) as Row).n,
        );
        rows = this.db
          .prepare(
            `SELECT ${RECORD_COLUMNS}, -f.rank AS score
             FROM (SELECT rowid AS id, bm25(attributions_fts) AS rank FROM attributions_fts WHERE attributions_fts MATCH @fts ${speaker}
                   ORDER BY rank, rowid DESC LIMIT @limit OFFSET @offset) f
             JOIN ${RECORD_FROM.replace('attributions a', 'attributions a ON a.id = f.id')}
             ORDER BY f.rank, a.id DESC`,
          )
          .all({ ...params, limit, offset }) as Row[];
      } else {
        // a speaker alone is counted by its index
        total =
          speakerIds && !text && !rowFilters
            ? speakerIds.length
            : Number((this.db.prepare(`SELECT count(*) AS n FROM ${countFrom} ${clause(countWhere)}`).get(params) as Row).n);
        rows = this.db
          .prepare(`SELECT ${RECORD_COLUMNS}, ${score} AS score FROM ${from} ${clause(pageWhere)} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
          .all({ ...params, limit, offset }) as Row[];
      }
      return { total, results: rows.map((r) => ({ ...toRecord(r), score: Math.round(Number(r.score) * 1000) / 1000 })) };
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_ERROR' && text) throw new StoreError(`cannot search for "${query.query}": ${(err as Error).message}`);
      throw err;
    } finally {
      this.speakerHits = null;
    }
  }

  async *exportAttributions(): AsyncIterable<AttributionRecord> {
    // pages by key rather than one open cursor, so other queries can run between pages
    const page = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE a.id > ? ORDER BY a.id LIMIT 1000`);
    let after = 0;
    for (;;) {
      const rows = page.all(after) as Row[];
      if (rows.length === 0) return;
      for (const row of rows) yield toRecord(row);
      after = Number(rows[rows.length - 1]!.a_id);
    }
  }

  private actorSummaries(ids: number[]): ActorSummary[] {
    if (ids.length === 0) return [];
    const actor = this.db.prepare(
      `SELECT ac.id, ac.name, ac.type,
         (SELECT count(*) FROM attributions WHERE actor_id = ac.id) AS n,
         (SELECT count(DISTINCT doc_seq) FROM speakers WHERE actor_id = ac.id) AS docs
       FROM actors ac WHERE ac.id = ?`,
    );
    const aliases = this.db.prepare(`SELECT name, count(*) AS n FROM speakers WHERE actor_id = ? GROUP BY name ORDER BY n DESC, name`);
    const roles = this.db.prepare(
      `SELECT role, count(*) AS n FROM speakers WHERE actor_id = ? AND role IS NOT NULL AND role <> '' GROUP BY lower(role) ORDER BY n DESC, role`,
    );
    // Documents through their small index (the planner would read each row, text and all),
    // and once per document rather than once per statement.
    const outlets = this.db.prepare(
      `SELECT d.outlet, sum(x.n) AS n
       FROM (SELECT doc_seq, count(*) AS n FROM attributions WHERE actor_id = ? GROUP BY doc_seq) x
       JOIN documents d INDEXED BY documents_day_outlet ON d.seq = x.doc_seq
       WHERE d.outlet IS NOT NULL GROUP BY d.outlet ORDER BY n DESC, d.outlet`,
    );
    const span = this.db.prepare(
      `SELECT min(d.published_day) AS first, max(d.published_day) AS last
       FROM speakers s JOIN documents d INDEXED BY documents_day_outlet ON d.seq = s.doc_seq WHERE s.actor_id = ?`,
    );
    const out: ActorSummary[] = [];
    for (const id of ids) {
      const row = actor.get(id) as Row | undefined;
      if (!row) continue;
      const seen = span.get(id) as Row;
      out.push({
        id: String(row.id),
        name: String(row.name),
        type: row.type as SpeakerType,
        attributionCount: Number(row.n),
        documentCount: Number(row.docs),
        aliases: (aliases.all(id) as Row[]).map((r) => String(r.name)),
        roles: (roles.all(id) as Row[]).map((r) => String(r.role)),
        outlets: (outlets.all(id) as Row[]).map((r) => ({ outlet: String(r.outlet), count: Number(r.n) })),
        firstSeen: (seen.first as string | null) ?? null,
        lastSeen: (seen.last as string | null) ?? null,
      });
    }
    return out;
  }

  async listActors(query: ActorQuery = {}): Promise<{ total: number; actors: ActorSummary[] }> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.name?.trim()) {
      where.push(`(ac.id IN (SELECT actor_id FROM speakers WHERE actor_id IS NOT NULL AND name_norm LIKE @name ESCAPE '\\'))`);
      params.name = `%${escapeLike(normaliseName(query.name))}%`;
    }
    if (query.type) {
      where.push('ac.type = @type');
      params.type = query.type;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM actors ac ${clause}`).get(params) as Row).n);
    const ids = (
      this.db
        .prepare(
          `SELECT ac.id, (SELECT count(*) FROM attributions WHERE actor_id = ac.id) AS n FROM actors ac ${clause}
           ORDER BY n DESC, ac.name, ac.id LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: query.limit ?? 50, offset: query.offset ?? 0 }) as Row[]
    ).map((r) => Number(r.id));
    return { total, actors: this.actorSummaries(ids) };
  }

  async getActor(id: string, options: { limit?: number; offset?: number } = {}): Promise<ActorDetail | null> {
    const numeric = parseId(id);
    if (numeric === null) return null;
    const [summary] = this.actorSummaries([numeric]);
    if (!summary) return null;
    const statements = (
      this.db
        .prepare(`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE a.actor_id = ? ORDER BY ${CHRONOLOGICAL} LIMIT ? OFFSET ?`)
        .all(numeric, options.limit ?? -1, options.offset ?? 0) as Row[]
    ).map(toRecord);
    return { ...summary, statements };
  }

  async findActors(name: string): Promise<ActorSummary[]> {
    const norm = normaliseName(name);
    if (!norm) return [];
    const ids = (
      this.db
        .prepare(
          `SELECT DISTINCT s.actor_id AS id, (SELECT count(*) FROM attributions WHERE actor_id = s.actor_id) AS n
           FROM speakers s WHERE s.name_norm = ? AND s.actor_id IS NOT NULL ORDER BY n DESC, id`,
        )
        .all(norm) as Row[]
    ).map((r) => Number(r.id));
    return this.actorSummaries(ids);
  }

  async mergeActors(keepId: string, otherId: string): Promise<ActorSummary> {
    const keep = parseId(keepId);
    const other = parseId(otherId);
    const exists = this.db.prepare(`SELECT type FROM actors WHERE id = ?`);
    const keepRow = keep === null ? undefined : (exists.get(keep) as Row | undefined);
    const otherRow = other === null ? undefined : (exists.get(other) as Row | undefined);
    if (!keepRow) throw new StoreError(`no actor with id ${keepId}`);
    if (!otherRow) throw new StoreError(`no actor with id ${otherId}`);
    if (keep === other) throw new StoreError(`cannot merge actor ${keepId} with itself`);
    this.db.transaction(() => {
      this.db.prepare(`UPDATE actor_keys SET actor_id = ? WHERE actor_id = ?`).run(keep, other);
      this.db.prepare(`UPDATE speakers SET actor_id = ? WHERE actor_id = ?`).run(keep, other);
      this.db.prepare(`UPDATE attributions SET actor_id = ? WHERE actor_id = ?`).run(keep, other);
      this.db.prepare(`DELETE FROM actors WHERE id = ?`).run(other);
      const type = mergedType(keepRow.type as SpeakerType, otherRow.type as SpeakerType);
      this.db.prepare(`UPDATE actors SET type = ? WHERE id = ?`).run(type, keep);
      // one actor now, with the names of both
      this.speakerIndex.reindexActor(keep!);
      // one actor now: their quotes' variants may have become compatible
      for (const qid of this.quotesOfActor(keep!)) this.variants.refreshIncompatible(qid);
    }).immediate();
    return this.actorSummaries([keep!])[0]!;
  }

  async splitActor(id: string, selector: SplitSelector): Promise<ActorSummary> {
    const numeric = parseId(id);
    const row = numeric === null ? undefined : (this.db.prepare(`SELECT name, type FROM actors WHERE id = ?`).get(numeric) as Row | undefined);
    if (!row) throw new StoreError(`no actor with id ${id}`);
    const docIds = selector.documentIds ?? [];
    const aliasNorms = (selector.aliases ?? []).map(normaliseName).filter((a) => a !== '');
    if (docIds.length === 0 && aliasNorms.length === 0) throw new StoreError('split needs documents or aliases to move');
    const newId = this.db.transaction((): number => {
      this.db.exec(`CREATE TEMP TABLE IF NOT EXISTS split_docs (id TEXT PRIMARY KEY); DELETE FROM split_docs;
                    CREATE TEMP TABLE IF NOT EXISTS split_names (name TEXT PRIMARY KEY); DELETE FROM split_names;`);
      const addDoc = this.db.prepare(`INSERT OR IGNORE INTO temp.split_docs VALUES (?)`);
      for (const d of docIds) addDoc.run(d);
      const addName = this.db.prepare(`INSERT OR IGNORE INTO temp.split_names VALUES (?)`);
      for (const n of aliasNorms) addName.run(n);
      const selected = `actor_id = @old AND (doc_seq IN (SELECT seq FROM documents WHERE id IN (SELECT id FROM temp.split_docs))
                          OR name_norm IN (SELECT name FROM temp.split_names))`;
      const moving = this.db.prepare(`SELECT name FROM speakers WHERE ${selected} ORDER BY doc_seq`).all({ old: numeric }) as Row[];
      if (moving.length === 0) throw new StoreError(`actor ${id} has no appearance in the given documents or names`);
      const all = Number((this.db.prepare(`SELECT count(*) AS n FROM speakers WHERE actor_id = ?`).get(numeric) as Row).n);
      if (moving.length === all) throw new StoreError(`that would move every appearance of actor ${id}; nothing to split`);
      // the new actor is named as asked, else as the split-off name is written, else as before
      const writtenAlias = moving.map((m) => String(m.name)).find((n) => aliasNorms.includes(normaliseName(n)));
      const name = selector.name ?? writtenAlias ?? String(row.name);
      const created = Number(this.db.prepare(`INSERT INTO actors (name, type, created_at) VALUES (?, ?, ?)`).run(name, row.type, new Date().toISOString()).lastInsertRowid);
      this.db.prepare(`UPDATE speakers SET actor_id = @new WHERE ${selected}`).run({ old: numeric, new: created });
      this.db
        .prepare(
          `UPDATE attributions SET actor_id = @new WHERE actor_id = @old AND EXISTS (
             SELECT 1 FROM speakers s WHERE s.doc_seq = attributions.doc_seq AND s.local_id = attributions.speaker_local_id AND s.actor_id = @new)`,
        )
        .run({ old: numeric, new: created });
      // names split off resolve to the new actor from now on
      const moveKey = this.db.prepare(`UPDATE actor_keys SET actor_id = ? WHERE actor_id = ? AND substr(key, instr(key, '|') + 1) = ?`);
      for (const n of aliasNorms) moveKey.run(created, numeric, n);
      // the old actor keeps a name it still goes by
      if (aliasNorms.includes(normaliseName(String(row.name)))) {
        this.db
          .prepare(`UPDATE actors SET name = (SELECT name FROM speakers WHERE actor_id = @old GROUP BY name ORDER BY count(*) DESC, name LIMIT 1) WHERE id = @old`)
          .run({ old: numeric });
      }
      // each keeps only the names of its own speakers
      this.speakerIndex.reindexActor(numeric!);
      this.speakerIndex.reindexActor(created);
      // the split-off speakers may no longer be compatible with the variants of their quotes
      for (const qid of this.quotesOfActor(created)) this.variants.refreshAll(qid);
      return created;
    }).immediate();
    return this.actorSummaries([newId])[0]!;
  }

  private quotesOfActor(actorId: number): string[] {
    return this.db.prepare(`SELECT DISTINCT quote_id FROM attributions WHERE actor_id = ? AND quote_id IS NOT NULL`).pluck().all(actorId) as string[];
  }

  private quoteSummary(id: string, occurrences: AttributionRecord[]): QuoteSummary | null {
    const row = this.db.prepare(`SELECT text FROM quotes WHERE id = ?`).get(id) as Row | undefined;
    if (!row || occurrences.length === 0) return null;
    const first = occurrences[0]!;
    const links = this.variants.variantsOf(id);
    return {
      id,
      // as written at its first appearance (the stored text is whichever was ingested first);
      // of a partly quoted content, its words in quotation marks
      text:
        first.kind === 'mixed'
          ? (quotedWords(first.content.text) ?? first.content.text)
          : first.contentParts ? first.contentParts.map((p) => p.text).join(' ') : first.content.text,
      occurrenceCount: occurrences.length,
      documentCount: new Set(occurrences.map((o) => o.documentId)).size,
      first,
      alteredVariantCount: links.filter((l) => l.relation === 'altered').length,
      excerptVariantCount: links.filter((l) => l.relation === 'excerpt').length,
    };
  }

  /** Which of two quotes appeared first, by the same order as their occurrences. */
  private earlierQuote(x: string, y: string): string {
    return this.db
      .prepare(`SELECT a.quote_id FROM ${RECORD_FROM} WHERE a.quote_id IN (?, ?) ORDER BY ${CHRONOLOGICAL} LIMIT 1`)
      .pluck()
      .get(x, y) as string;
  }

  private quoteVariants(id: string): QuoteVariant[] {
    const variants: QuoteVariant[] = [];
    for (const link of this.variants.variantsOf(id)) {
      const occurrences = this.quoteOccurrences(link.otherId);
      const summary = this.quoteSummary(link.otherId, occurrences);
      if (!summary) continue;
      const earlier = this.earlierQuote(id, link.otherId) === link.otherId;
      // read from the earlier text to the later one
      const comparison = earlier ? this.variants.compare(link.otherId, id) : this.variants.compare(id, link.otherId);
      const changes = comparison?.changes ?? [];
      variants.push({
        id: link.otherId,
        text: summary.text,
        relation: link.relation,
        earlier,
        sharedWords: link.sharedWords,
        changedWords: link.changedWords,
        changes,
        difference: describeChanges(changes),
        occurrenceCount: summary.occurrenceCount,
        documentCount: summary.documentCount,
        first: summary.first,
      });
    }
    const rank = (v: QuoteVariant) => (v.relation === 'altered' ? 0 : 1);
    return variants.sort((x, y) => rank(x) - rank(y) || Number(y.earlier) - Number(x.earlier) || (x.id < y.id ? -1 : 1));
  }

  private quoteOccurrences(id: string, limit = -1): AttributionRecord[] {
    return (this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE a.quote_id = ? ORDER BY ${CHRONOLOGICAL} LIMIT ?`).all(id, limit) as Row[]).map(
      toRecord,
    );
  }

  async getQuote(id: string): Promise<QuoteDetail | null> {
    const occurrences = this.quoteOccurrences(id);
    const summary = this.quoteSummary(id, occurrences);
    if (!summary) {
      // an id from before contractions were spelled out answers with the quote it became
      const renamed = this.db.prepare(`SELECT new_id FROM quote_aliases WHERE old_id = ?`).pluck().get(id) as string | undefined;
      return renamed !== undefined && renamed !== id ? this.getQuote(renamed) : null;
    }
    return { ...summary, occurrences, variants: this.quoteVariants(id) };
  }

  async listQuotes(query: QuoteQuery = {}): Promise<{ total: number; quotes: QuoteSummary[] }> {
    const altered = `SELECT quote_id FROM quote_variants WHERE relation = 'altered' AND compatible = 1
                     UNION SELECT variant_id FROM quote_variants WHERE relation = 'altered' AND compatible = 1`;
    const grouped = `SELECT quote_id, count(*) AS n, count(DISTINCT doc_seq) AS docs FROM attributions
                     WHERE quote_id IS NOT NULL ${query.altered ? `AND quote_id IN (${altered})` : ''} GROUP BY quote_id HAVING docs >= @min`;
    const min = query.minDocuments ?? 1;
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM (${grouped})`).get({ min }) as Row).n);
    const rows = this.db
      .prepare(`${grouped} ORDER BY docs DESC, n DESC, quote_id LIMIT @limit OFFSET @offset`)
      .all({ min, limit: query.limit ?? 50, offset: query.offset ?? 0 }) as Row[];
    const quotes: QuoteSummary[] = [];
    for (const r of rows) {
      const occurrences = this.quoteOccurrences(String(r.quote_id));
      const summary = this.quoteSummary(String(r.quote_id), occurrences);
      if (summary) quotes.push(summary);
    }
    return { total, quotes };
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => Number((this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as Row).n);
    return {
      documents: count('documents'),
      attributions: count('attributions'),
      speakers: count('speakers'),
      actors: count('actors'),
      quotes: count('quotes'),
      quoteVariants: Number((this.db.prepare(`SELECT count(*) AS n FROM quote_variants WHERE compatible = 1`).get() as Row).n),
      schemaVersion: this.schemaVersion(),
    };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // lets SQLite gather the statistics its planner needs (cheap when nothing changed)
    if (!this.db.readonly) this.db.pragma('optimize');
    this.db.close();
  }
}
