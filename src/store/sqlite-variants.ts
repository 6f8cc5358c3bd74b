// Near-identical quotes in the SQLite store. Each quote text stored for the first time is looked
// up by its keys, pairs of content words (quote_keys), never against every stored quote; the few
// candidates sharing keys are aligned word by word (src/ledger/variants.ts) and the pairs that pass are
// kept in quote_variants with whether some occurrences of both have compatible speakers. That flag
// is refreshed when a quote gets new occurrences and when actors are merged or split.
import type Database from 'better-sqlite3';
import type { SpeakerType } from '../document/types.js';
import {
  commonWordsSieve,
  compareQuotes,
  compareSifted,
  quoteKeys,
  quoteNorms,
  quoteWords,
  speakersCompatible,
  type QuoteComparison,
  type QuoteSpeaker,
  type QuoteWord,
} from '../ledger/variants.js';

/**
 * A key found in more quotes than this is a common phrase ("united states", "end day"), not a sign
 * of copying: its rows give way to one COMMON_KEY row, and it no longer finds candidates. So a
 * key holds at most this many rows and every lookup stays short at any store size.
 */
export const MAX_QUOTES_PER_KEY = 100;
/** The quote id of the row that marks a key as too common. */
const COMMON_KEY = '*';
/** Candidates aligned per new quote, those sharing the most keys first. */
export const MAX_CANDIDATES = 20;
/**
 * Two quotes of this many words or more are aligned only when they share two keys: a near copy
 * of a long quote shares many word pairs, and one shared pair between two long quotes is mostly
 * a common phrase (on 300 polnear articles this cut the alignments 4-fold and lost no link).
 */
export const ONE_KEY_MAX_WORDS = 15;
/** Speakers read per quote to decide compatibility (distinct name, type and actor). */
const MAX_SPEAKERS = 50;
/**
 * Quotes whose words are kept in memory (the most recently used): the same stored quotes come
 * back as candidates for quote after quote, and splitting their texts into words again was the
 * largest cost of storing a quote. ~1.3 kB each for a quote of ~110 characters: ~13 MB at most.
 */
export const MAX_CACHED_QUOTES = 10_000;

type Row = Record<string, unknown>;

/** A stored quote's text, its normal words, and its words in full once an alignment needed them. */
interface CachedQuote {
  text: string;
  norms: string[];
  words: QuoteWord[] | null;
  /** Found as a candidate since it was stored here or last spared from eviction. */
  used: boolean;
}

export interface VariantLink {
  /** The other quote's id. */
  otherId: string;
  relation: 'altered' | 'excerpt';
  sharedWords: number;
  changedWords: number;
}

export class QuoteVariantIndex {
  private readonly stmts;
  /**
   * Stored quotes by id, in the order they came (or were spared from eviction). A quote's text
   * never changes once stored, but one written in a transaction that is then rolled back is
   * gone, and its id may come back with another text (addQuote then sets it again, and its keys
   * went with the rollback, so it is no candidate before that): the store calls forget() after
   * every rollback all the same.
   */
  private readonly cache = new Map<string, CachedQuote>();

  constructor(
    private readonly db: Database.Database,
    private readonly maxCachedQuotes = MAX_CACHED_QUOTES,
  ) {
    this.stmts = {
      // one statement per quote for all its keys: per-key statements were most of the write cost
      // json_each as the outer loop: `key IN (SELECT ...)` first copied the keys into a temporary index
      postings: db.prepare(`SELECT k.key, k.quote_id FROM json_each(?) j JOIN quote_keys k ON k.key = j.value`).raw(),
      insertKeys: db.prepare(`INSERT OR IGNORE INTO quote_keys (key, quote_id) SELECT value, ? FROM json_each(?)`),
      dropKey: db.prepare(`DELETE FROM quote_keys WHERE key = ?`),
      markCommon: db.prepare(`INSERT INTO quote_keys (key, quote_id) VALUES (?, '${COMMON_KEY}')`),
      quoteText: db.prepare(`SELECT text FROM quotes WHERE id = ?`).pluck(),
      quoteTexts: db.prepare(`SELECT id, text FROM quotes WHERE id IN (SELECT value FROM json_each(?))`),
      insertLink: db.prepare(
        `INSERT OR REPLACE INTO quote_variants (quote_id, variant_id, relation, shared_words, changed_words, compatible) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      speakers: db.prepare(
        `SELECT DISTINCT a.speaker_name, a.speaker_type, a.actor_id, ac.name AS actor_name
         FROM attributions a LEFT JOIN actors ac ON ac.id = a.actor_id WHERE a.quote_id = ? LIMIT ${MAX_SPEAKERS}`,
      ),
      links: db.prepare(
        `SELECT quote_id, variant_id, compatible FROM quote_variants WHERE quote_id = @id
         UNION ALL SELECT quote_id, variant_id, compatible FROM quote_variants WHERE variant_id = @id`,
      ),
      incompatibleLinks: db.prepare(
        `SELECT quote_id, variant_id, compatible FROM quote_variants WHERE quote_id = @id AND compatible = 0
         UNION ALL SELECT quote_id, variant_id, compatible FROM quote_variants WHERE variant_id = @id AND compatible = 0`,
      ),
      setCompatible: db.prepare(`UPDATE quote_variants SET compatible = ? WHERE quote_id = ? AND variant_id = ?`),
      compatibleLinks: db.prepare(
        `SELECT variant_id AS other, relation, shared_words, changed_words FROM quote_variants WHERE quote_id = @id AND compatible = 1
         UNION ALL SELECT quote_id, relation, shared_words, changed_words FROM quote_variants WHERE variant_id = @id AND compatible = 1`,
      ),
    };
  }

  /**
   * Links a quote text stored for the first time (its occurrence already inserted) to the stored
   * quotes it nearly repeats, then adds its keys. Runs inside the caller's transaction.
   */
  addQuote(id: string, text: string): void {
    const words = quoteWords(text);
    // few quotes are ever aligned as a candidate: their words in full are split again then
    this.remember(id, { text, norms: words.map((w) => w.norm), words: null, used: false });
    const keys = quoteKeys(words);
    if (keys.length === 0) return;
    const json = JSON.stringify(keys);
    const postings = new Map<number, string[]>();
    for (const [key, quoteId] of this.stmts.postings.all(json) as [number, string][]) {
      const ids = postings.get(key);
      if (ids) ids.push(quoteId);
      else postings.set(key, [quoteId]);
    }
    const shared = new Map<string, number>();
    const common = new Set<number>();
    for (const [key, ids] of postings) {
      const isCommon = ids.includes(COMMON_KEY);
      if (isCommon || ids.length >= MAX_QUOTES_PER_KEY) {
        // this quote would be one too many: the key becomes a common one
        if (!isCommon) {
          this.stmts.dropKey.run(key);
          this.stmts.markCommon.run(key);
        }
        common.add(key);
        continue;
      }
      for (const other of ids) if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    if (shared.size > 0) {
      const candidates = [...shared].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_CANDIDATES);
      const sieve = commonWordsSieve(words.map((w) => w.norm));
      // the order of candidates does not change which pairs pass, only the order links are written
      const others = this.cachedQuotes(candidates.map(([other]) => other)).sort((x, y) => (x[0] < y[0] ? -1 : 1));
      for (const [other, quote] of others) {
        if (shared.get(other)! < 2 && Math.min(words.length, quote.norms.length) >= ONE_KEY_MAX_WORDS) continue;
        // most candidates share a phrase and little else: sift them before the full comparison
        if (!sieve(quote.norms)) continue;
        const found = compareSifted((quote.words ??= quoteWords(quote.text)), words);
        if (!found) continue;
        this.stmts.insertLink.run(other, id, found.relation, found.sharedWords, found.changedWords, this.compatible(other, id) ? 1 : 0);
      }
    }
    const kept = common.size === 0 ? json : JSON.stringify(keys.filter((k) => !common.has(k)));
    this.stmts.insertKeys.run(id, kept);
  }

  /** The stored quotes of these ids (those that exist), from memory where it has them. */
  private cachedQuotes(ids: string[]): [string, CachedQuote][] {
    const found: [string, CachedQuote][] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const quote = this.cache.get(id);
      if (quote) {
        quote.used = true;
        found.push([id, quote]);
      } else missing.push(id);
    }
    if (missing.length > 0) {
      for (const row of this.stmts.quoteTexts.all(JSON.stringify(missing)) as Row[]) {
        const text = String(row.text);
        const quote: CachedQuote = { text, norms: quoteNorms(text), words: null, used: false };
        this.remember(String(row.id), quote);
        found.push([String(row.id), quote]);
      }
    }
    return found;
  }

  private remember(id: string, quote: CachedQuote): void {
    this.cache.delete(id);
    this.cache.set(id, quote);
    // the oldest goes first, unless it was used since it came or was last spared: then it is
    // spared once more, moved to the end (moving it at every use cost more than the lookups)
    while (this.cache.size > this.maxCachedQuotes) {
      const [oldest, entry] = this.cache.entries().next().value!;
      this.cache.delete(oldest);
      // each quote is spared at most once in a row: the loop ends
      if (entry.used) {
        entry.used = false;
        this.cache.set(oldest, entry);
      }
    }
  }

  /** After a rollback: quotes written in it are gone, and their ids may come back with another text. */
  forget(): void {
    this.cache.clear();
  }

  /** After new occurrences of a quote: links that had no compatible speakers may have one now. */
  refreshIncompatible(id: string): void {
    for (const link of this.stmts.incompatibleLinks.all({ id }) as Row[]) this.refresh(link);
  }

  /** After actors changed (a split can also separate speakers): every link of these quotes. */
  refreshAll(id: string): void {
    for (const link of this.stmts.links.all({ id }) as Row[]) this.refresh(link);
  }

  private refresh(link: Row): void {
    const ok = this.compatible(String(link.quote_id), String(link.variant_id)) ? 1 : 0;
    if (ok !== Number(link.compatible)) this.stmts.setCompatible.run(ok, link.quote_id, link.variant_id);
  }

  private speakersOf(id: string): QuoteSpeaker[] {
    return (this.stmts.speakers.all(id) as Row[]).map((r) => ({
      name: String(r.speaker_name),
      type: r.speaker_type as SpeakerType,
      actorId: r.actor_id === null ? null : String(r.actor_id),
      actorName: (r.actor_name as string | null) ?? null,
    }));
  }

  /** Some occurrence of one and some occurrence of the other could be the same speaker. */
  private compatible(x: string, y: string): boolean {
    const ys = this.speakersOf(y);
    return this.speakersOf(x).some((sx) => ys.some((sy) => speakersCompatible(sx, sy)));
  }

  /** The variants shown for a quote: speaker-compatible links only. */
  variantsOf(id: string): VariantLink[] {
    return (this.stmts.compatibleLinks.all({ id }) as Row[]).map((r) => ({
      otherId: String(r.other),
      relation: r.relation as VariantLink['relation'],
      sharedWords: Number(r.shared_words),
      changedWords: Number(r.changed_words),
    }));
  }

  /** The word-level comparison of two stored quotes, from `fromId` to `toId`. */
  compare(fromId: string, toId: string): QuoteComparison | null {
    const from = this.stmts.quoteText.get(fromId) as string | undefined;
    const to = this.stmts.quoteText.get(toId) as string | undefined;
    return from === undefined || to === undefined ? null : compareQuotes(quoteWords(from), quoteWords(to));
  }

  /**
   * Indexes quotes stored before this index existed, in ingest order (the order addQuote would
   * have seen them), paging through attributions so memory stays flat on a large store.
   */
  backfill(): void {
    const page = this.db.prepare(`SELECT id, quote_id FROM attributions WHERE id > ? AND quote_id IS NOT NULL ORDER BY id LIMIT 1000`);
    const firstOf = this.db.prepare(`SELECT min(id) FROM attributions WHERE quote_id = ?`).pluck();
    let after = 0;
    for (;;) {
      const rows = page.all(after) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) {
        const qid = String(r.quote_id);
        // a quote is added at its first occurrence; every occurrence is already stored, so the
        // speaker check sees them all
        if (Number(firstOf.get(qid)) !== Number(r.id)) continue;
        const text = this.stmts.quoteText.get(qid) as string | undefined;
        if (text !== undefined) this.addQuote(qid, text);
      }
      after = Number(rows[rows.length - 1]!.id);
    }
  }
}
