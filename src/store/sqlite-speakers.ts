// The speaker index of the SQLite store: one full-text row per attribution (same rowid) holding
// the names `--speaker` matches it by, so a search with words and a speaker reads two indexes and
// no attribution row. A row holds the speaker's name as written and every name its actor goes by
// (the distinct names of the actor's speakers), each name's words as tokens, names kept apart by
// a separator token so a phrase cannot run from one name into the next.
//
// The actor's names change when a document brings a new name for a known actor, and when actors
// are merged or split: the rows of that actor are rewritten then, in the same transaction.
import type Database from 'better-sqlite3';

type Row = Record<string, unknown>;

/** Between two names in a row; no word of a name is ever this token (see nameTokens). */
const SEPARATOR = '_';

/**
 * One token per word of a normalised name (words are split on spaces; they hold letters, digits,
 * ' and -). The index's tokenizer keeps ', - and _ inside tokens, so an ASCII word is one token
 * as it is; a word with other letters ("søren") is written as "_" and its UTF-8 bytes in hex, so
 * no Unicode table of the tokenizer can split or fold it differently from the way names compare.
 */
export function nameTokens(norm: string): string[] {
  const tokens: string[] = [];
  for (const word of norm.split(' ')) {
    if (word === '') continue;
    tokens.push(/^[a-z0-9'-]+$/.test(word) ? word : '_' + Buffer.from(word, 'utf8').toString('hex'));
  }
  return tokens;
}

/** The indexed text of one attribution: its name as written, then its actor's other names. */
export function speakerTerms(speakerNorm: string, actorNames: readonly string[]): string {
  const names = [speakerNorm, ...actorNames.filter((n) => n !== speakerNorm)];
  return names
    .map((n) => nameTokens(n).join(' '))
    .filter((t) => t !== '')
    .join(` ${SEPARATOR} `);
}

/** The FTS5 query for whole words of a normalised name, in order; null when it has none. */
export function speakerPhrase(norm: string): string | null {
  const tokens = nameTokens(norm);
  return tokens.length === 0 ? null : `"${tokens.join(' ')}"`;
}

export const SPEAKER_INDEX_SQL = `
  -- rowid = attributions.id; contentless: the names are rebuilt from speakers when they change
  CREATE VIRTUAL TABLE attribution_speakers USING fts5(
    names,
    content='',
    contentless_delete=1,
    tokenize="unicode61 tokenchars '''-_'"
  );
`;

export class SpeakerIndex {
  private readonly stmts;
  /**
   * The names of the actors the current batch of documents touched, as stored: read once per
   * actor and batch rather than once per document. Only a cache: dropped at each batch's start
   * and end, and for the actors of a document that failed (its rows were rolled back).
   */
  private readonly batchNames = new Map<number, Set<string>>();
  private documentActors: number[] = [];

  constructor(private readonly db: Database.Database) {
    this.stmts = {
      // the distinct names of an actor, one index seek each (an actor may have thousands of speakers)
      actorNames: db
        .prepare(
          `WITH RECURSIVE n(name) AS (
             SELECT (SELECT min(name_norm) FROM speakers WHERE actor_id = @actor)
             UNION ALL SELECT (SELECT min(name_norm) FROM speakers WHERE actor_id = @actor AND name_norm > n.name) FROM n WHERE n.name IS NOT NULL)
           SELECT name FROM n WHERE name IS NOT NULL`,
        )
        .pluck(),
      newRows: db.prepare(`SELECT id, speaker_norm, actor_id FROM attributions WHERE id > ? ORDER BY id`).raw(),
      actorRows: db.prepare(`SELECT id, speaker_norm FROM attributions WHERE actor_id = ? AND id <= ?`).raw(),
      insert: db.prepare(`INSERT INTO attribution_speakers (rowid, names) VALUES (?, ?)`),
      replace: db.prepare(`INSERT OR REPLACE INTO attribution_speakers (rowid, names) VALUES (?, ?)`),
      match: db.prepare(`SELECT rowid FROM attribution_speakers WHERE attribution_speakers MATCH ?`).pluck(),
    };
  }

  /** The distinct normalised names of an actor's speakers, as stored now. */
  namesOf(actorId: number): string[] {
    return this.stmts.actorNames.all({ actor: actorId }) as string[];
  }

  startBatch(): void {
    this.batchNames.clear();
  }

  startDocument(): void {
    this.documentActors = [];
  }

  /** After a document failed and was rolled back: the names it added are not stored. */
  documentFailed(): void {
    for (const actorId of this.documentActors) this.batchNames.delete(actorId);
  }

  /**
   * Notes that the document being stored names an actor `norm` (before its speaker row is
   * written). True when that is a new name of an actor stored before this document: its
   * statements already indexed must be rewritten (rewriteRenamed).
   */
  addName(actorId: number, norm: string, createdNow: boolean): boolean {
    this.documentActors.push(actorId);
    let names = this.batchNames.get(actorId);
    if (!names) {
      names = new Set(createdNow ? [] : this.namesOf(actorId));
      this.batchNames.set(actorId, names);
    }
    if (names.has(norm)) return false;
    names.add(norm);
    return !createdNow;
  }

  /** Rewrites the indexed rows (ids up to `upToId`) of an actor that got a new name in this batch. */
  rewriteRenamed(actorId: number, upToId: number): void {
    const names = this.batchNames.get(actorId);
    this.reindexActor(actorId, upToId, names ? [...names] : this.namesOf(actorId));
  }

  /** Indexes every attribution stored after `afterId`, with its actor's names as they are now; ends the batch. */
  indexAfter(afterId: number): void {
    // a speaker's statements in one batch share their indexed text: built once per name and actor
    const termsOf = new Map<string, string>();
    for (const [id, norm, actor] of this.stmts.newRows.all(afterId) as [number, string, number | null][]) {
      const key = `${actor ?? ''}|${norm}`;
      let terms = termsOf.get(key);
      if (terms === undefined) {
        let names: string[] = [];
        if (actor !== null) {
          let known = this.batchNames.get(actor);
          if (!known) {
            known = new Set(this.namesOf(actor));
            this.batchNames.set(actor, known);
          }
          names = [...known];
        }
        terms = speakerTerms(norm, names);
        termsOf.set(key, terms);
      }
      this.stmts.insert.run(id, terms);
    }
    this.batchNames.clear();
  }

  /** Rewrites the rows of an actor's attributions (ids up to `upToId`) after its names changed. */
  reindexActor(actorId: number, upToId = Number.MAX_SAFE_INTEGER, names = this.namesOf(actorId)): void {
    for (const [id, norm] of this.stmts.actorRows.all(actorId, upToId) as [number, string][]) {
      this.stmts.replace.run(id, speakerTerms(norm, names));
    }
  }

  /** Attribution ids whose speaker name, or a name of whose actor, holds these words in order. */
  matching(norm: string): number[] {
    const phrase = speakerPhrase(norm);
    return phrase === null ? [] : (this.stmts.match.all(phrase) as number[]);
  }

  /** Indexes every stored attribution (upgrading a store): all actors' names read in one pass. */
  backfill(): void {
    const names = new Map<number, string[]>();
    for (const row of this.db.prepare(`SELECT DISTINCT actor_id, name_norm FROM speakers WHERE actor_id IS NOT NULL`).iterate() as Iterable<Row>) {
      const id = Number(row.actor_id);
      const list = names.get(id);
      if (list) list.push(String(row.name_norm));
      else names.set(id, [String(row.name_norm)]);
    }
    const page = this.db.prepare(`SELECT id, speaker_norm, actor_id FROM attributions WHERE id > ? ORDER BY id LIMIT 5000`).raw();
    let after = 0;
    for (;;) {
      const rows = page.all(after) as [number, string, number | null][];
      if (rows.length === 0) return;
      for (const [id, norm, actor] of rows) this.stmts.insert.run(id, speakerTerms(norm, actor === null ? [] : (names.get(actor) ?? [])));
      after = rows[rows.length - 1]![0];
    }
  }
}
